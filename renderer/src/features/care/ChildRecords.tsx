// One child's care records with the two things a teacher does next: write another, or open the
// printable growth file. The care page's Records tab and the child's file both show it.
import { EditOutlined, ProfileOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GrowthFileView } from './GrowthFileView';
import { RecordsTable } from './RecordsTable';
import { useRecordDrawer } from './RecordFormDrawer';
import { useChildRecords } from './useChildRecords';

export function ChildRecords({ childId, childName }: { childId: number; childName: string }) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { value, loading, error } = useChildRecords(childId);
  const { drawer, write } = useRecordDrawer();
  const [growthOpen, setGrowthOpen] = useState(false);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Button type="primary" icon={<EditOutlined />} onClick={() => write({ childId, childName })}>
          {t('records.action.write')}
        </Button>
        <Button icon={<ProfileOutlined />} onClick={() => setGrowthOpen(true)}>
          {t('records.action.growthFile')}
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <RecordsTable records={value ?? []} loading={loading} />
      {drawer}
      {growthOpen && <GrowthFileView childId={childId} onClose={() => setGrowthOpen(false)} />}
    </Space>
  );
}

/** The child's file opens her records in a drawer of their own. */
export function ChildRecordsDrawer({ child, onClose }: { child: { id: number; name: string } | null; onClose(): void }) {
  const { t } = useTranslation(['care']);
  return (
    <Drawer open={child !== null} onClose={onClose} size={960} title={child ? t('records.title.child', { name: child.name }) : ''} destroyOnHidden>
      {child && <ChildRecords childId={child.id} childName={child.name} />}
    </Drawer>
  );
}
