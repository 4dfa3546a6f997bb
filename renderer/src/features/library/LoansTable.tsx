// Loans out now (at the desk) or overdue (most days late first), with the actions a teacher takes
// on one: return it, renew it, or mark the book lost.
import { App, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { ClassLabel } from '../../components/childLabels';
import { useSettings } from '../settings/settingsStore';
import { CopyStatusDialog, type CopyStatusTarget } from './CopyStatusDialog';
import { byText, day } from './format';
import { useLibrary } from './libraryStore';
import { compareClass } from '../../../../shared/classOrder';
import { ListTable } from '../../components/ListTable';

interface Props {
  loans: Loan[];
  variant: 'active' | 'overdue';
  /** After each action, e.g. to give the desk's scan box its focus back. */
  onDone?(): void;
}

export function LoansTable({ loans, variant, onDone }: Props) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { message } = App.useApp();
  const giveBack = useLibrary((s) => s.giveBack);
  const renew = useLibrary((s) => s.renew);
  const maxRenewals = useSettings((s) => s.settings?.maxRenewals ?? 0);
  const [losing, setLosing] = useState<CopyStatusTarget | null>(null);

  const run = async (work: () => Promise<string>) => {
    try {
      message.success(await work());
    } catch (e) {
      message.error(errorMessage(e));
    }
    onDone?.();
  };

  const doReturn = (loan: Loan) =>
    run(async () => {
      await giveBack(loan.barcode);
      return t('loans.message.returned', { title: loan.title, name: loan.childName });
    });

  const doRenew = (loan: Loan) =>
    run(async () => {
      const renewed = await renew(loan.id);
      return t('loans.message.renewed', { title: renewed.title, due: day(renewed.dueOn) });
    });

  const overdue = variant === 'overdue';

  return (
    <>
      <ListTable<Loan>
        size="middle"
        dataSource={loans}
        pagination={{ pageSize: 15, showSizeChanger: false }}
        empty={t(overdue ? 'overdue.table.empty' : 'loans.table.empty')}
        columns={[
          { title: t('loans.column.child'), dataIndex: 'childName', sorter: (a, b) => byText(a.childName, b.childName) },
          {
            title: t('loans.column.class'),
            key: 'class',
            sorter: compareClass,
            render: (_, loan) => <ClassLabel grade={loan.grade} classNo={loan.classNo} />,
          },
          { title: t('loans.column.title'), dataIndex: 'title', sorter: (a, b) => byText(a.title, b.title), render: (title: string) => `《${title}》` },
          { title: t('loans.column.barcode'), dataIndex: 'barcode' },
          { title: t('loans.column.lentAt'), dataIndex: 'lentAt', render: day, sorter: (a, b) => a.lentAt.localeCompare(b.lentAt) },
          {
            title: t('loans.column.dueOn'),
            dataIndex: 'dueOn',
            // The days overdue belong with the due date, not with the renewals.
            render: (dueOn: string, loan) => (
              <Space size={4} wrap>
                <span>{day(dueOn)}</span>
                {loan.overdueDays > 0 && <Tag color="red">{t('overdue.label.days', { count: loan.overdueDays })}</Tag>}
              </Space>
            ),
            sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
            defaultSortOrder: overdue ? undefined : 'ascend',
          },
          overdue
            ? {
                title: t('overdue.column.days'),
                dataIndex: 'overdueDays',
                defaultSortOrder: 'descend',
                sorter: (a, b) => a.overdueDays - b.overdueDays,
                render: (days: number) => (
                  <Typography.Text type="danger" strong>
                    {t('overdue.label.days', { count: days })}
                  </Typography.Text>
                ),
              }
            : {
                title: t('loans.column.renewals'),
                dataIndex: 'renewals',
                render: (renewals: number) => t('loans.label.renewals', { renewals, max: maxRenewals }),
              },
          {
            title: t('loans.column.actions'),
            key: 'actions',
            render: (_, loan) => (
              <Space>
                <Button size="small" type="primary" onClick={() => void doReturn(loan)}>
                  {t('loans.action.return')}
                </Button>
                <Button size="small" disabled={loan.renewals >= maxRenewals} onClick={() => void doRenew(loan)}>
                  {t('loans.action.renew')}
                </Button>
                {overdue && (
                  <Button size="small" danger onClick={() => setLosing({ copyId: loan.copyId, barcode: loan.barcode, title: loan.title, status: 'lost' })}>
                    {t('overdue.action.lost')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CopyStatusDialog
        target={losing}
        onClose={() => {
          setLosing(null);
          onDone?.();
        }}
      />
    </>
  );
}
