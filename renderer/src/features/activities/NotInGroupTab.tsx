// 未参加兴趣小组的儿童: every left-behind child should be in one group; one click puts her in the
// group the teacher picked. The database pages the list (a district has thousands of such children).
import { App, Button, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ChildSummary } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { serverPager } from '../../components/paging';
import { useActivities } from './activitiesStore';
import { ClassLabel } from '../../components/childLabels';
import { ListTable } from '../../components/ListTable';

/** As the main process rules: a child whose grade is unknown joins only a group open to every grade. */
const takesGrade = (group: Activity, grade: number | null) =>
  grade === null ? group.gradeFrom === null && group.gradeTo === null : (group.gradeFrom === null || grade >= group.gradeFrom) && (group.gradeTo === null || grade <= group.gradeTo);

export function NotInGroupTab() {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  const { message } = App.useApp();
  const { activities, notInGroup, notInGroupPage, notInGroupPageSize, reload, reloadNotInGroup, setNotInGroupPage, enrol } = useActivities();
  const groups = activities.filter((a) => a.kind === 'group' && !a.archived);
  const [groupId, setGroupId] = useState<number | undefined>(undefined);
  const [busyId, setBusyId] = useState<number | null>(null);
  const chosen = groups.find((g) => g.id === groupId) ?? groups[0];

  useEffect(() => {
    reloadNotInGroup().catch((e: unknown) => message.error(errorMessage(e)));
    reload().catch(() => undefined);
  }, [reload, reloadNotInGroup, message]);

  const doEnrol = async (child: ChildSummary) => {
    if (!chosen) return;
    setBusyId(child.id);
    try {
      const signup = await enrol(chosen.id, child.id);
      message.success(
        signup.status === 'waiting' ? t('signups.message.waiting', { name: child.name, position: signup.position ?? 1 }) : t('notInGroup.message.enrolled', { name: child.name, title: chosen.title }),
      );
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{t('notInGroup.field.group')}</Typography.Text>
        <Select
          aria-label={t('notInGroup.field.group')}
          style={{ width: 280 }}
          value={chosen?.id}
          onChange={setGroupId}
          placeholder={t('notInGroup.empty.groups')}
          options={groups.map((g) => ({ value: g.id, label: `${g.title}（${g.enrolled} / ${g.capacity}）` }))}
        />
      </Space>
      <ListTable<ChildSummary>
        dataSource={notInGroup.rows}
        pagination={serverPager(notInGroupPage, notInGroupPageSize, notInGroup.total, (count) => t('notInGroup.table.total', { count }), setNotInGroupPage)}
        empty={t('notInGroup.empty.none')}
        columns={[
          { title: t('signups.column.name'), dataIndex: 'name' },
          {
            title: t('signups.column.class'),
            key: 'class',
            render: (_, c) => <ClassLabel grade={c.grade} classNo={c.classNo} />,
          },
          {
            title: t('signups.column.actions'),
            key: 'actions',
            // A group that does not take her grade is not offered: the main process would refuse it.
            render: (_, c) =>
              chosen && !takesGrade(chosen, c.grade) ? (
                <Typography.Text type="secondary">{t('notInGroup.value.gradeNotTaken')}</Typography.Text>
              ) : (
                <Button size="small" type="primary" disabled={!chosen} loading={busyId === c.id} onClick={() => void doEnrol(c)}>
                  {chosen ? t('notInGroup.action.enrolIn', { title: chosen.title }) : t('signups.action.enrol')}
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}
