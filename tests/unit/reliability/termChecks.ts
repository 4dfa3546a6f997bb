// The invariants the term (term.test.ts) checks after every simulated day. Each throws with what it
// found, so fast-check can shrink the term to the day that breaks it.
import fs from 'node:fs';
import path from 'node:path';
import { manifestSchema, MANIFEST_FILE } from '../../../shared/bundle';
import { contentOf } from '../../../electron/services/backups/content';
import { newestGoodBackup } from '../../../electron/services/backups/startup';
import { localTime } from '../../../electron/services/exports/format';
import type { TestApp } from '../helpers';
import { addDays, CLOSING, localIso } from './termModel';

const TZ = 'Asia/Shanghai';
/** The rule, not the app's constant: a test that read KEEP would follow it if it shrank. */
const DAILY_KEPT = 14;

/** No visit open past its day: at the end of `today`, only one begun after today's closing may be open. */
export async function checkVisits(t: TestApp, today: string): Promise<void> {
  const visits = await t.app.db.selectFrom('visit').select(['id', 'checked_in_at', 'checked_out_at']).where('voided_at', 'is', null).execute();
  for (const v of visits) {
    const day = localTime(v.checked_in_at, TZ)?.slice(0, 10) ?? '';
    const midnight = Date.parse(localIso(addDays(day, 1), 0));
    if (v.checked_out_at === null) {
      const afterClosing = Date.parse(v.checked_in_at) >= Date.parse(localIso(day, CLOSING));
      if (day !== today || !afterClosing) throw new Error(`visit ${v.id} of ${v.checked_in_at} still open at the end of ${today}`);
    } else if (Date.parse(v.checked_out_at) > midnight) {
      throw new Error(`visit ${v.id} of ${v.checked_in_at} closed past its day, at ${v.checked_out_at}`);
    }
  }
}

/** No waiting booking for a child who is not in the room. */
export async function checkBookings(t: TestApp, when: string): Promise<void> {
  const stray = await t.app.db
    .selectFrom('call_booking as b')
    .select(['b.id', 'b.child_id'])
    .where('b.status', '=', 'waiting')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('visit as v').select('v.id').whereRef('v.child_id', '=', 'b.child_id').where('v.checked_out_at', 'is', null).where('v.voided_at', 'is', null))),
    )
    .execute();
  if (stray.length > 0) throw new Error(`at ${when}: waiting bookings of children not in the room: ${JSON.stringify(stray)}`);
}

/**
 * The daily copies of the last 14 days the PC wrote one (`written`: their file names, by the date the
 * PC's clock read, so a day under a clock a year ahead counts under its wrong name: it holds that day's
 * data) all exist, and (when `restore`: it reads and checks every copy, too slow for every day) that
 * restore-latest-good picks the newest content.
 */
export function checkBackups(folder: string, written: string[], restore: boolean): void {
  for (const name of written.slice(-DAILY_KEPT)) {
    if (!fs.existsSync(path.join(folder, name))) {
      throw new Error(`no ${name} (folder holds ${fs.readdirSync(folder).sort().join(', ')})`);
    }
  }
  if (!restore) return;
  const newest = Math.max(...fs.readdirSync(folder).map((n) => contentOf(path.join(folder, n))?.newestAuditId ?? 0));
  const chosen = newestGoodBackup([folder]);
  const chosenId = chosen ? contentOf(chosen)?.newestAuditId : null;
  if (chosenId !== newest) throw new Error(`restore-latest-good chose ${chosen} (audit ${chosenId}), the newest content is audit ${newest}`);
}

interface Bundle {
  folder: string;
  revision: number;
}

/** The newest full bundle of each week in the export folder (partial bundles never count). */
function newestBundles(usb: string): Map<string, Bundle> {
  const newest = new Map<string, Bundle>();
  for (const name of fs.existsSync(usb) ? fs.readdirSync(usb) : []) {
    const file = path.join(usb, name, MANIFEST_FILE);
    if (!fs.existsSync(file)) continue;
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (manifest.partialUpTo !== null) continue;
    const seen = newest.get(manifest.week);
    if (!seen || seen.revision < manifest.revision) newest.set(manifest.week, { folder: path.join(usb, name), revision: manifest.revision });
  }
  return newest;
}

/** Name and local check-in time of each row of a bundle's checkins.csv (after the row number: columns 1 and 4). */
function csvVisits(folder: string): string[] {
  const text = fs.readFileSync(path.join(folder, 'checkins.csv'), 'utf8').replace(/^\uFEFF/, '');
  return text
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => {
      const cells = line.split(',');
      return `${cells[1]}|${cells[4]}`;
    });
}

function sorted(keys: string[]): string {
  return JSON.stringify([...keys].sort());
}

/**
 * Every visit of every finished week is in that week's newest bundle exactly once. `weeks` maps each
 * week to its Monday. Returns the number of visits compared.
 */
export async function checkBundles(t: TestApp, usb: string, weeks: Map<string, string>): Promise<{ visits: number; bundles: number }> {
  const bundles = newestBundles(usb);
  let visits = 0;
  for (const [week, monday] of weeks) {
    const bundle = bundles.get(week);
    if (!bundle) throw new Error(`week ${week} is over but has no full bundle (bundles: ${[...bundles.keys()].join(', ')})`);
    const rows = await t.app.db
      .selectFrom('visit as v')
      .innerJoin('child as c', 'c.id', 'v.child_id')
      .select(['c.name', 'v.checked_in_at'])
      .where('v.voided_at', 'is', null)
      .where('v.checked_in_at', '>=', localIso(monday, 0))
      .where('v.checked_in_at', '<', localIso(addDays(monday, 7), 0))
      .execute();
    const expected = sorted(rows.map((r) => `${r.name}|${localTime(r.checked_in_at, TZ)}`));
    const found = sorted(csvVisits(bundle.folder));
    if (expected !== found) throw new Error(`week ${week} (${path.basename(bundle.folder)}): the database has ${expected}, the bundle ${found}`);
    visits += rows.length;
  }
  return { visits, bundles: weeks.size };
}

/** No counselling text or note (they all carry `marker`) in an answer a plain teacher got. */
export function checkNoCounselling(method: string, answer: unknown, marker: string): void {
  const json = JSON.stringify(answer);
  if (json.includes(marker)) throw new Error(`${method} showed a plain teacher counselling text: ${json.slice(0, 400)}`);
}
