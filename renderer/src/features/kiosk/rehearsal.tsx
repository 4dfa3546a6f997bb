// On a room's old PC the first child of the day waited longest: on her tap her screen's and the
// confirmation's code ran for the first time, and the browser laid out their text at new sizes for the
// first time (a sixth of a second throttled 4×, against a tenth for the taps after). While the kiosk waits
// for her, it renders them and lays them out where nobody sees them.
import { Activity, Fragment } from 'react';
import { createRoot } from 'react-dom/client';
import type { KioskCheckResult, KioskChildStatus } from '../../../../shared/domain';
import { ChildScreen } from './ChildScreen';
import { DoneScreen } from './DoneScreen';

/** Nobody: an id no child has. The name is Chinese, as every child's is, for the fonts it brings. */
const OUT: KioskChildStatus = {
  id: -1,
  name: '小明',
  grade: 1,
  classNo: 1,
  checkedInAt: null,
  checkedOutAt: null,
  nextOpenDate: null,
  closedForToday: false,
  parents: [],
  collectors: [],
  booking: null,
  counsellor: false,
};
const IN: KioskChildStatus = { ...OUT, checkedInAt: '2000-01-01T08:00:00' };
const DONE: KioskCheckResult = { childId: -1, name: OUT.name, action: 'checked_in', at: '2000-01-01T08:00:00', nextOpenDate: null, birthday: false };

const SCREENS = [<ChildScreen key="out" child={OUT} />, <ChildScreen key="in" child={IN} />, <DoneScreen key="done" result={DONE} />];
/** V8 makes faster code of what has run a few times: rendered this often, her tap finds that code. */
const RENDERS = 5;

let rehearsed = false;

/** Once per start, when the browser is idle. */
export function rehearseKioskScreens(kiosk: HTMLElement | null): void {
  if (rehearsed || !kiosk) return;
  rehearsed = true;
  requestIdleCallback(() => {
    // Rendered hidden and apart from the page: React runs no effect there (no timer, no speech, no call
    // for her photo or books), and nothing of it can be seen, heard or tapped.
    const apart = document.createElement('div');
    const root = createRoot(apart);
    root.render(
      <Activity mode="hidden">
        {Array.from({ length: RENDERS }, (_, i) => (
          <Fragment key={i}>{SCREENS}</Fragment>
        ))}
      </Activity>,
    );
    // React renders hidden work last, when nothing else waits: look again until it is there.
    const layOut = () => {
      if (!apart.firstElementChild) return void requestIdleCallback(layOut);
      // One copy of each screen without React's hiding, laid out inside the kiosk off the screen and taken
      // away in the same moment: no frame is drawn with it.
      const copy = document.createElement('div');
      for (const screen of [...apart.children].slice(0, SCREENS.length)) {
        const shown = screen.cloneNode(true) as HTMLElement;
        shown.style.removeProperty('display');
        copy.append(shown);
      }
      copy.className = 'kiosk-rehearsal';
      copy.inert = true;
      kiosk.append(copy);
      void copy.offsetHeight;
      copy.remove();
      root.unmount();
    };
    requestIdleCallback(layOut);
  });
}
