// "我想和老师说说话" (issue 20): she picks her teacher or the counsellor (when the room has one), then is
// told a teacher will come. Nothing she could be asked about is shown or stored here: the wish only.
import { CommentOutlined, HeartOutlined, SmileTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TalkWith } from '../../../../shared/domain';
import { useKiosk } from './kioskStore';
import { Problem, ScreenHead } from './parts';
import { KioskButton } from './KioskButton';

export function TalkScreen() {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const askToTalk = useKiosk((s) => s.askToTalk);
  return (
    <main className="kiosk-screen">
      <ScreenHead title={t('talk.title.who')} />
      <Problem />
      <section className="kiosk-actions">
        <KioskButton className="kiosk-action kiosk-leave" tone="blue" disabled={busy} onClick={() => void askToTalk('teacher')}>
          <span className="kiosk-leave__picture" aria-hidden>
            <CommentOutlined />
          </span>
          {t('talk.choice.teacher')}
        </KioskButton>
        <KioskButton className="kiosk-action kiosk-leave" tone="purple" disabled={busy} onClick={() => void askToTalk('counsellor')}>
          <span className="kiosk-leave__picture" aria-hidden>
            <HeartOutlined />
          </span>
          {t('talk.choice.counsellor')}
        </KioskButton>
      </section>
    </main>
  );
}

export function TalkDoneScreen({ with: withWhom }: { with: TalkWith }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const back = useKiosk((s) => s.back);
  return (
    <main className="kiosk-screen">
      <section className="kiosk-note" aria-live="polite">
        <span className="kiosk-note__picture" aria-hidden>
          <SmileTwoTone twoToneColor="#1971c2" />
        </span>
        <h1 className="kiosk-head__title">{t(`talk.done.${withWhom}`)}</h1>
        <p>{t('talk.done.hint')}</p>
      </section>
      <KioskButton className="kiosk-action" tone="green" onClick={back}>
        {t('talk.done.ok')}
      </KioskButton>
    </main>
  );
}
