// The office database's own migrations (not the room's electron/db/migrations), run by Kysely's
// Migrator on SQLite and PostgreSQL alike. Where the dialects differ (the id column; row-level
// security, which only PostgreSQL has) the two versions sit side by side here.
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { LOG_TABLES, SCHOOL_TABLES } from './schema';

export type OfficeDialect = 'sqlite' | 'postgres';

/** Group roles on PostgreSQL: every school's office role is a member of the first, the county's of the second. */
export const SCHOOL_GROUP = 'office_school';
export const COUNTY_GROUP = 'office_county';

type Db = Kysely<unknown>;

async function tables(db: Db, dialect: OfficeDialect): Promise<void> {
  const withId = (name: string) =>
    dialect === 'postgres'
      ? db.schema.createTable(name).addColumn('id', 'serial', (c) => c.primaryKey())
      : db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  await withId('office_school')
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('db_role', 'text', (c) => c.unique())
    .execute();
  await withId('office_room')
    .addColumn('school_id', 'integer', (c) => c.notNull().references('office_school.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('office_room_school_name', ['school_id', 'name'])
    .execute();
  let bundle = withId('office_bundle')
    .addColumn('school_id', 'integer', (c) => c.notNull().references('office_school.id'))
    .addColumn('room_id', 'integer', (c) => c.notNull().references('office_room.id'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('monday', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
    .addColumn('current', 'integer', (c) => c.notNull())
    .addColumn('superseded_by', 'integer')
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('manifest', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('include_contacts', 'integer', (c) => c.notNull());
  for (const figure of [
    'children',
    'visits',
    'calls',
    'calls_talked',
    'loans',
    'returns',
    'signups',
    'attendances',
    'duty_sign_ins',
    'duties_planned',
    'duties_covered',
    'no_call_30',
    'overdue_books',
  ]) {
    bundle = bundle.addColumn(figure, 'integer', (c) => c.notNull());
  }
  await bundle.addColumn('care_children', 'integer').addColumn('care_talk_share', 'real').addColumn('care_contact_share', 'real').execute();
  await db.schema.createIndex('office_bundle_room_week').on('office_bundle').columns(['room_id', 'week']).execute();
  await db.schema.createIndex('office_bundle_week').on('office_bundle').columns(['week', 'current']).execute();

  const log = (name: string) =>
    withId(name)
      .addColumn('bundle_id', 'integer', (c) => c.notNull().references('office_bundle.id'))
      .addColumn('school_id', 'integer', (c) => c.notNull().references('office_school.id'));
  const child = (name: string) => log(name).addColumn('name', 'text').addColumn('grade', 'integer').addColumn('class_no', 'integer');
  await child('office_checkin')
    .addColumn('checked_in_at', 'text', (c) => c.notNull())
    .addColumn('checked_out_at', 'text')
    .addColumn('minutes', 'integer')
    .addColumn('leave_mode', 'text')
    .addColumn('collected_by', 'text')
    .execute();
  await child('office_call')
    .addColumn('parent', 'text')
    .addColumn('started_at', 'text')
    .addColumn('minutes', 'real')
    .addColumn('outcome', 'text')
    .addColumn('talked', 'integer', (c) => c.notNull())
    .addColumn('booked', 'integer', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('note', 'text')
    .execute();
  await child('office_loan')
    .addColumn('title', 'text')
    .addColumn('lent_at', 'text')
    .addColumn('due_on', 'text')
    .addColumn('returned_at', 'text')
    .addColumn('lent_this_week', 'integer', (c) => c.notNull())
    .addColumn('returned_this_week', 'integer', (c) => c.notNull())
    .execute();
  await child('office_activity')
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('activity', 'text')
    .addColumn('date', 'text')
    .addColumn('present', 'integer')
    .execute();
  await log('office_duty')
    .addColumn('date', 'text')
    .addColumn('staff', 'text')
    .addColumn('planned', 'integer', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('signed_in_at', 'text')
    .execute();
  await log('office_care')
    .addColumn('surrogate', 'text')
    .addColumn('children', 'integer')
    .addColumn('talks', 'integer')
    .addColumn('talk_share', 'real')
    .addColumn('contact_share', 'real')
    .addColumn('visit_share', 'real')
    .addColumn('letter_share', 'real')
    .execute();
  for (const table of LOG_TABLES) await db.schema.createIndex(`${table}_bundle`).on(table).column('bundle_id').execute();
}

/**
 * PostgreSQL only: each school's office role sees and writes only its own school's rows, the county
 * role all of them. Enforced by the server's row-level security, whatever the app does. SQLite has
 * no roles: an office file is one school's (or the county's) by where it lives.
 */
async function rowLevelSecurity(db: Db): Promise<void> {
  for (const role of [SCHOOL_GROUP, COUNTY_GROUP]) {
    await sql`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${sql.lit(role)}) THEN CREATE ROLE ${sql.id(role)} NOLOGIN; END IF; END $$`.execute(db);
  }
  const county = sql`pg_has_role(${sql.lit(COUNTY_GROUP)}, 'MEMBER')`;
  await sql`ALTER TABLE office_school ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`CREATE POLICY office_school_own ON office_school USING (${county} OR db_role = current_user) WITH CHECK (${county} OR db_role = current_user)`.execute(db);
  const own = sql`${county} OR school_id IN (SELECT id FROM office_school WHERE db_role = current_user)`;
  for (const table of SCHOOL_TABLES) {
    await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
    await sql`CREATE POLICY ${sql.id(`${table}_own`)} ON ${sql.table(table)} USING (${own}) WITH CHECK (${own})`.execute(db);
  }
  for (const role of [SCHOOL_GROUP, COUNTY_GROUP]) {
    await sql`GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO ${sql.id(role)}`.execute(db);
    await sql`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${sql.id(role)}`.execute(db);
    // The migrations' own bookkeeping is the owner's alone.
    await sql`REVOKE ALL ON kysely_migration, kysely_migration_lock FROM ${sql.id(role)}`.execute(db);
  }
}

/** Video calls (issue 20): each call's device, and the week's video calls; what was stored before was all phone. */
async function callChannel(db: Db): Promise<void> {
  await db.schema
    .alterTable('office_call')
    .addColumn('channel', 'text', (c) => c.notNull().defaultTo('phone'))
    .execute();
  for (const figure of ['video_calls', 'video_calls_talked']) {
    await db.schema
      .alterTable('office_bundle')
      .addColumn(figure, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }
}

export function officeMigrations(dialect: OfficeDialect): MigrationProvider {
  const all: Record<string, Migration> = {
    '001_office': { up: (db: Db) => tables(db, dialect) },
    '002_office_rls': { up: (db: Db) => (dialect === 'postgres' ? rowLevelSecurity(db) : Promise.resolve()) },
    '003_call_channel': { up: callChannel },
  };
  return { getMigrations: () => Promise.resolve(all) };
}
