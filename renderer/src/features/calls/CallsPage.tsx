// The duty teacher's phone desk: the queue (fair rotation, and why), the call in progress on each
// device (the phone, and the video computer where the room has one), booking and logging.
import { Alert, App, Button, Card, Space, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallRecord, QueueEntry } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useSettings } from '../settings/settingsStore';
import { ActiveCall } from './ActiveCall';
import { BookCallDialog } from './BookCallDialog';
import { ChannelLabel, useVideoCallPc } from './channel';
import { CareList } from './CareList';
import { callMinutes } from './format';
import { FinishDialog } from './FinishDialog';
import { LogCallDialog } from './LogCallDialog';
import { useCalls } from './callsStore';
import { ContactChecks } from './ContactChecks';
import { ListTable } from '../../components/ListTable';

const goodRank = (q: QueueEntry) => (q.goodTimeNow === true ? 0 : q.goodTimeNow === null ? 1 : 2);
export function CallsPage() {
  const { t } = useTranslation(['calls', 'common']);
  const { message } = App.useApp();
  const { queue, overdue, history, reload, start, cancel } = useCalls();
  const limit = useSettings((s) => s.settings?.callLimitMinutes ?? 10);
  const [finishing, setFinishing] = useState<QueueEntry | null>(null);
  const [logging, setLogging] = useState(false);
  const [booking, setBooking] = useState(false);
  const [unchecked, setUnchecked] = useState<number | null>(null);
  const video = useVideoCallPc();
  // One call per device: a phone call and a video call may run side by side.
  const running = queue.filter((q) => q.status === 'calling');
  const deviceBusy = (q: QueueEntry) => running.some((r) => r.channel === q.channel);
  // A room that once had a video computer may still hold video bookings: show the column while any do.
  const showChannel = video || queue.some((q) => q.channel === 'video');
  const historyChannel = video || history.some((c) => c.channel === 'video');

  useEffect(() => {
    reload().catch((e) => message.error(errorMessage(e)));
    const timer = window.setInterval(() => void reload().catch(() => undefined), 20_000);
    return () => window.clearInterval(timer);
  }, [reload, message]);

  const run = (work: Promise<unknown>) => work.catch((e) => message.error(errorMessage(e)));

  const why = (q: QueueEntry) => (q.daysSinceAnyTalk === null ? t('calls:queue.why.never') : t('calls:queue.why.days', { days: q.daysSinceAnyTalk }));

  const queueTab = (
    <>
      {running.map((entry) => (
        <ActiveCall key={entry.bookingId} entry={entry} limitMinutes={limit} onEnd={() => setFinishing(entry)} />
      ))}
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('calls:queue.rule.text')} />
      <ListTable<QueueEntry>
        rowKey="bookingId"
        size="middle"
        dataSource={queue}
        pagination={false}
        empty={t('calls:queue.table.empty')}
        columns={[
          { title: t('calls:queue.column.position'), dataIndex: 'position', width: 70 },
          ...(showChannel ? [{ title: t('calls:queue.column.channel'), key: 'channel', render: (_: unknown, q: QueueEntry) => <ChannelLabel channel={q.channel} /> }] : []),
          {
            title: t('calls:queue.column.child'),
            key: 'child',
            // Whether she can come to the phone: one not in the room is called only once she is found.
            render: (_, q) => (
              <Space size={4} wrap>
                {q.childName}
                {q.inRoom ? <Tag color="green">{t('calls:queue.place.inRoom')}</Tag> : <Tag>{t('calls:queue.place.notInRoom')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('calls:queue.column.parent'),
            key: 'parent',
            render: (_, q) => [t(`common:enums.parentRelation.${q.parentRelation}`), q.parentName].filter(Boolean).join(' · '),
          },
          { title: t('calls:queue.column.phone'), dataIndex: 'phone' },
          {
            title: t('calls:queue.column.bestTime'),
            key: 'bestTime',
            // Good now first, then unknown, then not now: the teacher dials those who can answer.
            sorter: (a, b) => goodRank(a) - goodRank(b),
            render: (_, q) => (
              <Space size={4} wrap>
                {q.bestCallTime ?? '—'}
                {q.goodTimeNow === true && <Tag color="green">{t('calls:queue.bestTime.now')}</Tag>}
                {q.goodTimeNow === false && <Tag color="orange">{t('calls:queue.bestTime.notNow')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('calls:queue.column.why'),
            key: 'why',
            render: (_, q) => (
              <Space orientation="vertical" size={0}>
                <Tag color={q.daysSinceAnyTalk === null || q.daysSinceAnyTalk >= 30 ? 'red' : 'gold'}>{why(q)}</Tag>
                <Typography.Text type="secondary">
                  {q.daysSinceTalkWithParent === null ? t('calls:queue.why.neverThisParent') : t('calls:queue.why.thisParent', { days: q.daysSinceTalkWithParent })}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('calls:queue.column.bookedAt'), dataIndex: 'bookedAt', render: (v: string) => dayjs(v).format('HH:mm') },
          {
            title: t('calls:queue.column.actions'),
            key: 'actions',
            render: (_, q) =>
              q.status === 'calling' ? (
                <Tag color="green">{t('calls:queue.status.calling')}</Tag>
              ) : (
                <Space>
                  {/* The first waiting for each device stands out: the teacher dials down the rotation per device. */}
                  <Button type={q.nextOnDevice ? 'primary' : 'default'} size="small" disabled={deviceBusy(q)} onClick={() => void run(start(q.bookingId))}>
                    {t('calls:queue.action.start')}
                  </Button>
                  <Button size="small" onClick={() => void run(cancel(q.bookingId))}>
                    {t('calls:queue.action.cancel')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
    </>
  );

  const historyTab = (
    <ListTable<CallRecord>
      dataSource={history}
      pagination={{ pageSize: 15, showSizeChanger: false }}
      columns={[
        { title: t('calls:history.column.when'), dataIndex: 'startedAt', render: (v: string) => dayjs(v).format('MM-DD HH:mm') },
        { title: t('calls:queue.column.child'), dataIndex: 'childName' },
        ...(historyChannel ? [{ title: t('calls:queue.column.channel'), key: 'channel', render: (_: unknown, c: CallRecord) => <ChannelLabel channel={c.channel} /> }] : []),
        {
          title: t('calls:queue.column.parent'),
          key: 'parent',
          render: (_, c) => [t(`common:enums.parentRelation.${c.parentRelation}`), c.parentName].filter(Boolean).join(' · '),
        },
        { title: t('calls:history.column.outcome'), dataIndex: 'outcome', render: (o: CallRecord['outcome']) => (o ? t(`calls:outcome.${o}`) : '—') },
        {
          title: t('calls:history.column.duration'),
          dataIndex: 'durationSeconds',
          render: (s: number | null) => (s === null ? '—' : t('calls:history.value.minutes', { minutes: callMinutes(s) })),
        },
        { title: t('calls:history.column.staff'), dataIndex: 'staffName', render: (v: string | null) => v ?? '—' },
        { title: t('calls:finish.field.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
      ]}
    />
  );

  return (
    <Card
      title={t('calls:page.title.main')}
      extra={
        <Space>
          <Button onClick={() => setBooking(true)}>{t('calls:book.action.open')}</Button>
          <Button onClick={() => setLogging(true)}>{t('calls:log.action.open')}</Button>
        </Space>
      }
    >
      <Tabs
        items={[
          { key: 'queue', label: t('calls:page.tab.queue', { count: queue.length }), children: queueTab },
          { key: 'care', label: t('calls:page.tab.care', { count: overdue.total }), children: <CareList /> },
          {
            key: 'contacts',
            label: unchecked === null ? t('calls:page.tab.contacts') : t('calls:page.tab.contactsCount', { count: unchecked }),
            children: <ContactChecks onCount={setUnchecked} />,
          },
          { key: 'history', label: t('calls:page.tab.history'), children: historyTab },
        ]}
      />
      <FinishDialog entry={finishing} onClose={() => setFinishing(null)} />
      <LogCallDialog open={logging} onClose={() => setLogging(false)} />
      <BookCallDialog open={booking} onClose={() => setBooking(false)} />
    </Card>
  );
}
