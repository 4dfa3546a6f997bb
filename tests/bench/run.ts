// `npm run bench`: service times on a big room, each next to the bare SQL it runs, and the kiosk's
// tap-to-confirmation time in Chromium. Writes tests/bench/results.json. Never part of `npm test`.
// Built first as the app is (tests/bench/build.mjs); `node tests/bench/run.built.mjs --door` then times only
// the door (check-in, lend, return, sign-up), `--district [--only …]` the district, `--kiosk-slow` the
// throttled kiosk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../electron/app';
import { kioskSession } from '../../electron/session';
import { benchActivities } from './activities';
import { benchDistrict } from './district';
import { benchExport } from './export';
import { fillBigRoom } from './bigRoom';
import { benchCare } from './care';
import { benchDemo } from './demo';
import { kioskBundleSizes } from './kioskBundle';
import { measureKioskSlow } from './kioskSlow';
import { measureKioskCheckout } from './kioskCheckout';
import { measureKioskUi } from './kioskUi';
import { benchLibrary } from './library';
import { benchOffice } from './office';
import { report, summarize, time, timePair, type Figure } from './measure';

const CHILDREN = 2000;
const RUNS = 1000;
const NOW = new Date('2026-11-23T08:00:00Z'); // 16:00 in the room

/** `--door`: only the door's figures (check-in, lend, return, sign-up, each beside its bare SQL). */
const DOOR_ONLY = process.argv.includes('--door');
/** `--district [--only export,room]`: only the district's (district.ts alone runs the sources through tsx). */
const DISTRICT_ONLY = process.argv.includes('--district');
/** `--kiosk-slow`: only the throttled kiosk's figures. */
const KIOSK_SLOW_ONLY = process.argv.includes('--kiosk-slow');

async function main(): Promise<void> {
  if (DISTRICT_ONLY) {
    const only = process.argv.indexOf('--only');
    return report(await benchDistrict({ only: only > 0 ? process.argv[only + 1] : undefined }));
  }
  if (KIOSK_SLOW_ONLY) {
    const slow = await measureKioskSlow();
    return report(slow.figures, slow.values);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-bench-'));
  const app = await createApp({ file: path.join(dir, 'bench.sqlite'), now: () => NOW });
  const admin = kioskSession(NOW.getTime());
  await app.dispatch('setup.complete', { schoolName: '基准学校', roomName: '留守儿童之家', adminName: '管理员', pin: '1234' }, admin);
  console.log(`building a room of ${CHILDREN} children with a year of history…`);
  const room = fillBigRoom(app.sqlite, CHILDREN, NOW);
  const counts = app.sqlite.prepare('select (select count(*) from visit) visits, (select count(*) from call) calls').get();
  console.log('history:', counts);
  const figures: Figure[] = [];
  const kiosk = kioskSession(NOW.getTime());

  // Check-in, one per child: through dispatch (validation, transaction, audit) and, turn about, the same
  // statements bare: find the child, look for an open visit, insert the visit and its audit row.
  const findChild = app.sqlite.prepare('select id, name from child where id = ? and archived_at is null');
  const openVisit = app.sqlite.prepare('select id from visit where child_id = ? and checked_out_at is null and voided_at is null');
  const insertVisit = app.sqlite.prepare('insert into visit (child_id, checked_in_at, created_at, updated_at) values (?, ?, ?, ?)');
  const insertAudit = app.sqlite.prepare("insert into audit_log (actor_role, action, table_name, row_id, created_at, updated_at) values ('kiosk', 'kiosk.checkIn', 'visit', ?, ?, ?)");
  const at = '2026-11-23T16:00:00+08:00';
  const bareCheckIn = app.sqlite.transaction((childId: number) => {
    findChild.get(childId);
    openVisit.get(childId);
    const id = insertVisit.run(childId, at, at, at).lastInsertRowid;
    insertAudit.run(id, at, at);
  });
  const [checkIn, sqlCheckIn] = await timePair(
    RUNS,
    async (i) => {
      const result = await app.dispatch('kiosk.checkIn', { childId: room.childIds[i] }, kiosk);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    },
    (i) => bareCheckIn(room.childIds[RUNS + i]),
  );
  figures.push(summarize('checkin', checkIn), summarize('checkin.sql', sqlCheckIn));

  // Typing initials at the kiosk: the search answer for 2–3 letters.
  const queries = room.initials.map((s) => s.slice(0, 2 + (s.length > 2 ? 1 : 0)));
  const search = await time(RUNS, async (i) => {
    const result = await app.dispatch('kiosk.search', { query: queries[i % queries.length] }, kiosk);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  });
  figures.push(summarize('search.initials', search));
  const bareSearch = app.sqlite.prepare(
    `select c.id, c.name, c.grade, c.class_no, exists(select 1 from visit v where v.child_id = c.id and v.checked_out_at is null and v.voided_at is null) checked_in
     from child c where c.archived_at is null and (c.name_initials like ? or c.name_pinyin like ?)
     order by c.grade, c.class_no, c.name_pinyin limit 24`,
  );
  const sqlSearch = await time(RUNS, (i) => {
    const q = queries[i % queries.length];
    bareSearch.all(`${q}%`, `%${q}%`);
  });
  figures.push(summarize('search.initials.sql', sqlSearch));

  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });

  figures.push(...(await benchLibrary()));
  figures.push(...(await benchActivities()));
  if (DOOR_ONLY) return report(figures, []);
  figures.push(...(await benchExport()));
  figures.push(...(await benchCare()));
  figures.push(...(await benchDistrict()));
  figures.push(...(await benchOffice()));
  figures.push(...(await benchDemo()));
  const ui = await measureKioskUi();
  if (ui) figures.push(ui);
  const checkout = await measureKioskCheckout();
  if (checkout) figures.push(checkout);
  const slow = await measureKioskSlow();
  figures.push(...slow.figures);
  report(figures, [...kioskBundleSizes(), ...slow.values]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
