// Which room sent which week: one row per room, one column per week, missing weeks in red, and above
// the table each room still missing and since which week. A room's name opens its trend.
import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { OfficeGrid, OfficeGridRoom } from '../../../../shared/office';
import { weekLabel } from './weekLabel';

export const roomName = (r: { school: string; room: string }) => `${r.school} · ${r.room}`;

export function OfficeGridCard({ grid, onOpenRoom }: { grid: OfficeGrid; onOpenRoom: (room: string) => void }) {
  const { t } = useTranslation(['exports']);
  const missing = grid.rooms.filter((r) => r.missingSince !== null);
  const columns: ColumnsType<OfficeGridRoom> = [
    {
      key: 'room',
      title: t('office.trend.room'),
      fixed: 'left',
      render: (_, r) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpenRoom(roomName(r))}>
          {roomName(r)}
        </Button>
      ),
    },
    ...grid.weeks.map((week, i) => ({
      key: week,
      title: <span style={{ whiteSpace: 'nowrap' }}>{weekLabel(t, week)}</span>,
      align: 'center' as const,
      render: (_: unknown, r: OfficeGridRoom) => {
        const cell = r.cells[i] ?? null;
        if (cell === null) return <Tag color="error">{t('office.grid.missing')}</Tag>;
        return <Tag color="success">{cell > 1 ? t('office.grid.corrected', { revision: cell }) : t('office.grid.sent')}</Tag>;
      },
    })),
  ];
  return (
    <Card title={t('office.grid.title')}>
      {grid.rooms.length === 0 ? (
        <Alert type="info" showIcon title={t('office.grid.none')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {missing.map((r) => (
            <Alert key={roomName(r)} type="error" showIcon title={t('office.grid.missingSince', { school: r.school, room: r.room, week: weekLabel(t, r.missingSince ?? '') })} />
          ))}
          <Table<OfficeGridRoom> size="small" rowKey={roomName} dataSource={grid.rooms} columns={columns} pagination={false} scroll={{ x: true }} />
        </Space>
      )}
    </Card>
  );
}
