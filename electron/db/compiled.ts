// A query Kysely builds and compiles once, then runs with new values. Building and compiling a query
// costs more than running one of a kiosk tap's small statements (issue 19: about 16 µs against 10 µs on
// the bench machine), and the door's queries have the same shape every time. The values go in as slots,
// each a marker Kysely passes through as a parameter; every run puts the caller's values in their place.
// The room's database only (SQLite): the SQL is compiled by the first connection that runs it.
//
// Inside a command's transaction dispatch names the connection behind it (`onConnection`): the query then
// runs as a prepared statement on that connection, without Kysely's executor and its promises (issue 19:
// about 9 µs a query). Anywhere else it runs through Kysely, so it waits its turn for the connection.
import type SQLite from 'better-sqlite3';
import { createQueryId, type Compilable, type CompiledQuery, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema';

class Slot {
  constructor(readonly key: string) {}
}

/** Where a value goes: `slot('childId')` in the query; its type is the value's, so Kysely checks it. */
export type Slots<Values> = <K extends keyof Values & string>(key: K) => Values[K];

export type CompiledRun<Values, Row> = (db: Kysely<Database>, values: Values) => Promise<QueryResult<Row>>;

/** Transactions whose connection is known: a Kysely transaction holds its connection until it ends. */
const connections = new WeakMap<Kysely<Database>, SQLite.Database>();

/** `trx`, a transaction Kysely runs on `sqlite`'s one connection: compiled queries run there directly. */
export function onConnection(trx: Kysely<Database>, sqlite: SQLite.Database): Kysely<Database> {
  if (trx.isTransaction) connections.set(trx, sqlite);
  return trx;
}

export function compiledQuery<Values extends Record<string, unknown>, Row>(build: (db: Kysely<Database>, slot: Slots<Values>) => Compilable<Row>): CompiledRun<Values, Row> {
  let compiled: CompiledQuery<Row> | null = null;
  const statements = new WeakMap<SQLite.Database, SQLite.Statement>();
  // A slot stands in for the value in the query Kysely builds: it only ever reaches the parameters.
  const slot: Slots<Values> = (key) => new Slot(key) as unknown as Values[typeof key];
  return async (db, values) => {
    compiled ??= build(db, slot).compile();
    const parameters = compiled.parameters.map((p) => (p instanceof Slot ? values[p.key] : p));
    const sqlite = connections.get(db);
    if (!sqlite) return db.executeQuery<Row>({ ...compiled, parameters, queryId: createQueryId() });
    let statement = statements.get(sqlite);
    if (!statement) statements.set(sqlite, (statement = sqlite.prepare(compiled.sql)));
    // As Kysely's SQLite driver answers: rows for a statement that returns them, else what it changed.
    if (statement.reader) return { rows: statement.all(parameters) as Row[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
  };
}
