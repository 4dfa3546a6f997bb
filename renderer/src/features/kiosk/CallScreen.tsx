// Who she wants to call: her parents by relation only, never a name or a number.
import { CustomerServiceTwoTone, ManOutlined, UserOutlined, WomanOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskChildStatus, ParentRelation } from '../../../../shared/domain';
import { Problem, ScreenHead } from './parts';
import { useKiosk } from './store';

const RELATION_ICON: Record<ParentRelation, ReactNode> = { father: <ManOutlined />, mother: <WomanOutlined />, other: <UserOutlined /> };
const RELATION_COLOUR: Record<ParentRelation, 'blue' | 'magenta' | 'cyan'> = { father: 'blue', mother: 'magenta', other: 'cyan' };

export function CallScreen({ child }: { child: KioskChildStatus }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const bookCall = useKiosk((s) => s.bookCall);

  return (
    <main className="kiosk-screen">
      <ScreenHead title={t('call.title.who')} />
      <Problem />
      {child.parents.length === 0 ? (
        <section className="kiosk-note">
          <span className="kiosk-note__picture" aria-hidden>
            <CustomerServiceTwoTone twoToneColor="#e8590c" />
          </span>
          <p>{t('call.empty.askTeacher')}</p>
        </section>
      ) : (
        <>
          <section className="kiosk-actions">
            {child.parents.map((parent) => (
              <Button
                key={parent.id}
                className="kiosk-action kiosk-parent"
                color={RELATION_COLOUR[parent.relation]}
                variant="solid"
                disabled={busy}
                onClick={() => void bookCall(parent.id)}
              >
                <span className="kiosk-parent__picture" aria-hidden>
                  {RELATION_ICON[parent.relation]}
                </span>
                {t(`common:enums.parentRelation.${parent.relation}`)}
              </Button>
            ))}
          </section>
          <p className="kiosk-start__hint">{t('call.hint.queue')}</p>
        </>
      )}
    </main>
  );
}
