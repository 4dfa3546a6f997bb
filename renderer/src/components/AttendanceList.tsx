// A tick per child for who was present: an activity's session and a lecture take attendance the same way.
import { Checkbox, List, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface AttendanceLine {
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  present: boolean | null;
}

interface Props<T extends AttendanceLine> {
  rows: T[] | null;
  empty: string;
  /** Closed (a voided lecture): the ticks show, nobody changes them. */
  disabled?: boolean;
  /** Beside the class: e.g. that the child was in the room that day. */
  extra?(row: T): ReactNode;
  /** Settles once the tick is stored (or refused, which puts the old tick back). */
  onToggle(childId: number, present: boolean): Promise<void>;
}

export function AttendanceList<T extends AttendanceLine>({ rows, empty, disabled, extra, onToggle }: Props<T>) {
  const { t } = useTranslation('common');
  // The tick shows the moment it is clicked, not after the round trip: on an old PC a late tick reads as a missed click.
  const [pending, setPending] = useState<ReadonlyMap<number, boolean>>(new Map());
  const toggle = (childId: number, present: boolean) => {
    setPending((p) => new Map(p).set(childId, present));
    void onToggle(childId, present).finally(() =>
      setPending((p) => {
        const next = new Map(p);
        next.delete(childId);
        return next;
      }),
    );
  };
  return (
    <List
      bordered
      size="small"
      loading={!rows}
      dataSource={rows ?? []}
      locale={{ emptyText: empty }}
      renderItem={(row) => (
        <List.Item>
          <Checkbox checked={pending.get(row.childId) ?? row.present === true} disabled={disabled} onChange={(e) => toggle(row.childId, e.target.checked)}>
            {row.childName}
          </Checkbox>
          <Space>
            {extra?.(row)}
            <Typography.Text type="secondary">{t('class.label.gradeClass', { grade: row.grade, classNo: row.classNo })}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
