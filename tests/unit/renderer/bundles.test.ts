// The school office's bundle check (shared/bundleCheck), on bundles built as the room writes them
// (tests/unit/office/bundleFixture.ts) and on one written by the room's own export: a bundle as
// written passes with the figures its CSVs give; changed, missing and unlisted files, bad manifests,
// figures its files disagree with, and two different bundles of one week are each caught; an office
// program's litter, byte-identical copies, corrections and partial bundles are read as they are.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../shared/bundle';
import { bundleCounts, bundleOk, checkBundles, selectBundleFiles, sha256Hex, type PickedFile } from '../../../shared/bundleCheck';
import { toCsv } from '../../../electron/services/exports/csv';
import { picked, sampleWeek } from '../office/bundleFixture';
import { WEEK, weekRoom } from '../exports/room';

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const bundle = (folder: string, overrides: Parameters<typeof sampleWeek>[0] = {}) => picked(folder, sampleWeek(overrides));

const replace = (files: PickedFile[], name: string, bytes: Uint8Array): PickedFile[] => files.map((f) => (f.relativePath.endsWith(`/${name}`) ? { ...f, bytes: new Uint8Array(bytes) } : f));

function manifestOf(files: PickedFile[]): Manifest {
  const file = files.find((f) => f.relativePath.endsWith('manifest.json'));
  return JSON.parse(Buffer.from(file?.bytes ?? new Uint8Array()).toString('utf8')) as Manifest;
}

/** manifest.json rewritten by hand: its file list and hashes still true. */
function editManifest(files: PickedFile[], edit: (m: Manifest) => void): PickedFile[] {
  const manifest = manifestOf(files);
  edit(manifest);
  return replace(files, 'manifest.json', bytesOf(JSON.stringify(manifest, null, 2)));
}

describe('bundle check: files', () => {
  it('hashes like node:crypto', async () => {
    const bytes = bytesOf('留守儿童之家');
    expect(await sha256Hex(bytes)).toBe(hashOf(bytes));
  });

  it('passes a bundle as written, read from its own folder or from the folder above, with the figures its CSVs give', async () => {
    for (const folder of ['U盘/阳光小学-留守儿童之家-2026-W47', '阳光小学-留守儿童之家-2026-W47']) {
      const [check, ...rest] = await checkBundles(bundle(folder));
      expect(rest).toEqual([]);
      expect(check).toMatchObject({ folder, problems: [], status: 'current', copies: [] });
      expect(check.figures).toMatchObject({ children: 3, visits: 4, calls: 2, callsTalked: 1, loans: 1, returns: 1, signups: 2, attendances: 1 });
      expect(check.figures).toMatchObject({ dutySignIns: 2, dutiesPlanned: 2, dutiesCovered: 1, noCall30Days: 1, overdueBooks: 1 });
      expect(check.figures?.daily.map((d) => d.visits)).toEqual([2, 0, 1, 0, 0, 0, 1]);
      expect(check.figures?.care).toEqual({ children: 3, talkShare: 66.7, contactShare: 33.3, visitShare: 0, letterShare: 0 });
      expect(check.sheets?.checkins[0]).toMatchObject({ name: '张小明', grade: '4', classNo: '2', checkedInAt: '2026-11-16 16:00' });
      expect(bundleOk(check) && bundleCounts(check)).toBe(true);
    }
  });

  it('reads an English bundle by its English header words and values', async () => {
    const [check] = await checkBundles(bundle('en', { language: 'en' }));
    expect(check.problems).toEqual([]);
    expect(check.figures).toMatchObject({ visits: 4, callsTalked: 1, attendances: 1, dutiesCovered: 1, noCall30Days: 1 });
  });

  it('reads Windows separators and files picked at the bundle folder itself', async () => {
    const windows = bundle('x').map((f) => ({ ...f, relativePath: `E:\\周报\\${f.relativePath.replace('x/', '')}` }));
    const [check] = await checkBundles(windows);
    expect(check.folder).toBe('E:/周报');
    expect(bundleOk(check)).toBe(true);
  });

  it('catches a changed file, even one of the same size', async () => {
    const files = bundle('b');
    const csv = files.find((f) => f.relativePath.endsWith('checkins.csv'))!;
    const sameSize = new Uint8Array(csv.bytes);
    sameSize[sameSize.length - 3] ^= 1;
    const [check] = await checkBundles(replace(files, 'checkins.csv', sameSize));
    expect(check.problems).toEqual([{ kind: 'changed', file: 'checkins.csv' }]);
    expect(check.figures).toBeNull();
    expect(bundleOk(check)).toBe(false);

    const [longer] = await checkBundles(replace(files, 'summary.pdf', bytesOf('%PDF-1.7 fake, and more')));
    expect(longer.problems).toEqual([{ kind: 'changed', file: 'summary.pdf' }]);
  });

  it('catches a missing file and an unlisted one', async () => {
    const files = bundle('b').filter((f) => !f.relativePath.endsWith('summary.pdf'));
    files.push({ relativePath: 'b/extra.csv', bytes: bytesOf('a,b') });
    const [check] = await checkBundles(files);
    expect(check.problems).toEqual([
      { kind: 'missing', file: 'summary.pdf' },
      { kind: 'unlisted', file: 'extra.csv' },
    ]);
  });

  it('passes a bundle beside the lock file Excel or WPS leaves while the workbook is open, and the litter of file managers', async () => {
    const files = bundle('b');
    for (const name of ['~$阳光小学-留守儿童之家-2026-W47.xlsx', '~$summary.csv', '.DS_Store', 'Thumbs.db', 'THUMBS.DB', 'desktop.ini', '._summary.pdf']) {
      files.push({ relativePath: `b/${name}`, bytes: bytesOf('owner: 王老师') });
    }
    const [check] = await checkBundles(files);
    expect(check.problems).toEqual([]);
    expect(check.status).toBe('current');
    // The same files are not read at all: a lock file may be unreadable while Excel holds it.
    expect(selectBundleFiles(files)).toHaveLength(bundle('b').length);
  });

  it('reports a manifest that is not JSON, and one that is JSON but not a manifest', async () => {
    const [garbled] = await checkBundles(replace(bundle('b'), 'manifest.json', bytesOf('{"format": 1, ')));
    expect(garbled).toMatchObject({ manifest: null, status: 'failed', problems: [{ kind: 'manifest_unreadable' }] });

    const [binary] = await checkBundles(replace(bundle('b'), 'manifest.json', new Uint8Array([0xff, 0xfe, 0x7b, 0x7d])));
    expect(binary.problems).toEqual([{ kind: 'manifest_unreadable' }]);

    const [invalid] = await checkBundles(editManifest(bundle('b'), (m) => (m.week = '2026-47')));
    expect(invalid.problems).toEqual([{ kind: 'manifest_invalid', field: 'week' }]);
    expect(bundleOk(invalid)).toBe(false);
  });

  it('reads only the files inside bundle folders', () => {
    const files = [...bundle('usb/b1'), { relativePath: 'usb/照片/1.jpg', bytes: bytesOf('jpg') }, { relativePath: 'usb/b1/csv/x.csv', bytes: bytesOf('') }];
    const selected = selectBundleFiles(files).map((f) => f.relativePath);
    expect(selected).toHaveLength(bundle('usb/b1').length + 1);
    expect(selected).not.toContain('usb/照片/1.jpg');
    expect(selectBundleFiles([{ relativePath: 'usb/照片/1.jpg' }])).toEqual([]);
  });
});

describe('bundle check: figures', () => {
  it('marks a manifest whose figures its own files do not bear out, naming each figure', async () => {
    const edited = editManifest(bundle('b'), (m) => {
      m.summary.visits = 40;
      m.summary.callsTalked = 2;
      m.summary.daily[0].children = 9;
    });
    const [check] = await checkBundles(edited);
    expect(check.status).toBe('failed');
    expect(check.problems).toEqual([
      { kind: 'figure', field: 'visits', manifest: 40, files: 4 },
      { kind: 'figure', field: 'callsTalked', manifest: 2, files: 1 },
      { kind: 'figure', field: 'daily.2026-11-16.children', manifest: 9, files: 2 },
    ]);
    // The figures shown are still the files' own.
    expect(check.figures?.visits).toBe(4);
  });

  it('holds the end-of-week figures to summary.csv, which the hashes cover', async () => {
    const [check] = await checkBundles(editManifest(bundle('b'), (m) => (m.summary.noCall30Days = 0)));
    expect(check.problems).toEqual([{ kind: 'figure', field: 'noCall30Days', manifest: 0, files: 1 }]);
  });

  it('reports a CSV without a column the figures need, and one that is not UTF-8', async () => {
    const noOutcome = toCsv(['序号', '姓名'], [[1, '张小明']]);
    const files = bundle('b');
    const rewritten = (name: string, data: Uint8Array) =>
      editManifest(replace(files, name, data), (m) => {
        const entry = m.files.find((f) => f.name === name)!;
        entry.bytes = data.byteLength;
        entry.sha256 = hashOf(data);
      });
    const [check] = await checkBundles(rewritten('calls.csv', new Uint8Array(noOutcome)));
    expect(check.problems).toEqual([{ kind: 'csv_column', file: 'calls.csv', column: 'outcome' }]);
    const [gbk] = await checkBundles(rewritten('loans.csv', new Uint8Array([0xd5, 0xc5, 0x0d, 0x0a])));
    expect(gbk.problems).toEqual([{ kind: 'csv_unreadable', file: 'loans.csv' }]);
  });

  it('gives the same figures as the room’s own export wrote into the manifest', async () => {
    const r = await weekRoom();
    const run = await r.t.ok(r.t.admin, 'exports.week', { week: WEEK, folder: r.out, includeContacts: true });
    const files = fs.readdirSync(run.bundlePath).map((name) => ({
      relativePath: `usb/${path.basename(run.bundlePath)}/${name}`,
      bytes: new Uint8Array(fs.readFileSync(path.join(run.bundlePath, name))),
    }));
    const [check] = await checkBundles(files);
    expect(check.problems).toEqual([]);
    const { daily, ...figures } = check.figures!;
    const { daily: writtenDaily, ...written } = check.manifest!.summary;
    expect({ ...figures, care: undefined }).toEqual({ ...written, care: undefined });
    expect(daily).toEqual(writtenDaily);
    expect(check.figures?.care).not.toBeNull();
  });
});

describe('bundle check: the bundles of one week', () => {
  it('checks two rooms side by side, and one bad bundle leaves the other good', async () => {
    const good = bundle('all/阳光小学-留守儿童之家-2026-W47');
    const tampered = replace(bundle('all/青山小学-留守儿童之家-2026-W47', { school: '青山小学' }), 'summary.pdf', bytesOf('%PDF-1.7 fakf'));
    const checks = await checkBundles([...good, ...tampered, { relativePath: 'all/说明.txt', bytes: bytesOf('hi') }]);
    expect(checks.map((c) => [c.manifest?.school, c.status])).toEqual([
      ['青山小学', 'failed'],
      ['阳光小学', 'current'],
    ]);
    expect(checks[0].problems).toEqual([{ kind: 'changed', file: 'summary.pdf' }]);
  });

  it('counts byte-identical copies of one bundle once, naming where the copies are', async () => {
    const checks = await checkBundles([...bundle('周一/阳光-2026-W47'), ...bundle('周五/阳光-2026-W47'), ...bundle('备份/阳光-2026-W47')]);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      folder: '周一/阳光-2026-W47',
      copies: ['周五/阳光-2026-W47', '备份/阳光-2026-W47'].sort(),
      status: 'current',
      problems: [],
    });
  });

  it('flags two different bundles of one room, week and revision, and not the same room’s other week', async () => {
    const first = bundle('all/阳光-2026-W47');
    const other = bundle('all/阳光-2026-W47-2', { noCall30Days: 2 });
    const nextWeek = bundle('all/阳光-2026-W48', { week: '2026-W48', monday: '2026-11-23' });
    const checks = await checkBundles([...first, ...other, ...nextWeek]);
    const byFolder = Object.fromEntries(checks.map((c) => [c.folder, [c.status, c.problems]]));
    expect(byFolder['all/阳光-2026-W47']).toEqual(['failed', [{ kind: 'duplicate', folder: 'all/阳光-2026-W47-2' }]]);
    expect(byFolder['all/阳光-2026-W47-2']).toEqual(['failed', [{ kind: 'duplicate', folder: 'all/阳光-2026-W47' }]]);
    expect(byFolder['all/阳光-2026-W48']).toEqual(['current', []]);
  });

  it('counts the highest revision of a week and keeps the one it corrects as superseded, whichever order they come in', async () => {
    const original = bundle('u/阳光-2026-W47');
    const corrected = bundle('u/阳光-2026-W47-2', { revision: 2, replaces: '阳光-2026-W47', visits: sampleWeek().visits.slice(0, 3) });
    for (const files of [
      [...original, ...corrected],
      [...corrected, ...original],
    ]) {
      const checks = await checkBundles(files);
      expect(checks.map((c) => [c.folder, c.status, c.supersededBy, c.figures?.visits])).toEqual([
        ['u/阳光-2026-W47', 'superseded', 'u/阳光-2026-W47-2', 4],
        ['u/阳光-2026-W47-2', 'current', null, 3],
      ]);
      expect(checks.filter(bundleCounts).map((c) => c.manifest?.replaces)).toEqual(['阳光-2026-W47']);
    }
  });

  it('never counts a partial bundle as the week’s, alone or beside the full one', async () => {
    const partial = bundle('u/阳光-2026-W47.part', { partialUpTo: '2026-11-19T12:00:00+08:00', visits: sampleWeek().visits.slice(0, 2) });
    const [alone] = await checkBundles(partial);
    expect(alone).toMatchObject({ status: 'partial', problems: [] });
    expect(bundleOk(alone) && !bundleCounts(alone)).toBe(true);

    const both = await checkBundles([...partial, ...bundle('u/阳光-2026-W47')]);
    expect(both.map((c) => [c.folder, c.status])).toEqual([
      ['u/阳光-2026-W47', 'current'],
      ['u/阳光-2026-W47.part', 'partial'],
    ]);
  });

  it('lets a correction count only once it passes: a tampered revision 2 leaves revision 1 the week’s', async () => {
    const corrected = editManifest(bundle('u/b2', { revision: 2, replaces: 'b1' }), (m) => (m.summary.visits = 99));
    const checks = await checkBundles([...bundle('u/b1'), ...corrected]);
    expect(checks.map((c) => [c.folder, c.status])).toEqual([
      ['u/b1', 'current'],
      ['u/b2', 'failed'],
    ]);
  });
});
