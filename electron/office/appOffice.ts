// The app's office database: the county's PostgreSQL server when Settings → 汇总数据库 names one, else an
// SQLite file beside the room's database (office.sqlite). Opened on first use and kept for the app's
// life; a changed server closes the old connection. The command line reaches a server by --url or
// DATABASE_URL.
import path from 'node:path';
import type { Host } from '../host';
import { openOffice, type OfficeDb, type OfficeTarget } from './open';
import { savedTarget } from './server';
import { OFFICE_FILE_NAME } from './target';
import { latestWeek, type WeekSpan } from './views';
import { mondayOfWeek, weekOf } from '../services/exports/week';

const opened = new Map<string, Promise<OfficeDb>>();
/** Per room database, the key of the office it uses now: a server change closes the one before. */
const current = new Map<string, string>();

export function officeFor(host: Host): Promise<OfficeDb> {
  const target: OfficeTarget = savedTarget(host) ?? { kind: 'sqlite', file: path.join(path.dirname(host.databaseFile), OFFICE_FILE_NAME) };
  const key = JSON.stringify(target);
  const before = current.get(host.databaseFile);
  if (before !== undefined && before !== key) {
    void opened.get(before)?.then(
      (office) => office.close(),
      () => undefined,
    );
    opened.delete(before);
  }
  current.set(host.databaseFile, key);
  let office = opened.get(key);
  if (!office) {
    office = openOffice(target);
    opened.set(key, office);
    // A failed open is not kept: the next call tries again.
    office.catch(() => opened.delete(key));
  }
  return office;
}

/** Closes the office database the room's app opened, if any (a server's pool would keep the process alive). */
export async function closeOfficeFor(host: Host): Promise<void> {
  const key = current.get(host.databaseFile);
  if (key === undefined) return;
  current.delete(host.databaseFile);
  const office = opened.get(key);
  opened.delete(key);
  await office?.then(
    (o) => o.close(),
    () => undefined,
  );
}

const SHOWN_WEEKS = 12;

/**
 * The span asked for, or the twelve weeks up to the latest stored (this week on an empty office),
 * starting no earlier than the first week any room sent: weeks before any room began are not "missing".
 */
export async function spanOf(office: OfficeDb, input: { from?: string; to?: string }, today: string): Promise<WeekSpan> {
  const to = input.to ?? (await latestWeek(office.db)) ?? weekOf(today);
  if (input.from) return { from: input.from, to };
  const monday = mondayOfWeek(to) ?? today;
  const twelveBack = weekOf(new Date(Date.parse(`${monday}T00:00:00Z`) - (SHOWN_WEEKS - 1) * 7 * 86_400_000).toISOString().slice(0, 10));
  const earliest = await office.db
    .selectFrom('office_bundle')
    .select((eb) => eb.fn.min('week').as('week'))
    .where('current', '=', 1)
    .executeTakeFirst();
  return { from: earliest?.week && earliest.week > twelveBack ? earliest.week : twelveBack, to };
}
