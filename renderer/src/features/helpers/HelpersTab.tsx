// 帮扶人: the volunteers and caring mothers, the children each helps, when she last came. An admin
// adds, edits and archives a helper and links children; any teacher records a visit.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Popconfirm, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, type Helper, type HelperVisit } from '../../../../shared/domain';
import { useAuth } from '../auth/authStore';
import { errorMessage } from '../../components/errors';
import { ListTable, NOT_A_TREE } from '../../components/ListTable';
import { LinkChildDialog, VisitDialog } from './HelperDialogs';
import { HelperFormDrawer } from './HelperFormDrawer';
import { useHelpers } from './helpersStore';
import { semesterName } from './semesterName';

export function HelpersTab() {
  const { t } = useTranslation(['helpers', 'common', 'errors']);
  const { message } = App.useApp();
  const admin = roleAtLeast(
    useAuth((s) => s.session.role),
    'admin',
  );
  const { helpers, loading, includeArchived, reload, showArchived, archive, unlinkChild } = useHelpers();
  const [editing, setEditing] = useState<Helper | null | undefined>(undefined);
  const [linking, setLinking] = useState<Helper | null>(null);
  const [visiting, setVisiting] = useState<Helper | null>(null);

  useEffect(() => {
    reload().catch((e: unknown) => message.error(errorMessage(e)));
  }, [reload, message]);

  const act = (work: Promise<unknown>, done: string) => work.then(() => message.success(done)).catch((e: unknown) => message.error(errorMessage(e)));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Checkbox checked={includeArchived} onChange={(e) => void showArchived(e.target.checked).catch((err: unknown) => message.error(errorMessage(err)))}>
          {t('list.filter.archived')}
        </Checkbox>
        {admin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('list.action.add')}
          </Button>
        )}
      </Space>
      <ListTable<Helper>
        expandable={NOT_A_TREE}
        size="middle"
        loading={loading}
        dataSource={helpers}
        empty={t('list.empty')}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('list.column.name'),
            dataIndex: 'name',
            render: (_, h) => (
              <Space orientation="vertical" size={0}>
                <Space>
                  {h.archivedAt ? <Typography.Text delete>{h.name}</Typography.Text> : h.name}
                  <Tag color={h.kind === 'caring_mother' ? 'magenta' : 'blue'}>{t(`shared.kind.${h.kind}`)}</Tag>
                </Space>
                {h.organisation && <Typography.Text type="secondary">{h.organisation}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('list.column.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
          {
            title: t('list.column.children'),
            key: 'children',
            render: (_, h) => (
              <Space wrap size={4}>
                {h.children.map((c) => (
                  <Tag
                    key={c.linkId}
                    closable={admin && !h.archivedAt}
                    onClose={(e) => {
                      // The tag goes when the list reloads, not before the main process has ended the link.
                      e.preventDefault();
                      void act(unlinkChild(c.linkId), t('link.message.ended'));
                    }}
                  >
                    {c.childName}
                  </Tag>
                ))}
                {admin && !h.archivedAt && (
                  <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setLinking(h)}>
                    {t('list.action.link')}
                  </Button>
                )}
              </Space>
            ),
          },
          { title: t('list.column.lastVisit'), key: 'lastVisit', render: (_, h) => (h.lastVisitOn ? t('list.label.lastVisit', { date: h.lastVisitOn, count: h.visits }) : '—') },
          {
            title: t('list.column.actions'),
            key: 'actions',
            render: (_, h) => (
              <Space>
                {!h.archivedAt && (
                  <Button size="small" type="primary" onClick={() => setVisiting(h)}>
                    {t('list.action.visit')}
                  </Button>
                )}
                {admin && !h.archivedAt && (
                  <Button size="small" onClick={() => setEditing(h)}>
                    {t('list.action.edit')}
                  </Button>
                )}
                {admin && (
                  <Popconfirm
                    title={h.archivedAt ? t('list.confirm.restore') : t('list.confirm.archive')}
                    onConfirm={() => void act(archive(h.id, !h.archivedAt), h.archivedAt ? t('list.message.restored') : t('list.message.archived'))}
                  >
                    <Button size="small" danger={!h.archivedAt}>
                      {h.archivedAt ? t('list.action.restore') : t('list.action.archive')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <VisitsCard />
      <HelperFormDrawer open={editing !== undefined} helper={editing ?? null} onClose={() => setEditing(undefined)} />
      <LinkChildDialog helper={linking} onClose={() => setLinking(null)} />
      <VisitDialog helper={visiting} onClose={() => setVisiting(null)} />
    </Space>
  );
}

/** 来访记录: the chosen semester's visits, newest first. */
function VisitsCard() {
  const { t } = useTranslation('helpers');
  const { message } = App.useApp();
  const { visits, semester, loadSemester } = useHelpers();

  useEffect(() => {
    loadSemester().catch((e: unknown) => message.error(errorMessage(e)));
  }, [loadSemester, message]);

  return (
    <section aria-label={t('visits.title')}>
      <Typography.Title level={5}>{semester ? t('visits.titleIn', { semester: semesterName(t, semester) }) : t('visits.title')}</Typography.Title>
      <ListTable<HelperVisit>
        expandable={NOT_A_TREE}
        size="small"
        dataSource={visits}
        empty={t('visits.empty')}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('visits.column.date'), dataIndex: 'date' },
          { title: t('visits.column.helper'), dataIndex: 'helperName' },
          { title: t('visits.column.what'), dataIndex: 'what', render: (v: string | null) => v ?? '' },
          { title: t('visits.column.children'), key: 'children', render: (_, v) => v.children.map((c) => c.name).join('、') },
          { title: t('visits.column.recordedBy'), dataIndex: 'staffName', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </section>
  );
}
