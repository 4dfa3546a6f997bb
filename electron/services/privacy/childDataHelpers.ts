// Her links to the room's helpers and the aid she received (issue 20), for her data export: the helpers'
// names and the aid's words are joined from their own rows (not hers, see the data policy).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Row = Record<string, string | number | boolean | null>;

export const HELPER_SECTIONS = ['helpers', 'helperVisits', 'aid'] as const;

export const HELPER_LAYOUT = {
  helpers: ['helperName', 'helperKind', 'since', 'endedOn'],
  helperVisits: ['date', 'helperName', 'activity'],
  aid: ['date', 'kind', 'description', 'amountYuan', 'quantity', 'donor', 'voidedAt'],
} as const;

export const HELPER_TABLE_OF = { helpers: 'helper_child', helperVisits: 'helper_visit_child', aid: 'aid_child' } as const;

export function createHelperDataReader(db: Kysely<Database>) {
  /** Helpers who help or helped her, ended links too. */
  async function helpers(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('helper_child as l')
      .innerJoin('helper as h', 'h.id', 'l.helper_id')
      .select(['h.name', 'h.kind', 'l.since', 'l.ended_on'])
      .where('l.child_id', '=', childId)
      .orderBy('l.since')
      .orderBy('l.id')
      .execute();
    return rows.map((r) => ({ helperName: r.name, helperKind: r.kind, since: r.since, endedOn: r.ended_on }));
  }

  async function helperVisits(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('helper_visit_child as l')
      .innerJoin('helper_visit as v', 'v.id', 'l.visit_id')
      .innerJoin('helper as h', 'h.id', 'v.helper_id')
      .select(['v.date', 'h.name', 'v.what'])
      .where('l.child_id', '=', childId)
      .orderBy('v.date')
      .orderBy('v.id')
      .execute();
    return rows.map((r) => ({ date: r.date, helperName: r.name, activity: r.what }));
  }

  /** Every aid she received, voided entries marked. */
  async function aid(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('aid_child as l')
      .innerJoin('aid as a', 'a.id', 'l.aid_id')
      .select(['a.date', 'a.kind', 'a.description', 'a.amount_fen', 'a.quantity', 'a.donor', 'a.voided_at'])
      .where('l.child_id', '=', childId)
      .orderBy('a.date')
      .orderBy('a.id')
      .execute();
    return rows.map((r) => ({
      date: r.date,
      kind: r.kind,
      description: r.description,
      amountYuan: r.amount_fen === null ? null : r.amount_fen / 100,
      quantity: r.quantity,
      donor: r.donor,
      voidedAt: r.voided_at,
    }));
  }

  return { helpers, helperVisits, aid };
}
