// Restore asks once, plainly: everything now on this PC is replaced by the backup, and kept aside
// first. After it the app reloads, since the data and every session changed under it.
import { Alert, App, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { when } from './format';
import { useExports } from './exportsStore';

export function RestoreDialog({ file, onClose }: { file: BackupFile | null; onClose(): void }) {
  const { t } = useTranslation(['exports']);
  const { modal } = App.useApp();
  const restore = useExports((s) => s.restore);
  const { busy, run } = useBusy();
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    if (!file) return;
    setFailure(null);
    await run(
      async () => {
        const result = await restore(file.name);
        onClose();
        modal.success({
          title: t('restore.result.title'),
          content: (
            <>
              <Typography.Paragraph>{t('restore.result.from', { name: result.restoredFrom })}</Typography.Paragraph>
              <Typography.Paragraph>{t('restore.result.keptAside', { name: result.keptAside })}</Typography.Paragraph>
              <Typography.Paragraph>{t('restore.result.reload')}</Typography.Paragraph>
            </>
          ),
          okText: t('restore.result.ok'),
          keyboard: false,
          onOk: () => window.location.reload(),
        });
      },
      (e) => {
        setFailure(errorMessage(e));
      },
    );
  };

  return (
    <Modal
      open={file !== null}
      title={t('restore.confirm.title')}
      okText={t('restore.confirm.ok')}
      okButtonProps={{ danger: true }}
      confirmLoading={busy}
      onOk={() => void confirm()}
      onCancel={close}
      destroyOnHidden
    >
      {file && (
        <>
          <Typography.Paragraph>{t('restore.confirm.what', { name: file.name, created: when(file.createdAt) })}</Typography.Paragraph>
          <Alert type="warning" showIcon title={t('restore.confirm.replace')} description={t('restore.confirm.keptAside')} />
        </>
      )}
      {failure && <Alert type="error" showIcon style={{ marginTop: 12 }} title={failure} />}
    </Modal>
  );
}
