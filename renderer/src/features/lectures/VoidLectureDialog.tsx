// 作废讲座: a lecture recorded by mistake stays in the register, struck through, with the reason.
import { App, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Lecture } from '../../../../shared/domain';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useLectures } from './lecturesStore';

export function VoidLectureDialog({ lecture, onClose }: { lecture: Lecture | null; onClose(): void }) {
  const { t } = useTranslation(['lectures', 'common', 'errors']);
  const { message } = App.useApp();
  const voidLecture = useLectures((s) => s.voidLecture);
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });

  const submit = async () => {
    if (!lecture) return;
    const { reason } = await form.validateFields();
    await save(async () => {
      await voidLecture(lecture.id, reason.trim());
      message.success(t('list.message.voided'));
      onClose();
    });
  };

  return (
    <FormDialog open={lecture !== null} title={t('void.title')} okText={t('list.action.void')} okButtonProps={{ danger: true }} busy={busy} problem={problem} onCancel={onClose} onOk={submit}>
      {lecture && <Typography.Paragraph>{t('void.text', { title: lecture.title, date: lecture.date })}</Typography.Paragraph>}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('void.reason')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input.TextArea autoFocus maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
