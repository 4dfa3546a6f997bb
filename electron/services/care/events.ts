// What counts for each duty: talk → talk records; contact → contact records and home-phone calls in
// which a parent was reached; visit → home visits; letter → letters, by the date written. Voided
// records and calls never count.
import { CARE_DUTIES, type CareDuty } from '../../../shared/domain';
import type { CareRecordRow } from '../../db/schema';
import { addDays } from '../room/checkins';
import type { ServiceDeps } from '../deps';
import { dayOf } from './periods';
import { inGroup } from './roll';

export const DUTY_KINDS: Record<CareDuty, CareRecordRow['kind']> = { talk: 'talk', contact: 'contact', visit: 'home_visit', letter: 'letter' };
const DUTY_OF = new Map(Object.entries(DUTY_KINDS).map(([duty, kind]) => [kind, duty as CareDuty]));
const DUTY_RECORD_KINDS = Object.values(DUTY_KINDS);

export interface DutyEvent {
  childId: number;
  duty: CareDuty;
  date: string;
}

type Deps = Pick<ServiceDeps, 'db'>;

/** Every duty done between two local dates, both included. */
export async function dutyEvents({ db }: Deps, from: string, to: string): Promise<DutyEvent[]> {
  const records = await db
    .selectFrom('care_record')
    .select(['child_id', 'kind', 'date'])
    .where('kind', 'in', DUTY_RECORD_KINDS)
    .where('voided_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
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
    ...calls.map((c) => ({ childId: c.child_id, duty: 'contact' as const, date: dayOf(c.started_at) })),
  ];
}

/**
 * The last day each duty was done for each child of one surrogate parent's group on the roll (see
 * inGroup). One newest-first index probe per child and duty: a max() over every record would read three years.
 */
export async function lastDone({ db }: Deps, staffId: number | null): Promise<Map<number, Partial<Record<CareDuty, string>>>> {
  const q = db
    .selectFrom('child as c')
    .select('c.id')
    .select((eb) =>
      CARE_DUTIES.map((duty) =>
        eb
          .selectFrom('care_record as r')
          .select('r.date')
          .whereRef('r.child_id', '=', 'c.id')
          .where('r.kind', '=', DUTY_KINDS[duty])
          .where('r.voided_at', 'is', null)
          .orderBy('r.date', 'desc')
          .limit(1)
          .as(duty),
      ),
    )
    .select((eb) =>
      eb
        .selectFrom('call as k')
        .select('k.started_at')
        .whereRef('k.child_id', '=', 'c.id')
        .where('k.outcome', '=', 'talked')
        .where('k.voided_at', 'is', null)
        .orderBy('k.started_at', 'desc')
        .limit(1)
        .as('call'),
    )
    .where('c.archived_at', 'is', null)
    .where(inGroup(staffId));
  const byChild = new Map<number, Partial<Record<CareDuty, string>>>();
  for (const r of await q.execute()) {
    const last: Partial<Record<CareDuty, string>> = {};
    for (const duty of CARE_DUTIES) {
      const date = r[duty];
      if (date) last[duty] = date;
    }
    const called = r.call === null ? null : dayOf(r.call);
    if (called !== null && (last.contact ?? '') < called) last.contact = called;
    byChild.set(r.id, last);
  }
  return byChild;
}
