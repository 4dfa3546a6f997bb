// Check a child out by hand, noting how she leaves: alone, collected (by whom), or to the dormitory.
import { App, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEAVE_MODES, type LeaveMode, type Visit } from '../../../../shared/domain';
import { errorMessage, showFieldErrors, toApiError } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { useRoom } from './store';

interface Values {
  leaveMode?: LeaveMode;
  collectedBy?: string;
}

export function CheckoutDialog({ visit, onClose }: { visit: Visit | null; onClose(): void }) {
  const { t } = useTranslation(['room', 'common', 'errors']);
  const { message } = App.useApp();
  const checkOut = useRoom((s) => s.checkOut);
  const [form] = Form.useForm<Values>();
  const leaveMode = Form.useWatch('leaveMode', form);
  const { busy, run } = useBusy();

  const submit = async () => {
    if (!visit) return;
    const values = await form.validateFields();
    await run(
      async () => {
        await checkOut({ visitId: visit.id, leaveMode: values.leaveMode ?? null, collectedBy: values.collectedBy ?? null });
        message.success(t('room:checkout.message.done', { name: visit.childName }));
        onClose();
      },
      (e) => {
        showFieldErrors(form, toApiError(e).details?.issues);
        message.error(errorMessage(e));
      },
    );
  };

  return (
    <Modal
      open={visit !== null}
      title={t('room:checkout.title.main', { name: visit?.childName ?? '' })}
      okText={t('room:present.action.checkOut')}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="leaveMode" label={t('room:checkout.field.leaveMode')}>
          <Radio.Group
            optionType="button"
            options={LEAVE_MODES.map((m) => ({ value: m, label: t(`room:leave.${m}`) }))}
          />
        </Form.Item>
        {leaveMode === 'guardian' && (
          <Form.Item name="collectedBy" label={t('room:checkout.field.collectedBy')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
            <Input maxLength={30} placeholder={t('room:checkout.field.collectedByPlaceholder')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
