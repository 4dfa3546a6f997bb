// Children who tapped 签退 and wait for a teacher: a banner at the top of the room page, and a beep
// each time someone new starts waiting.
import { Alert, Button, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaveWaiting } from '../../../../shared/domain';
import { ClassLabel } from '../../components/childLabels';
import { beep } from './beep';
import { clock } from './format';

export function WaitingBanner({ waiting, onDecide }: { waiting: LeaveWaiting[]; onDecide(w: LeaveWaiting): void }) {
  const { t } = useTranslation(['room', 'common', 'errors']);
  const seen = useRef<Set<number>>(new Set());

  useEffect(() => {
    const fresh = waiting.some((w) => !seen.current.has(w.visitId));
    seen.current = new Set(waiting.map((w) => w.visitId));
    if (fresh) beep();
  }, [waiting]);

  if (waiting.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={t('room:waiting.title', { count: waiting.length })}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          {waiting.map((w) => (
            <Space key={w.visitId} wrap data-testid={`waiting-${w.childId}`}>
              <strong>{clock(w.heldAt)}</strong>
              <span>
                {t('room:waiting.item', {
                  name: w.childName,
                  request: w.request ? t(`room:leave.${w.request}`) : t('room:waiting.request.none'),
                })}
              </span>
              <ClassLabel grade={w.grade} classNo={w.classNo} />
              <span>{t(`room:waiting.reason.${w.reason}`, { who: w.collectors.find((c) => !c.mayCollect)?.name ?? '' })}</span>
              <Button type="primary" danger onClick={() => onDecide(w)}>
                {t('room:waiting.action.decide')}
              </Button>
            </Space>
          ))}
        </Space>
      }
    />
  );
}
