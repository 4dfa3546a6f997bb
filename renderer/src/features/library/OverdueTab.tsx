// 逾期: loans past their due date, most days late first, with the teacher's next step for each.
import { Alert, App, Card } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/errors';
import { LoansTable } from './LoansTable';
import { useLibrary } from './libraryStore';

export function OverdueTab({ visible }: { visible: boolean }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { message } = App.useApp();
  const overdue = useLibrary((s) => s.overdue);
  const reloadLoans = useLibrary((s) => s.reloadLoans);

  useEffect(() => {
    if (visible) reloadLoans().catch((e) => message.error(errorMessage(e)));
  }, [visible, reloadLoans, message]);

  return (
    <Card title={t('overdue.title.main')}>
      {overdue.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('overdue.hint.text', { count: overdue.length })} />}
      <LoansTable loans={overdue} variant="overdue" />
    </Card>
  );
}
