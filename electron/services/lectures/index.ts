// The lecture register: teachers record a lecture (topic, title, date, speaker, note), void one with a
// reason, and tick who was present. The monthly rule's gaps are in ./gaps.
import type { ParsedInput } from '../../../shared/contract';
import type { Lecture, LectureAttendance, LectureGaps } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import type { LectureRow } from '../../db/schema';
import { loadRoll, onRollOn } from '../care/roll';
import { addDays } from '../room/checkins';
import type { ServiceDeps } from '../deps';
import { semesterOf, semesterRange } from '../semester';
import { lectureGaps } from './gaps';

type Values = ParsedInput<'lectures.create'>;

function toLecture(r: LectureRow & { staff_name: string | null; present: number | bigint }): Lecture {
  return {
    id: r.id,
    topic: r.topic,
    title: r.title,
    date: r.date,
    speaker: r.speaker,
    note: r.note,
    recordedById: r.staff_id,
    recordedByName: r.staff_name,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
    present: Number(r.present),
  };
}

export function createLecturesService({ db, clock, audit, actor }: ServiceDeps) {
  const rows = () =>
    db
      .selectFrom('lecture as l')
      .leftJoin('staff as s', 's.id', 'l.staff_id')
      .selectAll('l')
      .select('s.name as staff_name')
      .select((eb) =>
        eb
          .selectFrom('lecture_attendance as a')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('a.lecture_id', '=', 'l.id')
          .as('present'),
      );

  async function get(id: number): Promise<Lecture> {
    const row = await rows().where('l.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'lecture' });
    return toLecture({ ...row, present: row.present ?? 0 });
  }

  async function list({ semester, month }: ParsedInput<'lectures.list'>): Promise<Lecture[]> {
    const { from, to } = month ? { from: `${month}-01`, to: `${month}-31` } : semesterRange(semester ?? semesterOf(clock.today()));
    const found = await rows().where('l.date', '>=', from).where('l.date', '<=', to).orderBy('l.date', 'desc').orderBy('l.id', 'desc').execute();
    return found.map((r) => toLecture({ ...r, present: r.present ?? 0 }));
  }

  function checkDate(date: string): void {
    if (date > clock.today()) throw invalid(['date'], 'date_future');
  }

  function staffId(): number {
    if (actor.staffId === null) throw new AppError('forbidden');
    return actor.staffId;
  }

  async function create(values: Values): Promise<Lecture> {
    checkDate(values.date);
    const at = clock.stamp();
    const row = await db
      .insertInto('lecture')
      .values({ ...values, staff_id: staffId(), voided_at: null, void_reason: null, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('lectures.create', 'lecture', row.id, { topic: values.topic, date: values.date });
    return get(row.id);
  }

  async function live(id: number): Promise<Lecture> {
    const lecture = await get(id);
    if (lecture.voidedAt !== null) throw new AppError('conflict', { entity: 'already_voided' });
    return lecture;
  }

  async function update({ id, lecture: values }: ParsedInput<'lectures.update'>): Promise<Lecture> {
    await live(id);
    checkDate(values.date);
    await db
      .updateTable('lecture')
      .set({ ...values, updated_at: clock.stamp() })
      .where('id', '=', id)
      .execute();
    await audit.record('lectures.update', 'lecture', id, { topic: values.topic, date: values.date });
    return get(id);
  }

  /** The lecture and who attended stay; it no longer counts for its month. */
  async function voidLecture({ id, reason }: ParsedInput<'lectures.void'>): Promise<Lecture> {
    await live(id);
    const at = clock.stamp();
    await db.updateTable('lecture').set({ voided_at: at, void_reason: reason, updated_at: at }).where('id', '=', id).execute();
    await audit.record('lectures.void', 'lecture', id, { reason });
    return get(id);
  }

  async function attendance({ lectureId }: ParsedInput<'lectures.attendance'>): Promise<LectureAttendance> {
    const { date } = await get(lectureId);
    const present = new Set((await db.selectFrom('lecture_attendance').select('child_id').where('lecture_id', '=', lectureId).execute()).map((r) => r.child_id));
    // Stamps carry the room's offset, so their first ten characters are the room's local date.
    const inRoom = new Set(
      (await db.selectFrom('visit').select('child_id').distinct().where('voided_at', 'is', null).where('checked_in_at', '>=', date).where('checked_in_at', '<', addDays(date, 1)).execute()).map(
        (r) => r.child_id,
      ),
    );
    const roll = (await loadRoll({ db }, { includeLeft: true })).filter((c) => onRollOn(c, date) || present.has(c.id));
    const sheet = roll.map((c) => ({ childId: c.id, childName: c.name, grade: c.grade, classNo: c.classNo, present: present.has(c.id), inRoom: inRoom.has(c.id) }));
    // The roll's class order within each part: a stable sort keeps it.
    sheet.sort((a, b) => Number(b.inRoom) - Number(a.inRoom));
    return { lectureId, date, rows: sheet, present: present.size };
  }

  async function markAttendance({ lectureId, childId, present }: ParsedInput<'lectures.markAttendance'>): Promise<LectureAttendance> {
    await live(lectureId);
    const child = await db.selectFrom('child').select('id').where('id', '=', childId).where('erased_at', 'is', null).executeTakeFirst();
    if (!child) throw invalid(['childId'], 'not_found');
    const at = clock.stamp();
    if (present) {
      const row = await db
        .insertInto('lecture_attendance')
        .values({ lecture_id: lectureId, child_id: childId, marked_by_staff_id: actor.staffId, created_at: at, updated_at: at })
        .onConflict((oc) => oc.columns(['lecture_id', 'child_id']).doUpdateSet({ marked_by_staff_id: actor.staffId, updated_at: at }))
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit.record('lectures.markAttendance', 'lecture_attendance', row.id, { lectureId, childId, present });
    } else {
      const row = await db.deleteFrom('lecture_attendance').where('lecture_id', '=', lectureId).where('child_id', '=', childId).returning('id').executeTakeFirst();
      if (row) await audit.record('lectures.markAttendance', 'lecture_attendance', row.id, { lectureId, childId, present });
    }
    return attendance({ lectureId });
  }

  function gaps(): Promise<LectureGaps> {
    return lectureGaps(db, clock.today());
  }

  return { list, create, update, voidLecture, attendance, markAttendance, gaps };
}
