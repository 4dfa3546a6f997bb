// 添加帮扶人 / 修改帮扶人: a volunteer or a caring mother, her phone (checked as every phone in the app),
// where she comes from and a note.
import { App, Form, Input, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HELPER_KINDS, type Helper, type HelperKind } from '../../../../shared/domain';
import { isPhone } from '../../../../shared/validation';
import { FormDrawer } from '../../components/form/FormDrawer';
import { useFormSave } from '../../components/form/useFormSave';
import { useHelpers } from './helpersStore';

interface Values {
  name: string;
  kind: HelperKind;
  phone?: string;
  organisation?: string;
  note?: string;
}

/** helper null: a new one. */
export function HelperFormDrawer({ open, helper, onClose }: { open: boolean; helper: Helper | null; onClose(): void }) {
  const { t } = useTranslation(['helpers', 'common', 'errors']);
  const { message } = App.useApp();
  const { create, update } = useHelpers();
  const [form] = Form.useForm<Values>();
  const { busy, save } = useFormSave(form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      helper ? { name: helper.name, kind: helper.kind, phone: helper.phone ?? undefined, organisation: helper.organisation ?? undefined, note: helper.note ?? undefined } : { kind: 'caring_mother' },
    );
  }, [open, helper, form]);

  const submit = async (v: Values) => {
    const input = { name: v.name, kind: v.kind, phone: v.phone?.trim() || null, organisation: v.organisation || null, note: v.note || null };
    await save(async () => {
      const saved = helper ? await update(helper.id, input) : await create(input);
      message.success(t('form.message.saved', { name: saved.name }));
      onClose();
    });
  };

  return (
    <FormDrawer open={open} size={480} title={helper ? t('form.title.edit') : t('form.title.add')} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="kind" label={t('form.field.kind')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <Radio.Group optionType="button" options={HELPER_KINDS.map((kind) => ({ value: kind, label: t(`shared.kind.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('form.field.name')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('form.field.phone')}
          rules={[{ validator: (_, v?: string) => (!v?.trim() || isPhone(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('errors:field.phone')))) }]}
        >
          <Input maxLength={20} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="organisation" label={t('form.field.organisation')}>
          <Input maxLength={60} placeholder={t('form.placeholder.organisation')} />
        </Form.Item>
        <Form.Item name="note" label={t('form.field.note')}>
          <Input.TextArea maxLength={300} rows={3} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
