// The bundles side by side: each room's week in one row, with the figures its own CSVs give and how it
// stands (passed, corrected, superseded by a correction, partial, or failed with the reasons).
import { SUMMARY_FIGURES } from '../../../../../shared/bundle';
import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, HistoryOutlined } from '@ant-design/icons';
import { Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { BundleCheck, BundleFigures, BundleProblem } from '../../../../../shared/bundleCheck';

type Figure = Exclude<keyof BundleFigures, 'daily' | 'care'>;
/** The figures shown as plain columns, in the order the office reads them. */
const FIGURES = ['children', 'visits', 'calls', 'loans', 'signups'] as const;

const isCounted = (field: string): field is (typeof SUMMARY_FIGURES)[number] => (SUMMARY_FIGURES as readonly string[]).includes(field);

function Problems({ problems }: { problems: BundleProblem[] }) {
  const { t } = useTranslation(['exports']);
  // 'daily.2026-11-16.visits' names one day's figure.
  const figureName = (field: string) => {
    const [head, date, which] = field.split('.');
    if (head === 'daily') return t(`bundles.figureName.${which === 'children' ? 'dailyChildren' : 'dailyVisits'}`, { date });
    return isCounted(field) ? t(`bundles.figureName.${field}`) : field;
  };
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {problems.map((p, i) => (
        <li key={i}>
          {t(`bundles.problem.${p.kind}`, {
            file: 'file' in p ? p.file : '',
            field: p.kind === 'figure' ? figureName(p.field) : 'field' in p ? p.field : '',
            folder: 'folder' in p ? p.folder : '',
            column: 'column' in p ? p.column : '',
            manifest: 'manifest' in p ? p.manifest : '',
            files: 'files' in p ? p.files : '',
          })}
        </li>
      ))}
    </ul>
  );
}

function Standing({ check }: { check: BundleCheck }) {
  const { t } = useTranslation(['exports']);
  const revision = check.manifest?.revision ?? 1;
  const tag = {
    current: (
      <Tag icon={<CheckCircleFilled />} color="success">
        {revision > 1 ? t('bundles.check.corrected', { revision }) : t('bundles.check.ok')}
      </Tag>
    ),
    superseded: (
      <Tag icon={<HistoryOutlined />} color="default">
        {t('bundles.check.superseded')}
      </Tag>
    ),
    partial: (
      <Tag icon={<ClockCircleOutlined />} color="warning">
        {t('bundles.check.partial', { upTo: check.manifest?.partialUpTo ?? '' })}
      </Tag>
    ),
    failed: (
      <Tag icon={<CloseCircleFilled />} color="error">
        {t('bundles.check.failed')}
      </Tag>
    ),
  }[check.status];
  return (
    <Space orientation="vertical" size={2}>
      {tag}
      {check.status === 'current' && check.manifest?.replaces && <Typography.Text type="secondary">{t('bundles.note.replaces', { folder: check.manifest.replaces })}</Typography.Text>}
      {check.supersededBy !== null && <Typography.Text type="secondary">{t('bundles.note.supersededBy', { folder: check.supersededBy })}</Typography.Text>}
      {check.copies.length > 0 && <Typography.Text type="secondary">{t('bundles.note.copies', { folders: check.copies.join(', ') })}</Typography.Text>}
      {check.problems.length > 0 && <Problems problems={check.problems} />}
    </Space>
  );
}

export function BundlesTable({ checks }: { checks: BundleCheck[] }) {
  const { t } = useTranslation(['exports', 'common']);
  const figure = (key: Figure) => (c: BundleCheck) => c.figures?.[key] ?? '—';

  const columns: ColumnsType<BundleCheck> = [
    {
      key: 'school',
      title: t('bundles.column.school'),
      render: (_, c) => c.manifest?.school ?? <Typography.Text type="secondary">{c.folder || '—'}</Typography.Text>,
    },
    { key: 'room', title: t('bundles.column.room'), render: (_, c) => c.manifest?.room ?? '—' },
    { key: 'week', title: t('bundles.column.week'), render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{c.manifest?.week ?? '—'}</span> },
    ...FIGURES.map((key) => ({ key, title: t(`bundles.figure.${key}`), align: 'right' as const, render: (_: unknown, c: BundleCheck) => figure(key)(c) })),
    {
      key: 'duty',
      title: t('bundles.column.duty'),
      align: 'right',
      render: (_, c) => (c.figures ? `${c.figures.dutiesCovered} / ${c.figures.dutiesPlanned}` : '—'),
    },
    { key: 'noCall', title: t('bundles.column.noCall'), align: 'right', render: (_, c) => figure('noCall30Days')(c) },
    { key: 'overdue', title: t('bundles.column.overdue'), align: 'right', render: (_, c) => figure('overdueBooks')(c) },
    {
      key: 'contacts',
      title: t('bundles.column.contacts'),
      render: (_, c) => (c.manifest ? c.manifest.includeContacts ? <Tag color="red">{t('common:yesNo.yes')}</Tag> : t('common:yesNo.no') : '—'),
    },
    { key: 'check', title: t('bundles.column.check'), width: 320, render: (_, c) => <Standing check={c} /> },
  ];

  return (
    <Card title={t('bundles.table.title')}>
      <Table<BundleCheck> size="small" rowKey="folder" dataSource={checks} columns={columns} pagination={false} scroll={{ x: true }} />
    </Card>
  );
}
