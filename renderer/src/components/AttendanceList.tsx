// A tick per child for who was present: an activity's session and a lecture take attendance the same way.
import { Checkbox, List, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
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
  onToggle(childId: number, present: boolean): void;
}

export function AttendanceList<T extends AttendanceLine>({ rows, empty, disabled, extra, onToggle }: Props<T>) {
  const { t } = useTranslation('common');
  return (
    <List
      bordered
      size="small"
      loading={!rows}
      dataSource={rows ?? []}
      locale={{ emptyText: empty }}
      renderItem={(row) => (
        <List.Item>
          <Checkbox checked={row.present === true} disabled={disabled} onChange={(e) => onToggle(row.childId, e.target.checked)}>
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
