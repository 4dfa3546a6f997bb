// 意外事件: the room's log of injuries, illnesses, children missing and conflicts. The list shows kinds,
// times, children and the follow-up, never what happened: that is read one incident at a time, and each
// reading goes to the children's access logs.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS, type Incident, type IncidentKind, type IncidentSummary } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { ListTable, NOT_A_TREE } from '../../components/ListTable';
import { serverPager } from '../../components/paging';
import { FollowUpTag, IncidentDrawer } from './IncidentDrawer';
import { IncidentFormDrawer } from './IncidentFormDrawer';
import { useIncidents } from './incidentsStore';
import { shownStamp } from './stamps';

/** The form: closed, a new incident, or one being edited. */
type Form = { open: false } | { open: true; editing: Incident | null };

export function IncidentsPage() {
  const { t } = useTranslation(['incidents', 'common', 'errors']);
  const { message } = App.useApp();
  const { list, page, filter, loading, reload, showPage, setFilter, openIncident } = useIncidents();
  const [form, setForm] = useState<Form>({ open: false });
  const failed = (e: unknown) => void message.error(errorMessage(e));

  // The store keeps the filter and page between visits to the page.
  useEffect(() => {
    reload().catch((e: unknown) => message.error(errorMessage(e)));
  }, [reload, message]);

  const filtered = filter.kind !== undefined || filter.openFollowUp;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('page.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('page.intro')}</Typography.Paragraph>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Select<IncidentKind | 'all'>
            aria-label={t('page.filter.kind')}
            style={{ width: 160 }}
            value={filter.kind ?? 'all'}
            onChange={(kind) => void setFilter({ ...filter, kind: kind === 'all' ? undefined : kind }).catch(failed)}
            options={[{ value: 'all', label: t('page.filter.allKinds') }, ...INCIDENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
          />
          <Space>
            <Switch aria-label={t('page.filter.openOnly')} checked={filter.openFollowUp} onChange={(openFollowUp) => void setFilter({ ...filter, openFollowUp }).catch(failed)} />
            {t('page.filter.openOnly')}
          </Space>
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ open: true, editing: null })}>
          {t('page.action.add')}
        </Button>
      </Space>
      <ListTable<IncidentSummary>
        expandable={NOT_A_TREE}
        size="middle"
        loading={loading}
        dataSource={list.rows}
        empty={filtered ? t('emptyFiltered') : t('empty')}
        pagination={serverPager(
          page.current,
          page.pageSize,
          list.total,
          (count) => t('total', { count }),
          (current, pageSize) => void showPage(current, pageSize).catch(failed),
        )}
        columns={[
          { title: t('column.occurredAt'), dataIndex: 'occurredAt', render: (_, i) => <Struck incident={i} text={shownStamp(i.occurredAt)} /> },
          { title: t('column.kind'), dataIndex: 'kind', render: (_, i) => <Tag color={i.kind === 'missing' ? 'red' : undefined}>{t(`kind.${i.kind}`)}</Tag> },
          { title: t('column.children'), key: 'children', render: (_, i) => <Struck incident={i} text={i.children.map((c) => c.name).join('、')} /> },
          { title: t('column.recordedBy'), dataIndex: 'recordedByName' },
          {
            title: t('column.notices'),
            dataIndex: 'notices',
            render: (n: number) => (n > 0 ? t('label.notices', { count: n }) : <Typography.Text type="warning">{t('label.noNotice')}</Typography.Text>),
          },
          { title: t('column.followUp'), key: 'followUp', render: (_, i) => (i.voided ? <Tag>{t('label.voided')}</Tag> : <FollowUpTag incident={i} />) },
          {
            title: t('column.actions'),
            key: 'actions',
            render: (_, i) => (
              <Button size="small" onClick={() => void openIncident(i.id).catch(failed)}>
                {t('action.open')}
              </Button>
            ),
          },
        ]}
      />
      <IncidentDrawer onEdit={(editing) => setForm({ open: true, editing })} />
      <IncidentFormDrawer open={form.open} editing={form.open ? form.editing : null} onClose={() => setForm({ open: false })} />
    </Space>
  );
}

function Struck({ incident, text }: { incident: IncidentSummary; text: string }) {
  return incident.voided ? <Typography.Text delete>{text}</Typography.Text> : <>{text}</>;
}
