// Ending a call: what happened (talked / no answer / busy / wrong number) and a short note.
import { App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { CALL_OUTCOMES, type CallOutcome, type QueueEntry } from '../../../../shared/domain';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { callMinutes } from './format';
import { useCalls } from './callsStore';

interface Values {
  outcome: CallOutcome;
  note?: string;
}

export function FinishDialog({ entry, onClose }: { entry: QueueEntry | null; onClose(): void }) {
  const { t } = useTranslation(['calls', 'common', 'errors']);
  const { message } = App.useApp();
  const finish = useCalls((s) => s.finish);
  const [form] = Form.useForm<Values>();
  const { busy, save } = useFormSave(form);

  const submit = async () => {
    const callId = entry?.callId;
    if (!callId) return;
    const values = await form.validateFields();
    await save(async () => {
      const record = await finish({ callId, outcome: values.outcome, note: values.note ?? null });
      message.success(t('calls:finish.message.saved', { minutes: callMinutes(record.durationSeconds ?? 0) }));
      onClose();
    });
  };

  return (
    <FormDialog open={entry !== null} title={t('calls:finish.title.main', { name: entry?.childName ?? '' })} onOk={submit} okText={t('calls:finish.action.save')} busy={busy} onCancel={onClose}>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ outcome: 'talked' }}>
        <Form.Item name="outcome" label={t('calls:finish.field.outcome')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <Radio.Group optionType="button" options={CALL_OUTCOMES.map((o) => ({ value: o, label: t(`calls:outcome.${o}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('calls:finish.field.note')}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('calls:finish.field.notePlaceholder')} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
