// Care records kept by each child's surrogate parent: a talk and a contact with home most months,
// a home visit for some, growth notes now and then. One child in ten has fallen behind, and the
// forgotten children have nothing this semester. Follow-ups: some done, some still open.
import type { CareKind, ContactMode, ContactWith, GrowthArea } from '../../../../shared/domain';
import { addDays } from '../../room/checkins';
import { semesterOf, semesterRange } from '../../semester';
import { auditRow, chunks, stampAt, type Term } from './term';

const TALKS = ['聊了这周的作业和学习', '说起想念在外打工的妈妈，安慰了她', '和同学闹了矛盾，已和好', '最近爱笑了，喜欢画画', '担心期中考试，约好一起复习'];
const CONTACTS = ['和妈妈视频，说了孩子最近的表现', '告诉爸爸孩子考试进步了', '和奶奶说了孩子感冒的事', '家长问起孩子在校情况'];
const VISITS = ['家里干净，奶奶身体尚好', '爷爷腿脚不便，孩子帮忙做家务', '家里新装了宽带，方便和父母视频'];
const GROWTH = ['数学单元测验进步明显', '主动帮助低年级同学', '近来情绪低落，需多关注', '参加了学校运动会'];
const FOLLOW_UPS = ['下周再和家长通一次电话', '请班主任留意孩子情绪', '联系村委会了解家里情况'];

export async function seedCare(term: Term): Promise<number> {
  const { db, rng, tz, today, children, forgotten, teacherIds } = term;
  const from = addDays(today, -120);
  const semesterFrom = semesterRange(semesterOf(today)).from;
  const rows: {
    childId: number;
    kind: CareKind;
    date: string;
    staffId: number;
    text: string | null;
    contactWith: ContactWith | null;
    contactMode: ContactMode | null;
    metWith: string | null;
    growth: GrowthArea | null;
  }[] = [];
  for (const child of children) {
    const staffId = child.surrogateId ?? rng.pick(teacherIds);
    const behind = rng.chance(0.1);
    // Records are written after the room closes: today's are not written yet.
    const last = addDays(today, -1);
    for (let month = from; month <= last; month = addDays(month, 30)) {
      const end = addDays(month, 29) < last ? addDays(month, 29) : last;
      const span = Math.round((Date.parse(end) - Date.parse(month)) / 86_400_000);
      const at = () => addDays(month, rng.int(0, span));
      const skip = (date: string) => (forgotten.has(child.id) && date >= addDays(semesterFrom, -1)) || (behind && date > addDays(today, -45));
      const push = (kind: CareKind, date: string, extra: Partial<(typeof rows)[number]>) => {
        if (!skip(date)) rows.push({ childId: child.id, kind, date, staffId, text: null, contactWith: null, contactMode: null, metWith: null, growth: null, ...extra });
      };
      if (rng.chance(0.85)) push('talk', at(), { text: rng.pick(TALKS) });
      if (rng.chance(0.8))
        push('contact', at(), { text: rng.pick(CONTACTS), contactWith: rng.pick<ContactWith>(['mother', 'father', 'guardian']), contactMode: rng.pick<ContactMode>(['phone', 'video', 'message']) });
      if (rng.chance(0.12)) push('home_visit', at(), { text: rng.pick(VISITS), metWith: child.guardianName });
      if (rng.chance(0.15)) push('growth', at(), { text: rng.pick(GROWTH), growth: rng.pick<GrowthArea>(['study', 'behaviour', 'emotions', 'achievements']) });
    }
  }
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.childId - b.childId);
  let followUps = 0;
  for (const batch of chunks(rows)) {
    const stamps = batch.map((r) => stampAt(r.date, 17 * 60 + rng.int(0, 90), tz));
    const inserted = await db
      .insertInto('care_record')
      .values(
        batch.map((r, i) => ({
          child_id: r.childId,
          kind: r.kind,
          date: r.date,
          staff_id: r.staffId,
          contact_with: r.contactWith,
          contact_mode: r.contactMode,
          met_with: r.metWith,
          growth_area: r.growth,
          letter_to: null,
          letter_sent_on: null,
          text: r.text,
          voided_at: null,
          void_reason: null,
          created_at: stamps[i]!,
          updated_at: stamps[i]!,
        })),
      )
      .returning(['id', 'child_id', 'kind', 'date', 'staff_id', 'created_at'])
      .execute();
    await db
      .insertInto('audit_log')
      .values(inserted.map((r) => auditRow('care.create', 'care_record', r.id, r.created_at, r.staff_id, { childId: r.child_id, kind: r.kind, date: r.date })))
      .execute();
    for (const r of inserted) {
      if (r.kind === 'contact' || !rng.chance(0.06)) continue;
      // Done if it fell due a while ago; the recent ones are still open, a few already late.
      const dueOn = addDays(r.date, rng.int(7, 21));
      const done = dueOn < addDays(today, -7) && rng.chance(0.85);
      const doneAt = done ? stampAt(addDays(dueOn, -rng.int(0, 5)), 17 * 60 + 30, tz) : null;
      const f = await db
        .insertInto('care_follow_up')
        .values({
          child_id: r.child_id,
          record_id: r.id,
          reason: 'record',
          note: rng.pick(FOLLOW_UPS),
          due_on: dueOn,
          raised_by_staff_id: r.staff_id,
          done_at: doneAt,
          done_by_staff_id: done ? r.staff_id : null,
          done_note: done ? '已完成' : null,
          created_at: r.created_at,
          updated_at: doneAt ?? r.created_at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('audit_log')
        .values(auditRow('care.raiseFollowUp', 'care_follow_up', f.id, r.created_at, r.staff_id, { childId: r.child_id }))
        .execute();
      followUps += 1;
    }
  }
  return rows.length + followUps;
}
