// Import a spreadsheet: pick a file, see every row as new / update / error, then confirm.
// Nothing is written before the confirmation; rows with errors are skipped, never half-written.
// Each feature says what it imports (its calls, its words, its own columns); this is the dialog.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ImportPreview, ImportPreviewRow, ImportResult, ImportRowStatus } from '../../../shared/domain';
import { errorMessage, fieldMessage } from './errors';
import { fileToBase64 } from './files';
import { useBusy } from './useBusy';

const STATUS_COLOR: Record<ImportRowStatus, string> = { new: 'green', update: 'blue', error: 'red' };

export interface ImportFile {
  fileName: string;
  dataBase64: string;
}

/** The words of one import, already translated in the feature's own namespace. */
export interface ImportTexts {
  title: string;
  uploadText: string;
  uploadHint: string;
  again: string;
  confirm(count: number): string;
  summary(fileName: string, counts: ImportPreview['counts']): string;
  done(result: ImportResult): string;
  column: { row: string; status: string; problems: string };
  status(status: ImportRowStatus): string;
}

export interface ImportDialogProps {
  open: boolean;
  onClose(): void;
  texts: ImportTexts;
  preview(file: ImportFile): Promise<ImportPreview>;
  /** Writes the rows; the feature reloads what it shows. */
  confirm(file: ImportFile): Promise<ImportResult>;
  /** The feature's own columns, between "status" and "problems". */
  columns: TableColumnsType<ImportPreviewRow>;
}

export function ImportDialog({ open, onClose, texts, preview: readPreview, confirm: write, columns }: ImportDialogProps) {
  const { message } = App.useApp();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useBusy();

  const reset = () => {
    setFile(null);
    setPreview(null);
    setProblem(null);
  };

  const pick = async (picked: File) => {
    reset();
    await run(
      async () => {
        const next = { fileName: picked.name, dataBase64: await fileToBase64(picked) };
        setPreview(await readPreview(next));
        setFile(next);
      },
      (e) => {
        setProblem(errorMessage(e));
      },
    );
  };

  const confirm = async () => {
    if (!file) return;
    await run(
      async () => {
        message.success(texts.done(await write(file)));
        reset();
        onClose();
      },
      (e) => {
        setProblem(errorMessage(e));
      },
    );
  };

  const writable = preview ? preview.counts.new + preview.counts.update : 0;

  return (
    <Modal
      open={open}
      width={900}
      title={texts.title}
      destroyOnHidden
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={
        <Space>
          <Button onClick={reset} disabled={!preview}>
            {texts.again}
          </Button>
          <Button type="primary" disabled={!preview || writable === 0} loading={busy} onClick={() => void confirm()}>
            {texts.confirm(writable)}
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
          <p className="ant-upload-text">{texts.uploadText}</p>
          <p className="ant-upload-hint">{texts.uploadHint}</p>
        </Upload.Dragger>
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} />}
      {preview && (
        <>
          <Typography.Paragraph>{texts.summary(file?.fileName ?? '', preview.counts)}</Typography.Paragraph>
          <Table<ImportPreviewRow>
            size="small"
            rowKey="rowNumber"
            dataSource={preview.rows}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            columns={[
              { title: texts.column.row, dataIndex: 'rowNumber', width: 70 },
              {
                title: texts.column.status,
                dataIndex: 'status',
                width: 100,
                render: (status: ImportRowStatus) => <Tag color={STATUS_COLOR[status]}>{texts.status(status)}</Tag>,
              },
              ...columns,
              {
                title: texts.column.problems,
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
