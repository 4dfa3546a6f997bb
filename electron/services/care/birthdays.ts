// Birthdays this ISO week and next, for the duty teacher's screen, and the kiosk's greeting.
import { compareClass } from '../../../shared/classOrder';
import type { Birthday } from '../../../shared/domain';
import { addDays } from '../room/checkins';
import type { ServiceDeps } from '../deps';
import { isoWeekday } from '../duty/roster';
import { byText } from './recordRows';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The day (YYYY-MM-DD) a birthday falls on in a year: 29 February on 28 February in common years. */
export function birthdayIn(birthDate: string, year: number): string {
  const monthDay = birthDate.slice(5);
  const y = String(year).padStart(4, '0');
  return monthDay === '02-29' && !isLeapYear(year) ? `${y}-02-28` : `${y}-${monthDay}`;
}

export function isBirthday(birthDate: string, today: string): boolean {
  return birthdayIn(birthDate, Number(today.slice(0, 4))) === today;
}

interface BirthdayChild {
  id: number;
  name: string;
  grade: number | null;
  class_no: number | null;
  birth_date: string;
}

/** The birthdays of these children in the fortnight from this week's Monday, with the age each turns. */
export function birthdaysAround(children: BirthdayChild[], today: string): Birthday[] {
  const monday = addDays(today, 1 - isoWeekday(today));
  const nextMonday = addDays(monday, 7);
  const lastDay = addDays(monday, 13);
  // The fortnight may straddle a new year: a 2 January birthday is seen in the last week of December.
  const years = [...new Set([Number(monday.slice(0, 4)), Number(lastDay.slice(0, 4))])];
  const found: Birthday[] = [];
  for (const c of children) {
    for (const year of years) {
      const on = birthdayIn(c.birth_date, year);
      const age = year - Number(c.birth_date.slice(0, 4));
      if (on < monday || on > lastDay || age < 1) continue;
      const when = on === today ? 'today' : on < nextMonday ? 'this_week' : 'next_week';
      found.push({ childId: c.id, childName: c.name, grade: c.grade, classNo: c.class_no, birthDate: c.birth_date, on, age, when });
    }
  }
  return found.sort((a, b) => byText(a.on, b.on) || compareClass(a, b) || a.childId - b.childId);
}

export async function birthdays({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>): Promise<Birthday[]> {
  const children = await db
    .selectFrom('child')
    .select(['id', 'name', 'grade', 'class_no', 'birth_date'])
    .where('archived_at', 'is', null)
    .where('birth_date', 'is not', null)
    .$narrowType<{ birth_date: string }>()
    .execute();
  return birthdaysAround(children, clock.today());
}
