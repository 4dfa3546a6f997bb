// The county grown N times on PostgreSQL (issue 15 point 7's measured hint for docs/national-scale.md):
// every school, room, bundle and log row copied N−1 times inside the server (INSERT … SELECT, as
// importing them one by one would take hours here), as if N counties sent their five years to one
// database. The views and the import of a new week are then timed on tables of that size.
import { sql, type Kysely } from 'kysely';
import type { OfficeDatabase } from '../../electron/office/schema';
import { LOG_TABLES } from '../../electron/office/schema';

type Db = Kysely<OfficeDatabase>;

async function columnsOf(db: Db, table: string, except: string[]): Promise<string[]> {
  const { rows } = await sql<{ column_name: string }>`
    select column_name from information_schema.columns where table_name = ${table} order by ordinal_position`.execute(db);
  return rows.map((r) => r.column_name).filter((c) => !except.includes(c));
}

const list = (columns: string[], prefix?: string) => sql.raw(columns.map((c) => (prefix ? `${prefix}.${c}` : c)).join(', '));

/** Copies the county `factor − 1` times; answers the rows each table then holds. */
export async function growCounty(db: Db, factor: number): Promise<Record<string, number>> {
  const copies = sql`generate_series(1, ${factor - 1}) as k`;
  await sql`insert into office_school (name) select s.name || ' #' || k from office_school s cross join ${copies}`.execute(db);
  await sql`
    insert into office_room (school_id, name)
    select s2.id, r.name from office_room r
    join office_school s on s.id = r.school_id
    cross join ${copies}
    join office_school s2 on s2.name = s.name || ' #' || k`.execute(db);
  const bundleColumns = await columnsOf(db, 'office_bundle', ['id', 'school_id', 'room_id', 'fingerprint', 'superseded_by']);
  await sql`
    insert into office_bundle (school_id, room_id, fingerprint, ${list(bundleColumns)})
    select s2.id, r2.id, b.fingerprint || '#' || k, ${list(bundleColumns, 'b')} from office_bundle b
    join office_school s on s.id = b.school_id
    join office_room r on r.id = b.room_id
    cross join ${copies}
    join office_school s2 on s2.name = s.name || ' #' || k
    join office_room r2 on r2.school_id = s2.id and r2.name = r.name`.execute(db);
  for (const table of LOG_TABLES) {
    const columns = await columnsOf(db, table, ['id', 'bundle_id', 'school_id']);
    await sql`
      insert into ${sql.table(table)} (bundle_id, school_id, ${list(columns)})
      select nb.id, nb.school_id, ${list(columns, 't')} from ${sql.table(table)} t
      join office_bundle b on b.id = t.bundle_id
      cross join ${copies}
      join office_bundle nb on nb.fingerprint = b.fingerprint || '#' || k`.execute(db);
  }
  await sql`analyze`.execute(db);
  const counts: Record<string, number> = {};
  for (const table of ['office_bundle', ...LOG_TABLES]) {
    const { rows } = await sql<{ n: string; bytes: string }>`
      select count(*) as n, pg_total_relation_size(${table}::regclass) as bytes from ${sql.table(table)}`.execute(db);
    counts[table] = Number(rows[0].n);
    counts[`${table}_mb`] = Math.round(Number(rows[0].bytes) / 1_048_576);
  }
  return counts;
}
