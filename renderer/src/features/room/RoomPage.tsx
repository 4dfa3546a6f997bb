// Who is in the room: live head-count against capacity and teachers, hand check-in/out, closing.
import { Alert, App, Button, Card, Col, Popconfirm, Row, Space, Statistic, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useTicker } from '../../components/useTicker';
import { ChildPicker } from '../../components/ChildPicker';
import { ClassLabel } from '../../components/childLabels';
import { CheckoutDialog, type CheckoutTarget } from './CheckoutDialog';
import { CorrectionDialog } from './CorrectionDialog';
import { HealthNotesButton } from './HealthNotesButton';
import { clock, stayLength } from './format';
import { useRoom } from './roomStore';
import { WaitingBanner } from './WaitingBanner';
import { ListTable } from '../../components/ListTable';

/** Often enough that a child waiting at the kiosk is seen within seconds. */
const RELOAD_MS = 5_000;

export function RoomPage() {
  const { t } = useTranslation(['room', 'common', 'errors']);
  const { message } = App.useApp();
  const { status, history, reload, checkIn, checkOutAll } = useRoom();
  const now = useTicker(30_000);
  const tick = useTicker(RELOAD_MS);
  const [childId, setChildId] = useState<number | undefined>();
  const [checkingOut, setCheckingOut] = useState<CheckoutTarget | null>(null);
  const [correcting, setCorrecting] = useState<Visit | null>(null);

  useEffect(() => {
    reload().catch((e) => message.error(errorMessage(e)));
  }, [reload, message, tick]);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) message.success(done);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const by = (name: string | null) => name ?? t('room:present.by.kiosk');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('room:present.title.main')}>
        {status && (
          <>
            <Row gutter={24} style={{ marginBottom: 16 }}>
              <Col>
                <Statistic title={t('room:present.stat.headCount')} value={status.headCount} suffix={`/ ${status.capacity}`} />
              </Col>
              <Col>
                <Statistic title={t('room:present.stat.teachers')} value={status.teachersOnDuty} suffix={status.dutyTeachers.join('、')} />
              </Col>
              <Col>
                <Statistic title={t('room:present.stat.ratioLimit')} value={status.teachersOnDuty * status.childrenPerTeacher} />
              </Col>
              <Col>
                <Statistic title={t('room:present.stat.closing')} value={status.closingTime} />
              </Col>
            </Row>
            <WaitingBanner
              waiting={status.waiting}
              onDecide={(w) => setCheckingOut({ visit: { id: w.visitId, childId: w.childId, childName: w.childName, leaveRequest: w.request }, collectors: w.collectors })}
            />
            {status.teachersOnDuty === 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('room:present.warning.noTeacher')} />}
            {status.overCapacity && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('room:present.warning.capacity', { count: status.headCount, capacity: status.capacity })} />}
            {status.overRatio && status.teachersOnDuty > 0 && (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('room:present.warning.ratio', { teachers: status.teachersOnDuty, perTeacher: status.childrenPerTeacher })} />
            )}
          </>
        )}
        <Space style={{ marginBottom: 16 }} wrap>
          <ChildPicker id="room-checkin-child" value={childId} onChange={(id) => setChildId(id)} style={{ width: 280 }} />
          <Button
            type="primary"
            disabled={childId === undefined}
            onClick={() => childId !== undefined && void run(() => checkIn(childId).then(() => setChildId(undefined)), t('room:present.message.checkedIn'))}
          >
            {t('room:present.action.checkIn')}
          </Button>
          <Popconfirm
            title={t('room:closing.confirm.title', { count: status?.headCount ?? 0 })}
            onConfirm={() => void run(async () => message.success(t('room:closing.message.done', { count: await checkOutAll(null) })))}
            disabled={!status?.headCount}
          >
            <Button danger disabled={!status?.headCount}>
              {t('room:closing.action.checkOutAll')}
            </Button>
          </Popconfirm>
        </Space>
        <ListTable<Visit>
          size="middle"
          dataSource={status?.present ?? []}
          pagination={false}
          empty={t('room:present.table.empty')}
          columns={[
            {
              title: t('room:present.column.name'),
              dataIndex: 'childName',
              sorter: (a, b) => a.childName.localeCompare(b.childName, 'zh-CN'),
              render: (name: string, v) => (
                <Space size={4}>
                  {name}
                  {status?.withHealthNotes.includes(v.childId) && <HealthNotesButton childId={v.childId} childName={name} />}
                </Space>
              ),
            },
            { title: t('room:present.column.class'), key: 'class', render: (_, v) => <ClassLabel grade={v.grade} classNo={v.classNo} /> },
            { title: t('room:present.column.in'), dataIndex: 'checkedInAt', render: clock, sorter: (a, b) => a.checkedInAt.localeCompare(b.checkedInAt) },
            { title: t('room:present.column.stay'), key: 'stay', render: (_, v) => stayLength(t, v.checkedInAt, now) },
            { title: t('room:present.column.by'), dataIndex: 'checkedInBy', render: by },
            {
              title: t('room:present.column.actions'),
              key: 'actions',
              render: (_, v) => (
                <Space>
                  <Button size="small" type="primary" onClick={() => setCheckingOut({ visit: v })}>
                    {t('room:present.action.checkOut')}
                  </Button>
                  <Button size="small" onClick={() => setCorrecting(v)}>
                    {t('room:present.action.correct')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('room:history.title.main')}>
        <ListTable<Visit>
          dataSource={history}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          columns={[
            { title: t('room:present.column.name'), dataIndex: 'childName' },
            { title: t('room:present.column.in'), dataIndex: 'checkedInAt', render: clock },
            { title: t('room:history.column.out'), dataIndex: 'checkedOutAt', render: clock },
            {
              title: t('room:history.column.how'),
              key: 'how',
              render: (_, v) => (
                <Space size={4} wrap>
                  {v.checkoutMethod && <Tag color={v.checkoutMethod === 'auto' ? 'orange' : undefined}>{t(`room:method.${v.checkoutMethod}`)}</Tag>}
                  {v.leaveMode && <Tag>{t(`room:leave.${v.leaveMode}`)}</Tag>}
                  {v.collectedBy && <span>{v.collectedBy}</span>}
                  {v.voided && <Tag color="red">{t('room:history.tag.voided', { reason: v.voidReason ?? '' })}</Tag>}
                </Space>
              ),
            },
            {
              title: t('room:present.column.actions'),
              key: 'actions',
              render: (_, v) =>
                !v.voided && (
                  <Button size="small" onClick={() => setCorrecting(v)}>
                    {t('room:present.action.correct')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <CheckoutDialog target={checkingOut} onClose={() => setCheckingOut(null)} />
      <CorrectionDialog visit={correcting} onClose={() => setCorrecting(null)} />
    </Space>
  );
}
