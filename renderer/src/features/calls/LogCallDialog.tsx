// A call made without a kiosk booking: the teacher logs it by hand.
import { App, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { CALL_OUTCOMES, type CallChannel, type CallOutcome } from '../../../../shared/domain';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useCalls } from './callsStore';
import { ChannelField } from './channel';
import { ChildParentFields } from './ChildParentFields';

interface Values {
  childId: number;
  parentId: number;
  channel: CallChannel;
  outcome: CallOutcome;
  durationMinutes: number;
  endedMinutesAgo: number;
  note?: string;
}

export function LogCallDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['calls', 'common', 'errors']);
  const { message } = App.useApp();
  const log = useCalls((s) => s.log);
  const [form] = Form.useForm<Values>();
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });

  const submit = async () => {
    const values = await form.validateFields();
    await save(async () => {
      await log({ ...values, note: values.note ?? null });
      message.success(t('calls:log.message.saved'));
      onClose();
    });
  };

  const required = { required: true, message: t('errors:field.required') };

  return (
    <FormDialog open={open} title={t('calls:log.title.main')} onOk={submit} busy={busy} problem={problem} onCancel={onClose}>
      <Form form={form} layout="vertical" name="log-call" preserve={false} initialValues={{ channel: 'phone', outcome: 'talked', durationMinutes: 5, endedMinutesAgo: 0 }}>
        <ChildParentFields />
        <ChannelField />
        <Form.Item name="outcome" label={t('calls:finish.field.outcome')} rules={[required]}>
          <Radio.Group optionType="button" options={CALL_OUTCOMES.map((o) => ({ value: o, label: t(`calls:outcome.${o}`) }))} />
        </Form.Item>
        <Form.Item name="durationMinutes" label={t('calls:log.field.duration')} rules={[required]}>
          <InputNumber min={0} max={180} />
        </Form.Item>
        <Form.Item name="endedMinutesAgo" label={t('calls:log.field.endedAgo')}>
          <InputNumber min={0} max={10080} />
        </Form.Item>
        <Form.Item name="note" label={t('calls:finish.field.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
