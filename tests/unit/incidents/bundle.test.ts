// The weekly bundle's incident figures (issue 20): counts by kind and open follow-ups, never a text or a
// name; the office checks them against summary.csv, and a bundle from a room older than the incident
// log still checks and imports.
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

describe('the bundle and the incidents', () => {
  it('counts the week’s incidents by kind and the open follow-ups, names nobody, and the office checks them', async () => {
    const { t, wang, ids, out } = await weekRoom();
    t.at(AFTER_WEEK);
    const base = { occurredAt: '2026-11-18T16:20:00+08:00', childIds: [ids.hong], place: '操场' };
    await t.ok(wang, 'incidents.create', { ...base, kind: 'injury', whatHappened: '红红在操场摔倒擦伤膝盖', followUp: '明天看看伤口' });
    const closed = await t.ok(wang, 'incidents.create', { ...base, kind: 'illness', whatHappened: '红红发烧', followUp: '打电话问问' });
    await t.ok(wang, 'incidents.closeFollowUp', { id: closed.id, doneOn: '2026-11-19' });
    const voided = await t.ok(wang, 'incidents.create', { ...base, kind: 'conflict', whatHappened: '记错了' });
    await t.ok(wang, 'incidents.void', { id: voided.id, reason: '录重了' });
    // After the week's end: not counted in its bundle.
    await t.ok(wang, 'incidents.create', { ...base, occurredAt: '2026-11-23T08:00:00+08:00', kind: 'other', whatHappened: '下周的事' });

    const run = await t.ok(t.admin, 'exports.week', { week: WEEK, folder: out, includeContacts: false });
    const manifestFile = path.join(run.bundlePath, 'manifest.json');
    const manifest = readJson(manifestFile);
    expect(manifest.incidents).toEqual({ byKind: { injury: 1, illness: 1, missing: 0, conflict: 0, other: 0 }, openFollowUps: 1 });
    const summary = fs.readFileSync(path.join(run.bundlePath, 'summary.csv'), 'utf8');
    expect(summary).toContain('本周意外事件：受伤,1');
    expect(summary).toContain('未完成的意外事件跟进,1');
    // Counts only: no text of any incident leaves the PC, in any file of the bundle.
    for (const file of fs.readdirSync(run.bundlePath)) {
      const bytes = fs.readFileSync(path.join(run.bundlePath, file)).toString('utf8');
      for (const text of ['摔倒', '发烧', '明天看看伤口', '录重了', '操场']) expect.soft(bytes, `${file}: ${text}`).not.toContain(text);
    }

    expect((await checkFolder(out)).map((c) => [c.status, c.problems])).toEqual([['current', []]]);

    // A manifest edited by hand is caught.
    writeJson(manifestFile, { ...manifest, incidents: { byKind: { injury: 0, illness: 1, missing: 0, conflict: 0, other: 0 }, openFollowUps: 1 } });
    const [edited] = await checkFolder(out);
    expect(edited?.status).toBe('failed');
    expect(edited?.problems).toEqual([{ kind: 'figure', field: 'incidents.injury', manifest: 0, files: 1 }]);

    // A room older than the incident log writes no incidents at all: it checks and imports as before.
    const { incidents: _dropped, ...older } = manifest;
    writeJson(manifestFile, older);
    const office = await targets.fresh('sqlite');
    expect((await importFolder(office, out, () => new Date('2026-11-30T09:00:00+08:00'))).map((l) => l.outcome.kind)).toEqual(['stored']);
  });
});
