// Row-level security on the county's PostgreSQL server (issue 15 point 4), set up through the
// command line as the county would: county-init migrates and creates school A's and school B's office
// roles and a county role. Signed in as school A, B's rows can be neither read nor written, whatever
// the query; the county role reads both. Also office-import into an SQLite file by --db.
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import type { OfficeDatabase } from '../../../electron/office/schema';
import { sampleWeek, writeBundle } from './bundleFixture';
import { PG_SKIPPED, useOfficeTargets } from './targets';
import { capture } from '../cliCapture';

const targets = useOfficeTargets();
const A = '阳光小学';
const B = '青山小学';

const now = () => new Date('2026-11-30T09:00:00+08:00');

function connect(url: string): Kysely<OfficeDatabase> {
  return new Kysely<OfficeDatabase>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
}

describe('office-import into an SQLite file', () => {
  it('imports a folder by --db, says what it stored, and names a missing folder or --from', async () => {
    const usb = path.join(targets.dir, 'cli-usb');
    writeBundle(usb, sampleWeek());
    const file = path.join(targets.dir, 'cli-office.sqlite');
    const out = capture();
    expect(await runCli(['office-import', '--from', usb, '--db', file], out, now)).toBe(0);
    expect(out.logs[0]).toContain('阳光小学 留守儿童之家 2026-W47 r1');
    expect(out.logs[0]).toContain('stored / 已导入');
    const again = capture();
    expect(await runCli(['office-import', '--from', usb, '--db', file], again, now)).toBe(0);
    expect(again.logs[0]).toContain('already stored');

    const missing = capture();
    expect(await runCli(['office-import', '--from', path.join(targets.dir, 'nowhere'), '--db', file], missing, now)).toBe(1);
    expect(missing.errors[0]).toContain('Folder not found');
    expect(await runCli(['office-import', '--db', file], capture(), now)).toBe(2);
  });
});

describe.skipIf(PG_SKIPPED)('row-level security on PostgreSQL', () => {
  let owner: string;
  const opened: Kysely<OfficeDatabase>[] = [];
  const as = (role: string) => {
    const db = connect(targets.cluster().url(new URL(owner).pathname.slice(1), role, 'secret-pw'));
    opened.push(db);
    return db;
  };

  beforeEach(async () => {
    owner = await targets.cluster().createDatabase(`rls_${Date.now()}`);
    process.env.OFFICE_ROLE_PASSWORD = 'secret-pw';
    for (const args of [
      ['--school', A, '--role', 'school_a'],
      ['--school', B, '--role', 'school_b'],
      ['--county-role', 'county'],
    ]) {
      const out = capture();
      expect(await runCli(['county-init', '--url', owner, ...args], out, now), out.errors.join('\n')).toBe(0);
    }
    delete process.env.OFFICE_ROLE_PASSWORD;
  });
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.destroy();
  });

  it("lets school A import and read only its own school's bundles, refuses B's, and lets the county read both", async () => {
    const usb = path.join(targets.dir, `rls-usb-${Date.now()}`);
    writeBundle(usb, sampleWeek({ school: A }));
    writeBundle(usb, sampleWeek({ school: B }));
    // The county's own import stores B's week.
    const county = capture();
    expect(await runCli(['office-import', '--from', usb, '--url', targets.cluster().url(new URL(owner).pathname.slice(1), 'county', 'secret-pw')], county, now)).toBe(0);
    expect(county.logs.filter((l) => l.includes('stored / 已导入'))).toHaveLength(2);

    const a = as('school_a');
    const b = as('school_b');
    // Every table shows A only A's rows.
    const schools = await a.selectFrom('office_school').select('name').execute();
    expect(schools.map((s) => s.name)).toEqual([A]);
    const bundles = await a.selectFrom('office_bundle as x').innerJoin('office_school as s', 's.id', 'x.school_id').select('s.name').execute();
    expect(bundles.map((r) => r.name)).toEqual([A]);
    const all = await as('county')
      .selectFrom('office_checkin')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const mine = await a
      .selectFrom('office_checkin')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect([Number(all.n), Number(mine.n)]).toEqual([8, 4]);

    // Writing B's rows: an insert naming B's school is refused by the policy, an update finds nothing, delete is not granted at all.
    const bSchool = await b.selectFrom('office_school').select('id').executeTakeFirstOrThrow();
    const bBundle = await b.selectFrom('office_bundle').select('id').executeTakeFirstOrThrow();
    await expect(
      a.insertInto('office_checkin').values({ bundle_id: bBundle.id, school_id: bSchool.id, name: '假', grade: 1, class_no: 1, checked_in_at: '2026-11-16 16:00' }).execute(),
    ).rejects.toMatchObject({ code: '42501' });
    const updated = await a.updateTable('office_bundle').set({ visits: 999 }).where('id', '=', bBundle.id).executeTakeFirst();
    expect(Number(updated.numUpdatedRows)).toBe(0);
    await expect(sql`DELETE FROM office_checkin`.execute(a)).rejects.toMatchObject({ code: '42501' });
    expect((await b.selectFrom('office_bundle').select('visits').executeTakeFirstOrThrow()).visits).toBe(4);

    // School A's office importing a drive with both schools' bundles stores its own and is refused B's.
    const usb2 = path.join(targets.dir, `rls-usb2-${Date.now()}`);
    writeBundle(usb2, sampleWeek({ school: A, week: '2026-W48', monday: '2026-11-23' }));
    writeBundle(usb2, sampleWeek({ school: B, week: '2026-W48', monday: '2026-11-23' }));
    const out = capture();
    expect(await runCli(['office-import', '--from', usb2, '--url', targets.cluster().url(new URL(owner).pathname.slice(1), 'school_a', 'secret-pw')], out, now)).toBe(1);
    expect(out.logs.join('\n')).toContain(`${A} 留守儿童之家 2026-W48 r1`);
    expect(out.errors.join('\n')).toContain(`${B} 留守儿童之家 2026-W48 r1`);
    expect(out.errors.join('\n')).toContain("refused: not this school's");
    const bWeeks = await b.selectFrom('office_bundle').select('week').execute();
    expect(bWeeks.map((r) => r.week)).toEqual(['2026-W47']);
  });

  it('refuses a role name that is not a plain identifier, before touching the server', async () => {
    const out = capture();
    expect(await runCli(['county-init', '--url', owner, '--school', A, '--role', 'x"; DROP TABLE office_school; --'], out, now)).toBe(2);
    expect(out.errors[0]).toContain('lower-case letters');
  });
});
