// The bundles side by side: each room's week in one row, with whether its files are as written.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { WeekSummary } from '../../../../../shared/bundle';
import { bundleOk, type BundleCheck, type BundleProblem } from './verify';

type Figure = Exclude<keyof WeekSummary, 'daily'>;
/** The figures shown as plain columns, in the order the office reads them. */
const FIGURES = ['children', 'visits', 'calls', 'loans', 'signups'] as const;

function Problems({ problems }: { problems: BundleProblem[] }) {
  const { t } = useTranslation(['exports']);
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {problems.map((p, i) => (
        <li key={i}>{t(`bundles.problem.${p.kind}`, { file: 'file' in p ? p.file : '', field: 'field' in p ? p.field : '', folder: 'folder' in p ? p.folder : '' })}</li>
      ))}
    </ul>
  );
}

export function BundlesTable({ checks }: { checks: BundleCheck[] }) {
  const { t } = useTranslation(['exports', 'common']);
  const figure = (key: Figure) => (c: BundleCheck) => c.manifest?.summary[key] ?? '—';

  const columns: ColumnsType<BundleCheck> = [
    { key: 'school', title: t('bundles.column.school'), render: (_, c) => c.manifest?.school ?? <Typography.Text type="secondary">{c.folder || '—'}</Typography.Text> },
    { key: 'room', title: t('bundles.column.room'), render: (_, c) => c.manifest?.room ?? '—' },
    { key: 'week', title: t('bundles.column.week'), render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{c.manifest?.week ?? '—'}</span> },
    ...FIGURES.map((key) => ({ key, title: t(`bundles.figure.${key}`), align: 'right' as const, render: (_: unknown, c: BundleCheck) => figure(key)(c) })),
    {
      key: 'duty',
      title: t('bundles.column.duty'),
      align: 'right',
      render: (_, c) => (c.manifest ? `${c.manifest.summary.dutiesCovered} / ${c.manifest.summary.dutiesPlanned}` : '—'),
    },
    { key: 'noCall', title: t('bundles.column.noCall'), align: 'right', render: (_, c) => figure('noCall30Days')(c) },
    { key: 'overdue', title: t('bundles.column.overdue'), align: 'right', render: (_, c) => figure('overdueBooks')(c) },
    {
      key: 'contacts',
      title: t('bundles.column.contacts'),
      render: (_, c) => (c.manifest ? (c.manifest.includeContacts ? <Tag color="red">{t('common:yesNo.yes')}</Tag> : t('common:yesNo.no')) : '—'),
    },
    {
      key: 'check',
      title: t('bundles.column.check'),
      width: 320,
      render: (_, c) =>
        bundleOk(c) ? (
          <Tag icon={<CheckCircleFilled />} color="success">
            {t('bundles.check.ok')}
          </Tag>
        ) : (
          <Space orientation="vertical" size={2}>
            <Tag icon={<CloseCircleFilled />} color="error">
              {t('bundles.check.failed')}
            </Tag>
            <Problems problems={c.problems} />
          </Space>
        ),
    },
  ];

  return (
    <Card title={t('bundles.table.title')}>
      <Table<BundleCheck> size="small" rowKey="folder" dataSource={checks} columns={columns} pagination={false} scroll={{ x: true }} />
    </Card>
  );
}
