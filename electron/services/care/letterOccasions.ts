// 节前家书 (issue 20): the due list prompts a letter home in the two weeks before the Spring Festival,
// the Mid-Autumn Festival, the summer holiday and each parent's birthday, for each of the caller's
// children with no letter recorded since a month before that day.
import type { LetterOccasion } from '../../../shared/domain';
import type { ServiceDeps } from '../deps';
import { addDays } from '../room/checkins';
import { readSettings } from '../settings/settings';
import { nextOccasions } from './festivals';
import { loadRoll } from './roll';

/** How many days ahead a day starts to prompt. */
export const LETTER_LEAD_DAYS = 14;
/** A letter written this many days before the day already counts for it. */
const COUNTS_FROM_DAYS = 30;

/** A birthday's next date on or after today; 29 February falls on 28 February in other years. */
export function nextBirthday(monthDay: string, today: string): string {
  const on = (year: number) => {
    const date = `${year}-${monthDay}`;
    return monthDay === '02-29' && addDays(`${year}-02-28`, 1).endsWith('03-01') ? `${year}-02-28` : date;
  };
  const year = Number(today.slice(0, 4));
  return on(year) >= today ? on(year) : on(year + 1);
}

export async function letterOccasions(deps: Pick<ServiceDeps, 'db' | 'clock' | 'actor'>): Promise<LetterOccasion[]> {
  const { db, clock, actor } = deps;
  const today = clock.today();
  const until = addDays(today, LETTER_LEAD_DAYS);
  const roll = await loadRoll(deps, { staffId: actor.staffId ?? -1 });
  if (roll.length === 0) return [];
  const ids = roll.map((c) => c.id);
  const festivals = nextOccasions(today, (await readSettings(db)).springTermEnd).filter((o) => o.date <= until);
  const parents = await db
    .selectFrom('child_parent')
    .select(['child_id', 'relation', 'birthday'])
    .where('child_id', 'in', ids)
    .where('removed_at', 'is', null)
    .where('birthday', 'is not', null)
    .orderBy('id')
    .execute();
  const letters = await db
    .selectFrom('care_record')
    .select(['child_id', 'date'])
    .where('child_id', 'in', ids)
    .where('kind', '=', 'letter')
    .where('voided_at', 'is', null)
    .where('date', '>=', addDays(today, -COUNTS_FROM_DAYS))
    .execute();
  const written = (childId: number, day: string) => letters.some((l) => l.child_id === childId && l.date >= addDays(day, -COUNTS_FROM_DAYS));

  const out: LetterOccasion[] = [];
  for (const child of roll) {
    const base = { childId: child.id, childName: child.name, grade: child.grade, classNo: child.classNo };
    for (const f of festivals) if (!written(child.id, f.date)) out.push({ ...base, occasion: f.occasion, date: f.date, parentRelation: null });
    for (const p of parents.filter((r) => r.child_id === child.id && r.birthday)) {
      const date = nextBirthday(p.birthday ?? '', today);
      if (date <= until && !written(child.id, date)) out.push({ ...base, occasion: 'parent_birthday', date, parentRelation: p.relation });
    }
  }
  // The nearest day first; the roll's class order within a day.
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
