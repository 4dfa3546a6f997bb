// PostgreSQL roles for the county's server (county-init): a school's office role, a member of the
// school group whose row-level security policies show it only its own school's rows, or a county
// role that reads and writes all of them. Run as the database's owner.
import { sql, type Kysely } from 'kysely';
import { invalid } from '../../shared/errors';
import { COUNTY_GROUP, SCHOOL_GROUP } from './migrations';
import type { OfficeDatabase } from './schema';

/** Role names as PostgreSQL takes them unquoted: lower-case letters, digits, underscores. */
export const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

async function loginRole(db: Kysely<OfficeDatabase>, role: string, password: string | null): Promise<void> {
  if (!ROLE_NAME.test(role)) throw invalid(['role'], 'invalid');
  const exists = await sql<{ n: number }>`SELECT 1 AS n FROM pg_roles WHERE rolname = ${role}`.execute(db);
  const secret = password === null ? sql`` : sql` PASSWORD ${sql.lit(password)}`;
  if (exists.rows.length === 0) await sql`CREATE ROLE ${sql.id(role)} LOGIN${secret}`.execute(db);
  else if (password !== null) await sql`ALTER ROLE ${sql.id(role)}${secret}`.execute(db);
}

/** Creates (or updates) a school's office role and ties the school to it; the school is created if new. */
export async function createSchoolRole(db: Kysely<OfficeDatabase>, school: string, role: string, password: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await loginRole(trx, role, password);
    await sql`GRANT ${sql.id(SCHOOL_GROUP)} TO ${sql.id(role)}`.execute(trx);
    await trx
      .insertInto('office_school')
      .values({ name: school, db_role: role })
      .onConflict((oc) => oc.column('name').doUpdateSet({ db_role: role }))
      .execute();
  });
}

export async function createCountyRole(db: Kysely<OfficeDatabase>, role: string, password: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await loginRole(trx, role, password);
    await sql`GRANT ${sql.id(COUNTY_GROUP)} TO ${sql.id(role)}`.execute(trx);
  });
}
