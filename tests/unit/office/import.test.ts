// The office import on SQLite and on a real PostgreSQL server: bundles checked then stored with every
// log's rows; the same folder twice stores nothing new; a corrected week supersedes and keeps the
// first as history; tampered, partial and contradicting bundles are listed and stored nowhere.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { importFolder, type ImportLine } from '../../../electron/office/importFolder';
import type { OfficeDb } from '../../../electron/office/open';
import { LOG_TABLES } from '../../../electron/office/schema';
import { HONG, sampleWeek, writeBundle } from './bundleFixture';
import { DIALECTS, useOfficeTargets } from './targets';

const targets = useOfficeTargets();
const at = () => new Date('2026-11-30T09:00:00+08:00');

async function counts(office: OfficeDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['office_school', 'office_room', 'office_bundle', ...LOG_TABLES] as const) {
    const row = await office.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

const kinds = (lines: ImportLine[]) => lines.map((l) => [l.folder, l.outcome.kind]);

/** Two rooms of 阳光小学 and one of 青山小学, weeks 47 and 48. */
function usb(name: string): string {
  const root = path.join(targets.dir, name);
  writeBundle(root, sampleWeek());
  writeBundle(root, sampleWeek({ week: '2026-W48', monday: '2026-11-23' }));
  writeBundle(root, sampleWeek({ room: '二号活动室', visits: sampleWeek().visits.slice(0, 1) }));
  writeBundle(root, sampleWeek({ school: '青山小学', language: 'en' }));
  return root;
}

describe.each(DIALECTS)('office import on %s', (dialect) => {
  it('stores each bundle with its figures and every log row, and the same folder again stores nothing new', async () => {
    const office = await targets.fresh(dialect);
    const root = usb(`a-${dialect}`);
    const first = await importFolder(office, root, at);
    expect(first.map((l) => l.outcome.kind)).toEqual(['stored', 'stored', 'stored', 'stored']);
    const after = await counts(office);
    expect(after).toEqual({
      office_school: 2,
      office_room: 3,
      office_bundle: 4,
      office_checkin: 4 + 4 + 1 + 4,
      office_call: 8,
      office_loan: 8,
      office_activity: 16,
      office_duty: 12,
      office_care: 4,
    });
    const w47 = await office.db
      .selectFrom('office_bundle as b')
      .innerJoin('office_room as r', 'r.id', 'b.room_id')
      .innerJoin('office_school as s', 's.id', 'b.school_id')
      .select(['s.name as school', 'r.name as room', 'b.visits', 'b.children', 'b.calls_talked', 'b.duties_covered', 'b.no_call_30', 'b.care_talk_share', 'b.current'])
      .where('b.week', '=', '2026-W47')
      .orderBy('s.name')
      .orderBy('r.name')
      .execute();
    expect(w47.map((b) => [b.school, b.room, b.visits, b.children, b.calls_talked, b.duties_covered, b.no_call_30, b.current])).toEqual(
      [
        ['阳光小学', '二号活动室', 1, 1, 1, 1, 1, 1],
        ['阳光小学', '留守儿童之家', 4, 3, 1, 1, 1, 1],
        ['青山小学', '留守儿童之家', 4, 3, 1, 1, 1, 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1]))),
    );
    expect(Number(w47[0].care_talk_share)).toBeCloseTo(66.7, 3);

    // Words of either language become the same codes.
    const talked = await office.db.selectFrom('office_call').select(['outcome', 'talked']).where('talked', '=', 1).execute();
    expect(new Set(talked.map((c) => c.outcome))).toEqual(new Set(['talked']));
    const duty = await office.db.selectFrom('office_duty').select('status').distinct().execute();
    expect(duty.map((d) => d.status).sort()).toEqual(['absent', 'on_time', 'unplanned']);
    // No contact details left the rooms, so none are kept.
    expect(await office.db.selectFrom('office_call').select('id').where('phone', 'is not', null).execute()).toEqual([]);

    // Excel's lock file and Windows' thumbnails beside a bundle change nothing.
    fs.writeFileSync(path.join(root, '阳光小学-留守儿童之家-2026-W47', '~$阳光小学-留守儿童之家-2026-W47.xlsx'), 'owner: 王老师');
    fs.writeFileSync(path.join(root, '阳光小学-留守儿童之家-2026-W47', 'Thumbs.db'), 'x');
    const again = await importFolder(office, root, at);
    expect(again.map((l) => l.outcome.kind)).toEqual(['already', 'already', 'already', 'already']);
    expect(await counts(office)).toEqual(after);
  });

  it('lets a corrected week supersede the stored one, keeping it as history, and files a late lower revision as history', async () => {
    const office = await targets.fresh(dialect);
    const root = path.join(targets.dir, `c-${dialect}`);
    writeBundle(root, sampleWeek());
    await importFolder(office, root, at);

    const fixes = path.join(targets.dir, `c2-${dialect}`);
    writeBundle(
      fixes,
      sampleWeek({ revision: 2, replaces: '阳光小学-留守儿童之家-2026-W47', visits: [...sampleWeek().visits, { child: HONG, at: '2026-11-20 16:00' }] }),
      '阳光小学-留守儿童之家-2026-W47-2',
    );
    const lines = await importFolder(office, fixes, at);
    expect(lines.map((l) => [l.revision, l.outcome.kind])).toEqual([[2, 'corrected']]);
    const bundles = await office.db.selectFrom('office_bundle').select(['id', 'revision', 'current', 'superseded_by', 'visits']).orderBy('revision').execute();
    expect(bundles.map((b) => [b.revision, b.current, b.visits])).toEqual([
      [1, 0, 4],
      [2, 1, 5],
    ]);
    expect(bundles[0].superseded_by).toBe(bundles[1].id);
    // The history keeps its rows too.
    expect((await counts(office)).office_checkin).toBe(4 + 5);

    // Revision 1 brought again from another drive: already there. Another revision 1 of the week, arriving late: history.
    expect(kinds(await importFolder(office, root, at))).toEqual([['阳光小学-留守儿童之家-2026-W47', 'already']]);
    const late = path.join(targets.dir, `c3-${dialect}`);
    writeBundle(late, sampleWeek({ noCall30Days: 2 }));
    const [line] = await importFolder(office, late, at);
    expect(line.outcome).toEqual({ kind: 'history', bundleId: expect.any(Number), supersededBy: bundles[1].id });
    const current = await office.db.selectFrom('office_bundle').select(['revision', 'no_call_30']).where('current', '=', 1).execute();
    expect(current).toEqual([{ revision: 2, no_call_30: 1 }]);
  });

  it("stores each call's channel and the week's video calls, and reads a bundle from before video calls as all phone", async () => {
    const office = await targets.fresh(dialect);
    const root = path.join(targets.dir, `v-${dialect}`);
    const calls = sampleWeek().calls;
    writeBundle(root, sampleWeek({ calls: [...calls, { child: HONG, talked: true, at: '2026-11-19 16:00', video: true }] }));
    writeBundle(root, sampleWeek({ week: '2026-W48', monday: '2026-11-23', language: 'en', calls: [{ ...calls[0], at: '2026-11-23 16:25', video: true }] }));
    writeBundle(root, sampleWeek({ school: '青山小学', beforeVideo: true }));
    const lines = await importFolder(office, root, at);
    expect(lines.map((l) => l.outcome.kind)).toEqual(['stored', 'stored', 'stored']);
    const bundles = await office.db
      .selectFrom('office_bundle as b')
      .innerJoin('office_school as s', 's.id', 'b.school_id')
      .select(['s.name as school', 'b.week', 'b.calls', 'b.calls_talked', 'b.video_calls', 'b.video_calls_talked'])
      .orderBy('s.name')
      .orderBy('b.week')
      .execute();
    expect(bundles.map((b) => [b.school, b.week, b.calls, b.calls_talked, b.video_calls, b.video_calls_talked])).toEqual(
      [
        ['阳光小学', '2026-W47', 3, 2, 1, 1],
        ['阳光小学', '2026-W48', 1, 1, 1, 1],
        ['青山小学', '2026-W47', 2, 1, 0, 0],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1]))),
    );
    const channels = await office.db.selectFrom('office_call').select('channel').execute();
    expect(channels.map((c) => c.channel).sort()).toEqual(['phone', 'phone', 'phone', 'phone', 'video', 'video']);
  });

  it('stores a bundle in one transaction: a failure at its last log leaves nothing of it', async () => {
    const office = await targets.fresh(dialect);
    // The care rows go in last; the database is made to refuse them (each dialect's own trigger).
    if (dialect === 'sqlite') await sql`CREATE TRIGGER refuse_care BEFORE INSERT ON office_care BEGIN SELECT RAISE(ABORT, 'refused'); END`.execute(office.db);
    else {
      await sql`CREATE FUNCTION refuse_care() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`.execute(office.db);
      await sql`CREATE TRIGGER refuse_care BEFORE INSERT ON office_care FOR EACH ROW EXECUTE FUNCTION refuse_care()`.execute(office.db);
    }
    const root = path.join(targets.dir, `x-${dialect}`);
    writeBundle(root, sampleWeek());
    await expect(importFolder(office, root, at)).rejects.toThrow(/refused/);
    expect(Object.values(await counts(office)).every((n) => n === 0)).toBe(true);
  });

  it('lists a tampered bundle with its reason, a partial one and a contradicting one, and stores none of them', async () => {
    const office = await targets.fresh(dialect);
    const root = path.join(targets.dir, `t-${dialect}`);
    writeBundle(root, sampleWeek({ school: '青山小学' }));
    await importFolder(office, root, at);
    const before = await counts(office);

    const bad = path.join(targets.dir, `t2-${dialect}`);
    const tampered = writeBundle(bad, sampleWeek());
    const manifest = JSON.parse(fs.readFileSync(path.join(tampered, 'manifest.json'), 'utf8')) as { summary: { visits: number } };
    manifest.summary.visits = 12;
    fs.writeFileSync(path.join(tampered, 'manifest.json'), JSON.stringify(manifest));
    writeBundle(bad, sampleWeek({ week: '2026-W48', monday: '2026-11-23', partialUpTo: '2026-11-25T12:00:00+08:00' }));
    writeBundle(bad, sampleWeek({ school: '青山小学', noCall30Days: 5 }), '青山小学-另一份');
    const lines = await importFolder(office, bad, at);
    // In the order of the folders' names (pinyin: 青 qing before 阳 yang).
    expect(lines.map((l) => [l.folder, l.outcome])).toEqual([
      ['青山小学-另一份', { kind: 'conflict', bundleId: expect.any(Number) }],
      ['阳光小学-留守儿童之家-2026-W47', { kind: 'failed', problems: [{ kind: 'figure', field: 'visits', manifest: 12, files: 4 }] }],
      ['阳光小学-留守儿童之家-2026-W48', { kind: 'partial' }],
    ]);
    expect(await counts(office)).toEqual(before);
  });
});
