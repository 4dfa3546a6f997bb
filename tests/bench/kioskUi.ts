// kiosk.checkin_ui: in Chromium, through the test bridge, the time from a child's tap on her name to
// the check-in confirmation on screen (her screen opens, she taps 签到, the confirmation shows).
// Timed inside the page with performance.now(), so Playwright's own round trips do not count.
import { kioskPageMissing, openKioskPage, TAP_TO_CONFIRMATION, type KioskPage } from './kioskPage';
import { summarize, type Figure } from './measure';

const RUNS = 50;

/** `runs` children, each found by name and checked in; the tap-to-confirmation times. */
export async function checkInTimes(kiosk: KioskPage, runs: number): Promise<number[]> {
  const { page, names } = kiosk;
  const search = page.getByLabel('输入你的名字或拼音首字母');
  const samples: number[] = [];
  for (const name of names.slice(0, runs)) {
    await search.fill(name);
    await page.getByRole('button', { name, exact: true }).waitFor();
    samples.push(await page.evaluate<number>(`(${TAP_TO_CONFIRMATION})(${JSON.stringify(name)})`));
    await page.getByRole('button', { name: '好的' }).click();
  }
  return samples;
}

export async function measureKioskUi(): Promise<Figure | null> {
  const missing = kioskPageMissing();
  if (missing) {
    console.log(`kiosk.checkin_ui skipped: ${missing}`);
    return null;
  }
  const kiosk = await openKioskPage({ children: 200, port: 4174 });
  try {
    await kiosk.page.goto(kiosk.url);
    return summarize('kiosk.checkin_ui', await checkInTimes(kiosk, RUNS));
  } finally {
    await kiosk.close();
  }
}
