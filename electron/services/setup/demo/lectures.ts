// The demo room's monthly lectures: one on a weekend afternoon of each past month of the term (legal,
// safety and mental health in turn), with the children in the room that day ticked present. The running
// month has none yet, so the care overview shows what a missing month looks like.
import type { LectureTopic } from '../../../../shared/domain';
import { auditRow, stampAt, type Term } from './term';

const TALKS: { topic: LectureTopic; title: string; speaker: string; note: string | null }[] = [
  { topic: 'safety', title: '防溺水安全教育', speaker: '镇派出所 张警官', note: '结合放学路上的河塘讲解' },
  { topic: 'legal', title: '学法懂法，保护自己', speaker: '镇司法所 刘所长', note: null },
  { topic: 'mental_health', title: '想爸爸妈妈的时候怎么办', speaker: '学校心理老师 陈老师', note: '孩子们写了给父母的一句话' },
  { topic: 'safety', title: '冬季用火用电安全', speaker: '镇消防队 王队长', note: null },
];

export async function seedLectures(term: Term): Promise<number> {
  const { db, tz, today, days, visits, teacherIds, adminId } = term;
  const month = today.slice(0, 7);
  // The first open weekend day of each past month in the history, else its first open day.
  const byMonth = new Map<string, string>();
  for (const d of days) {
    const m = d.date.slice(0, 7);
    if (m >= month) continue;
    const chosen = byMonth.get(m);
    if (chosen === undefined || (d.weekend && !days.find((x) => x.date === chosen)?.weekend)) byMonth.set(m, d.date);
  }
  const present = new Map<string, number[]>();
  for (const [childId, list] of visits) for (const v of list) present.set(v.date, [...(present.get(v.date) ?? []), childId]);

  let n = 0;
  for (const [i, date] of [...byMonth.values()].sort().entries()) {
    const talk = TALKS[i % TALKS.length]!;
    const staffId = teacherIds[i % Math.max(1, teacherIds.length)] ?? adminId;
    const at = stampAt(date, 17 * 60, tz);
    const lecture = await db
      .insertInto('lecture')
      .values({ topic: talk.topic, title: talk.title, date, speaker: talk.speaker, note: talk.note, staff_id: staffId, voided_at: null, void_reason: null, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const children = present.get(date) ?? [];
    if (children.length) {
      await db
        .insertInto('lecture_attendance')
        .values(children.map((child_id) => ({ lecture_id: lecture.id, child_id, marked_by_staff_id: staffId, created_at: at, updated_at: at })))
        .execute();
    }
    await db
      .insertInto('audit_log')
      .values(auditRow('lectures.create', 'lecture', lecture.id, at, staffId, { topic: talk.topic, date }))
      .execute();
    n++;
  }
  return n;
}
