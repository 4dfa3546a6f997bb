// Which children did a duty within a span of local dates, read from migration 0012's partial covering
// indexes as one comma-separated list per query. The room-wide figures (dueGroups, coverage) test
// tens of thousands of records against the roll: a lookup costs ~10 ns in a typed array here and
// ~0.3 µs per row in SQL, and one list is one value to fetch where rows cost a microsecond each.
import { sql, type Kysely } from 'kysely';
import type { CareDuty } from '../../../shared/domain';
import type { Database } from '../../db/schema';
import { addDays } from '../room/checkins';
import { DUTY_KINDS } from './events';

/** Local dates, both included; to = null: no end (a record dated ahead still counts, as on the due list). */
export interface OpenSpan {
  from: string;
  to: string | null;
}

/**
 * The ids in a comma-separated list of integers (none for null). Parsed by hand: split and map took
 * 2.5 times as long on the 100,000-id lists coverage reads.
 */
export function parseIds(list: string | null): number[] {
  const ids: number[] = [];
  if (!list) return ids;
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      ids.push(n);
      n = 0;
    } else n = n * 10 + c - 48;
  }
  ids.push(n);
  return ids;
}

const idList = sql<string | null>`group_concat(child_id)`.as('ids');

/**
 * The children with a counting event of the duty in the span, once per event (repeats left in:
 * callers mark them in a typed array). Contact counts calls in which a parent was reached too.
 */
export async function childrenWhoDid(db: Kysely<Database>, duty: CareDuty, span: OpenSpan): Promise<number[]> {
  let records = db.selectFrom('care_record').select(idList).where('kind', '=', DUTY_KINDS[duty]).where('voided_at', 'is', null).where('date', '>=', span.from);
  if (span.to !== null) records = records.where('date', '<=', span.to);
  const ids = parseIds((await records.executeTakeFirstOrThrow()).ids);
  if (duty !== 'contact') return ids;
  // A literal 'talked': the plan on the partial index call_talked_day is fixed when the statement is
  // prepared, rather than re-planned for a bound value.
  let calls = db.selectFrom('call').select(idList).where('outcome', '=', sql.lit('talked')).where('voided_at', 'is', null).where('started_at', '>=', span.from);
  if (span.to !== null) calls = calls.where('started_at', '<', addDays(span.to, 1));
  return ids.concat(parseIds((await calls.executeTakeFirstOrThrow()).ids));
}
