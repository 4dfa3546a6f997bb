// The duty roster: the room's weekly openings, a term's pattern of duties, single-date changes and
// swaps, and the week view with its coverage warnings.
import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Duty, Opening, RosterWarning, RosterWeek } from '../../../shared/domain';
import { AppError, invalid, type FieldIssue } from '../../../shared/errors';
import type { Database, OpeningRow } from '../../db/schema';
import { addDays } from '../room/checkins';
import type { ServiceDeps } from '../deps';

/** ISO weekday of a YYYY-MM-DD date, 1 = Monday … 7 = Sunday (free of the machine's zone). */
export function isoWeekday(date: string): number {
  return ((dayjs.utc(date).day() + 6) % 7) + 1;
}

export function toOpening(row: OpeningRow): Opening {
  return {
    id: row.id,
    weekday: row.weekday,
    startTime: row.start_time,
    endTime: row.end_time,
    teachersNeeded: row.teachers_needed,
  };
}

/** Live duties with their opening's times and the teacher's name; callers add the filters. */
export function liveDuties(db: Kysely<Database>) {
  return db
    .selectFrom('duty')
    .innerJoin('opening', 'opening.id', 'duty.opening_id')
    .innerJoin('staff', 'staff.id', 'duty.staff_id')
    .select([
      'duty.id as id',
      'duty.date as date',
      'duty.opening_id as openingId',
      'opening.start_time as startTime',
      'opening.end_time as endTime',
      'duty.staff_id as staffId',
      'staff.name as staffName',
      'duty.source as source',
    ])
    .where('duty.removed_at', 'is', null);
}

/** Two openings overlap when each starts before the other ends ("HH:mm" compares as text). */
function overlaps(a: Duty, b: Duty): boolean {
  return a.startTime < b.endTime && b.startTime < a.endTime;
}

export function createRosterService({ db, clock, audit }: ServiceDeps) {
  async function findOpening(id: number): Promise<OpeningRow> {
    const row = await db.selectFrom('opening').selectAll().where('id', '=', id).where('archived_at', 'is', null).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'opening' });
    return row;
  }

  async function findStaff(id: number): Promise<void> {
    const row = await db.selectFrom('staff').select('id').where('id', '=', id).where('archived_at', 'is', null).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'staff' });
  }

  async function duty(id: number): Promise<Duty> {
    const row = await liveDuties(db).where('duty.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'duty' });
    return row;
  }

  async function openings(): Promise<Opening[]> {
    const rows = await db.selectFrom('opening').selectAll().where('archived_at', 'is', null).orderBy('weekday').orderBy('start_time').execute();
    return rows.map(toOpening);
  }

  async function saveOpening(input: ParsedInput<'roster.saveOpening'>): Promise<Opening> {
    const at = clock.stamp();
    const values = { weekday: input.weekday, start_time: input.startTime, end_time: input.endTime, teachers_needed: input.teachersNeeded };
    // Two openings at once on a weekday would share the room's duties twice over: refused (an edit may overlap itself).
    const clash = await db
      .selectFrom('opening')
      .select('id')
      .where('archived_at', 'is', null)
      .where('weekday', '=', input.weekday)
      .where('start_time', '<', input.endTime)
      .where('end_time', '>', input.startTime)
      .$if(input.id !== undefined, (q) => q.where('id', '!=', input.id ?? 0))
      .executeTakeFirst();
    if (clash) throw new AppError('conflict', { entity: 'opening_overlap' });
    if (input.id !== undefined) {
      await findOpening(input.id);
      const row = await db
        .updateTable('opening')
        .set({ ...values, updated_at: at })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit.record('roster.updateOpening', 'opening', row.id, values);
      return toOpening(row);
    }
    const row = await db
      .insertInto('opening')
      .values({ ...values, created_at: at, updated_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit.record('roster.createOpening', 'opening', row.id, values);
    return toOpening(row);
  }

  /** Archived openings leave the week view; their past duties stay for the planned-vs-actual report. */
  async function archiveOpening(id: number): Promise<{ id: number }> {
    await findOpening(id);
    const at = clock.stamp();
    await db.updateTable('opening').set({ archived_at: at, updated_at: at }).where('id', '=', id).execute();
    await audit.record('roster.archiveOpening', 'opening', id);
    return { id };
  }

  /** Every unknown or archived opening and teacher in the pattern, reported at once. */
  async function patternIssues(pattern: ParsedInput<'roster.generate'>['pattern']): Promise<{ issues: FieldIssue[]; rows: Map<number, OpeningRow> }> {
    const openingIds = [...new Set(pattern.map((p) => p.openingId))];
    const staffIds = [...new Set(pattern.flatMap((p) => p.staffIds))];
    const rows = new Map<number, OpeningRow>();
    if (openingIds.length) {
      for (const o of await db.selectFrom('opening').selectAll().where('id', 'in', openingIds).where('archived_at', 'is', null).execute()) rows.set(o.id, o);
    }
    const staff = new Set<number>();
    if (staffIds.length) {
      for (const s of await db.selectFrom('staff').select('id').where('id', 'in', staffIds).where('archived_at', 'is', null).execute()) staff.add(s.id);
    }
    const issues: FieldIssue[] = [];
    pattern.forEach((p, i) => {
      if (!rows.has(p.openingId)) issues.push({ path: ['pattern', i, 'openingId'], code: 'not_found' });
      p.staffIds.forEach((s, j) => {
        if (!staff.has(s)) issues.push({ path: ['pattern', i, 'staffIds', j], code: 'not_found' });
      });
    });
    return { issues, rows };
  }

  /** Past dates are history, so a term is (re)generated from today on only; changes and swaps survive. */
  async function generate(input: ParsedInput<'roster.generate'>): Promise<{ created: number }> {
    const { issues, rows } = await patternIssues(input.pattern);
    if (issues.length) throw new AppError('invalid_input', { issues });
    const today = clock.today();
    const from = input.termStart > today ? input.termStart : today;
    const to = input.termEnd;
    if (from > to || input.pattern.length === 0) return { created: 0 };
    const openingIds = [...rows.keys()];
    const at = clock.stamp();
    const removed = await db
      .updateTable('duty')
      .set({ removed_at: at, updated_at: at })
      .where('source', '=', 'pattern')
      .where('removed_at', 'is', null)
      .where('opening_id', 'in', openingIds)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .executeTakeFirst();

    // A change or swap may already hold a slot the pattern would fill: keep it, do not duplicate it.
    const taken = new Set(
      (
        await db
          .selectFrom('duty')
          .select(['date', 'opening_id', 'staff_id'])
          .where('removed_at', 'is', null)
          .where('opening_id', 'in', openingIds)
          .where('date', '>=', from)
          .where('date', '<=', to)
          .execute()
      ).map((d) => `${d.date}|${d.opening_id}|${d.staff_id}`),
    );
    const values: { date: string; opening_id: number; staff_id: number; source: 'pattern'; created_at: string; updated_at: string }[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const weekday = isoWeekday(date);
      for (const p of input.pattern) {
        if (rows.get(p.openingId)?.weekday !== weekday) continue;
        for (const staffId of p.staffIds) {
          const key = `${date}|${p.openingId}|${staffId}`;
          if (taken.has(key)) continue;
          taken.add(key);
          values.push({ date, opening_id: p.openingId, staff_id: staffId, source: 'pattern', created_at: at, updated_at: at });
        }
      }
    }
    // SQLite caps bound parameters per statement; 6 columns × 100 rows stays well below it.
    for (let i = 0; i < values.length; i += 100)
      await db
        .insertInto('duty')
        .values(values.slice(i, i + 100))
        .execute();
    await audit.record('roster.generate', 'duty', null, { from, to, openingIds, created: values.length, removed: Number(removed.numUpdatedRows) });
    return { created: values.length };
  }

  async function week({ weekStart }: ParsedInput<'roster.week'>): Promise<RosterWeek> {
    const monday = addDays(weekStart, 1 - isoWeekday(weekStart));
    const sunday = addDays(monday, 6);
    const today = clock.today();
    const all = await openings();
    const duties = await liveDuties(db)
      .where('opening.archived_at', 'is', null)
      .where('duty.date', '>=', monday)
      .where('duty.date', '<=', sunday)
      .orderBy('duty.date')
      .orderBy('opening.start_time')
      .orderBy('staff.name')
      .execute();
    const warnings: RosterWarning[] = [];
    const days: RosterWeek['days'] = [];
    for (let i = 0; i < 7; i += 1) {
      const date = addDays(monday, i);
      const onDate = duties.filter((d) => d.date === date);
      const dayOpenings = all.filter((o) => o.weekday === i + 1).map((opening) => ({ opening, duties: onDate.filter((d) => d.openingId === opening.id) }));
      for (const { opening, duties: ds } of dayOpenings) {
        // Past shortfalls cannot be fixed any more, so only today and later are flagged.
        if (date >= today && ds.length < opening.teachersNeeded) {
          warnings.push({ kind: 'short', date, openingId: opening.id, staffName: null, missing: opening.teachersNeeded - ds.length });
        }
      }
      onDate.forEach((a, ai) => {
        for (const b of onDate.slice(ai + 1)) {
          if (a.staffId === b.staffId && overlaps(a, b)) {
            warnings.push({ kind: 'double', date, openingId: b.openingId, staffName: b.staffName, missing: null });
          }
        }
      });
      days.push({ date, openings: dayOpenings });
    }
    return { weekStart: monday, days, warnings };
  }

  async function isOnDuty(date: string, openingId: number, staffId: number): Promise<boolean> {
    const row = await db
      .selectFrom('duty')
      .select('id')
      .where('removed_at', 'is', null)
      .where('date', '=', date)
      .where('opening_id', '=', openingId)
      .where('staff_id', '=', staffId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async function change(input: ParsedInput<'roster.change'>): Promise<Duty | { removed: number }> {
    const at = clock.stamp();
    if (input.action === 'remove') {
      await duty(input.dutyId);
      await db.updateTable('duty').set({ removed_at: at, updated_at: at }).where('id', '=', input.dutyId).execute();
      await audit.record('roster.removeDuty', 'duty', input.dutyId);
      return { removed: input.dutyId };
    }
    const opening = await findOpening(input.openingId);
    await findStaff(input.staffId);
    if (isoWeekday(input.date) !== opening.weekday) throw invalid(['date'], 'invalid');
    if (await isOnDuty(input.date, input.openingId, input.staffId)) throw new AppError('conflict', { entity: 'already_on_duty' });
    const row = await db
      .insertInto('duty')
      .values({ date: input.date, opening_id: input.openingId, staff_id: input.staffId, source: 'change', created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('roster.addDuty', 'duty', row.id, { date: input.date, openingId: input.openingId, staffId: input.staffId });
    return duty(row.id);
  }

  async function swap({ dutyA, dutyB }: ParsedInput<'roster.swap'>): Promise<[Duty, Duty]> {
    const a = await duty(dutyA);
    const b = await duty(dutyB);
    if (a.staffId === b.staffId) throw new AppError('conflict', { entity: 'same_teacher' });
    // Same slot: exchanging would change nothing (and trip the unique index half-way), so refuse it.
    const sameSlot = a.date === b.date && a.openingId === b.openingId;
    if (sameSlot || (await isOnDuty(a.date, a.openingId, b.staffId)) || (await isOnDuty(b.date, b.openingId, a.staffId))) {
      throw new AppError('conflict', { entity: 'already_on_duty' });
    }
    const at = clock.stamp();
    await db.updateTable('duty').set({ staff_id: b.staffId, source: 'swap', updated_at: at }).where('id', '=', a.id).execute();
    await db.updateTable('duty').set({ staff_id: a.staffId, source: 'swap', updated_at: at }).where('id', '=', b.id).execute();
    await audit.record('roster.swap', 'duty', a.id, { dutyA: a.id, dutyB: b.id });
    return [await duty(a.id), await duty(b.id)];
  }

  return { openings, saveOpening, archiveOpening, generate, week, change, swap };
}
