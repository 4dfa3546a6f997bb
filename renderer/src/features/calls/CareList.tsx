// Children who have not talked with a parent for 30 days or more, longest first, one click to book.
// Paged by the main process, which also keeps the order (never first, then most days, then class).
import { App, Button, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CallChannel, CareRow } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { serverPager } from '../../components/paging';
import { ClassLabel } from '../../components/childLabels';
import { useCalls } from './callsStore';
import { CHANNEL_ICON, useVideoCallPc } from './channel';
import { ListTable } from '../../components/ListTable';

export function CareList() {
  const { t } = useTranslation(['calls', 'common']);
  const { message } = App.useApp();
  const { overdue, overduePage, showOverduePage, book } = useCalls();
  const video = useVideoCallPc();

  const doBook = async (row: CareRow, parentId: number, channel: CallChannel) => {
    try {
      const entry = await book({ childId: row.childId, parentId, channel });
      message.success(t('calls:care.message.booked', { name: row.childName, position: entry.position }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const showPage = (current: number, pageSize: number) => void showOverduePage(current, pageSize).catch((e: unknown) => message.error(errorMessage(e)));

  return (
    <ListTable<CareRow>
      rowKey="childId"
      size="middle"
      dataSource={overdue.rows}
      pagination={{
        ...serverPager(overduePage.current, overduePage.pageSize, overdue.total, (total) => t('calls:care.table.total', { count: total }), showPage),
        hideOnSinglePage: true,
      }}
      empty={t('calls:care.table.empty')}
      columns={[
        { title: t('calls:queue.column.child'), dataIndex: 'childName' },
        { title: t('calls:care.column.class'), key: 'class', render: (_, r) => <ClassLabel grade={r.grade} classNo={r.classNo} /> },
        { title: t('calls:care.column.surrogate'), dataIndex: 'surrogateName', render: (v: string | null) => v ?? '—' },
        {
          title: t('calls:care.column.lastTalk'),
          dataIndex: 'lastTalkAt',
          // A child never called shows 从未 once, in the days column.
          render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD') : '—'),
        },
        {
          title: t('calls:care.column.days'),
          dataIndex: 'daysSinceTalk',
          render: (v: number | null) => <Tag color="red">{v === null ? t('calls:care.value.never') : t('calls:care.value.days', { days: v })}</Tag>,
        },
        {
          title: t('calls:care.column.book'),
          key: 'book',
          render: (_, r) =>
            r.hasBooking ? (
              <Tag color="blue">{t('calls:care.value.booked')}</Tag>
            ) : (
              <Space wrap>
                {r.parents
                  .filter((p) => p.hasPhone)
                  .map((p) => {
                    const relation = t(`common:enums.parentRelation.${p.relation}`);
                    if (!video)
                      return (
                        <Button key={p.id} size="small" onClick={() => void doBook(r, p.id, 'phone')}>
                          {t('calls:care.action.book', { relation })}
                        </Button>
                      );
                    // With a video computer the teacher books the device too: 约爸爸 [电话] [视频].
                    return (
                      <Space.Compact key={p.id} size="small">
                        {(['phone', 'video'] as const).map((c) => {
                          const Icon = CHANNEL_ICON[c];
                          return (
                            <Button key={c} size="small" icon={<Icon />} onClick={() => void doBook(r, p.id, c)}>
                              {t(`calls:care.action.bookOn.${c}`, { relation })}
                            </Button>
                          );
                        })}
                      </Space.Compact>
                    );
                  })}
              </Space>
            ),
        },
      ]}
    />
  );
}
