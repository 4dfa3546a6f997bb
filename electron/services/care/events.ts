// What counts for each duty: talk → talk records; contact → contact records and home-phone calls in
// which a parent was reached; visit → home visits; letter → letters, by the date written. Voided
// records and calls never count.
import type { CareDuty } from '../../../shared/domain';
import type { CareRecordRow } from '../../db/schema';
import { localDateOf } from '../callQueue';
import { addDays } from '../checkins';
import type { ServiceDeps } from '../deps';

export const DUTY_KINDS: Record<CareDuty, CareRecordRow['kind']> = { talk: 'talk', contact: 'contact', visit: 'home_visit', letter: 'letter' };
const DUTY_OF = new Map(Object.entries(DUTY_KINDS).map(([duty, kind]) => [kind, duty as CareDuty]));
const DUTY_RECORD_KINDS = Object.values(DUTY_KINDS);

export interface DutyEvent {
  childId: number;
  duty: CareDuty;
  date: string;
}

type Deps = Pick<ServiceDeps, 'db' | 'clock'>;

/** Every duty done between two local dates, both included. */
export async function dutyEvents({ db, clock }: Deps, from: string, to: string): Promise<DutyEvent[]> {
  const records = await db
    .selectFrom('care_record')
    .select(['child_id', 'kind', 'date'])
    .where('kind', 'in', DUTY_RECORD_KINDS)
    .where('voided_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  // Stamps carry the room's offset, so their first ten characters are the local date.
  const calls = await db
    .selectFrom('call')
    .select(['child_id', 'started_at'])
    .where('outcome', '=', 'talked')
    .where('voided_at', 'is', null)
    .where('started_at', '>=', from)
    .where('started_at', '<', addDays(to, 1))
    .execute();
  return [
    ...records.map((r) => ({ childId: r.child_id, duty: DUTY_OF.get(r.kind) as CareDuty, date: r.date })),
    ...calls.map((c) => ({ childId: c.child_id, duty: 'contact' as const, date: localDateOf(clock, c.started_at) })),
  ];
}

/** The last day each duty was done for each child on the roll (or one surrogate parent's children). */
export async function lastDone({ db, clock }: Deps, staffId?: number): Promise<Map<number, Partial<Record<CareDuty, string>>>> {
  let records = db
    .selectFrom('care_record as r')
    .innerJoin('child as c', 'c.id', 'r.child_id')
    .select(['r.child_id', 'r.kind'])
    .select((eb) => eb.fn.max('r.date').as('last'))
    .where('r.kind', 'in', DUTY_RECORD_KINDS)
    .where('r.voided_at', 'is', null)
    .where('c.archived_at', 'is', null)
    .groupBy(['r.child_id', 'r.kind']);
  let calls = db
    .selectFrom('call as k')
    .innerJoin('child as c', 'c.id', 'k.child_id')
    .select('k.child_id')
    .select((eb) => eb.fn.max('k.started_at').as('last'))
    .where('k.outcome', '=', 'talked')
    .where('k.voided_at', 'is', null)
    .where('c.archived_at', 'is', null)
    .groupBy('k.child_id');
  if (staffId !== undefined) {
    records = records.where('c.surrogate_staff_id', '=', staffId);
    calls = calls.where('c.surrogate_staff_id', '=', staffId);
  }
  const byChild = new Map<number, Partial<Record<CareDuty, string>>>();
  const note = (childId: number, duty: CareDuty, date: string) => {
    const seen = byChild.get(childId) ?? {};
    if ((seen[duty] ?? '') < date) seen[duty] = date;
    byChild.set(childId, seen);
  };
  for (const r of await records.execute()) note(r.child_id, DUTY_OF.get(r.kind) as CareDuty, r.last);
  for (const c of await calls.execute()) note(c.child_id, 'contact', localDateOf(clock, c.last));
  return byChild;
}
