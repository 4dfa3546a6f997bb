// 我的待办: the signed-in teacher's own children (she is their surrogate parent) with a duty due or a
// follow-up open. On the care page and, compact, on her home screen.
import { Alert, App, Empty, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareCharge } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { DueTable } from './DueTable';
import { LetterOccasions } from './LetterOccasions';
import { useRecordDrawer } from './RecordFormDrawer';
import { useCare } from './careStore';

export function MyDueList({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const mine = useCare((s) => s.mine);
  const loadMine = useCare((s) => s.loadMine);
  const { drawer, write } = useRecordDrawer();
  const children = mine?.flatMap((g) => g.children) ?? [];
  const [charge, setCharge] = useState<CareCharge | null>(null);

  useEffect(() => {
    loadMine().catch((e: unknown) => message.error(errorMessage(e)));
    // An empty list means "all cared for" only for a surrogate parent; and children with none are nobody's list.
    call('care.charge', {}).then(setCharge, (e: unknown) => message.error(errorMessage(e)));
  }, [loadMine, message]);

  const nobody = charge !== null && charge.mine === 0;
  const emptyTitle = nobody ? t('due.empty.noneMine') : t('due.empty.mine');

  return (
    <div className="care-due-mine">
      {(mine === null || charge === null) && <Spin />}
      {charge !== null && charge.withoutSurrogate > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('due.empty.withoutSurrogate', { count: charge.withoutSurrogate })} />}
      {mine !== null && charge !== null && children.length === 0 && compact && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyTitle} />}
      {mine !== null && charge !== null && children.length === 0 && !compact && (
        <Result status={nobody ? 'info' : 'success'} title={emptyTitle} subTitle={nobody ? t('due.empty.noneMineHelp') : t('due.empty.mineHelp')} />
      )}
      <LetterOccasions onWrite={write} version={mine} />
      {children.length > 0 && <DueTable rows={children} onWrite={write} compact={compact} />}
      {drawer}
    </div>
  );
}
