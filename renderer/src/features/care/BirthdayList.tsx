// 生日: the children whose birthday falls this week or next, today's first and highlighted. On the
// care page and on the duty teacher's home screen.
import { GiftOutlined } from '@ant-design/icons';
import { App, Empty, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Birthday } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { ClassLabel } from '../../components/childLabels';
import { useCare } from './careStore';
import './care.css';
import { ListTable } from '../../components/ListTable';

const ORDER: Record<Birthday['when'], number> = { today: 0, this_week: 1, next_week: 2 };
const WHEN_COLORS: Record<Birthday['when'], string> = { today: 'red', this_week: 'orange', next_week: 'blue' };

export function BirthdayList({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const birthdays = useCare((s) => s.birthdays);
  const loadBirthdays = useCare((s) => s.loadBirthdays);

  useEffect(() => {
    loadBirthdays().catch((e: unknown) => message.error(errorMessage(e)));
  }, [loadBirthdays, message]);

  const rows = [...birthdays].sort((a, b) => ORDER[a.when] - ORDER[b.when] || a.on.localeCompare(b.on));
  if (compact && rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('birthdays.empty.none')} />;

  return (
    <ListTable<Birthday>
      rowKey="childId"
      dataSource={rows}
      // On the home card a page of 5, so a week of many birthdays does not make the home screen scroll on and on.
      pagination={compact ? { pageSize: 5, hideOnSinglePage: true, size: 'small' } : false}
      rowClassName={(b) => (b.when === 'today' ? 'care-birthday-today' : '')}
      empty={t('birthdays.empty.none')}
      columns={[
        {
          title: t('birthdays.column.child'),
          dataIndex: 'childName',
          render: (name: string, b) => (
            <>
              {b.when === 'today' && <GiftOutlined style={{ color: '#e03131', marginRight: 6 }} />}
              {name}
            </>
          ),
        },
        { title: t('birthdays.column.class'), key: 'class', render: (_, b) => <ClassLabel grade={b.grade} classNo={b.classNo} /> },
        {
          title: t('birthdays.column.on'),
          dataIndex: 'on',
          sorter: (a, b) => a.on.localeCompare(b.on),
          render: (on: string) => dayjs(on).format(compact ? 'MM-DD ddd' : 'YYYY-MM-DD ddd'),
        },
        { title: t('birthdays.column.age'), dataIndex: 'age', render: (age: number) => t('birthdays.value.age', { age }) },
        {
          title: t('birthdays.column.when'),
          dataIndex: 'when',
          filters: compact ? undefined : (['today', 'this_week', 'next_week'] as const).map((w) => ({ text: t(`birthdays.when.${w}`), value: w })),
          onFilter: (value, b) => b.when === value,
          render: (when: Birthday['when']) => <Tag color={WHEN_COLORS[when]}>{t(`birthdays.when.${when}`)}</Tag>,
        },
      ]}
    />
  );
}
