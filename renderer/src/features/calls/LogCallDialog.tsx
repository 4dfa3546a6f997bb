// A call made without a kiosk booking: the teacher logs it by hand.
import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_OUTCOMES, type CallOutcome, type Parent } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage, showFieldErrors, toApiError } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { ChildPicker } from '../../components/ChildPicker';
import { useCalls } from './callsStore';

interface Values {
  childId: number;
  parentId: number;
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
  const childId = Form.useWatch('childId', form);
  const [parents, setParents] = useState<Parent[]>([]);
  const { busy, run } = useBusy();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    form.setFieldValue('parentId', undefined);
    if (!childId) return setParents([]);
    call('children.get', { id: childId }).then((c) => setParents(c.parents), () => setParents([]));
  }, [childId, form]);

  const submit = async () => {
    const values = await form.validateFields();
    setProblem(null);
    await run(
      async () => {
        await log({ ...values, note: values.note ?? null });
        message.success(t('calls:log.message.saved'));
        onClose();
      },
      (e) => {
        showFieldErrors(form, toApiError(e).details?.issues);
        setProblem(errorMessage(e));
      },
    );
  };

  const required = { required: true, message: t('errors:field.required') };

  return (
    <Modal open={open} title={t('calls:log.title.main')} onOk={() => void submit().catch(() => undefined)} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" name="log-call" preserve={false} initialValues={{ outcome: 'talked', durationMinutes: 5, endedMinutesAgo: 0 }}>
        <Form.Item name="childId" label={t('calls:log.field.child')} rules={[required]}>
          <ChildPicker />
        </Form.Item>
        <Form.Item name="parentId" label={t('calls:log.field.parent')} rules={[required]}>
          <Select
            disabled={!parents.length}
            options={parents.map((p) => ({ value: p.id, label: [t(`common:enums.parentRelation.${p.relation}`), p.name, p.phone].filter(Boolean).join(' · ') }))}
          />
        </Form.Item>
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
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
