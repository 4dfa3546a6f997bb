// The preview's parts: who moves up (each with a keep-back box), who graduates, whose surrogate parent
// left (a new one picked), which groups close. The dialog holds the choices.
import { Checkbox, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchoolYearChild, SchoolYearPreview } from '../../../../shared/domain';
import { ClassLabel } from '../../components/childLabels';

/** The select's value for "no surrogate parent" (staff ids start at 1). */
export const NO_SURROGATE = 0;

interface Props {
  preview: SchoolYearPreview;
  keepBack: ReadonlySet<number>;
  onKeepBack(childId: number, kept: boolean): void;
  reassign: Readonly<Record<number, number>>;
  onReassign(childId: number, staffId: number | undefined): void;
}

const PAGE = { pageSize: 10, showSizeChanger: false, hideOnSinglePage: true } as const;

export function PreviewTables({ preview, keepBack, onKeepBack, reassign, onReassign }: Props) {
  const { t } = useTranslation('schoolYear');
  const keepBox = (c: SchoolYearChild) => (
    <Checkbox aria-label={t('preview.keepBackOf', { name: c.name })} checked={keepBack.has(c.childId)} onChange={(e) => onKeepBack(c.childId, e.target.checked)}>
      {t('preview.keepBack')}
    </Checkbox>
  );
  const name = { title: t('preview.col.name'), dataIndex: 'name', key: 'name' };
  const cls = { title: t('preview.col.class'), key: 'class', render: (_: unknown, c: SchoolYearChild) => <ClassLabel grade={c.grade} classNo={c.classNo} /> };

  return (
    <>
      <Typography.Title level={5}>{t('preview.movesTitle', { count: preview.moves.length })}</Typography.Title>
      <Table
        size="small"
        rowKey="childId"
        pagination={PAGE}
        dataSource={preview.moves}
        columns={[
          name,
          cls,
          { title: t('preview.col.next'), key: 'next', render: (_, c) => (keepBack.has(c.childId) ? t('preview.stays', { grade: c.grade }) : t('preview.moves', { from: c.grade, to: c.nextGrade })) },
          { title: t('preview.col.keepBack'), key: 'keep', render: (_, c) => keepBox(c) },
        ]}
      />
      <Typography.Title level={5}>{t('preview.graduatesTitle', { count: preview.graduates.length, grade: preview.lastGrade })}</Typography.Title>
      <Table
        size="small"
        rowKey="childId"
        pagination={PAGE}
        dataSource={preview.graduates}
        columns={[
          name,
          cls,
          { title: t('preview.col.next'), key: 'next', render: (_, c) => (keepBack.has(c.childId) ? t('preview.stays', { grade: c.grade }) : t('preview.graduates')) },
          { title: t('preview.col.keepBack'), key: 'keep', render: (_, c) => keepBox(c) },
        ]}
      />
      {preview.unknownGrade.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('preview.unknownGrade', { count: preview.unknownGrade.length, names: preview.unknownGrade.map((c) => c.name).join(t('preview.separator')) })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5}>{t('preview.reassignTitle', { count: preview.reassign.length })}</Typography.Title>
      <Table
        size="small"
        rowKey="childId"
        pagination={PAGE}
        dataSource={preview.reassign}
        columns={[
          name,
          cls,
          { title: t('preview.col.oldSurrogate'), key: 'old', render: (_, c) => t('preview.archivedStaff', { name: c.surrogateName }) },
          {
            title: t('preview.col.newSurrogate'),
            key: 'new',
            render: (_, c) => (
              <Select
                aria-label={t('preview.newSurrogateOf', { name: c.name })}
                placeholder={t('preview.leaveAsIs')}
                allowClear
                style={{ width: 180 }}
                value={reassign[c.childId]}
                onChange={(v: number | undefined) => onReassign(c.childId, v)}
                options={[{ value: NO_SURROGATE, label: t('preview.noSurrogate') }, ...preview.candidates.map((s) => ({ value: s.id, label: s.name }))]}
              />
            ),
          },
        ]}
      />
      <Typography.Title level={5}>{t('preview.groupsTitle', { count: preview.groups.length })}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={PAGE}
        dataSource={preview.groups}
        columns={[
          { title: t('preview.col.group'), dataIndex: 'title', key: 'title' },
          { title: t('preview.col.term'), key: 'term', render: (_, g) => `${g.termStart ?? ''} – ${g.termEnd ?? ''}` },
        ]}
      />
    </>
  );
}
