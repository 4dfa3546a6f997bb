// PIPL art. 47: the retention period, and the children past it whose personal data an admin may erase.
import { Alert, App, Button, Card, InputNumber, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasableChild } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useSettings } from '../settings/settingsStore';
import { EraseDialog } from './EraseDialog';
import { usePrivacy } from './privacyStore';
import { ListTable } from '../../components/ListTable';

export function ErasureTab() {
  const { t } = useTranslation(['privacy', 'common', 'errors']);
  const { message } = App.useApp();
  const { erasable, reloadErasable } = usePrivacy();
  const retentionYears = useSettings((s) => s.settings?.retentionYears);
  const updateSettings = useSettings((s) => s.update);
  const [years, setYears] = useState<number | null>(null);
  const [erasing, setErasing] = useState<ErasableChild | null>(null);

  useEffect(() => {
    reloadErasable().catch((e: unknown) => message.error(errorMessage(e)));
  }, [reloadErasable, message]);

  const saveRetention = async () => {
    if (years === null) return;
    try {
      await updateSettings({ retentionYears: years });
      message.success(t('erasure.retention.saved'));
      setYears(null);
      await reloadErasable();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('erasure.intro.title')} description={t('erasure.intro.text')} />
      <Space>
        <label htmlFor="retention-years">{t('erasure.retention.label')}</label>
        <InputNumber id="retention-years" min={0} max={30} precision={0} value={years ?? retentionYears} onChange={(v) => setYears(v)} />
        <Button disabled={years === null || years === retentionYears} onClick={() => void saveRetention()}>
          {t('erasure.retention.save')}
        </Button>
      </Space>
      <Card size="small" title={t('erasure.list.title')}>
        <ListTable<ErasableChild>
          dataSource={erasable}
          pagination={false}
          empty={t('erasure.list.empty')}
          columns={[
            { key: 'name', title: t('erasure.column.name'), dataIndex: 'name' },
            {
              key: 'class',
              title: t('erasure.column.class'),
              render: (_, c) => t('common:class.label.gradeClass', { grade: c.grade, classNo: c.classNo }),
            },
            { key: 'archivedAt', title: t('erasure.column.archivedAt'), render: (_, c) => dayjs(c.archivedAt).format('YYYY-MM-DD') },
            { key: 'reason', title: t('erasure.column.reason'), render: (_, c) => c.archiveReason ?? '—' },
            { key: 'since', title: t('erasure.column.since'), dataIndex: 'erasableSince' },
            {
              key: 'actions',
              title: t('erasure.column.actions'),
              render: (_, c) => (
                <Button size="small" danger onClick={() => setErasing(c)}>
                  {t('erasure.action.erase')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <EraseDialog child={erasing} onClose={() => setErasing(null)} />
    </Space>
  );
}
