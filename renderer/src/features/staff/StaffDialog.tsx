// One dialog for the three staff edits: add an account, change name/role, set a new PIN.
import { App, Checkbox, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffMember, type StaffRole } from '../../../../shared/domain';
import { PIN_PATTERN } from '../../../../shared/validation';
import { call } from '../../api';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';

export type StaffDialogMode = { kind: 'create' } | { kind: 'edit'; member: StaffMember } | { kind: 'pin'; member: StaffMember };

interface Values {
  name: string;
  role: StaffRole;
  /** May read and write counselling records (心理辅导). */
  counsellor: boolean;
  pin: string;
}

export function StaffDialog({ mode, onClose }: { mode: StaffDialogMode | null; onClose(changed: boolean): void }) {
  const { t } = useTranslation(['staff', 'common', 'errors']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, save, problem, setProblem } = useFormSave(form, { show: 'alert' });

  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    setProblem(null);
    if (mode.kind !== 'create') form.setFieldsValue({ name: mode.member.name, role: mode.member.role, counsellor: mode.member.counsellor });
  }, [mode, form, setProblem]);

  if (!mode) return null;
  const showName = mode.kind !== 'pin';
  const showPin = mode.kind !== 'edit';

  const submit = async () => {
    const values = await form.validateFields();
    await save(async () => {
      if (mode.kind === 'create') await call('staff.create', values);
      else if (mode.kind === 'edit') await call('staff.update', { id: mode.member.id, name: values.name, role: values.role, counsellor: values.counsellor });
      else await call('staff.resetPin', { id: mode.member.id, pin: values.pin });
      message.success(t('dialog.message.saved'));
      onClose(true);
    });
  };

  const title = mode.kind === 'create' ? t('dialog.title.create') : mode.kind === 'edit' ? t('dialog.title.edit') : t('dialog.title.pin', { name: mode.member.name });

  return (
    <FormDialog open title={title} onCancel={() => onClose(false)} onOk={submit} busy={busy} problem={problem}>
      <Form form={form} layout="vertical" initialValues={{ role: 'teacher', counsellor: false }}>
        {showName && (
          <>
            <Form.Item name="name" label={t('dialog.field.name')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item name="role" label={t('dialog.field.role')}>
              <Select options={STAFF_ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))} />
            </Form.Item>
            <Form.Item name="counsellor" valuePropName="checked" extra={t('dialog.field.counsellorHelp')}>
              <Checkbox>{t('dialog.field.counsellor')}</Checkbox>
            </Form.Item>
          </>
        )}
        {showPin && (
          <Form.Item name="pin" label={t('dialog.field.pin')} extra={t('dialog.field.pinHelp')} rules={[{ required: true, pattern: PIN_PATTERN, message: t('errors:field.pin') }]}>
            <Input.Password inputMode="numeric" maxLength={8} autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </FormDialog>
  );
}
