// 记录查询: pick a child by name or pinyin, read her records, write one, open her growth file.
import { Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildPicker } from '../../components/ChildPicker';
import { ChildRecords } from './ChildRecords';

export function RecordsTab() {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const [child, setChild] = useState<{ id: number; name: string } | null>(null);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        <label htmlFor="care-records-child">{t('records.field.child')}</label>
        <ChildPicker id="care-records-child" style={{ width: 320 }} value={child?.id} onChange={(id, summary) => setChild(id !== undefined && summary ? { id, name: summary.name } : null)} />
      </Space>
      {child ? <ChildRecords childId={child.id} childName={child.name} /> : <Empty description={t('records.empty.pick')} />}
    </Space>
  );
}
