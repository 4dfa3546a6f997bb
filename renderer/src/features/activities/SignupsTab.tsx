// Who signed up: status tags (moved up from the waiting list shows), a teacher's own sign-up for a
// child and taking one off, which moves the first on the waiting list up.
import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Popconfirm, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySignup } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { ChildPicker } from '../../components/ChildPicker';
import { SignupStatusTag } from './labels';
import { useActivities } from './activitiesStore';
import { ListTable } from '../../components/ListTable';

const ORDER: Record<ActivitySignup['status'], number> = { enrolled: 0, waiting: 1, cancelled: 2, removed: 3 };

export function SignupsTab() {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  const { message } = App.useApp();
  const { detail, enrol, remove } = useActivities();
  const [childId, setChildId] = useState<number | undefined>(undefined);
  const [showPast, setShowPast] = useState(false);
  const { busy, run } = useBusy();
  if (!detail) return null;

  const rows = detail.signups.filter((s) => showPast || s.status === 'enrolled' || s.status === 'waiting').sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.position ?? 0) - (b.position ?? 0));

  const doEnrol = async () => {
    if (childId === undefined) return;
    await run(async () => {
      const signup = await enrol(detail.activity.id, childId);
      message.success(
        signup.status === 'waiting' ? t('signups.message.waiting', { name: signup.childName, position: signup.position ?? 1 }) : t('signups.message.enrolled', { name: signup.childName }),
      );
      setChildId(undefined);
    });
  };

  const doRemove = async (signup: ActivitySignup) => {
    try {
      const { promoted } = await remove(signup.id);
      message.success(t('signups.message.removed', { name: signup.childName }));
      if (promoted) message.info(t('signups.message.promoted', { name: promoted.childName }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <ChildPicker value={childId} onChange={(id) => setChildId(id)} style={{ width: 260 }} />
        <Button type="primary" icon={<UserAddOutlined />} disabled={childId === undefined} loading={busy} onClick={() => void doEnrol()}>
          {t('signups.action.enrol')}
        </Button>
        <Checkbox checked={showPast} onChange={(e) => setShowPast(e.target.checked)}>
          {t('signups.filter.past')}
        </Checkbox>
      </Space>
      <ListTable<ActivitySignup>
        dataSource={rows}
        pagination={false}
        empty={t('signups.empty.none')}
        columns={[
          { title: t('signups.column.name'), dataIndex: 'childName' },
          {
            title: t('signups.column.class'),
            key: 'class',
            render: (_, s) => t('common:class.label.gradeClass', { grade: s.grade, classNo: s.classNo }),
          },
          { title: t('signups.column.status'), key: 'status', render: (_, s) => <SignupStatusTag signup={s} /> },
          { title: t('signups.column.via'), dataIndex: 'via', render: (_, s) => t(`signups.via.${s.via}`) },
          { title: t('signups.column.at'), dataIndex: 'signedUpAt', render: (_, s) => dayjs(s.signedUpAt).format('MM-DD HH:mm') },
          {
            title: t('signups.column.actions'),
            key: 'actions',
            render: (_, s) =>
              (s.status === 'enrolled' || s.status === 'waiting') && (
                <Popconfirm title={t('signups.confirm.remove', { name: s.childName })} onConfirm={() => void doRemove(s)}>
                  <Button size="small" danger>
                    {t('signups.action.remove')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </>
  );
}
