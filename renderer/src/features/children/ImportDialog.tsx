// Import the school's roster through the shared import dialog: the children's words and columns.
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { ImportDialog as SpreadsheetImport, type ImportFile, type ImportTexts } from '../../components/ImportDialog';
import { useChildren } from './store';

export function ImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['children', 'common', 'errors']);
  const reload = useChildren((s) => s.reload);

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

  const confirm = async (file: ImportFile) => {
    const result = await call('children.importConfirm', file);
    await reload();
    return result;
  };

  return (
    <SpreadsheetImport
      open={open}
      onClose={onClose}
      texts={texts}
      preview={(file) => call('children.importPreview', file)}
      confirm={confirm}
      columns={[
        { title: t('import.column.name'), dataIndex: 'name', width: 120 },
        {
          title: t('import.column.class'),
          key: 'class',
          width: 140,
          render: (_, row) => (row.grade && row.classNo ? t('common:class.label.gradeClass', { grade: row.grade, classNo: row.classNo }) : '—'),
        },
      ]}
    />
  );
}
