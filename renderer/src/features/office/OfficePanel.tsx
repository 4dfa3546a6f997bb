// The office database on the "combine reports" tab: import, who sent which week, trends, the rooms
// to look at first, and the county's sheet.
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeAttentionRow, OfficeExportResult, OfficeGrid } from '../../../../shared/office';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { OfficeAttentionCard } from './OfficeAttentionCard';
import { OfficeGridCard } from './OfficeGridCard';
import { OfficeImportCard } from './OfficeImportCard';
import { OfficeTrendCard } from './OfficeTrendCard';

function ExportCard() {
  const { t } = useTranslation(['exports']);
  const { busy, run } = useBusy();
  const [folder, setFolder] = useState('');
  const [done, setDone] = useState<OfficeExportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = () =>
    run(
      async () => {
        setFailure(null);
        setDone(await call('office.export', { folder: folder.trim() }));
      },
      (e) => setFailure(errorMessage(e)),
    );
  return (
    <Card>
      <Form layout="inline" onFinish={() => void submit()}>
        <Form.Item label={t('office.field.exportFolder')} style={{ minWidth: 420 }}>
          <Input value={folder} onChange={(e) => setFolder(e.target.value)} aria-label={t('office.field.exportFolder')} />
        </Form.Item>
        <Button htmlType="submit" icon={<FileExcelOutlined />} loading={busy} disabled={folder.trim() === ''}>
          {t('office.action.export')}
        </Button>
      </Form>
      {done && <Alert type="success" showIcon style={{ marginTop: 16 }} title={t('office.result.exported', { path: done.path })} />}
      {failure && <Alert type="error" showIcon style={{ marginTop: 16 }} title={failure} />}
    </Card>
  );
}

export function OfficePanel() {
  const [grid, setGrid] = useState<OfficeGrid | null>(null);
  const [attention, setAttention] = useState<OfficeAttentionRow[]>([]);
  const [room, setRoom] = useState('');
  const [version, setVersion] = useState(0);

  const reload = useCallback(async () => {
    const [g, a] = await Promise.all([call('office.grid', {}), call('office.attention', {})]);
    setGrid(g);
    setAttention(a);
    setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <OfficeImportCard onImported={() => void reload()} />
      {grid && <OfficeGridCard grid={grid} onOpenRoom={setRoom} />}
      <OfficeTrendCard room={room} onRoom={setRoom} version={version} />
      <OfficeAttentionCard rows={attention} />
      {grid && grid.rooms.length > 0 && <ExportCard />}
    </Space>
  );
}
