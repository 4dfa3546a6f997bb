// A county's weekly bundles for the office bench: 31 schools × 2 rooms, about 12,285 children in all
// (198 a room), each week's bundle holding that room's visits, calls, loans, sign-ups, duty and care
// rows, built with the tests' bundle writer and checked with the office check, as an import does.
import { checkBundles, type BundleCheck } from '../../shared/bundleCheck';
import { bundleFiles, type FixtureChild, type FixtureWeek } from '../unit/office/bundleFixture';

export const SCHOOLS = 31;
export const ROOMS_PER_SCHOOL = 2;
const CHILDREN_PER_ROOM = Math.ceil(12_285 / (SCHOOLS * ROOMS_PER_SCHOOL));

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Monday of the first week, then `count` ISO weeks. */
export function benchWeeks(count: number, firstMonday = '2021-09-06'): { week: string; monday: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const monday = addDays(firstMonday, i * 7);
    const d = new Date(`${monday}T00:00:00Z`);
    const thursday = new Date(d.getTime() + 3 * 86_400_000);
    const year = thursday.getUTCFullYear();
    const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
    return { week: `${year}-W${String(week).padStart(2, '0')}`, monday };
  });
}

function roomWeek(school: number, room: number, week: { week: string; monday: string }, n: number): FixtureWeek {
  const children: FixtureChild[] = Array.from({ length: CHILDREN_PER_ROOM }, (_, i) => ({
    name: `儿童${school}-${room}-${i}`,
    grade: 1 + (i % 6),
    classNo: 1 + (i % 3),
  }));
  const pick = (i: number) => children[(i * 7 + n) % children.length];
  const day = (i: number) => addDays(week.monday, i % 5);
  return {
    school: `第${school + 1}小学`,
    room: `活动室${room + 1}`,
    week: week.week,
    monday: week.monday,
    visits: Array.from({ length: CHILDREN_PER_ROOM * 2 }, (_, i) => ({ child: pick(i), at: `${day(i)} 16:${String(i % 60).padStart(2, '0')}` })),
    calls: Array.from({ length: 60 }, (_, i) => ({ child: pick(i), talked: i % 3 !== 0, at: `${day(i)} 17:00` })),
    loans: Array.from({ length: 40 }, (_, i) => ({ child: pick(i), lent: i % 2 === 0, returned: i % 2 === 1 })),
    signups: Array.from({ length: 20 }, (_, i) => pick(i)),
    attendance: Array.from({ length: 15 }, (_, i) => ({ child: pick(i), present: i % 4 !== 0 })),
    duty: Array.from({ length: 10 }, (_, i) => ({ planned: i < 8, status: i === 3 ? 'absent' : i < 8 ? 'on_time' : 'unplanned', date: day(i) })),
    noCall30Days: (n * 13) % 40,
    overdueBooks: (n * 7) % 12,
    care: { children: CHILDREN_PER_ROOM, talkShare: 40 + (n % 50), contactShare: 30, visitShare: 10, letterShare: 5 },
  };
}

/** Every room's bundle of one week, checked. */
export async function countyWeek(week: { week: string; monday: string }, n: number): Promise<BundleCheck[]> {
  const picked = [];
  for (let s = 0; s < SCHOOLS; s++) {
    for (let r = 0; r < ROOMS_PER_SCHOOL; r++) {
      const folder = `${s}-${r}-${week.week}`;
      for (const f of bundleFiles(roomWeek(s, r, week, n)).files) picked.push({ relativePath: `${folder}/${f.name}`, bytes: new Uint8Array(f.data) });
    }
  }
  return checkBundles(picked);
}
