// Erasing is irreversible: the dialog says what goes and what stays, and the admin types the name.
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { erasedName, type ErasableChild } from '../../../../shared/domain';
import { useBusy } from '../../components/useBusy';
import { usePrivacy } from './privacyStore';

export function EraseDialog({ child, onClose }: { child: ErasableChild | null; onClose(): void }) {
  const { t } = useTranslation(['privacy', 'common', 'errors']);
  const { message } = App.useApp();
  const erase = usePrivacy((s) => s.erase);
  const [typed, setTyped] = useState('');
  const { busy, run } = useBusy();
  const matches = child !== null && typed.trim() === child.name;

  const close = () => {
    setTyped('');
    onClose();
  };

  const submit = async () => {
    if (!child || !matches) return;
    await run(async () => {
      const result = await erase(child.id, typed);
      message.success(t('erasure.message.done', { placeholder: result.placeholder }));
      if (!result.fileCompacted) message.warning(t('erasure.message.notCompacted'));
      close();
    });
  };

  return (
    <Modal
      open={child !== null}
      title={t('erasure.dialog.title', { name: child?.name ?? '' })}
      okText={t('erasure.dialog.confirm')}
      okButtonProps={{ danger: true, loading: busy, disabled: !matches }}
      onOk={() => void submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Alert type="error" showIcon title={t('erasure.dialog.warning')} style={{ marginBottom: 12 }} />
      <Typography.Paragraph>{t('erasure.dialog.removes')}</Typography.Paragraph>
      <Typography.Paragraph>{t('erasure.dialog.keeps', { placeholder: child ? erasedName(child.id) : '' })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('erasure.dialog.backups')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          label={t('erasure.dialog.confirmLabel', { name: child?.name ?? '' })}
          htmlFor="erase-confirm-name"
          validateStatus={typed && !matches ? 'error' : undefined}
          help={typed && !matches ? t('erasure.dialog.mismatch') : undefined}
        >
          <Input id="erase-confirm-name" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
