// The screen the app rests on. Children use it without a PIN; staff unlock from its corner.
import { LockOutlined } from '@ant-design/icons';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { theme } from '../../theme';
import { useSettings } from '../settings/settingsStore';
import { CallScreen } from './CallScreen';
import { ActivitiesScreen } from './ActivitiesScreen';
import { ChildScreen } from './ChildScreen';
import { ClassesScreen, ClassScreen } from './ClassScreens';
import { DoneScreen } from './DoneScreen';
import { LeaveScreen, LeaveWhoScreen } from './LeaveScreens';
import { ReviewDoneScreen, ReviewPickScreen } from './ReviewScreens';
import { StartScreen } from './StartScreen';
import { TalkDoneScreen, TalkScreen } from './TalkScreens';
import { UndoScreen } from './UndoScreen';
import { useKiosk, type KioskScreen } from './kioskStore';
import { useIdleReturn } from './useIdleReturn';
import { rehearseKioskScreens } from './rehearsal';
import { KioskButton } from './KioskButton';
import './kiosk.css';
import './screens.css';

// Staff sign-in (a form, a select, a dialog) is fetched when a teacher asks for it, not before the kiosk shows.
const UnlockDialog = lazy(() => import('../auth/UnlockDialog').then((m) => ({ default: m.UnlockDialog })));
// So is the page for writing a book review, for antd's TextArea.
const ReviewWriteScreen = lazy(() => import('./ReviewWriteScreen').then((m) => ({ default: m.ReviewWriteScreen })));

/** A sub-screen left untouched this long returns to the start. */
const IDLE_MS = 60_000;

export function KioskHome() {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const settings = useSettings((s) => s.settings);
  const [unlocking, setUnlocking] = useState(false);
  const screen = useKiosk((s) => s.screen);
  const query = useKiosk((s) => s.query);
  const home = useKiosk((s) => s.home);

  // Whoever used the kiosk before (or a teacher locking it) leaves it at the start.
  useEffect(() => home(), [home]);
  const kioskRef = useRef<HTMLDivElement>(null);
  useEffect(() => rehearseKioskScreens(kioskRef.current), []);
  useIdleReturn(!unlocking && screen.name !== 'done' && screen.name !== 'undo' && screen.name !== 'reviewDone' && (screen.name !== 'start' || query !== ''), IDLE_MS, home);

  return (
    // No antd provider is above the kiosk (App.tsx); antd's App root used to give it the theme's font.
    <div className="kiosk" ref={kioskRef} style={{ fontFamily: theme.token?.fontFamily }}>
      <header className="kiosk__top">
        <span className="kiosk__school">{settings?.schoolName}</span>
        <KioskButton icon={<LockOutlined />} onClick={() => setUnlocking(true)}>
          {t('home.action.staff')}
        </KioskButton>
      </header>
      <Screen screen={screen} />
      {unlocking && (
        <Suspense fallback={null}>
          <UnlockDialog open onClose={() => setUnlocking(false)} />
        </Suspense>
      )}
    </div>
  );
}

function Screen({ screen }: { screen: KioskScreen }) {
  const child = useKiosk((s) => s.child);
  switch (screen.name) {
    case 'classes':
      return <ClassesScreen />;
    case 'class':
      return <ClassScreen grade={screen.grade} classNo={screen.classNo} />;
    case 'child':
      return child ? <ChildScreen child={child} /> : <StartScreen />;
    case 'call':
      return child ? <CallScreen child={child} channel={screen.channel} /> : <StartScreen />;
    case 'leave':
      return child ? <LeaveScreen /> : <StartScreen />;
    case 'undo':
      return child ? <UndoScreen name={child.name} /> : <StartScreen />;
    case 'leaveWho':
      return child ? <LeaveWhoScreen child={child} /> : <StartScreen />;
    case 'activities':
      return child ? <ActivitiesScreen child={child} /> : <StartScreen />;
    case 'reviewPick':
      return child ? <ReviewPickScreen child={child} /> : <StartScreen />;
    case 'reviewWrite':
      return child ? (
        <Suspense fallback={null}>
          <ReviewWriteScreen key={screen.bookId} title={screen.title} />
        </Suspense>
      ) : (
        <StartScreen />
      );
    case 'reviewDone':
      return <ReviewDoneScreen name={child?.name ?? ''} title={screen.title} />;
    case 'talk':
      return child ? <TalkScreen /> : <StartScreen />;
    case 'talkDone':
      return <TalkDoneScreen with={screen.with} />;
    case 'done':
      return <DoneScreen key={`${screen.result.childId}-${screen.result.at}`} result={screen.result} />;
    case 'start':
      return <StartScreen />;
  }
}
