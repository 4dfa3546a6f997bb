// One surrogate parent's children who are due: each duty as a tag (overdue in red), when it was last
// done, the open follow-ups, and one button per duty that opens the record form on that child and kind.
import { EditOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DueChild } from '../../../../shared/domain';
import { ClassLabel } from '../../components/childLabels';
import { DutyTag, FollowUpLine, KIND_OF_DUTY } from './labels';
import type { RecordPreset } from './recordForm';
import { compareClass } from '../../../../shared/classOrder';
import { ListTable } from '../../components/ListTable';

interface Props {
  rows: DueChild[];
  onWrite(preset: RecordPreset): void;
  /** The home card: fewer columns, 5 a page so the home screen stays one screen tall. */
  compact?: boolean;
}

const HOME_PAGE_SIZE = 5;
/** Headers stay on one line: a narrow column wrapped 跟进事项 one character a line. */
const oneLine = () => ({ style: { whiteSpace: 'nowrap' as const } });

const overdueCount = (c: DueChild) => c.duties.filter((d) => d.status === 'overdue').length;

export function DueTable({ rows, onWrite, compact = false }: Props) {
  const { t } = useTranslation(['care', 'common']);

  return (
    <ListTable<DueChild>
      rowKey="childId"
      dataSource={rows}
      pagination={{ pageSize: compact ? HOME_PAGE_SIZE : 20, hideOnSinglePage: true, showSizeChanger: false, size: compact ? 'small' : undefined }}
      empty={t('due.empty.none')}
      columns={[
        {
          title: t('due.column.child'),
          dataIndex: 'childName',
          width: 110,
          sorter: (a, b) => a.childName.localeCompare(b.childName, 'zh-CN'),
        },
        {
          title: t('due.column.class'),
          key: 'class',
          width: 110,
          sorter: compareClass,
          render: (_, c) => <ClassLabel grade={c.grade} classNo={c.classNo} />,
        },
        {
          title: t('due.column.duties'),
          key: 'duties',
          onHeaderCell: oneLine,
          sorter: (a, b) => overdueCount(a) - overdueCount(b) || a.duties.length - b.duties.length,
          render: (_, c) => (
            <Space size={[0, 4]} wrap>
              {c.duties.map((d) => (
                <DutyTag key={d.duty} item={d} />
              ))}
            </Space>
          ),
        },
        ...(compact
          ? []
          : [
              {
                title: t('due.column.lastDone'),
                key: 'lastDone',
                width: 170,
                render: (_: unknown, c: DueChild) => (
                  <Space orientation="vertical" size={0}>
                    {c.duties.map((d) => (
                      <span key={d.duty} style={{ whiteSpace: 'nowrap' }}>
                        {t('due.value.dutyLast', { duty: t(`shared.duty.${d.duty}`), last: d.lastDone ?? t('due.value.never') })}
                      </span>
                    ))}
                  </Space>
                ),
              },
            ]),
        {
          title: t('due.column.followUps'),
          key: 'followUps',
          onHeaderCell: oneLine,
          render: (_, c) => (
            <Space orientation="vertical" size={0}>
              {c.followUps.map((f) => (
                <FollowUpLine key={f.id} followUp={f} />
              ))}
            </Space>
          ),
        },
        {
          title: t('due.column.write'),
          key: 'write',
          onHeaderCell: oneLine,
          width: compact ? 200 : 260,
          render: (_, c) => (
            <Space size={4} wrap>
              {c.duties.map((d) => (
                <Button key={d.duty} size="small" icon={<EditOutlined />} onClick={() => onWrite({ childId: c.childId, childName: c.childName, kind: KIND_OF_DUTY[d.duty] })}>
                  {t(`due.action.write.${d.duty}`)}
                </Button>
              ))}
              {c.duties.length === 0 && (
                <Button size="small" icon={<EditOutlined />} onClick={() => onWrite({ childId: c.childId, childName: c.childName, kind: 'talk' })}>
                  {t('due.action.writeAny')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
