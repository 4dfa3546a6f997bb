// The term behind the demo room: openings, then four months of visits, calls, loans and care, written
// in the seed's one transaction. History rows go in directly (through the services it took minutes),
// keeping the services' invariants and audit entries; the areas run in a fixed order off one seed.
import { createRosterService } from '../../duty/roster';
import { addDays } from '../../room/checkins';
import { mondayOf } from '../../room/stats';
import type { ServiceDeps } from '../../deps';
import { createRng } from '../demo';
import { seedActivities } from './activities';
import { seedCalls } from './calls';
import { seedCare } from './care';
import { seedDuty } from './duty';
import { seedIncidents } from './incidents';
import { seedLectures } from './lectures';
import { seedLibrary } from './library';
import { DEMO_OPENINGS, HISTORY_DAYS, openDays, stampAt, type DemoChild, type Term } from './term';
import { seedVisits } from './visits';

/** How many children the room has lost track of. */
const FORGOTTEN = 6;

/** A birth date moved to a day of the current week within the same school-year cohort (September to August), so birthdays show. */
export function birthdayThisWeek(birthDate: string, today: string, k: number): string {
  const day = addDays(mondayOf(today), k % 7);
  const md = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  const year = Number(birthDate.slice(0, 4));
  const cohort = birthDate.slice(5) >= '09-01' ? year : year - 1;
  return `${md >= '09-01' ? cohort : cohort + 1}-${md}`;
}

export async function seedTerm(deps: ServiceDeps, seed: number, teacherIds: number[], adminId: number): Promise<void> {
  const { db, clock } = deps;
  const rng = createRng(seed ^ 0x5eed);
  const today = clock.today();
  const tz = deps.settings?.timezone ?? (await db.selectFrom('setting').select('value').where('key', '=', 'timezone').executeTakeFirst())?.value.replaceAll('"', '') ?? 'Asia/Shanghai';

  const roster = createRosterService(deps);
  const openings = [];
  for (const o of DEMO_OPENINGS) openings.push(await roster.saveOpening({ ...o, teachersNeeded: 2 }));

  // The children have been on the roll since before the history begins.
  const joined = stampAt(addDays(today, -HISTORY_DAYS - 14), 9 * 60, tz);
  await db.updateTable('child').set({ created_at: joined, updated_at: joined }).execute();
  await db.updateTable('child_parent').set({ created_at: joined, updated_at: joined }).execute();

  const rows = await db.selectFrom('child').select(['id', 'name', 'grade', 'boarding', 'guardian_name', 'surrogate_staff_id']).orderBy('id').execute();
  const parents = await db.selectFrom('child_parent').select(['id', 'child_id', 'relation', 'name']).where('phone', 'is not', null).where('removed_at', 'is', null).orderBy('id').execute();
  const children: DemoChild[] = rows.map((r) => ({
    id: r.id,
    name: r.name ?? '',
    grade: r.grade ?? 1,
    boarding: r.boarding === 1,
    guardianName: r.guardian_name ?? '',
    surrogateId: r.surrogate_staff_id,
    parents: parents.filter((p) => p.child_id === r.id).map((p) => ({ id: p.id, relation: p.relation, name: p.name ?? '' })),
  }));
  const forgotten = new Set<number>();
  // Spread over the grades, and never a boarder (boarders are in school anyway).
  for (const c of children) if (forgotten.size < FORGOTTEN && !c.boarding && c.parents.length && c.id % 47 === 5) forgotten.add(c.id);

  const term: Term = { db, rng, tz, today, nowMs: clock.now().getTime(), days: openDays(rng, today), children, teacherIds, adminId, forgotten, visits: new Map() };
  await seedVisits(term);
  await seedCalls(term);
  await seedLibrary(term);
  await seedCare(term);
  await seedDuty(term, openings);
  await seedActivities(term);
  await seedLectures(term);
  await seedIncidents(term);
}
