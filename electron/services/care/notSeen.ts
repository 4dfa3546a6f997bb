// Children who have stopped coming (issue 16): on the roll, and not seen in the room for the last N
// weeks the room was open. Only open weeks count, so a winter holiday, a week the PC was off or a
// closed week never makes a child look absent; a child who joined since is not listed. The running week
// is not counted until it is over.
import { sql } from 'kysely';
import type { NotSeen } from '../../../shared/domain';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { mondayOf } from '../room/stats';
import { loadRoll } from './roll';

/** How far back open weeks are looked for: a year covers any holiday. */
const LOOK_BACK_DAYS = 370;

export async function notSeen({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>): Promise<NotSeen> {
  const weeks = (await readSettings(db)).notSeenWeeks;
  const today = clock.today();
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - LOOK_BACK_DAYS * 86_400_000).toISOString().slice(0, 10);
  // Stamps carry the room's offset, so their first ten characters are the room's local date.
  const days = await db
    .selectFrom('visit')
    .select(sql<string>`substr(checked_in_at, 1, 10)`.as('day'))
    .distinct()
    .where('voided_at', 'is', null)
    .where('checked_in_at', '>=', from)
    .execute();
  // Finished weeks only: on a Monday morning nobody has missed this week yet.
  const thisWeek = mondayOf(today);
  const openWeeks = [...new Set(days.map((d) => mondayOf(d.day)))]
    .filter((w) => w < thisWeek)
    .sort()
    .reverse();
  const since = openWeeks[weeks - 1];
  if (since === undefined) return { weeks, since: null, children: [] };

  const last = await db
    .selectFrom('visit')
    .select(['child_id', (eb) => eb.fn.max('checked_in_at').as('at')])
    .where('voided_at', 'is', null)
    .groupBy('child_id')
    .execute();
  const lastOf = new Map(last.map((r) => [r.child_id, r.at]));
  const missed = (after: string) => openWeeks.filter((w) => w >= after).length;
  const children = (await loadRoll({ db }))
    .filter((c) => c.joined < since && (lastOf.get(c.id)?.slice(0, 10) ?? '') < since)
    .map((c) => {
      const at = lastOf.get(c.id) ?? null;
      // Weeks missed: the open weeks after the one she last came in (or joined the roll in).
      const after = mondayOf((at ?? c.joined).slice(0, 10));
      return {
        childId: c.id,
        childName: c.name,
        grade: c.grade,
        classNo: c.classNo,
        surrogateName: c.staffName,
        lastVisitAt: at,
        openWeeksMissed: missed(after) - (openWeeks.includes(after) ? 1 : 0),
      };
    })
    .sort((a, b) => b.openWeeksMissed - a.openWeeksMissed || (a.lastVisitAt ?? '').localeCompare(b.lastVisitAt ?? ''));
  return { weeks, since, children };
}
