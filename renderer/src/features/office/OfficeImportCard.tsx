// "导入周报": a folder on this PC (a USB drive, a shared folder the rooms export into) is read by the
// main process; every bundle is checked and the kept ones stored in the office database.
import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeImportLine } from '../../../../shared/office';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { ListTable } from '../../components/ListTable';

const COLOR: Record<OfficeImportLine['outcome'], string> = {
  stored: 'success',
  corrected: 'success',
  history: 'default',
  already: 'default',
  partial: 'warning',
  conflict: 'error',
  failed: 'error',
  refused: 'error',
};

export function OfficeImportCard({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation(['exports']);
  const { busy, run } = useBusy();
  const [folder, setFolder] = useState('');
  const [lines, setLines] = useState<OfficeImportLine[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = () =>
    run(
      async () => {
        setFailure(null);
        setLines(await call('office.import', { folder: folder.trim() }));
        onImported();
      },
      (e) => setFailure(errorMessage(e)),
    );

  const stored = lines?.filter((l) => l.outcome === 'stored' || l.outcome === 'corrected').length ?? 0;
  return (
    <Card title={t('office.title')}>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 720 }}>
        {t('office.intro')}
      </Typography.Paragraph>
      <Form layout="inline" onFinish={() => void submit()}>
        <Form.Item label={t('office.field.folder')} style={{ minWidth: 420 }}>
          <Input value={folder} onChange={(e) => setFolder(e.target.value)} aria-label={t('office.field.folder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<ImportOutlined />} loading={busy} disabled={folder.trim() === ''}>
          {t('office.action.import')}
        </Button>
      </Form>
      {failure && <Alert type="error" showIcon style={{ marginTop: 16 }} title={failure} />}
      {lines && (
        <>
          <Alert
            type={stored === lines.length ? 'success' : 'info'}
            showIcon
            style={{ marginTop: 16 }}
            title={t('office.result.imported', { count: lines.length, stored, skipped: lines.length - stored })}
          />
          <ListTable<OfficeImportLine>
            style={{ marginTop: 8 }}
            rowKey="folder"
            dataSource={lines}
            pagination={false}
            columns={[
              { key: 'folder', title: t('bundles.column.school'), render: (_, l) => (l.school ? `${l.school} · ${l.room ?? ''}` : l.folder) },
              { key: 'week', title: t('bundles.column.week'), render: (_, l) => l.week ?? '—' },
              { key: 'outcome', title: t('bundles.column.check'), render: (_, l) => <Tag color={COLOR[l.outcome]}>{t(`office.outcome.${l.outcome}`)}</Tag> },
            ]}
          />
        </>
      )}
    </Card>
  );
}
