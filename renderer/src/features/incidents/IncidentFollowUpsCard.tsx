// On the teacher's home: incidents whose follow-up is still open ("明天问问伤口好了没有"), newest first,
// so a follow-up written on the day is not forgotten. Kinds, times and children only: what happened is
// read by opening the incident, which the access log records. Shown only while one is open.
import { AlertOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident, IncidentSummary } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { IncidentDrawer } from './IncidentDrawer';
import { IncidentFormDrawer } from './IncidentFormDrawer';
import { useIncidents } from './incidentsStore';
import { shownStamp } from './stamps';

/** More than this and the card says how many; the incidents page lists them all. */
const SHOWN = 5;

export function IncidentFollowUpsCard() {
  const { t } = useTranslation('incidents');
  const { message } = App.useApp();
  const [open, setOpen] = useState<{ rows: IncidentSummary[]; total: number }>({ rows: [], total: 0 });
  const [editing, setEditing] = useState<Incident | null>(null);
  const openIncident = useIncidents((s) => s.openIncident);
  const opened = useIncidents((s) => s.open);

  const load = useCallback(() => call('incidents.list', { openFollowUp: true, offset: 0, limit: SHOWN }).then(setOpen, () => setOpen({ rows: [], total: 0 })), []);
  // Again whenever the incident opened here is closed: its follow-up may be done now.
  useEffect(() => {
    if (opened === null) void load();
  }, [opened, load]);

  if (open.total === 0) return null;
  return (
    <>
      <Alert
        type="warning"
        icon={<AlertOutlined />}
        showIcon
        title={t('home.title', { count: open.total })}
        description={
          <List
            size="small"
            dataSource={open.rows}
            renderItem={(i) => (
              <List.Item
                actions={[
                  <Button key="open" size="small" onClick={() => void openIncident(i.id).catch((e: unknown) => message.error(errorMessage(e)))}>
                    {t('action.open')}
                  </Button>,
                ]}
              >
                <Space wrap>
                  <Tag>{t(`kind.${i.kind}`)}</Tag>
                  <Typography.Text strong>{i.children.map((c) => c.name).join('、')}</Typography.Text>
                  <Typography.Text type="secondary">{shownStamp(i.occurredAt)}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        }
      />
      <IncidentDrawer onEdit={setEditing} />
      <IncidentFormDrawer open={editing !== null} editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
