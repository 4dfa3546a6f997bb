// Aid given to children: school supplies, clothes, money from a donor…, to whom, when and from whom.
import type { ParsedInput } from '../../../shared/contract';
import type { Aid } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { ServiceDeps } from '../deps';
import { semesterRange } from '../semester';
import { requireChild } from './helpers';
import { linkedChildren } from './linkedChildren';

/** Fen (stored) to yuan (shown), exact to two places. */
export const toYuan = (fen: number) => fen / 100;

export function createAidService(deps: Pick<ServiceDeps, 'db' | 'clock' | 'audit' | 'actor'>) {
  const { db, clock, audit, actor } = deps;

  async function read(filter: { semester: string } | { aidId: number }): Promise<Aid[]> {
    let query = db.selectFrom('aid as a').leftJoin('staff as s', 's.id', 'a.staff_id').selectAll('a').select('s.name as staff_name').orderBy('a.date', 'desc').orderBy('a.id', 'desc');
    if ('aidId' in filter) query = query.where('a.id', '=', filter.aidId);
    else {
      const { from, to } = semesterRange(filter.semester);
      query = query.where('a.date', '>=', from).where('a.date', '<=', to);
    }
    const rows = await query.execute();
    const children = await linkedChildren(
      deps,
      'aid_child',
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      description: r.description,
      amountYuan: r.amount_fen === null ? null : toYuan(r.amount_fen),
      quantity: r.quantity,
      date: r.date,
      donor: r.donor,
      staffName: r.staff_name,
      children: children.get(r.id) ?? [],
      voidedAt: r.voided_at,
      voidReason: r.void_reason,
    }));
  }

  async function one(id: number): Promise<Aid> {
    const [aid] = await read({ aidId: id });
    if (!aid) throw new AppError('not_found', { entity: 'aid' });
    return aid;
  }

  async function create({ childIds, amountYuan, ...input }: ParsedInput<'aid.create'>): Promise<Aid> {
    if (input.date > clock.today()) throw new AppError('invalid_input', { issues: [{ path: ['date'], code: 'date_future' }] });
    const unique = [...new Set(childIds)];
    for (const [i, childId] of unique.entries()) await requireChild(deps, childId, ['childIds', i]);
    const at = clock.stamp();
    const { id } = await db
      .insertInto('aid')
      .values({
        ...input,
        amount_fen: amountYuan === null ? null : Math.round(amountYuan * 100),
        staff_id: actor.staffId,
        voided_at: null,
        void_reason: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const childId of unique) await db.insertInto('aid_child').values({ aid_id: id, child_id: childId, created_at: at, updated_at: at }).execute();
    await audit.record('aid.create', 'aid', id, { kind: input.kind, date: input.date, childIds: unique });
    return one(id);
  }

  async function voidAid({ id, reason }: ParsedInput<'aid.void'>): Promise<Aid> {
    const found = await one(id);
    if (found.voidedAt) throw new AppError('conflict', { entity: 'already_voided' });
    const at = clock.stamp();
    await db.updateTable('aid').set({ voided_at: at, void_reason: reason, updated_at: at }).where('id', '=', id).execute();
    await audit.record('aid.void', 'aid', id);
    return one(id);
  }

  const list = ({ semester }: ParsedInput<'aid.list'>) => read({ semester });

  return { list, create, void: voidAid };
}
