// A teacher books a call for a child (she asked at the desk, not at the kiosk): whom, and with a
// video computer in the room, on the phone or by video. The queue then places her by the fair rotation.
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallChannel } from '../../../../shared/domain';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useCalls } from './callsStore';
import { ChannelField } from './channel';
import { ChildParentFields } from './ChildParentFields';

interface Values {
  childId: number;
  parentId: number;
  channel: CallChannel;
}

export function BookCallDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['calls', 'common', 'errors']);
  const { message } = App.useApp();
  const book = useCalls((s) => s.book);
  const [form] = Form.useForm<Values>();
  const { busy, save, problem } = useFormSave(form, { show: 'alert' });

  const submit = async () => {
    const values = await form.validateFields();
    await save(async () => {
      const entry = await book(values);
      message.success(t('calls:book.message.booked', { name: entry.childName, position: entry.position }));
      onClose();
    });
  };

  return (
    <FormDialog open={open} title={t('calls:book.title.main')} okText={t('calls:book.action.submit')} onOk={submit} busy={busy} problem={problem} onCancel={onClose}>
      <Form form={form} layout="vertical" name="book-call" preserve={false} initialValues={{ channel: 'phone' }}>
        <ChildParentFields />
        <ChannelField />
      </Form>
    </FormDialog>
  );
}
