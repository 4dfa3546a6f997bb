// The room's helpers: volunteers and caring mothers (爱心妈妈), and the children each one helps.
import type { ParsedInput } from '../../../shared/contract';
import type { Helper, HelperChild } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { HelperRow } from '../../db/schema';
import type { ServiceDeps } from '../deps';

/** A child who can be linked or given aid: on file and not erased. */
export async function requireChild({ db }: Pick<ServiceDeps, 'db'>, childId: number, field: (string | number)[] = ['childId']): Promise<void> {
  const child = await db.selectFrom('child').select(['id', 'erased_at']).where('id', '=', childId).executeTakeFirst();
  if (!child) throw new AppError('invalid_input', { issues: [{ path: field, code: 'not_found' }] });
  if (child.erased_at) throw new AppError('conflict', { entity: 'erased' });
}

export function createHelpersService(deps: Pick<ServiceDeps, 'db' | 'clock' | 'audit' | 'actor'>) {
  const { db, clock, audit } = deps;

  async function row(id: number): Promise<HelperRow> {
    const found = await db.selectFrom('helper').selectAll().where('id', '=', id).executeTakeFirst();
    if (!found) throw new AppError('not_found', { entity: 'helper' });
    return found;
  }

  /** The children each helper helps now (links not ended, children not erased). */
  async function childrenOf(helperIds: number[]): Promise<Map<number, HelperChild[]>> {
    const out = new Map<number, HelperChild[]>();
    if (helperIds.length === 0) return out;
    const links = await db
      .selectFrom('helper_child as l')
      .innerJoin('child as c', 'c.id', 'l.child_id')
      .select(['l.id', 'l.helper_id', 'l.child_id', 'l.since', 'l.ended_on', 'c.name', 'c.grade', 'c.class_no'])
      .where('l.helper_id', 'in', helperIds)
      .where('l.ended_on', 'is', null)
      .where('c.erased_at', 'is', null)
      .orderBy('c.grade')
      .orderBy('c.class_no')
      .orderBy('c.name_pinyin')
      .execute();
    for (const l of links) {
      const helperId = l.helper_id as number;
      const list = out.get(helperId) ?? [];
      list.push({ linkId: l.id, childId: l.child_id, childName: l.name, grade: l.grade, classNo: l.class_no, since: l.since, endedOn: l.ended_on });
      out.set(helperId, list);
    }
    return out;
  }

  async function toHelpers(rows: HelperRow[]): Promise<Helper[]> {
    const ids = rows.map((r) => r.id);
    const children = await childrenOf(ids);
    const visits =
      ids.length === 0
        ? []
        : await db
            .selectFrom('helper_visit')
            .select(['helper_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('date').as('last')])
            .where('helper_id', 'in', ids)
            .groupBy('helper_id')
            .execute();
    const visitsOf = new Map(visits.map((v) => [v.helper_id, v]));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      phone: r.phone,
      kind: r.kind,
      organisation: r.organisation,
      note: r.note,
      archivedAt: r.archived_at,
      children: children.get(r.id) ?? [],
      lastVisitOn: visitsOf.get(r.id)?.last ?? null,
      visits: Number(visitsOf.get(r.id)?.n ?? 0),
    }));
  }

  async function get(id: number): Promise<Helper> {
    const [helper] = await toHelpers([await row(id)]);
    return helper as Helper;
  }

  async function list({ includeArchived }: ParsedInput<'helpers.list'>): Promise<Helper[]> {
    let query = db.selectFrom('helper').selectAll().orderBy('archived_at').orderBy('kind').orderBy('name');
    if (!includeArchived) query = query.where('archived_at', 'is', null);
    return toHelpers(await query.execute());
  }

  async function create(input: ParsedInput<'helpers.create'>): Promise<Helper> {
    const at = clock.stamp();
    const { id } = await db
      .insertInto('helper')
      .values({ ...input, archived_at: null, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Her name and phone stay out of the log: only what kind of helper was added.
    await audit.record('helpers.create', 'helper', id, { kind: input.kind });
    return get(id);
  }

  async function update({ id, ...input }: ParsedInput<'helpers.update'>): Promise<Helper> {
    await row(id);
    await db
      .updateTable('helper')
      .set({ ...input, updated_at: clock.stamp() })
      .where('id', '=', id)
      .execute();
    await audit.record('helpers.update', 'helper', id, { kind: input.kind });
    return get(id);
  }

  async function archive({ id, archived }: ParsedInput<'helpers.archive'>): Promise<Helper> {
    const found = await row(id);
    if (archived === (found.archived_at !== null)) throw new AppError('conflict', { entity: archived ? 'already_archived' : 'not_archived' });
    const at = clock.stamp();
    await db
      .updateTable('helper')
      .set({ archived_at: archived ? at : null, updated_at: at })
      .where('id', '=', id)
      .execute();
    await audit.record(archived ? 'helpers.archive' : 'helpers.restore', 'helper', id);
    return get(id);
  }

  async function linkChild({ helperId, childId, since }: ParsedInput<'helpers.linkChild'>): Promise<Helper> {
    await row(helperId);
    await requireChild(deps, childId);
    const open = await db.selectFrom('helper_child').select('id').where('helper_id', '=', helperId).where('child_id', '=', childId).where('ended_on', 'is', null).executeTakeFirst();
    // Linking her again changes nothing: one open link per helper and child.
    if (open) return get(helperId);
    const at = clock.stamp();
    const { id } = await db
      .insertInto('helper_child')
      .values({ helper_id: helperId, child_id: childId, since, ended_on: null, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('helpers.linkChild', 'helper_child', id, { helperId, childId, since });
    return get(helperId);
  }

  async function unlinkChild({ linkId }: ParsedInput<'helpers.unlinkChild'>): Promise<Helper> {
    const link = await db.selectFrom('helper_child').select(['id', 'helper_id', 'ended_on']).where('id', '=', linkId).executeTakeFirst();
    if (!link || link.helper_id === null) throw new AppError('not_found', { entity: 'helper_child' });
    if (link.ended_on === null) {
      await db.updateTable('helper_child').set({ ended_on: clock.today(), updated_at: clock.stamp() }).where('id', '=', linkId).execute();
      await audit.record('helpers.unlinkChild', 'helper_child', linkId, { helperId: link.helper_id });
    }
    return get(link.helper_id);
  }

  return { list, get, create, update, archive, linkChild, unlinkChild };
}
