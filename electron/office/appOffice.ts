// The app's office database: an SQLite file beside the room's database (office.sqlite), opened on
// first use and kept for the app's life. PostgreSQL from the app's settings is not wired yet: the
// command line reaches a server by --url or DATABASE_URL.
import path from 'node:path';
import type { Host } from '../host';
import { openOffice, type OfficeDb } from './open';
import { OFFICE_FILE_NAME } from './target';
import { latestWeek, type WeekSpan } from './views';
import { mondayOfWeek, weekOf } from '../services/export/week';

const opened = new Map<string, Promise<OfficeDb>>();

export function officeFor(host: Host): Promise<OfficeDb> {
  const file = path.join(path.dirname(host.databaseFile), OFFICE_FILE_NAME);
  let office = opened.get(file);
  if (!office) {
    office = openOffice({ kind: 'sqlite', file });
    opened.set(file, office);
    // A failed open is not kept: the next call tries again.
    office.catch(() => opened.delete(file));
  }
  return office;
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
  const earliest = await office.db.selectFrom('office_bundle').select((eb) => eb.fn.min('week').as('week')).where('current', '=', 1).executeTakeFirst();
  return { from: earliest?.week && earliest.week > twelveBack ? earliest.week : twelveBack, to };
}
