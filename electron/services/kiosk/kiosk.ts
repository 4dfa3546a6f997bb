// What a child may see and do at the room PC without a PIN. Every answer is built from an explicit
// list of columns, so a phone number, an address or a note cannot leak in by a later `selectAll`; the
// lists are checked at compile time against the data policy's kiosk column (electron/db/dataPolicy.ts).
import type { ParsedInput } from '../../../shared/contract';
import type { ClassGroup, KioskCheckResult, KioskChild, KioskChildStatus, LeaveMode } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { isOtherClass } from '../../../shared/classOrder';
import { compareBySyllables, matchesSyllables, nameSyllables, parseNameQuery } from '../../../shared/names';
import { isBirthday } from '../care/birthdays';
import { createCallsService } from '../calls/calls';
import { photoDataUrl } from '../../../shared/photo';
import { createTalkRequestsService } from '../care/talkRequests';
import { createCollectorsService } from '../children/collectors';
import { addDays, createCheckinsService, dayStart } from '../room/checkins';
import type { KioskColumn } from '../../db/dataPolicy';
import type { ServiceDeps } from '../deps';
import { isoWeekday } from '../duty/roster';
import { settingsOf } from '../settings/settings';

/** Names a search shows at once: a screenful of large buttons. */
export const KIOSK_SEARCH_LIMIT = 24;

type Found = { r: { id: number; grade: number | null; class_no: number | null }; syllables: string[] };

/** Grade and class (unknown last), then the name syllable by syllable, then the file's id. */
function byClassThenSyllables(a: Found, b: Found): number {
  const num = (v: number | null) => (v === null ? Number.MAX_SAFE_INTEGER : v);
  return num(a.r.grade) - num(b.r.grade) || num(a.r.class_no) - num(b.r.class_no) || compareBySyllables(a.syllables, b.syllables) || a.r.id - b.r.id;
}

/** What the kiosk reads of a child and of a parent; a column the data policy keeps from the kiosk does not compile here. */
const CHILD_SHOWN = ['child.id', 'child.name', 'child.grade', 'child.class_no'] as const satisfies readonly `child.${KioskColumn<'child'>}`[];
const PARENT_SHOWN = ['id', 'relation'] as const satisfies readonly KioskColumn<'child_parent'>[];

export function createKioskService(deps: ServiceDeps) {
  const { db } = deps;
  const checkins = createCheckinsService(deps);

  /** Non-archived children with whether each has an open visit (at most one: a unique index). */
  function children() {
    return db
      .selectFrom('child')
      .leftJoin('visit', (join) => join.onRef('visit.child_id', '=', 'child.id').on('visit.checked_out_at', 'is', null).on('visit.voided_at', 'is', null))
      .select([...CHILD_SHOWN, 'visit.id as visit_id', 'visit.checked_in_at'])
      .where('child.archived_at', 'is', null);
  }

  type Row = { id: number; name: string; grade: number | null; class_no: number | null; visit_id: number | null };
  const toKioskChild = (r: Row): KioskChild => ({ id: r.id, name: r.name, grade: r.grade, classNo: r.class_no, checkedIn: r.visit_id !== null });

  async function search(raw: string): Promise<KioskChild[]> {
    const query = parseNameQuery(raw);
    if (query.kind === 'empty') return [];
    let q = children();
    if (query.kind === 'han') q = q.where('child.name', 'like', `%${query.text}%`);
    else {
      const t = query.text;
      // Mixed full pinyin and initials starts with her first initial: those rows are read and matched here.
      q = q.where((eb) => eb.or([eb('child.name_initials', 'like', `${t.charAt(0)}%`), eb('child.name_pinyin', 'like', `%${t}%`)]));
    }
    const rows = await q.select(['child.name_pinyin']).execute();
    const found = rows
      .map((r) => ({ r, syllables: nameSyllables(r.name) }))
      .filter(({ r, syllables }) => query.kind === 'han' || r.name_pinyin.includes(query.text) || matchesSyllables(syllables, query.text));
    return found
      .sort(byClassThenSyllables)
      .slice(0, KIOSK_SEARCH_LIMIT)
      .map(({ r }) => toKioskChild(r));
  }

  async function classes(): Promise<ClassGroup[]> {
    const rows = await db
      .selectFrom('child')
      .select(['grade', 'class_no', (eb) => eb.fn.countAll<number>().as('count')])
      .where('archived_at', 'is', null)
      .groupBy(['grade', 'class_no'])
      .orderBy('grade', (o) => o.asc().nullsLast())
      .orderBy('class_no', (o) => o.asc().nullsLast())
      .execute();
    const known = rows.filter((r) => !isOtherClass({ grade: r.grade, classNo: r.class_no }));
    const other = rows.filter((r) => isOtherClass({ grade: r.grade, classNo: r.class_no })).reduce((n, r) => n + Number(r.count), 0);
    const groups: ClassGroup[] = known.map((r) => ({ grade: r.grade, classNo: r.class_no, count: Number(r.count) }));
    // Children whose roster row gave no grade or class still find themselves: under "other", last.
    return other > 0 ? [...groups, { grade: null, classNo: null, count: other }] : groups;
  }

  /** A class's children; a null grade or class asks for the "other" group. */
  async function classChildren({ grade, classNo }: ParsedInput<'kiosk.classChildren'>): Promise<KioskChild[]> {
    let q = children();
    if (grade === null || classNo === null) q = q.where((eb) => eb.or([eb('child.grade', 'is', null), eb('child.class_no', 'is', null)]));
    else q = q.where('child.grade', '=', grade).where('child.class_no', '=', classNo);
    const rows = await q.orderBy('child.id').execute();
    return rows
      .map((r) => ({ r, syllables: nameSyllables(r.name) }))
      .sort(byClassThenSyllables)
      .map(({ r }) => toKioskChild(r));
  }

  /** Her last check-out today, if she has been and gone. */
  async function checkedOutToday(childId: number): Promise<string | null> {
    const { timezone: tz } = await settingsOf(deps);
    const row = await db
      .selectFrom('visit')
      .select((eb) => eb.fn.max('checked_out_at').as('at'))
      .where('child_id', '=', childId)
      .where('voided_at', 'is', null)
      .where('checked_in_at', '>=', dayStart(deps.clock.today(), tz))
      .executeTakeFirst();
    return row?.at ?? null;
  }

  /** The first day after today with an opening in the weekly hours: Monday after a Friday, unless Saturday opens. */
  async function nextOpenDate(): Promise<string | null> {
    const rows = await db.selectFrom('opening').select('weekday').where('archived_at', 'is', null).execute();
    const weekdays = new Set(rows.map((r) => r.weekday));
    for (let ahead = 1; ahead <= 7; ahead++) {
      const date = addDays(deps.clock.today(), ahead);
      if (weekdays.has(isoWeekday(date))) return date;
    }
    return null;
  }

  /** Names, relations and, only while her photo consent is on file, faces. */
  async function collectorsShown(childId: number): Promise<KioskChildStatus['collectors']> {
    const consent = await db.selectFrom('child').select('photo_consent_by').where('id', '=', childId).executeTakeFirst();
    const rows = await createCollectorsService(deps).rows(childId);
    return rows.map((c) => ({ id: c.id, name: c.name ?? '', relation: c.relation, photo: consent?.photo_consent_by && c.photo ? photoDataUrl(c.photo) : null }));
  }

  async function status(childId: number): Promise<KioskChildStatus> {
    await checkins.settle();
    const child = await children().where('child.id', '=', childId).executeTakeFirst();
    if (!child) throw new AppError('not_found', { entity: 'child' });
    // Only parents with a number can be called, so only they are offered; by relation, never by number.
    const parents = await db
      .selectFrom('child_parent')
      .select([...PARENT_SHOWN])
      .where('child_id', '=', childId)
      .where('removed_at', 'is', null)
      .where('phone', 'is not', null)
      .where('phone', '!=', '')
      .orderBy('id')
      .execute();
    return {
      id: child.id,
      name: child.name,
      grade: child.grade,
      classNo: child.class_no,
      checkedInAt: child.checked_in_at,
      checkedOutAt: child.checked_in_at === null ? await checkedOutToday(childId) : null,
      nextOpenDate: await nextOpenDate(),
      closedForToday: await checkins.closedForToday(),
      parents: parents.map((p) => ({ id: p.id, relation: p.relation })),
      // Names and relations only: a phone or a note never reaches the kiosk.
      collectors: await collectorsShown(childId),
      booking: await createCallsService(deps).bookingOf(childId),
      counsellor: await createTalkRequestsService(deps).counsellorAvailable(),
    };
  }

  /** Whether the kiosk greets the child: her birthday comes with the check-in/out's one read of her. */
  const birthdayToday = (birthDate: string | null) => birthDate !== null && isBirthday(birthDate, deps.clock.today());

  async function checkIn(childId: number): Promise<KioskCheckResult> {
    const { name, at, birthDate } = await checkins.open(childId, 'kiosk');
    return { childId, name, action: 'checked_in', at, birthday: birthdayToday(birthDate), nextOpenDate: null };
  }

  async function checkOut(childId: number, leave: { leaveMode: LeaveMode | null; collectorId: number | null }): Promise<KioskCheckResult> {
    const { name, at, held, birthDate } = await checkins.kioskCheckOut(childId, leave);
    if (held) return { childId, name, action: 'held', at, birthday: false, nextOpenDate: null };
    return { childId, name, action: 'checked_out', at, birthday: birthdayToday(birthDate), nextOpenDate: await nextOpenDate() };
  }

  return { search, classes, classChildren, status, checkIn, checkOut };
}
