// kiosk.checkout_ui (issue 16): in Chromium, through the test bridge, a class of 60 children who all have
// photos, all in the room. A child finds her face in the class grid and opens her screen; timed inside the
// page: her tap on 签退, 自己回家, 好了，签退 (no pause for the undo countdown), until 签退成功 shows.
import { kioskSession, type Session } from '../../electron/session';
import { kioskPageMissing, openKioskPage, UNTIL_SHOWN, type KioskPage } from './kioskPage';
import { summarize, type Figure } from './measure';

const CLASS_SIZE = 60;
const RUNS = 40;

/** Runs in the page, as source text: from the tap on 签退 to the check-out confirmation. */
const TAP_TO_CHECKED_OUT = `async (childName) => {
  const until = ${UNTIL_SHOWN};
  const button = (words) => [...document.querySelectorAll('button')].find((b) => (b.textContent || '').replace(/\\s/g, '') === words);
  const start = performance.now();
  button('签退').click();
  (await until(() => button('自己回家'))).click();
  (await until(() => button('好了，签退'))).click();
  await until(() => [...document.querySelectorAll('h1')].find((h) => h.textContent === childName + '，签退成功！'));
  return performance.now() - start;
}`;

/** Sixty children with unique names in 五年级1班 (old enough to leave alone), each with a face and consent, all checked in. */
async function fillClass(kiosk: KioskPage): Promise<string[]> {
  const { app, page } = kiosk;
  const admin: Session = { role: 'admin', staffId: 1, staffName: '管理员', lastActiveAt: kiosk.now().getTime() };
  const rows = app.sqlite.prepare('select id, name from child where name in (select name from child group by name having count(*) = 1) limit ?').all(CLASS_SIZE) as { id: number; name: string }[];
  app.sqlite.prepare('update child set class_no = 2 where grade = 5 and class_no = 1').run();
  for (const [i, child] of rows.entries()) {
    // A busy 160 px picture, about the size a real face is once drawn small (8–12 KB).
    const photo = await page.evaluate((seed: number) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 160;
      const c = canvas.getContext('2d');
      if (!c) throw new Error('no canvas');
      for (let k = 0; k < 400; k++) {
        c.fillStyle = `hsl(${(seed * 37 + k * 11) % 360}, 60%, ${30 + (k % 40)}%)`;
        c.fillRect((k * 53) % 160, (k * 29 + seed) % 160, 12, 12);
      }
      return canvas.toDataURL('image/jpeg', 0.85);
    }, i);
    app.sqlite.prepare("update child set grade = 5, class_no = 1, photo_consent_by = '监护人', photo_consent_on = '2026-09-01' where id = ?").run(child.id);
    const stored = await app.dispatch('children.setPhoto', { childId: child.id, photo }, admin);
    if (!stored.ok) throw new Error(`kiosk.checkout_ui: ${JSON.stringify(stored.error)}`);
  }
  return rows.map((r) => r.name);
}

export async function measureKioskCheckout(): Promise<Figure | null> {
  const missing = kioskPageMissing();
  if (missing) {
    console.log(`kiosk.checkout_ui skipped: ${missing}`);
    return null;
  }
  const kiosk = await openKioskPage({ children: 200, port: 4175 });
  const { page, app } = kiosk;
  try {
    await page.goto(kiosk.url);
    const names = await fillClass(kiosk);
    const samples: number[] = [];
    for (const name of names.slice(0, RUNS)) {
      const id = app.sqlite.prepare('select id from child where name = ?').pluck().get(name) as number;
      const checkedIn = await app.dispatch('kiosk.checkIn', { childId: id }, kioskSession());
      if (!checkedIn.ok) throw new Error(`kiosk.checkout_ui: ${JSON.stringify(checkedIn.error)}`);
      await page.getByRole('button', { name: '按班级找' }).click();
      await page.getByRole('button', { name: '5年级1班' }).click();
      const card = page.getByRole('button', { name, exact: true });
      await card.locator('img').waitFor();
      if ((await page.locator('.kiosk-grid img').count()) < CLASS_SIZE) await page.waitForFunction((n) => document.querySelectorAll('.kiosk-grid img').length >= n, CLASS_SIZE);
      await card.click();
      await page.getByRole('button', { name: '签退' }).waitFor();
      samples.push(await page.evaluate<number>(`(${TAP_TO_CHECKED_OUT})(${JSON.stringify(name)})`));
      await page.getByRole('button', { name: '好的' }).click();
    }
    return summarize('kiosk.checkout_ui', samples);
  } finally {
    await kiosk.close();
  }
}

if (/kioskCheckout\.ts$/.test(process.argv[1] ?? '')) {
  measureKioskCheckout()
    .then((figure) => console.log(figure))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
