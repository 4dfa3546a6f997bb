// The demo room's incident log: a scraped knee, a fever and a quarrel over a book, each on a day the
// children were in the room and during their visit, each told to the family; the latest follow-up is
// still open, so the list shows both states.
import type { IncidentKind, NoticeHow, NoticeWhom } from '../../../../shared/domain';
import { auditRow, stampAt, type Term } from './term';

interface Story {
  kind: IncidentKind;
  /** How many children were involved. */
  children: 1 | 2;
  place: string;
  whatHappened: string;
  whatWasDone: string;
  followUp: string;
  notice: { whom: NoticeWhom; how: NoticeHow };
}

const STORIES: Story[] = [
  {
    kind: 'injury',
    children: 1,
    place: '活动室门口台阶',
    whatHappened: '跑着出门时在台阶上摔倒，右膝擦伤',
    whatWasDone: '用碘伏消毒、贴创可贴，休息后由奶奶接回',
    followUp: '第二天问问伤口好了没有',
    notice: { whom: 'guardian', how: 'phone' },
  },
  {
    kind: 'illness',
    children: 1,
    place: '阅读区',
    whatHappened: '看书时说头疼，量体温37.9℃',
    whatWasDone: '在休息区喝温水休息，联系爷爷接回家，建议去卫生院',
    followUp: '打电话问问退烧了没有',
    notice: { whom: 'guardian', how: 'phone' },
  },
  {
    kind: 'conflict',
    children: 2,
    place: '图书角',
    whatHappened: '两人争一本漫画书，互相推搡，没有受伤',
    whatWasDone: '分开谈话，两人互相道歉，约好轮流看',
    followUp: '下周看看两人相处得怎样',
    notice: { whom: 'headteacher', how: 'in_person' },
  },
];

export async function seedIncidents(term: Term): Promise<number> {
  const { db, tz, today, days, visits, teacherIds, adminId, children } = term;
  const byDate = new Map<string, { childId: number; inMin: number }[]>();
  for (const [childId, list] of visits) for (const v of list) byDate.set(v.date, [...(byDate.get(v.date) ?? []), { childId, inMin: v.inMin }]);
  // Spread over the term: the days at a quarter, a half and near the end of the history, before today
  // (today's visits may have begun a minute ago).
  const open = days.filter((d) => d.date < today && (byDate.get(d.date)?.length ?? 0) >= 2);
  const picks = [0.25, 0.5, 0.9].map((f) => open[Math.floor(f * (open.length - 1))]).filter((d) => d !== undefined);

  let n = 0;
  for (const [i, day] of picks.entries()) {
    const story = STORIES[i]!;
    const present = byDate.get(day.date) ?? [];
    const involved = present.slice(0, story.children);
    const minute = Math.max(...involved.map((p) => p.inMin)) + 20;
    const at = stampAt(day.date, minute, tz);
    const staffId = teacherIds[i % Math.max(1, teacherIds.length)] ?? adminId;
    // The last one's follow-up is still open; the others were done the next day.
    const done = i < picks.length - 1 ? (picks[i + 1]?.date ?? null) : null;
    const row = await db
      .insertInto('incident')
      .values({
        kind: story.kind,
        occurred_at: at,
        place: story.place,
        what_happened: story.whatHappened,
        what_was_done: story.whatWasDone,
        follow_up: story.followUp,
        follow_up_done_on: done,
        recorded_by_staff_id: staffId,
        voided_at: null,
        void_reason: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('incident_child')
      .values(involved.map((p) => ({ incident_id: row.id, child_id: p.childId, created_at: at, updated_at: at })))
      .execute();
    const told = stampAt(day.date, minute + 10, tz);
    const first = children.find((c) => c.id === involved[0]?.childId);
    const name = story.notice.whom === 'guardian' ? (first?.guardianName ?? null) : null;
    await db.insertInto('incident_notice').values({ incident_id: row.id, whom: story.notice.whom, name, told_at: told, how: story.notice.how, created_at: told, updated_at: told }).execute();
    await db
      .insertInto('audit_log')
      .values(auditRow('incidents.create', 'incident', row.id, at, staffId, { kind: story.kind, occurredAt: at, childIds: involved.map((p) => p.childId) }))
      .execute();
    n++;
  }
  return n;
}
