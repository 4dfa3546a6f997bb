// A demo room to try everything with: the school, six staff and ~300 children with families.
// A fixed seed makes the room the same on every run (given the same date), so screenshots, docs and
// bug reports all describe the same children. Children go through the real service and schema,
// so the demo obeys every rule a typed-in file does.
import type { DemoSeedResult, GuardianRelation, Situation } from '../../../shared/domain';
import { childInput, type ChildInput } from '../../../shared/methods/children';
import { createChildrenService } from '../children/children';
import type { ServiceDeps } from '../deps';
import * as data from './demoData';
import { createSettingsService } from '../settings/settings';
import { createStaffService } from '../staff/staff';
import { birthdayThisWeek, seedTerm } from './demo/index';

const SEED = 20260901;
const CHILDREN_TOTAL = 300;
const DAY_MS = 86_400_000;

/** mulberry32: tiny, fast and good enough to pick names; Math.random cannot be seeded. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)]!, // the demo's lists are never empty
    weighted: (pairs) => {
      let r = next() * pairs.reduce((sum, [, w]) => sum + w, 0);
      for (const [value, w] of pairs) {
        r -= w;
        if (r < 0) return value;
      }
      // Rounding can leave r at 0 after the last pair: it is the one.
      return pairs.at(-1)![0];
    },
  };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** A day between `from` and `to` inclusive (YYYY-MM-DD). */
function dayBetween(rng: Rng, from: string, to: string): string {
  return isoDay(dayMs(from) + rng.int(0, Math.round((dayMs(to) - dayMs(from)) / DAY_MS)) * DAY_MS);
}

function daysAgo(today: string, days: number): string {
  return isoDay(dayMs(today) - days * DAY_MS);
}

function mobile(rng: Rng): string {
  return rng.pick(data.MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

/** The calendar year the current school year began in (it begins on 1 September). */
export function schoolYearStart(today: string): number {
  const [year = NaN, month = NaN] = today.split('-').map(Number);
  return month >= 9 ? year : year - 1;
}

/** Children start grade 1 at 6 by 31 August; a few were held back a year. */
function birthDate(rng: Rng, grade: number, yearStart: number): string {
  const heldBack = rng.chance(0.06) ? 1 : 0;
  const from = `${yearStart - 6 - grade - heldBack}-09-01`;
  const to = `${yearStart - 5 - grade - heldBack}-08-31`;
  return dayBetween(rng, from, to);
}

interface Family {
  surname: string;
  motherSurname: string;
  father: string;
  mother: string;
}

function otherSurname(rng: Rng, not: string): string {
  for (;;) {
    const s = rng.weighted(data.SURNAMES);
    if (s !== not) return s;
  }
}

function makeFamily(rng: Rng): Family {
  const surname = rng.weighted(data.SURNAMES);
  const motherSurname = otherSurname(rng, surname);
  return {
    surname,
    motherSurname,
    father: surname + rng.pick(data.FATHER_GIVEN),
    mother: motherSurname + rng.pick(data.MOTHER_GIVEN),
  };
}

function childName(rng: Rng, surname: string, male: boolean): string {
  const twoChars = rng.chance(0.8);
  if (male) return surname + rng.pick(twoChars ? data.BOY_GIVEN_2 : data.BOY_GIVEN_1);
  return surname + rng.pick(twoChars ? data.GIRL_GIVEN_2 : data.GIRL_GIVEN_1);
}

/** The relations the demo raises a child by: its names (guardianName) are for these. */
type DemoRelation = Extract<GuardianRelation, 'grandmother' | 'grandfather' | 'maternal_grandmother' | 'maternal_grandfather' | 'father' | 'mother' | 'uncle' | 'aunt'>;

/** Grandparents raise most left-behind children; a parent at home raises the rest. */
function guardianRelation(rng: Rng, situation: Situation, unsupported: boolean): DemoRelation {
  const grandparents: [DemoRelation, number][] = [
    ['grandmother', 38],
    ['grandfather', 30],
    ['maternal_grandmother', 12],
    ['maternal_grandfather', 6],
  ];
  if (unsupported) return rng.weighted(grandparents);
  if (situation === 'father_away' && rng.chance(0.75)) return 'mother';
  if (situation === 'mother_away' && rng.chance(0.6)) return 'father';
  return rng.weighted([...grandparents, ['uncle', 6], ['aunt', 6]]);
}

function guardianName(rng: Rng, relation: DemoRelation, family: Family): string {
  switch (relation) {
    case 'father':
      return family.father;
    case 'mother':
      return family.mother;
    case 'grandfather':
      return family.surname + rng.pick(data.GRANDFATHER_GIVEN);
    case 'maternal_grandfather':
      return family.motherSurname + rng.pick(data.GRANDFATHER_GIVEN);
    case 'uncle':
      return family.surname + rng.pick(data.UNCLE_GIVEN);
    case 'aunt':
      return family.surname + rng.pick(data.AUNT_GIVEN);
    case 'grandmother':
    case 'maternal_grandmother':
      // Grandmothers kept their own family names.
      return otherSurname(rng, family.surname) + rng.pick(data.GRANDMOTHER_GIVEN);
  }
}

type ParentInput = NonNullable<ChildInput['parents']>[number];

function parents(rng: Rng, family: Family, situation: Situation, unsupported: boolean, today: string): ParentInput[] {
  if (unsupported) {
    // Names stay on file; there is nobody to call.
    return [
      { relation: 'father', name: family.father },
      { relation: 'mother', name: family.mother },
    ];
  }
  const fatherAway = situation !== 'mother_away';
  const motherAway = situation !== 'father_away';
  const sharedCity = rng.weighted(data.WORK_CITIES);
  // Couples who both work away often work in the same city.
  const together = fatherAway && motherAway && rng.chance(0.6);
  const parent = (relation: 'father' | 'mother', name: string, away: boolean): ParentInput => ({
    relation,
    name,
    phone: rng.chance(0.95) ? mobile(rng) : null,
    workCity: away ? (together ? sharedCity : rng.weighted(data.WORK_CITIES)) : null,
    employer: away ? (rng.chance(0.9) ? rng.pick(data.EMPLOYERS) : null) : rng.chance(0.5) ? '在家务农' : null,
    bestCallTime: away && rng.chance(0.85) ? rng.pick(data.CALL_TIMES) : null,
    verifiedOn: rng.chance(0.85) ? daysAgo(today, rng.int(3, 400)) : null,
  });
  return [parent('father', family.father, fatherAway), parent('mother', family.mother, motherAway)];
}

interface Slot {
  grade: number;
  classNo: number;
  studentNo: string;
}

/** 2–3 classes a grade, children spread evenly; student numbers are enrolment year + class + seat. */
function classSlots(rng: Rng, yearStart: number): Slot[] {
  const slots: Slot[] = [];
  for (let grade = 1; grade <= 9; grade++) {
    const classes = rng.int(2, 3);
    const inGrade = Math.floor(CHILDREN_TOTAL / 9) + (grade <= CHILDREN_TOTAL % 9 ? 1 : 0);
    const enrolled = yearStart - grade + 1;
    const seats = new Array<number>(classes + 1).fill(0);
    for (let i = 0; i < inGrade; i++) {
      const classNo = (i % classes) + 1;
      const seat = (seats[classNo] ?? 0) + 1;
      seats[classNo] = seat;
      const studentNo = `${enrolled}${String(classNo).padStart(2, '0')}${String(seat).padStart(2, '0')}`;
      slots.push({ grade, classNo, studentNo });
    }
  }
  return slots;
}

export interface DemoChildContext {
  today: string;
  yearStart: number;
  teacherIds: readonly number[];
}

export function demoChild(rng: Rng, slot: Slot, ctx: DemoChildContext): ChildInput {
  const family = makeFamily(rng);
  const male = rng.chance(0.52);
  const unsupported = rng.chance(0.03);
  const situation: Situation = unsupported
    ? 'both_away'
    : rng.weighted<Situation>([
        ['both_away', 65],
        ['father_away', 22],
        ['mother_away', 13],
      ]);
  const relation = guardianRelation(rng, situation, unsupported);
  const guardian = guardianName(rng, relation, family);
  const boardingRate = slot.grade >= 7 ? 0.7 : slot.grade >= 4 ? 0.08 : 0;
  return {
    name: childName(rng, family.surname, male),
    gender: male ? 'male' : 'female',
    birthDate: birthDate(rng, slot.grade, ctx.yearStart),
    grade: slot.grade,
    classNo: slot.classNo,
    studentNo: slot.studentNo,
    situation,
    deFactoUnsupported: unsupported,
    boarding: rng.chance(boardingRate),
    guardianName: guardian,
    guardianRelation: relation,
    guardianPhone: mobile(rng),
    guardianAddress: `${rng.pick(data.VILLAGES)}${rng.pick(data.VILLAGE_GROUPS)}${rng.int(1, 60)}号`,
    parents: parents(rng, family, situation, unsupported, ctx.today),
    surrogateStaffId: ctx.teacherIds.length && rng.chance(0.85) ? rng.pick(ctx.teacherIds) : null,
    notes: unsupported ? rng.pick(data.UNSUPPORTED_NOTES) : rng.chance(0.06) ? rng.pick(data.OTHER_NOTES) : null,
    consent: rng.chance(0.9) ? { signedBy: guardian, signedOn: dayBetween(rng, `${ctx.yearStart}-09-01`, ctx.today), scope: data.CONSENT_SCOPE } : null,
  };
}

export async function seedDemo(deps: ServiceDeps): Promise<DemoSeedResult> {
  const rng = createRng(SEED);
  const today = deps.clock.today();
  const yearStart = schoolYearStart(today);

  // Only the names: the language is whatever the person trying the demo already chose.
  // The demo school is 九年一贯制 (classSlots: grades 1–9), so its ninth grade graduates at the new school year.
  await createSettingsService(deps).update({ schoolName: data.DEMO_SCHOOL_NAME, roomName: data.DEMO_ROOM_NAME, lastGrade: 9 });

  const staffService = createStaffService(deps);
  const teacherIds: number[] = [];
  let adminId = 0;
  for (const s of data.DEMO_STAFF) {
    const member = await staffService.create(s);
    if (member.role === 'teacher') teacherIds.push(member.id);
    else adminId = member.id;
  }

  const children = createChildrenService(deps);
  let count = 0;
  for (const slot of classSlots(rng, yearStart)) {
    const input = demoChild(rng, slot, { today, yearStart, teacherIds });
    // Every 60th child has a birthday this week, so the birthday list has a few.
    if (count % 60 === 7 && input.birthDate) input.birthDate = birthdayThisWeek(input.birthDate, today, count);
    // Parsed like a form submission, so trimming, phone normalization and defaults apply.
    await children.create(childInput.parse(input));
    count += 1;
  }
  await seedTerm(deps, SEED, teacherIds, adminId);

  return { children: count, staff: data.DEMO_STAFF.map((s) => ({ ...s })) };
}
