// 登记讲座 / 修改讲座: the topic, title, the day it was held (never in the future), who gave it and a note.
import { App, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LECTURE_TOPICS, type Lecture, type LectureTopic } from '../../../../shared/domain';
import { FormDrawer } from '../../components/form/FormDrawer';
import { useFormSave } from '../../components/form/useFormSave';
import { useLectures } from './lecturesStore';

interface Values {
  topic: LectureTopic;
  title: string;
  date: Dayjs;
  speaker: string;
  note?: string;
}

interface Props {
  open: boolean;
  /** null: a new lecture. */
  lecture: Lecture | null;
  onClose(): void;
}

const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

export function LectureFormDrawer({ open, lecture, onClose }: Props) {
  const { t } = useTranslation(['lectures', 'common', 'errors']);
  const { message } = App.useApp();
  const { create, update } = useLectures();
  const [form] = Form.useForm<Values>();
  const { busy, save } = useFormSave(form);
  const required = [{ required: true, whitespace: true, message: t('errors:field.required') }];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      lecture ? { topic: lecture.topic, title: lecture.title, date: dayjs(lecture.date), speaker: lecture.speaker, note: lecture.note ?? undefined } : { topic: 'safety', date: dayjs() },
    );
  }, [open, lecture, form]);

  const submit = async (v: Values) => {
    const input = { topic: v.topic, title: v.title, date: v.date.format('YYYY-MM-DD'), speaker: v.speaker, note: v.note || null };
    await save(async () => {
      const saved = lecture ? await update(lecture.id, input) : await create(input);
      message.success(t('form.message.saved', { title: saved.title }));
      onClose();
    });
  };

  return (
    <FormDrawer open={open} size={520} title={lecture ? t('form.title.edit') : t('form.title.add')} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="topic" label={t('form.field.topic')} rules={required}>
          <Radio.Group optionType="button" options={LECTURE_TOPICS.map((topic) => ({ value: topic, label: t(`shared.topic.${topic}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('form.field.title')} rules={required}>
          <Input maxLength={60} placeholder={t('form.placeholder.title')} />
        </Form.Item>
        <Form.Item name="date" label={t('form.field.date')} rules={[{ required: true, message: t('errors:field.required') }]}>
          <DatePicker style={{ width: 200 }} disabledDate={notFuture} format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="speaker" label={t('form.field.speaker')} rules={required}>
          <Input maxLength={60} placeholder={t('form.placeholder.speaker')} />
        </Form.Item>
        <Form.Item name="note" label={t('form.field.note')}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
