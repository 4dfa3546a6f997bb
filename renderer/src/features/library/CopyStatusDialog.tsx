// Mark one copy lost or withdrawn, or back on the shelf when it turns up: always with a reason,
// which the audit log keeps. A copy still on loan is returned first (the service does that).
import { App, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Book, CopyStatus } from '../../../../shared/domain';
import { FormDialog } from '../../components/form/FormDialog';
import { useFormSave } from '../../components/form/useFormSave';
import { useLibrary } from './libraryStore';

export interface CopyStatusTarget {
  copyId: number;
  barcode: string;
  title: string;
  status: Exclude<CopyStatus, 'on_loan'>;
}

interface Props {
  target: CopyStatusTarget | null;
  onClose(): void;
  onDone?(book: Book): void;
}

export function CopyStatusDialog({ target, onClose, onDone }: Props) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { message } = App.useApp();
  const setCopyStatus = useLibrary((s) => s.setCopyStatus);
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, save } = useFormSave(form);

  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);

  const submit = async ({ reason }: { reason: string }) => {
    if (!target) return;
    await save(async () => {
      const book = await setCopyStatus(target.copyId, target.status, reason);
      message.success(t('copy.message.changed', { barcode: target.barcode, status: t(`copy.status.${target.status}`) }));
      onDone?.(book);
      onClose();
    });
  };

  return (
    <FormDialog
      open={target !== null}
      title={target && t(`copy.dialog.${target.status}`, { barcode: target.barcode, title: target.title })}
      okText={t('common:action.save')}
      cancelText={t('common:action.cancel')}
      busy={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="reason" label={t('copy.field.reason')} rules={[{ required: true, whitespace: true, message: t('errors:field.required') }]}>
          <Input.TextArea autoFocus maxLength={200} rows={2} placeholder={t('copy.field.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
