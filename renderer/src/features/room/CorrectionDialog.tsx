// Correct a mistaken visit: fix its times, re-open it, or void it. A reason is required; the
// original values stay in the audit log.
import { App, Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../../shared/domain';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useRoom } from './roomStore';

interface Values {
  checkedInAt: Dayjs;
  checkedOutAt?: Dayjs | null;
  void: boolean;
  reason: string;
}

const stamp = (d: Dayjs) => d.format('YYYY-MM-DDTHH:mm:ssZ');

export function CorrectionDialog({ visit, onClose }: { visit: Visit | null; onClose(): void }) {
  const { t } = useTranslation(['room', 'common', 'errors']);
  const { message } = App.useApp();
  const correct = useRoom((s) => s.correct);
  const [form] = Form.useForm<Values>();
  const voiding = Form.useWatch('void', form);
  const { busy, save, problem, setProblem } = useFormSave(form, { show: 'alert' });

  useEffect(() => {
    if (!visit) return;
    setProblem(null);
    form.setFieldsValue({
      checkedInAt: dayjs(visit.checkedInAt),
      checkedOutAt: visit.checkedOutAt ? dayjs(visit.checkedOutAt) : null,
      void: false,
      reason: '',
    });
  }, [visit, form, setProblem]);

  const submit = async () => {
    if (!visit) return;
    const values = await form.validateFields();
    await save(async () => {
      await correct({
        visitId: visit.id,
        checkedInAt: stamp(values.checkedInAt),
        checkedOutAt: values.checkedOutAt ? stamp(values.checkedOutAt) : null,
        void: values.void,
        reason: values.reason,
      });
      message.success(t('room:correct.message.done'));
      onClose();
    });
  };

  return (
    <FormDialog open={visit !== null} title={t('room:correct.title.main', { name: visit?.childName ?? '' })} onOk={submit} busy={busy} problem={problem} onCancel={onClose}>
      <Form form={form} layout="vertical" name="visit-correction">
        <Form.Item name="checkedInAt" label={t('room:correct.field.in')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabled={voiding} />
        </Form.Item>
        <Form.Item name="checkedOutAt" label={t('room:correct.field.out')} extra={t('room:correct.field.outHelp')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabled={voiding} />
        </Form.Item>
        <Form.Item name="void" valuePropName="checked">
          <Checkbox>{t('room:correct.field.void')}</Checkbox>
        </Form.Item>
        <Form.Item name="reason" label={t('room:correct.field.reason')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
