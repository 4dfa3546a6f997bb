// The shown week: seven columns Monday to Sunday, each opening a block listing its teachers and
// its warnings. Admins remove and add duties, and swap two duties: 调班 on one, then on the other.
import { DeleteOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Duty, Opening, RosterWarning } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { AddDutyDialog } from './AddDutyDialog';
import { isoWeekday, useRoster } from './rosterStore';

interface BlockProps {
  date: string;
  opening: Opening;
  duties: Duty[];
  warnings: RosterWarning[];
  isAdmin: boolean;
  swapFrom: Duty | null;
  onSwap(duty: Duty): void;
  onAdd(): void;
}

function OpeningBlock({ date, opening, duties, warnings, isAdmin, swapFrom, onSwap, onAdd }: BlockProps) {
  const { t } = useTranslation(['roster', 'errors']);
  const { message } = App.useApp();
  const removeDuty = useRoster((s) => s.removeDuty);
  const remove = (duty: Duty) =>
    removeDuty(duty.id).then(
      () => message.success(t('week.message.removed', { name: duty.staffName })),
      (e: unknown) => message.error(errorMessage(e)),
    );

  return (
    <div className="roster-opening" data-opening={opening.id} data-date={date}>
      <div className="roster-opening-time">
        {opening.startTime}–{opening.endTime}
      </div>
      {warnings.map((w) =>
        w.kind === 'short' ? (
          <Tag className="roster-noprint" key="short" color="red">
            {t('week.warning.short', { missing: w.missing ?? 0 })}
          </Tag>
        ) : (
          <Tag className="roster-noprint" key={`double-${w.staffName}`} color="orange">
            {t('week.warning.double', { name: w.staffName ?? '' })}
          </Tag>
        ),
      )}
      {duties.map((duty) => (
        <div key={duty.id} className={`roster-duty${swapFrom?.id === duty.id ? ' roster-duty-selected' : ''}`}>
          <span>{duty.staffName}</span>
          {isAdmin && (
            <span className="roster-noprint">
              <Button size="small" type="link" icon={<SwapOutlined />} aria-label={t('week.action.swapOf', { name: duty.staffName })} onClick={() => onSwap(duty)} />
              <Popconfirm title={t('week.confirm.remove', { name: duty.staffName })} onConfirm={() => void remove(duty)}>
                <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('week.action.removeOf', { name: duty.staffName })} />
              </Popconfirm>
            </span>
          )}
        </div>
      ))}
      {isAdmin && (
        <Button className="roster-noprint" size="small" type="dashed" icon={<PlusOutlined />} onClick={onAdd}>
          {t('week.action.add')}
        </Button>
      )}
    </div>
  );
}

export function WeekTable({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation(['roster', 'errors']);
  const { message } = App.useApp();
  const week = useRoster((s) => s.week);
  const swap = useRoster((s) => s.swap);
  const [swapFrom, setSwapFrom] = useState<Duty | null>(null);
  const [adding, setAdding] = useState<{ date: string; opening: Opening } | null>(null);

  const onSwap = (duty: Duty) => {
    if (!swapFrom || swapFrom.id === duty.id) {
      setSwapFrom(swapFrom ? null : duty);
      return;
    }
    const first = swapFrom;
    setSwapFrom(null);
    swap(first.id, duty.id).then(
      () => message.success(t('week.message.swapped', { a: first.staffName, b: duty.staffName })),
      (e: unknown) => message.error(errorMessage(e)),
    );
  };

  if (!week) return null;
  return (
    <>
      {swapFrom && (
        <Alert
          className="roster-noprint"
          style={{ marginBottom: 12 }}
          type="info"
          showIcon
          title={t('week.swap.pick', { name: swapFrom.staffName, date: dayjs(swapFrom.date).format('MM-DD'), time: swapFrom.startTime })}
          action={
            <Button size="small" onClick={() => setSwapFrom(null)}>
              {t('week.swap.cancel')}
            </Button>
          }
        />
      )}
      <table className="roster-week">
        <thead>
          <tr>
            {week.days.map((day) => (
              <th key={day.date}>
                {t(`week.weekday.${isoWeekday(day.date)}` as 'week.weekday.1')}
                <br />
                <Typography.Text type="secondary">{dayjs(day.date).format('MM-DD')}</Typography.Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {week.days.map((day) => (
              <td key={day.date} data-date={day.date}>
                {day.openings.length === 0 && <Typography.Text type="secondary">{t('week.cell.closed')}</Typography.Text>}
                {day.openings.map(({ opening, duties }) => (
                  <OpeningBlock
                    key={opening.id}
                    date={day.date}
                    opening={opening}
                    duties={duties}
                    warnings={week.warnings.filter((w) => w.date === day.date && w.openingId === opening.id)}
                    isAdmin={isAdmin}
                    swapFrom={swapFrom}
                    onSwap={onSwap}
                    onAdd={() => setAdding({ date: day.date, opening })}
                  />
                ))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <AddDutyDialog target={adding} onClose={() => setAdding(null)} />
    </>
  );
}
