// A teacher picks her name and types her PIN to leave the kiosk.
import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffName } from '../../../../shared/domain';
import { call } from '../../api';
import { AntdRoot } from '../../components/AntdRoot';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { useAuth } from './authStore';

interface Props {
  open: boolean;
  onClose(): void;
}

interface Values {
  staffId: number;
  pin: string;
}

/** Inside antd's providers, so that its hooks (useBusy's App.useApp, the form's) find them: the kiosk
 * that opens it renders without antd (App.tsx). */
export function UnlockDialog(props: Props) {
  return (
    <AntdRoot bare>
      <UnlockForm {...props} />
    </AntdRoot>
  );
}

function UnlockForm({ open, onClose }: Props) {
  const { t } = useTranslation(['auth', 'common', 'errors']);
  const unlock = useAuth((s) => s.unlock);
  const [form] = Form.useForm<Values>();
  const [staff, setStaff] = useState<StaffName[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useBusy();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setProblem(null);
    call('auth.staffNames', {}).then(setStaff, (e) => setProblem(errorMessage(e)));
  }, [open, form, t]);

  const submit = async (values: Values) => {
    setProblem(null);
    await run(
      async () => {
        const result = await unlock(values.staffId, values.pin);
        if (result.status === 'unlocked') onClose();
        else if (result.status === 'wrong_pin') setProblem(t('unlock.error.wrongPin', { count: result.attemptsLeft }));
        else setProblem(t('unlock.error.locked', { time: dayjs(result.until).format('HH:mm') }));
        form.setFieldValue('pin', '');
      },
      (e) => {
        setProblem(errorMessage(e));
      },
    );
  };

  return (
    <Modal open={open} title={t('unlock.title.main')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} size="large">
        <Form.Item name="staffId" label={t('unlock.field.name')} rules={[{ required: true, message: t('unlock.field.nameRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} placeholder={t('unlock.field.namePlaceholder')} options={staff.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="pin" label={t('unlock.field.pin')} rules={[{ required: true, message: t('unlock.field.pinRequired') }]}>
          <Input.Password inputMode="numeric" autoComplete="off" maxLength={8} />
        </Form.Item>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('unlock.action.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
