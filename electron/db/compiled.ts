// A query Kysely builds and compiles once, then runs with new values. Building and compiling a query
// costs more than running one of a kiosk tap's small statements (issue 19: about 16 µs against 10 µs on
// the bench machine), and the door's queries have the same shape every time. The values go in as slots,
// each a marker Kysely passes through as a parameter; every run puts the caller's values in their place.
// The room's database only (SQLite): the SQL is compiled by the first connection that runs it.
import { createQueryId, type Compilable, type CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema';

class Slot {
  constructor(readonly key: string) {}
}

/** Where a value goes: `slot('childId')` in the query; its type is the value's, so Kysely checks it. */
export type Slots<Values> = <K extends keyof Values & string>(key: K) => Values[K];

export type CompiledRun<Values, Row> = (db: Kysely<Database>, values: Values) => Promise<QueryResult<Row>>;

export function compiledQuery<Values extends Record<string, unknown>, Row>(build: (db: Kysely<Database>, slot: Slots<Values>) => Compilable<Row>): CompiledRun<Values, Row> {
  let compiled: CompiledQuery<Row> | null = null;
  // A slot stands in for the value in the query Kysely builds: it only ever reaches the parameters.
  const slot: Slots<Values> = (key) => new Slot(key) as unknown as Values[typeof key];
  return (db, values) => {
    compiled ??= build(db, slot).compile();
    const parameters = compiled.parameters.map((p) => (p instanceof Slot ? values[p.key] : p));
    return db.executeQuery<Row>({ ...compiled, parameters, queryId: createQueryId() });
  };
}
