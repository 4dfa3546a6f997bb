// Archiving takes a child out of the lists but keeps the file and its history; it needs a reason.
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildFile } from '../../../../shared/domain';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useChildren } from './childrenStore';

export function ArchiveDialog({ child, onClose }: { child: ChildFile | null; onClose(archived?: ChildFile): void }) {
  const { t } = useTranslation(['children', 'common', 'errors']);
  const { message } = App.useApp();
  const archive = useChildren((s) => s.archive);
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, save } = useFormSave(form);

  const submit = async () => {
    if (!child) return;
    const { reason } = await form.validateFields();
    await save(async () => {
      const archived = await archive(child.id, reason);
      message.success(t('archive.message.done', { name: child.name }));
      onClose(archived);
    });
  };

  return (
    <FormDialog
      open={child !== null}
      title={t('archive.title.main', { name: child?.name ?? '' })}
      okText={t('archive.action.confirm')}
      okButtonProps={{ danger: true }}
      busy={busy}
      onOk={submit}
      onCancel={() => onClose()}
    >
      <p>{t('archive.intro.text')}</p>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('archive.field.reason')} rules={[{ required: true, whitespace: true, message: t('archive.field.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={200} placeholder={t('archive.field.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
