// Import a catalogue spreadsheet (a donor's list, the county library's list) through the shared
// preview-then-confirm dialog.
import { useTranslation } from 'react-i18next';
import { ImportDialog, type ImportTexts } from '../../components/ImportDialog';
import { useLibrary } from './libraryStore';

export function BookImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const importPreview = useLibrary((s) => s.importPreview);
  const importConfirm = useLibrary((s) => s.importConfirm);

  const texts: ImportTexts = {
    title: t('import.title.main'),
    uploadText: t('import.upload.text'),
    uploadHint: t('import.upload.hint'),
    again: t('import.action.again'),
    confirm: (count) => t('import.action.confirm', { count }),
    summary: (file, counts) => t('import.summary.text', { file, ...counts }),
    done: (result) => t('import.message.done', { ...result }),
    column: { row: t('import.column.row'), status: t('import.column.status'), problems: t('import.column.problems') },
    status: (status) => t(`import.status.${status}`),
  };

  return (
    <ImportDialog
      open={open}
      onClose={onClose}
      texts={texts}
      preview={importPreview}
      confirm={importConfirm}
      columns={[{ title: t('import.column.title'), dataIndex: 'name', render: (title: string) => (title ? `《${title}》` : '—') }]}
    />
  );
}
