// How she leaves, in pictures: alone, collected by family (then who, by the words she uses: 奶奶, 叔叔),
// or to the dormitory. The main process decides whether a teacher must see her first.
import { BankOutlined, HomeOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GUARDIAN_RELATIONS, type GuardianRelation, type KioskChildStatus, type LeaveMode } from '../../../../shared/domain';
import { Problem, ScreenHead } from './parts';
import { useKiosk } from './kioskStore';
import { KioskButton } from './KioskButton';

const CHOICES: { mode: LeaveMode; icon: ReactNode; colour: 'orange' | 'green' | 'purple' }[] = [
  { mode: 'home_alone', icon: <HomeOutlined />, colour: 'orange' },
  { mode: 'guardian', icon: <TeamOutlined />, colour: 'green' },
  { mode: 'dormitory', icon: <BankOutlined />, colour: 'purple' },
];

const isRelation = (r: string | null): r is GuardianRelation => r !== null && (GUARDIAN_RELATIONS as readonly string[]).includes(r);

export function LeaveScreen() {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const child = useKiosk((s) => s.child);
  const checkOut = useKiosk((s) => s.checkOut);
  const openLeaveWho = useKiosk((s) => s.openLeaveWho);

  const pick = (mode: LeaveMode) => {
    if (mode === 'guardian' && child && child.collectors.length > 0) openLeaveWho();
    else checkOut(mode);
  };

  return (
    <main className="kiosk-screen">
      <ScreenHead title={t('leave.title.how')} />
      <Problem />
      <section className="kiosk-actions">
        {CHOICES.map((c) => (
          <KioskButton key={c.mode} className="kiosk-action kiosk-leave" tone={c.colour} disabled={busy} onClick={() => pick(c.mode)}>
            <span className="kiosk-leave__picture" aria-hidden>
              {c.icon}
            </span>
            {t(`leave.choice.${c.mode}`)}
          </KioskButton>
        ))}
      </section>
    </main>
  );
}

/** Her collectors by their faces (when kept) and the word she uses for them, the name beneath: she taps who came. */
export function LeaveWhoScreen({ child }: { child: KioskChildStatus }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const checkOut = useKiosk((s) => s.checkOut);

  return (
    <main className="kiosk-screen">
      <ScreenHead title={t('leave.title.who')} />
      <Problem />
      <section className="kiosk-actions">
        {child.collectors.map((c) => (
          <KioskButton key={c.id} className="kiosk-action kiosk-leave" tone="green" disabled={busy} onClick={() => checkOut('guardian', c.id)}>
            {c.photo ? (
              <img className="kiosk-leave__photo" src={c.photo} alt="" aria-hidden />
            ) : (
              <span className="kiosk-leave__picture" aria-hidden>
                <UserOutlined />
              </span>
            )}
            <span>{t(`relation.word.${isRelation(c.relation) ? c.relation : 'other'}`)}</span>
            <span className="kiosk-leave__name">{c.name}</span>
          </KioskButton>
        ))}
      </section>
    </main>
  );
}
