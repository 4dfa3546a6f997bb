// 我的待办: the signed-in teacher's own children (she is their surrogate parent) with a duty due or a
// follow-up open. On the care page and, compact, on her home screen.
import { App, Empty, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/errors';
import { DueTable } from './DueTable';
import { useRecordDrawer } from './RecordFormDrawer';
import { useCare } from './store';

export function MyDueList({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const mine = useCare((s) => s.mine);
  const loadMine = useCare((s) => s.loadMine);
  const { drawer, write } = useRecordDrawer();
  const children = mine?.flatMap((g) => g.children) ?? [];

  useEffect(() => {
    loadMine().catch((e: unknown) => message.error(errorMessage(e)));
  }, [loadMine, message]);

  return (
    <div className="care-due-mine">
      {mine === null && <Spin />}
      {mine !== null && children.length === 0 && compact && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('due.empty.mine')} />}
      {mine !== null && children.length === 0 && !compact && (
        <Result status="success" title={t('due.empty.mine')} subTitle={t('due.empty.mineHelp')} />
      )}
      {children.length > 0 && <DueTable rows={children} onWrite={write} compact={compact} />}
      {drawer}
    </div>
  );
}
