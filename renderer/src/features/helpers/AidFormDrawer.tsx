// 登记受助: what was given (kind, the items or words), the money in yuan or the number of items, the
// day (never ahead), the donor and the children who received it. Money needs its amount.
import { App, DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AID_KINDS, type AidKind } from '../../../../shared/domain';
import { ChildrenPicker } from '../../components/ChildrenPicker';
import { FormDrawer } from '../../components/form/FormDrawer';
import { useFormSave } from '../../components/form/useFormSave';
import { useHelpers } from './helpersStore';

interface Values {
  kind: AidKind;
  description: string;
  amountYuan?: number | null;
  quantity?: number | null;
  date: Dayjs;
  donor?: string;
  childIds?: number[];
}

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

export function AidFormDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['helpers', 'common', 'errors']);
  const { message } = App.useApp();
  const giveAid = useHelpers((s) => s.giveAid);
  const [form] = Form.useForm<Values>();
  const { busy, save } = useFormSave(form);
  const kind = Form.useWatch('kind', form);
  const required = { required: true, message: t('errors:field.required') };

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ kind: 'school_supplies', date: dayjs() });
  }, [open, form]);

  const submit = async (v: Values) => {
    const input = {
      kind: v.kind,
      description: v.description,
      amountYuan: v.amountYuan ?? null,
      quantity: v.quantity ?? null,
      date: v.date.format('YYYY-MM-DD'),
      donor: v.donor || null,
      childIds: v.childIds ?? [],
    };
    await save(async () => {
      await giveAid(input);
      message.success(t('aid.message.saved', { count: input.childIds.length }));
      onClose();
    });
  };

  return (
    <FormDrawer open={open} size={520} title={t('aid.form.title')} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="kind" label={t('aid.field.kind')} rules={[required]}>
          <Radio.Group optionType="button" options={AID_KINDS.map((k) => ({ value: k, label: t(`shared.aidKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('aid.field.description')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} placeholder={t('aid.placeholder.description')} />
        </Form.Item>
        {kind === 'money' ? (
          <Form.Item name="amountYuan" label={t('aid.field.amountYuan')} rules={[required]}>
            <InputNumber min={0.01} max={1_000_000} precision={2} style={{ width: 200 }} />
          </Form.Item>
        ) : (
          <Form.Item name="quantity" label={t('aid.field.quantity')}>
            <InputNumber min={1} max={100_000} precision={0} style={{ width: 200 }} />
          </Form.Item>
        )}
        <Form.Item name="date" label={t('aid.field.date')} rules={[required]}>
          <DatePicker disabledDate={notFuture} format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="donor" label={t('aid.field.donor')}>
          <Input maxLength={60} placeholder={t('aid.placeholder.donor')} />
        </Form.Item>
        <Form.Item name="childIds" label={t('aid.field.children')} rules={[{ required: true, type: 'array', min: 1, message: t('aid.error.children') }]}>
          <ChildrenPicker />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
