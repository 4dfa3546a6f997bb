// The weekly bundle's lecture facts (issue 20): counts by topic for the week's month and the semester's
// months without a lecture, never who attended; the office checks them against summary.csv, and a
// bundle from a room older than the lecture register still checks and imports.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder, importFolder } from '../../../electron/office/importFolder';
import { AFTER_WEEK, WEEK, weekRoom } from '../exports/room';
import { useOfficeTargets } from '../office/targets';

const targets = useOfficeTargets(false);

type Json = Record<string, unknown>;
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
const writeJson = (file: string, value: Json) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

describe('the bundle and the lecture rule', () => {
  it('carries the month’s lectures by topic and the months without one, names nobody, and the office checks them', async () => {
    const { t, wang, ids, out } = await weekRoom();
    t.at(AFTER_WEEK);
    // October: the room open (a check-in), no lecture. November: a safety lecture in the week, one voided.
    const held = await t.ok(wang, 'lectures.create', { topic: 'safety', title: '防溺水', date: '2026-11-18', speaker: '镇派出所张警官' });
    await t.ok(wang, 'lectures.markAttendance', { lectureId: held.id, childId: ids.hong, present: true });
    const wrong = await t.ok(wang, 'lectures.create', { topic: 'legal', title: '学法', date: '2026-11-19', speaker: '司法所' });
    await t.ok(wang, 'lectures.void', { id: wrong.id, reason: '录重了' });
    // After the week's end: not counted in its bundle.
    await t.ok(wang, 'lectures.create', { topic: 'other', title: '垃圾分类', date: '2026-11-23', speaker: '村委会' });
    await t.app.db.insertInto('visit').values(octoberVisit(ids.ming)).execute();

    const run = await t.ok(t.admin, 'exports.week', { week: WEEK, folder: out, includeContacts: false });
    const manifestFile = path.join(run.bundlePath, 'manifest.json');
    const manifest = readJson(manifestFile);
    expect(manifest.lectures).toEqual({ month: '2026-11', byTopic: { legal: 0, safety: 1, mental_health: 0, other: 0 }, monthsWithout: ['2026-10'] });
    const summary = fs.readFileSync(path.join(run.bundlePath, 'summary.csv'), 'utf8');
    expect(summary).toContain('本月安全讲座（场）,1');
    expect(summary).toContain('本学期无讲座的月份,2026-10');
    // Counts only: the speaker and title stay on the PC along with who heard them.
    expect(summary).not.toContain('镇派出所');

    expect((await checkFolder(out)).map((c) => [c.status, c.problems])).toEqual([['current', []]]);

    // A manifest edited by hand is caught.
    writeJson(manifestFile, { ...manifest, lectures: { month: '2026-11', byTopic: { legal: 0, safety: 2, mental_health: 0, other: 0 }, monthsWithout: [] } });
    const [edited] = await checkFolder(out);
    expect(edited?.status).toBe('failed');
    expect(edited?.problems).toEqual([
      { kind: 'figure', field: 'lectures.safety', manifest: 2, files: 1 },
      { kind: 'figure', field: 'lectures.monthsWithout', manifest: 0, files: 1 },
    ]);

    // A room older than the register writes no lectures at all: it checks and imports as before.
    const { lectures: _dropped, ...older } = manifest;
    writeJson(manifestFile, older);
    const office = await targets.fresh('sqlite');
    expect((await importFolder(office, out, () => new Date('2026-11-30T09:00:00+08:00'))).map((l) => l.outcome.kind)).toEqual(['stored']);
  });

  it('checks a semester with a lecture in every month the room was open, whose summary row says none', async () => {
    const { t, wang, out } = await weekRoom();
    t.at(AFTER_WEEK);
    await t.ok(wang, 'lectures.create', { topic: 'mental_health', title: '心理健康', date: '2026-11-18', speaker: '县心理中心' });
    const run = await t.ok(t.admin, 'exports.week', { week: WEEK, folder: out, includeContacts: false });
    expect(readJson(path.join(run.bundlePath, 'manifest.json')).lectures).toMatchObject({ monthsWithout: [] });
    expect(fs.readFileSync(path.join(run.bundlePath, 'summary.csv'), 'utf8')).toContain('本学期无讲座的月份,无');
    expect((await checkFolder(out)).map((c) => [c.status, c.problems])).toEqual([['current', []]]);
  });
});

/** A check-in on 12 October, written straight into the table: the weekly room has none that month. */
function octoberVisit(childId: number) {
  const at = '2026-10-12T16:00:00+08:00';
  return { child_id: childId, checked_in_at: at, checked_out_at: '2026-10-12T17:00:00+08:00', created_at: at, updated_at: at };
}
