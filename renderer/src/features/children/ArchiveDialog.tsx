// Archiving takes a child out of the lists but keeps the file and its history; it needs a reason.
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildFile } from '../../../../shared/domain';
import { useBusy } from '../../components/useBusy';
import { useChildren } from './childrenStore';

export function ArchiveDialog({ child, onClose }: { child: ChildFile | null; onClose(archived?: ChildFile): void }) {
  const { t } = useTranslation(['children', 'common', 'errors']);
  const { message } = App.useApp();
  const archive = useChildren((s) => s.archive);
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, run } = useBusy();

  const submit = async () => {
    if (!child) return;
    const { reason } = await form.validateFields();
    await run(async () => {
      const archived = await archive(child.id, reason);
      message.success(t('archive.message.done', { name: child.name }));
      onClose(archived);
    });
  };

  return (
    <Modal
      open={child !== null}
      title={t('archive.title.main', { name: child?.name ?? '' })}
      okText={t('archive.action.confirm')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <p>{t('archive.intro.text')}</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('archive.field.reason')} rules={[{ required: true, whitespace: true, message: t('archive.field.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={200} placeholder={t('archive.field.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
