// Import the school's roster: pick a file, see every row as new / update / error, then confirm.
// Nothing is written before the confirmation; rows with errors are skipped, never half-written.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportPreviewRow, ImportRowStatus } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage, fieldMessage } from '../../components/errors';
import { fileToBase64 } from '../../components/files';
import { useChildren } from './store';

const STATUS_COLOR: Record<ImportRowStatus, string> = { new: 'green', update: 'blue', error: 'red' };

interface PickedFile {
  fileName: string;
  dataBase64: string;
}

export function ImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['children', 'common', 'errors']);
  const { message } = App.useApp();
  const reload = useChildren((s) => s.reload);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setProblem(null);
  };

  const pick = async (picked: File) => {
    reset();
    setBusy(true);
    try {
      const next = { fileName: picked.name, dataBase64: await fileToBase64(picked) };
      setPreview(await call('children.importPreview', next));
      setFile(next);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await call('children.importConfirm', file);
      message.success(t('import.message.done', { ...result }));
      await reload();
      reset();
      onClose();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const writable = preview ? preview.counts.new + preview.counts.update : 0;

  return (
    <Modal
      open={open}
      width={900}
      title={t('import.title.main')}
      destroyOnHidden
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={
        <Space>
          <Button onClick={reset} disabled={!preview}>
            {t('import.action.again')}
          </Button>
          <Button type="primary" disabled={!preview || writable === 0} loading={busy} onClick={() => void confirm()}>
            {t('import.action.confirm', { count: writable })}
          </Button>
        </Space>
      }
    >
      {!preview && (
        <Upload.Dragger
          accept=".xlsx,.csv"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(picked) => {
            void pick(picked);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.upload.text')}</p>
          <p className="ant-upload-hint">{t('import.upload.hint')}</p>
        </Upload.Dragger>
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} />}
      {preview && (
        <>
          <Typography.Paragraph>
            {t('import.summary.text', { file: file?.fileName ?? '', ...preview.counts })}
          </Typography.Paragraph>
          <Table<ImportPreviewRow>
            size="small"
            rowKey="rowNumber"
            dataSource={preview.rows}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { title: t('import.column.row'), dataIndex: 'rowNumber', width: 70 },
              {
                title: t('import.column.status'),
                dataIndex: 'status',
                width: 100,
                render: (status: ImportRowStatus) => <Tag color={STATUS_COLOR[status]}>{t(`import.status.${status}`)}</Tag>,
              },
              { title: t('import.column.name'), dataIndex: 'name', width: 120 },
              {
                title: t('import.column.class'),
                key: 'class',
                width: 140,
                render: (_, row) => (row.grade && row.classNo ? t('common:class.label.gradeClass', { grade: row.grade, classNo: row.classNo }) : '—'),
              },
              {
                title: t('import.column.problems'),
                key: 'problems',
                render: (_, row) =>
                  row.problems.map((p) => (
                    <div key={`${p.column}-${p.code}`}>
                      {p.column}: {fieldMessage(p.code)}
                    </div>
                  )),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
