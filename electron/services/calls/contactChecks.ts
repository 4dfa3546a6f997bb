// Parents' contact details not checked this semester (issue 16): numbers change when parents change
// jobs, and a number nobody checked is the call that fails. One click records today's check.
import type { ContactCheck } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { ServiceDeps } from '../deps';
import { semesterOf, semesterRange } from '../semester';

export function createContactChecksService({ db, clock, audit }: ServiceDeps) {
  /** Parents on the files of children on the roll whose details were last checked before this semester began (or never). */
  async function unchecked(): Promise<ContactCheck[]> {
    const { from } = semesterRange(semesterOf(clock.today()));
    const rows = await db
      .selectFrom('child_parent as p')
      .innerJoin('child as c', 'c.id', 'p.child_id')
      .select(['p.id', 'p.child_id', 'c.name as child_name', 'c.grade', 'c.class_no', 'p.relation', 'p.name', 'p.phone', 'p.verified_on'])
      .where('p.removed_at', 'is', null)
      .where('c.archived_at', 'is', null)
      .where((eb) => eb.or([eb('p.verified_on', 'is', null), eb('p.verified_on', '<', from)]))
      .orderBy('c.grade', (o) => o.asc().nullsLast())
      .orderBy('c.class_no', (o) => o.asc().nullsLast())
      .orderBy('c.name_pinyin')
      .orderBy('p.id')
      .execute();
    return rows.map((r) => ({
      parentId: r.id,
      childId: r.child_id,
      childName: r.child_name,
      grade: r.grade,
      classNo: r.class_no,
      relation: r.relation,
      parentName: r.name,
      phone: r.phone,
      verifiedOn: r.verified_on,
    }));
  }

  async function markChecked(parentId: number): Promise<{ parentId: number; verifiedOn: string }> {
    const parent = await db.selectFrom('child_parent').select(['id', 'child_id']).where('id', '=', parentId).where('removed_at', 'is', null).executeTakeFirst();
    if (!parent) throw new AppError('not_found', { entity: 'parent' });
    const today = clock.today();
    await db.updateTable('child_parent').set({ verified_on: today, updated_at: clock.stamp() }).where('id', '=', parentId).execute();
    await audit.record('calls.markContactChecked', 'child_parent', parentId, { childId: parent.child_id, verifiedOn: today });
    return { parentId, verifiedOn: today };
  }

  return { unchecked, markChecked };
}
