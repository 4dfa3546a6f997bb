// The kiosk on a room's old PC (issue 19 point 2), in Chromium with the CPU throttled 4× through CDP:
// kiosk.cold_start (navigation to the search box ready for input, cache off, read in the page), kiosk.checkin_ui_slow (tap
// to confirmation), and kiosk.memory (the JS heap after 2,000 taps against the heap after the first 100,
// unthrottled: search, check-in, book a call, back, then check-out, as a day at the kiosk goes).
import type { KioskPage } from './kioskPage';
import { kioskPageMissing, openKioskPage } from './kioskPage';
import { checkInTimes } from './kioskUi';
import { summarize, type Figure, type ValueFigure } from './measure';

const THROTTLE = 4;
const COLD_RUNS = 10;
const SLOW_RUNS = 30;
const TAPS = 2000;
const FIRST_TAPS = 100;
/** Halfway: the heap still growing from here to the end is a leak; growth only before it is warm-up (V8's compiled code). */
const HALF_TAPS = 1000;

/** Runs in the page from its first moment, as source text: notes when the search box has been painted
 * (the frame after it appears, when React has attached its handlers) on the page's own clock, which
 * starts as the navigation does. */
const READY_PROBE = `(() => {
  const look = () => {
    if (document.querySelector('input[aria-label="输入你的名字或拼音首字母"]'))
      requestAnimationFrame(() => setTimeout(() => { window.__kioskReadyAt = performance.now(); }));
    else requestAnimationFrame(look);
  };
  look();
})()`;

/** Navigation (cache off) to the search box ready, read in the page. Watching for it with Playwright's
 * locators would compile and run Playwright's own scripts (a few hundred KB) on the throttled main
 * thread while the kiosk starts, which an Electron start has none of: about a sixth of a first start.
 * Raw CDP asks for the time only; then a letter typed into the box proves it takes input. */
async function coldStarts(kiosk: KioskPage): Promise<number[]> {
  const { page, cdp, url } = kiosk;
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(READY_PROBE);
  const readyAt = async () => (await cdp.send('Runtime.evaluate', { expression: 'window.__kioskReadyAt', returnByValue: true })).result.value as number | undefined;
  const samples: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'commit' });
    let ready: number | undefined;
    while ((ready = await readyAt()) === undefined) await new Promise((r) => setTimeout(r, 100));
    samples.push(ready);
    await page.getByLabel('输入你的名字或拼音首字母').fill('a');
  }
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  return samples;
}

/** The heap is read after a pause, as after any pause at the kiosk. It once had to outwait antd's click ripple
 * (kept up to 5 s when the button leaves the screen at once); the kiosk's own buttons (KioskButton) have none,
 * and the pause stays so that the figures compare with the older ones. */
const RIPPLE_DEADLINE_MS = 5000;

async function heapMb(kiosk: KioskPage): Promise<number> {
  await kiosk.page.waitForTimeout(RIPPLE_DEADLINE_MS + 1000);
  await kiosk.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await kiosk.cdp.send('Runtime.getHeapUsage');
  return Math.round(usedSize / 1e4) / 100;
}

/** Taps as a child makes them, counted one per click or typed name, until `TAPS`; the heap after FIRST_TAPS, HALF_TAPS and all.
 * Each child comes once: she checks in, books a call to a parent, and later leaves on her own (a young one's
 * check-out waits for a teacher, as the room's rules say, and her confirmation says so). */
async function dayOfTaps(kiosk: KioskPage): Promise<ValueFigure[]> {
  const { page, names } = kiosk;
  const search = page.getByLabel('输入你的名字或拼音首字母');
  let taps = 0;
  let first = 0;
  let half = 0;
  const tap = async (action: () => Promise<void>) => {
    await action();
    taps += 1;
    if (taps === FIRST_TAPS) first = await heapMb(kiosk);
    if (taps === HALF_TAPS) half = await heapMb(kiosk);
  };
  await page.goto(kiosk.url);
  for (let i = 0; taps < TAPS; i++) {
    const name = names[i];
    if (name === undefined) throw new Error(`kiosk.memory: ${names.length} children are too few for ${TAPS} taps`);
    const card = page.getByRole('button', { name, exact: true });
    await tap(() => search.fill(name));
    await tap(() => card.click());
    await tap(() => page.getByRole('button', { name: '签到' }).click());
    await tap(() => page.getByRole('button', { name: '好的' }).click());
    await tap(() => search.fill(name));
    await tap(() => card.click());
    await tap(() => page.getByRole('button', { name: '给爸爸妈妈打电话' }).click());
    await tap(() => page.locator('.kiosk-parent').first().click());
    await page.getByRole('button', { name: '取消预约' }).waitFor();
    await tap(() => page.getByRole('button', { name: '返回' }).first().click());
    await search.waitFor();
    await tap(() => search.fill(name));
    await tap(() => card.click());
    await tap(() => page.getByRole('button', { name: '签退' }).click());
    await tap(() => page.getByRole('button', { name: '自己回家' }).click());
    await tap(() => page.getByRole('button', { name: '好了，签退' }).click());
    await tap(() => page.getByRole('button', { name: '好的' }).click());
    await search.waitFor();
  }
  const last = await heapMb(kiosk);
  return [
    { name: `kiosk.memory.first_${FIRST_TAPS}_taps`, value: first, unit: 'MB' },
    { name: `kiosk.memory.after_${HALF_TAPS}_taps`, value: half, unit: 'MB' },
    { name: `kiosk.memory.after_${TAPS}_taps`, value: last, unit: 'MB' },
    { name: 'kiosk.memory.growth', value: Math.round((last / first) * 100) / 100, unit: '×' },
  ];
}

export async function measureKioskSlow(): Promise<{ figures: Figure[]; values: ValueFigure[] }> {
  const missing = kioskPageMissing();
  if (missing) {
    console.log(`kiosk.cold_start, kiosk.checkin_ui_slow, kiosk.memory skipped: ${missing}`);
    return { figures: [], values: [] };
  }
  const slow = await openKioskPage({ children: 300, port: 4175, throttle: THROTTLE });
  const figures: Figure[] = [];
  try {
    figures.push(summarize('kiosk.cold_start', await coldStarts(slow)));
    figures.push(summarize('kiosk.checkin_ui_slow', await checkInTimes(slow, SLOW_RUNS)));
  } finally {
    await slow.close();
  }
  const plain = await openKioskPage({ children: 300, port: 4175 });
  try {
    return { figures, values: await dayOfTaps(plain) };
  } finally {
    await plain.close();
  }
}
