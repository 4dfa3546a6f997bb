// Figures for the teacher's dashboard: visits and calls today, this ISO week, and the last 28 days.
import { sql } from 'kysely';
import type { RoomStats } from '../../../shared/domain';
import { addDays, dayStart } from './checkins';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';

export const DAILY_DAYS = 28;

/** Monday of the ISO week holding a YYYY-MM-DD date. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

export function createStatsService({ db, clock }: ServiceDeps) {
  async function checkIns(from: string, to: string): Promise<number> {
    const row = await db
      .selectFrom('visit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('checked_in_at', '>=', from)
      .where('checked_in_at', '<', to)
      .where('voided_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function calls(from: string, to: string): Promise<number> {
    const row = await db
      .selectFrom('call')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('started_at', '>=', from)
      .where('started_at', '<', to)
      .where('voided_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function room(): Promise<RoomStats> {
    const { timezone: tz } = await readSettings(db);
    const today = clock.today();
    const todayFrom = dayStart(today, tz);
    const tomorrow = dayStart(addDays(today, 1), tz);
    const monday = mondayOf(today);
    const weekFrom = dayStart(monday, tz);
    const weekTo = dayStart(addDays(monday, 7), tz);

    const first = addDays(today, -(DAILY_DAYS - 1));
    // Stamps carry the room's offset, so their first ten characters are the local date.
    const perDay = await db
      .selectFrom('visit')
      .select([sql<string>`substr(checked_in_at, 1, 10)`.as('date'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('checked_in_at', '>=', dayStart(first, tz))
      .where('checked_in_at', '<', tomorrow)
      .where('voided_at', 'is', null)
      .groupBy(sql`substr(checked_in_at, 1, 10)`)
      .execute();
    const counts = new Map(perDay.map((r) => [r.date, Number(r.n)]));
    const daily = Array.from({ length: DAILY_DAYS }, (_, i) => {
      const date = addDays(first, i);
      return { date, checkIns: counts.get(date) ?? 0 };
    });

    return {
      today: { checkIns: await checkIns(todayFrom, tomorrow), calls: await calls(todayFrom, tomorrow) },
      week: { checkIns: await checkIns(weekFrom, weekTo), calls: await calls(weekFrom, weekTo) },
      daily,
    };
  }

  return { room };
}
