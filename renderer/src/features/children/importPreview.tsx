// The preview step of the child import: every row with every field read (dates as read, phones as
// normalised, situation and flags), its notes and problems, and a way to include a skipped row.
import { Checkbox, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildImportPreview, ChildImportProblem, ChildImportRow, ChildImportStatus } from '../../../../shared/domain';
import { fieldMessage } from '../../components/errors';
import { ListTable } from '../../components/ListTable';

const STATUS_COLOR: Record<ChildImportStatus, string> = { new: 'green', update: 'blue', repeat: 'default', skipped: 'orange', error: 'red' };
const NOTICES = new Set(['second_phone', 'name_spaces', 'not_left_behind', 'invalid']);

interface Props {
  preview: ChildImportPreview;
  fileName: string;
  included: ReadonlySet<number>;
  onInclude(row: number, include: boolean): void;
  disabled: boolean;
}

export function PreviewStep({ preview, fileName, included, onInclude, disabled }: Props) {
  const { t } = useTranslation(['children', 'common']);
  const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : String(v));
  const problem = (p: ChildImportProblem) => (NOTICES.has(p.code) ? t(`import.notice.${p.code as 'invalid'}`, { value: p.value ?? '' }) : fieldMessage(p.code));
  return (
    <>
      <Typography.Paragraph>{t('import.summary.text', { file: fileName, ...preview.counts })}</Typography.Paragraph>
      <ListTable<ChildImportRow>
        rowKey="rowNumber"
        className="child-import-preview"
        dataSource={preview.rows}
        pagination={{ pageSize: 8, showSizeChanger: false }}
        scroll={{ x: 1255 }}
        columns={[
          { title: t('import.column.row'), dataIndex: 'rowNumber', width: 50, fixed: 'left' },
          {
            title: t('import.column.status'),
            key: 'status',
            width: 110,
            render: (_, row) => (
              <>
                <Tag color={STATUS_COLOR[row.status]}>{t(`import.status.${row.status}`)}</Tag>
                {(row.status === 'skipped' || included.has(row.rowNumber)) && (
                  <Checkbox disabled={disabled} checked={included.has(row.rowNumber)} onChange={(e) => onInclude(row.rowNumber, e.target.checked)}>
                    {t('import.include')}
                  </Checkbox>
                )}
              </>
            ),
          },
          { title: t('import.column.name'), key: 'name', width: 80, render: (_, row) => dash(row.name) },
          {
            title: t('import.column.class'),
            key: 'class',
            width: 90,
            render: (_, { fields: f }) => (f.grade && f.classNo ? t('common:class.label.gradeClass', { grade: f.grade, classNo: f.classNo }) : `${dash(f.grade)} / ${dash(f.classNo)}`),
          },
          { title: t('import.column.birthDate'), key: 'birthDate', width: 95, render: (_, row) => dash(row.fields.birthDate) },
          { title: t('import.column.gender'), key: 'gender', width: 50, render: (_, { fields: f }) => (f.gender ? t(`common:enums.gender.${f.gender}`) : '—') },
          {
            title: t('import.column.situation'),
            key: 'situation',
            width: 140,
            render: (_, { fields: f }) => (
              <>
                {f.situation ? t(`common:enums.situation.${f.situation}`) : '—'}
                {f.deFactoUnsupported && (
                  <Tag color="red" style={{ marginLeft: 4 }}>
                    {t('common:enums.flag.deFactoUnsupported')}
                  </Tag>
                )}
                {f.boarding && <Tag style={{ marginLeft: 4 }}>{t('form.field.boarding')}</Tag>}
              </>
            ),
          },
          {
            title: t('import.column.guardian'),
            key: 'guardian',
            width: 160,
            render: (_, { fields: f }) => (
              <>
                {dash(f.guardianName)}
                {f.guardianRelation && ` (${t(`common:enums.guardianRelation.${f.guardianRelation}`)})`}
                <div>{dash(f.guardianPhone)}</div>
              </>
            ),
          },
          {
            title: t('import.column.parents'),
            key: 'parents',
            width: 160,
            render: (_, { fields: f }) =>
              (f.parents ?? []).map((p) => (
                <div key={p.relation}>
                  {t(`common:enums.parentRelation.${p.relation}`)}: {[p.name, p.workCity, p.phone, p.employer].filter(Boolean).join(' · ')}
                </div>
              )),
          },
          {
            title: t('import.column.more'),
            key: 'more',
            width: 110,
            render: (_, { fields: f }) =>
              [f.studentNo, f.ethnicity, f.hukou, f.healthStatus, f.incomeSource, f.guardianAddress, f.guardianSituation, f.villageContactName, f.villageContactPhone, f.notes]
                .filter(Boolean)
                .map((v) => <div key={v}>{v}</div>),
          },
          {
            title: t('import.column.problems'),
            key: 'problems',
            width: 220,
            render: (_, row) => (
              <>
                {row.repeatOf !== null && <div>{t('import.notice.repeat', { row: row.repeatOf })}</div>}
                {row.problems.map((p) => (
                  <div key={`${p.column}-${p.code}`}>
                    {p.column}: {problem(p)}
                  </div>
                ))}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
