// The mapping step of the child import: each column of the file, its first value, and the field it
// goes to (suggested by its header's synonyms or the admin's last choice), which the admin may change.
import { Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHILD_IMPORT_FIELDS, type ChildImportColumn, type ChildImportField, type ChildImportPreview } from '../../../../shared/domain';
import { ListTable } from '../../components/ListTable';

const IGNORE = '';

export function MappingStep({ preview, onChange, disabled }: { preview: ChildImportPreview; onChange(index: number, field: ChildImportField | null): void; disabled: boolean }) {
  const { t } = useTranslation('children');
  const options = [{ value: IGNORE, label: t('import.mapping.ignore') }, ...CHILD_IMPORT_FIELDS.map((f) => ({ value: f, label: t(`import.field.${f}`) }))];
  return (
    <>
      <Typography.Paragraph>{t('import.mapping.intro', { sheet: preview.sheetName, rows: preview.headerRows.join('–') })}</Typography.Paragraph>
      <ListTable<ChildImportColumn>
        rowKey="index"
        className="child-import-mapping"
        dataSource={preview.columns}
        pagination={false}
        scroll={{ y: 420 }}
        columns={[
          { title: t('import.mapping.column.header'), dataIndex: 'header', width: 220 },
          { title: t('import.mapping.column.sample'), dataIndex: 'sample', width: 200, render: (v: string | null) => v ?? '—' },
          {
            title: t('import.mapping.column.field'),
            key: 'field',
            render: (_, column) => (
              <>
                <Select
                  aria-label={column.header}
                  style={{ width: 320 }}
                  disabled={disabled}
                  value={column.field ?? IGNORE}
                  options={options}
                  onChange={(value: string) => onChange(column.index, value === IGNORE ? null : (value as ChildImportField))}
                />
                {column.field !== column.suggested && <Tag style={{ marginLeft: 8 }}>{t('import.mapping.changed')}</Tag>}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
