// The child import: pick a file, match its columns to the child's fields, check every row as read,
// include a skipped child if need be, confirm. Nothing is written before the confirmation; each step
// asks the main process again with the admin's choices, so the preview is what will be written.
import { App, Button, Space, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildImportField, ChildImportMapping, ChildImportPreview } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { fileToBase64 } from '../../components/files';
import { ImportFrame, type ImportFile } from '../../components/ImportDialog';
import { useBusy } from '../../components/useBusy';
import { MappingStep } from './importMapping';
import { PreviewStep } from './importPreview';
import { useChildren } from './childrenStore';

export function ChildImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['children', 'common', 'errors']);
  const { message } = App.useApp();
  const reload = useChildren((s) => s.reload);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [mapping, setMapping] = useState<ChildImportMapping[]>([]);
  const [include, setInclude] = useState<number[]>([]);
  const [preview, setPreview] = useState<ChildImportPreview | null>(null);
  const [step, setStep] = useState<0 | 1>(0);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useBusy();

  const reset = () => {
    setFile(null);
    setMapping([]);
    setInclude([]);
    setPreview(null);
    setStep(0);
    setProblem(null);
  };

  const load = (next: ImportFile, nextMapping: ChildImportMapping[], nextInclude: number[]) =>
    run(
      async () => {
        setPreview(await call('children.importPreview', { ...next, mapping: nextMapping, include: nextInclude }));
        setFile(next);
        setMapping(nextMapping);
        setInclude(nextInclude);
        setProblem(null);
      },
      (e) => setProblem(errorMessage(e)),
    );

  const pick = async (picked: File) => {
    reset();
    await load({ fileName: picked.name, dataBase64: await fileToBase64(picked) }, [], []);
  };

  const remap = (index: number, field: ChildImportField | null) => {
    if (file) void load(file, [...mapping.filter((m) => m.index !== index), { index, field }], include);
  };

  const includeRow = (row: number, yes: boolean) => {
    if (file) void load(file, mapping, yes ? [...include, row] : include.filter((r) => r !== row));
  };

  const confirm = () =>
    run(
      async () => {
        if (!file) return;
        const result = await call('children.importConfirm', { ...file, mapping, include });
        message.success(t('import.message.done', { ...result }));
        await reload();
        reset();
        onClose();
      },
      (e) => setProblem(errorMessage(e)),
    );

  const writable = preview ? preview.counts.new + preview.counts.update : 0;

  return (
    <ImportFrame
      open={open}
      width="min(1320px, 97vw)"
      title={t('import.title.main')}
      onCancel={() => {
        reset();
        onClose();
      }}
      head={preview && <Steps size="small" current={step} style={{ marginBottom: 16 }} items={[{ title: t('import.step.mapping') }, { title: t('import.step.preview') }]} />}
      upload={preview ? null : { text: t('import.upload.text'), hint: t('import.upload.hint') }}
      onPick={(picked) => void pick(picked)}
      busy={busy}
      problem={problem}
      footer={
        <Space>
          <Button onClick={reset} disabled={!preview || busy}>
            {t('import.action.again')}
          </Button>
          {step === 0 ? (
            <Button type="primary" disabled={!preview} loading={busy} onClick={() => setStep(1)}>
              {t('import.action.next')}
            </Button>
          ) : (
            <>
              <Button onClick={() => setStep(0)} disabled={busy}>
                {t('import.action.back')}
              </Button>
              <Button type="primary" disabled={writable === 0} loading={busy} onClick={() => void confirm()}>
                {t('import.action.confirm', { count: writable })}
              </Button>
            </>
          )}
        </Space>
      }
    >
      {preview && step === 0 && <MappingStep preview={preview} onChange={remap} disabled={busy} />}
      {preview && file && step === 1 && <PreviewStep preview={preview} fileName={file.fileName} included={new Set(include)} onInclude={includeRow} disabled={busy} />}
    </ImportFrame>
  );
}
