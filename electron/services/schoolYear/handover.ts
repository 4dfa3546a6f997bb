// The handover sheet's facts, class by class: each child on the roll, her surrogate parent, her open
// follow-ups, and whether she has gone 30 days or more without a talk with a parent (the weekly
// summary's rule, calls/callOverdue.ts).
import { compareClass } from '../../../shared/classOrder';
import { overdueCalls } from '../calls/callOverdue';
import type { FollowUpReason } from '../../../shared/domain';
import type { ServiceDeps } from '../deps';
import { NO_CALL_DAYS } from '../exports/facts';

export interface HandoverChild {
  name: string;
  surrogateName: string | null;
  /** null: talked within NO_CALL_DAYS; else days since the last talk, or 'never'. */
  noCall: number | 'never' | null;
  followUps: { dueOn: string; note: string; reason: FollowUpReason; withheld: boolean }[];
}

export interface HandoverClass {
  grade: number | null;
  classNo: number | null;
  children: HandoverChild[];
}

/** Every class on the roll, or one: `grade` alone picks the grade's classes. */
export async function handoverClasses(deps: Pick<ServiceDeps, 'db' | 'clock'>, only: { grade?: number; classNo?: number }): Promise<HandoverClass[]> {
  const { db } = deps;
  let q = db
    .selectFrom('child as c')
    .leftJoin('staff as s', 's.id', 'c.surrogate_staff_id')
    .select(['c.id', 'c.name', 'c.grade', 'c.class_no', 's.name as surrogate_name'])
    .where('c.archived_at', 'is', null)
    .where('c.erased_at', 'is', null);
  if (only.grade !== undefined) q = q.where('c.grade', '=', only.grade);
  if (only.classNo !== undefined) q = q.where('c.class_no', '=', only.classNo);
  const children = await q.orderBy('c.name_pinyin').orderBy('c.id').execute();
  const ids = new Set(children.map((c) => c.id));

  const overdue = await overdueCalls(deps, { days: NO_CALL_DAYS, offset: 0, limit: Number.MAX_SAFE_INTEGER });
  const noCall = new Map(overdue.rows.map((r) => [r.childId, r.daysSinceTalk ?? ('never' as const)]));
  const open = await db
    .selectFrom('care_follow_up as f')
    .leftJoin('care_record as r', 'r.id', 'f.record_id')
    .select(['f.child_id', 'f.due_on', 'f.note', 'f.reason', 'r.kind'])
    .where('f.done_at', 'is', null)
    .orderBy('f.due_on')
    .orderBy('f.id')
    .execute();
  const followUps = new Map<number, HandoverChild['followUps']>();
  for (const f of open) {
    if (!ids.has(f.child_id)) continue;
    const list = followUps.get(f.child_id) ?? [];
    // A counselling record's follow-up, and a child's wish to see the counsellor, are for admins and
    // counsellors: the sheet goes to a class teacher.
    list.push({ dueOn: f.due_on, note: f.note, reason: f.reason, withheld: f.kind === 'counselling' || f.reason === 'talk_counsellor' });
    followUps.set(f.child_id, list);
  }

  const classes = new Map<string, HandoverClass>();
  for (const c of children) {
    const key = `${c.grade ?? ''}-${c.class_no ?? ''}`;
    const entry = classes.get(key) ?? { grade: c.grade, classNo: c.class_no, children: [] };
    entry.children.push({ name: c.name, surrogateName: c.surrogate_name, noCall: noCall.get(c.id) ?? null, followUps: followUps.get(c.id) ?? [] });
    classes.set(key, entry);
  }
  return [...classes.values()].sort(compareClass);
}
