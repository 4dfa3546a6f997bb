// Who she wants to call, on the phone or by video: her parents by the words she uses (爸爸, 妈妈),
// never a name or a number.
import { CustomerServiceTwoTone, UserOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CallChannel, KioskChildStatus, ParentRelation } from '../../../../shared/domain';
import { Problem, ScreenHead } from './parts';
import { useKiosk } from './kioskStore';
import { KioskButton } from './KioskButton';

const RELATION_COLOUR: Record<ParentRelation, 'blue' | 'magenta' | 'cyan'> = { father: 'blue', mother: 'magenta', other: 'cyan' };

export function CallScreen({ child, channel }: { child: KioskChildStatus; channel: CallChannel }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const bookCall = useKiosk((s) => s.bookCall);

  return (
    <main className="kiosk-screen">
      <ScreenHead title={channel === 'video' ? t('call.title.whoVideo') : t('call.title.who')} />
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
              <KioskButton key={parent.id} className="kiosk-action kiosk-parent" tone={RELATION_COLOUR[parent.relation]} disabled={busy} onClick={() => void bookCall(parent.id)}>
                <span className="kiosk-parent__picture" aria-hidden>
                  {/* A person, never a ♂/♀ symbol: the button says 爸爸 or 妈妈 in her own words. */}
                  <UserOutlined />
                  {/* The camera beside the person: the picture says "see 妈妈" for one who cannot read the title. */}
                  {channel === 'video' && <VideoCameraOutlined className="kiosk-parent__video" />}
                </span>
                {t(`relation.word.${parent.relation}`)}
              </KioskButton>
            ))}
          </section>
          <p className="kiosk-start__hint">{t('call.hint.queue')}</p>
        </>
      )}
    </main>
  );
}
