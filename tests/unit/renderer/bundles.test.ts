// The school office's bundle check, on bundles built here by hand with node:crypto's hashes: a bundle
// as written passes; a changed, missing or unlisted file, a bad manifest and two bundles of the same
// room and week are each caught, and one bad bundle does not spoil the others.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../../shared/bundle';
import { bundleOk, checkBundles, selectBundleFiles, sha256Hex, type PickedFile } from '../../../renderer/src/features/exports/bundles/verify';

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Options {
  school?: string;
  room?: string;
  week?: string;
}

function manifestFor(files: Record<string, Uint8Array>, { school = '阳光小学', room = '留守儿童之家', week = '2026-W47' }: Options): Manifest {
  return {
    format: 1,
    app: { name: "Children's Home", version: '0.1.0' },
    schemaVersion: 7,
    school,
    room,
    week,
    from: '2026-11-16',
    to: '2026-11-22',
    timezone: 'Asia/Shanghai',
    language: 'zh-CN',
    createdAt: '2026-11-20T18:00:00+08:00',
    trigger: 'manual',
    includeContacts: false,
    partialUpTo: null,
    revision: 1,
    replaces: null,
    sheets: [{ key: 'checkins', title: '签到', rows: 2 }],
    summary: {
      children: 2,
      visits: 3,
      calls: 1,
      callsTalked: 1,
      loans: 1,
      returns: 0,
      signups: 0,
      attendances: 0,
      dutySignIns: 1,
      dutiesCovered: 1,
      dutiesPlanned: 2,
      noCall30Days: 1,
      overdueBooks: 0,
      daily: [{ date: '2026-11-16', visits: 3, children: 2 }],
    },
    files: Object.entries(files).map(([name, bytes]) => ({ name, bytes: bytes.byteLength, sha256: hashOf(bytes) })),
  };
}

/** A bundle folder as the room PC writes it: data files, then manifest.json listing them. */
function bundle(folder: string, options: Options = {}): PickedFile[] {
  const files: Record<string, Uint8Array> = {
    '阳光小学-2026-W47.xlsx': bytesOf('PK fake workbook'),
    '签到.csv': bytesOf('\uFEFF姓名,签到\n张小明,"2026-11-16 16:30"\n'),
    'summary.pdf': bytesOf('%PDF-1.7 fake'),
  };
  const manifest = bytesOf(JSON.stringify(manifestFor(files, options), null, 2));
  return [...Object.entries(files), ['manifest.json', manifest] as const].map(([name, bytes]) => ({
    relativePath: `${folder}/${name}`,
    bytes: new Uint8Array(bytes),
  }));
}

const replace = (files: PickedFile[], name: string, bytes: Uint8Array): PickedFile[] =>
  files.map((f) => (f.relativePath.endsWith(`/${name}`) ? { ...f, bytes: new Uint8Array(bytes) } : f));

describe('bundle check', () => {
  it('hashes like node:crypto', async () => {
    const bytes = bytesOf('留守儿童之家');
    expect(await sha256Hex(bytes)).toBe(hashOf(bytes));
  });

  it('passes a bundle as written, read from its own folder or from the folder above', async () => {
    for (const folder of ['U盘/阳光小学-留守儿童之家-2026-W47', '阳光小学-留守儿童之家-2026-W47']) {
      const [check, ...rest] = await checkBundles(bundle(folder));
      expect(rest).toEqual([]);
      expect(check.folder).toBe(folder);
      expect(check.problems).toEqual([]);
      expect(check.manifest?.summary.visits).toBe(3);
      expect(bundleOk(check)).toBe(true);
    }
  });

  it('reads Windows separators and files picked at the bundle folder itself', async () => {
    const windows = bundle('x').map((f) => ({ ...f, relativePath: f.relativePath.replace('x/', '') }));
    const [check] = await checkBundles(windows.map((f) => ({ ...f, relativePath: `E:\\周报\\${f.relativePath}` })));
    expect(check.folder).toBe('E:/周报');
    expect(bundleOk(check)).toBe(true);
  });

  it('catches a changed file, even one of the same size', async () => {
    const files = bundle('b');
    const csv = files.find((f) => f.relativePath.endsWith('.csv'))!;
    const sameSize = new Uint8Array(csv.bytes);
    sameSize[sameSize.length - 2] ^= 1;
    const [check] = await checkBundles(replace(files, '签到.csv', sameSize));
    expect(check.problems).toEqual([{ kind: 'changed', file: '签到.csv' }]);
    expect(bundleOk(check)).toBe(false);

    const [longer] = await checkBundles(replace(files, 'summary.pdf', bytesOf('%PDF-1.7 fake, and more')));
    expect(longer.problems).toEqual([{ kind: 'changed', file: 'summary.pdf' }]);
  });

  it('catches a missing file and an unlisted one, but not a file manager’s litter', async () => {
    const files = bundle('b').filter((f) => !f.relativePath.endsWith('summary.pdf'));
    files.push({ relativePath: 'b/extra.csv', bytes: bytesOf('a,b') });
    files.push({ relativePath: 'b/Thumbs.db', bytes: bytesOf('x') });
    files.push({ relativePath: 'b/._summary.pdf', bytes: bytesOf('x') });
    const [check] = await checkBundles(files);
    expect(check.problems).toEqual([
      { kind: 'missing', file: 'summary.pdf' },
      { kind: 'unlisted', file: 'extra.csv' },
    ]);
  });

  it('reports a manifest that is not JSON, and one that is JSON but not a manifest', async () => {
    const [garbled] = await checkBundles(replace(bundle('b'), 'manifest.json', bytesOf('{"format": 1, ')));
    expect(garbled).toMatchObject({ manifest: null, problems: [{ kind: 'manifest_unreadable' }] });

    const notUtf8 = new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]);
    const [binary] = await checkBundles(replace(bundle('b'), 'manifest.json', notUtf8));
    expect(binary.problems).toEqual([{ kind: 'manifest_unreadable' }]);

    const wrongWeek = JSON.parse(Buffer.from(bundle('b').find((f) => f.relativePath.endsWith('manifest.json'))!.bytes).toString('utf8')) as Manifest;
    wrongWeek.week = '2026-47';
    const [invalid] = await checkBundles(replace(bundle('b'), 'manifest.json', bytesOf(JSON.stringify(wrongWeek))));
    expect(invalid.problems).toEqual([{ kind: 'manifest_invalid', field: 'week' }]);
    expect(bundleOk(invalid)).toBe(false);
  });

  it('checks two rooms side by side, and one bad bundle leaves the other good', async () => {
    const good = bundle('all/阳光小学-留守儿童之家-2026-W47');
    const other = bundle('all/青山小学-留守儿童之家-2026-W47', { school: '青山小学' });
    const tampered = replace(other, 'summary.pdf', bytesOf('%PDF-1.7 fakf'));
    const checks = await checkBundles([...good, ...tampered, { relativePath: 'all/说明.txt', bytes: bytesOf('hi') }]);
    expect(checks.map((c) => [c.manifest?.school, bundleOk(c)])).toEqual([
      ['青山小学', false],
      ['阳光小学', true],
    ]);
    expect(checks[0].problems).toEqual([{ kind: 'changed', file: 'summary.pdf' }]);
  });

  it('flags both bundles of one school, room and week, and not the same room’s other week', async () => {
    const first = bundle('all/阳光-2026-W47');
    const again = bundle('all/阳光-2026-W47-2');
    const nextWeek = bundle('all/阳光-2026-W48', { week: '2026-W48' });
    const checks = await checkBundles([...first, ...again, ...nextWeek]);
    const byFolder = Object.fromEntries(checks.map((c) => [c.folder, c.problems]));
    expect(byFolder['all/阳光-2026-W47']).toEqual([{ kind: 'duplicate', folder: 'all/阳光-2026-W47-2' }]);
    expect(byFolder['all/阳光-2026-W47-2']).toEqual([{ kind: 'duplicate', folder: 'all/阳光-2026-W47' }]);
    expect(byFolder['all/阳光-2026-W48']).toEqual([]);
  });

  it('reads only the files inside bundle folders', () => {
    const picked = [...bundle('usb/b1'), { relativePath: 'usb/照片/1.jpg', bytes: bytesOf('jpg') }, { relativePath: 'usb/b1/csv/x.csv', bytes: bytesOf('') }];
    const selected = selectBundleFiles(picked).map((f) => f.relativePath);
    expect(selected).toHaveLength(5);
    expect(selected).not.toContain('usb/照片/1.jpg');
    expect(selectBundleFiles([{ relativePath: 'usb/照片/1.jpg' }])).toEqual([]);
  });
});
