// A helper came to the room: the date, what she did, and the children it was for.
import type { ParsedInput } from '../../../shared/contract';
import type { HelperVisit } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { ServiceDeps } from '../deps';
import { semesterRange } from '../semester';
import { requireChild } from './helpers';
import { linkedChildren } from './linkedChildren';

export function createVisitsService(deps: Pick<ServiceDeps, 'db' | 'clock' | 'audit' | 'actor'>) {
  const { db, clock, audit, actor } = deps;

  /** Visits of a semester, or the one visit just recorded. */
  async function read(filter: { semester: string; helperId?: number } | { visitId: number }): Promise<HelperVisit[]> {
    let query = db
      .selectFrom('helper_visit as v')
      .innerJoin('helper as h', 'h.id', 'v.helper_id')
      .leftJoin('staff as s', 's.id', 'v.staff_id')
      .select(['v.id', 'v.helper_id', 'v.date', 'v.what', 'h.name as helper_name', 's.name as staff_name'])
      .orderBy('v.date', 'desc')
      .orderBy('v.id', 'desc');
    if ('visitId' in filter) query = query.where('v.id', '=', filter.visitId);
    else {
      const { from, to } = semesterRange(filter.semester);
      query = query.where('v.date', '>=', from).where('v.date', '<=', to);
      if (filter.helperId !== undefined) query = query.where('v.helper_id', '=', filter.helperId);
    }
    const rows = await query.execute();
    const children = await linkedChildren(
      deps,
      'helper_visit_child',
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      helperId: r.helper_id,
      helperName: r.helper_name,
      date: r.date,
      what: r.what,
      children: (children.get(r.id) ?? []).map((c) => ({ id: c.id, name: c.name })),
      staffName: r.staff_name,
    }));
  }

  async function record({ helperId, date, what, childIds }: ParsedInput<'helpers.recordVisit'>): Promise<HelperVisit> {
    const helper = await db.selectFrom('helper').select('id').where('id', '=', helperId).executeTakeFirst();
    if (!helper) throw new AppError('invalid_input', { issues: [{ path: ['helperId'], code: 'not_found' }] });
    if (date > clock.today()) throw new AppError('invalid_input', { issues: [{ path: ['date'], code: 'date_future' }] });
    const unique = [...new Set(childIds)];
    for (const [i, childId] of unique.entries()) await requireChild(deps, childId, ['childIds', i]);
    const at = clock.stamp();
    const { id } = await db.insertInto('helper_visit').values({ helper_id: helperId, date, what, staff_id: actor.staffId, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
    for (const childId of unique) await db.insertInto('helper_visit_child').values({ visit_id: id, child_id: childId, created_at: at, updated_at: at }).execute();
    await audit.record('helpers.recordVisit', 'helper_visit', id, { helperId, date, childIds: unique });
    const [visit] = await read({ visitId: id });
    return visit as HelperVisit;
  }

  const list = (input: ParsedInput<'helpers.visits'>) => read(input);

  return { list, record };
}
