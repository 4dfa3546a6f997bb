// Import a spreadsheet: pick a file, see every row as new / update / error, then confirm.
// Nothing is written before the confirmation; rows with errors are skipped, never half-written.
// Each feature says what it imports (its calls, its words, its own columns); this is the dialog.
// ImportFrame is its shell (drop zone, refusal, footer), which the child import's own steps share.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ImportPreview, ImportPreviewRow, ImportResult, ImportRowStatus } from '../../../shared/domain';
import { errorMessage, fieldMessage } from './errors';
import { fileToBase64 } from './files';
import { useBusy } from './useBusy';
import { ListTable } from './ListTable';

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

interface FrameProps {
  open: boolean;
  width: string | number;
  title: string;
  /** Closing: the dialog forgets the file before it goes. */
  onCancel(): void;
  footer: ReactNode;
  /** Shown until a file was read: the drop zone, with its words. */
  upload: { text: string; hint: string } | null;
  onPick(file: File): void;
  busy: boolean;
  problem: string | null;
  /** Above the drop zone and the refusal (the child import's steps). */
  head?: ReactNode;
  children: ReactNode;
}

export function ImportFrame({ open, width, title, onCancel, footer, upload, onPick, busy, problem, head, children }: FrameProps) {
  return (
    <Modal open={open} width={width} title={title} destroyOnHidden onCancel={onCancel} footer={footer}>
      {head}
      {upload && (
        <Upload.Dragger
          accept=".xlsx,.csv"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(picked) => {
            onPick(picked);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{upload.text}</p>
          <p className="ant-upload-hint">{upload.hint}</p>
        </Upload.Dragger>
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} />}
      {children}
    </Modal>
  );
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
    <ImportFrame
      open={open}
      width={900}
      title={texts.title}
      onCancel={() => {
        reset();
        onClose();
      }}
      upload={preview ? null : { text: texts.uploadText, hint: texts.uploadHint }}
      onPick={(picked) => void pick(picked)}
      busy={busy}
      problem={problem}
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
      {preview && (
        <>
          <Typography.Paragraph>{texts.summary(file?.fileName ?? '', preview.counts)}</Typography.Paragraph>
          <ListTable<ImportPreviewRow>
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
    </ImportFrame>
  );
}
