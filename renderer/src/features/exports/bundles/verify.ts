// The school office's check of weekly bundles picked from a folder: which folders hold a manifest,
// whether each manifest reads, whether every listed file is there with its size and SHA-256, and
// whether two bundles claim the same school, room and week. Pure (no DOM, no Node; WebCrypto exists
// in both), so the screen and the unit tests run the same code. Nothing is written anywhere.
import { MANIFEST_FILE, manifestSchema, type Manifest } from '../../../../../shared/bundle';

export interface PickedFile {
  /** Path inside the picked folder, '/' or '\' separated, e.g. 'usb/阳光小学-留守儿童之家-2026-W47/summary.pdf'. */
  relativePath: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export type BundleProblem =
  | { kind: 'manifest_unreadable' }
  | { kind: 'manifest_invalid'; field: string }
  | { kind: 'missing'; file: string }
  | { kind: 'changed'; file: string }
  | { kind: 'unlisted'; file: string }
  | { kind: 'duplicate'; folder: string };

export interface BundleCheck {
  /** The folder holding manifest.json, relative to the picked folder ('' when it is the picked folder). */
  folder: string;
  manifest: Manifest | null;
  problems: BundleProblem[];
}

/** Files a file manager leaves behind on a USB drive; they are not a change to the bundle. */
const FILE_MANAGER_LITTER = /^(\._.*|\.DS_Store|Thumbs\.db|desktop\.ini)$/i;

const normalize = (p: string) => p.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const dirName = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const inside = (folder: string, p: string) => (folder === '' ? p : p.slice(folder.length + 1));

/** The folders holding a manifest, deepest first, so a file belongs to the nearest one. */
function bundleFolders(paths: string[]): string[] {
  const folders = new Set(paths.filter((p) => baseName(p) === MANIFEST_FILE).map(dirName));
  return [...folders].sort((a, b) => b.length - a.length);
}

function ownerOf(path: string, folders: string[]): string | undefined {
  return folders.find((f) => f === '' || path.startsWith(`${f}/`));
}

/** The picked files that belong to some bundle: only these need reading. */
export function selectBundleFiles<T extends { relativePath: string }>(files: T[]): T[] {
  const folders = bundleFolders(files.map((f) => normalize(f.relativePath)));
  return files.filter((f) => ownerOf(normalize(f.relativePath), folders) !== undefined);
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function parseManifest(bytes: Uint8Array): { manifest: Manifest } | { problem: BundleProblem } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { problem: { kind: 'manifest_unreadable' } };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return { problem: { kind: 'manifest_invalid', field: parsed.error.issues[0]?.path.join('.') ?? '' } };
  return { manifest: parsed.data };
}

async function checkFiles(manifest: Manifest, files: Map<string, Uint8Array<ArrayBuffer>>): Promise<BundleProblem[]> {
  const problems: BundleProblem[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    const name = normalize(entry.name);
    listed.add(name);
    const bytes = files.get(name);
    if (!bytes) problems.push({ kind: 'missing', file: entry.name });
    else if (bytes.byteLength !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) problems.push({ kind: 'changed', file: entry.name });
  }
  for (const name of files.keys()) {
    if (name !== MANIFEST_FILE && !listed.has(name) && !FILE_MANAGER_LITTER.test(baseName(name))) problems.push({ kind: 'unlisted', file: name });
  }
  return problems;
}

async function checkOne(folder: string, files: Map<string, Uint8Array<ArrayBuffer>>): Promise<BundleCheck> {
  const parsed = parseManifest(files.get(MANIFEST_FILE) ?? new Uint8Array());
  if ('problem' in parsed) return { folder, manifest: null, problems: [parsed.problem] };
  return { folder, manifest: parsed.manifest, problems: await checkFiles(parsed.manifest, files) };
}

/** Two bundles of the same school, room and week would count that week twice: flag each of them. */
function flagDuplicates(checks: BundleCheck[]): void {
  const byKey = new Map<string, BundleCheck[]>();
  for (const check of checks) {
    if (!check.manifest) continue;
    const key = JSON.stringify([check.manifest.school, check.manifest.room, check.manifest.week]);
    byKey.set(key, [...(byKey.get(key) ?? []), check]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const check of group) {
      for (const other of group) if (other !== check) check.problems.push({ kind: 'duplicate', folder: other.folder });
    }
  }
}

const sortKey = (c: BundleCheck) => [c.manifest?.school ?? '', c.manifest?.room ?? '', c.manifest?.week ?? '', c.folder];

/** Every bundle among the picked files, checked; files outside any bundle folder are ignored. */
export async function checkBundles(picked: PickedFile[]): Promise<BundleCheck[]> {
  const paths = picked.map((f) => ({ path: normalize(f.relativePath), bytes: f.bytes }));
  const folders = bundleFolders(paths.map((p) => p.path));
  const groups = new Map<string, Map<string, Uint8Array<ArrayBuffer>>>(folders.map((f) => [f, new Map()]));
  for (const { path, bytes } of paths) {
    const owner = ownerOf(path, folders);
    if (owner !== undefined) groups.get(owner)?.set(inside(owner, path), bytes);
  }
  const checks = await Promise.all([...groups].map(([folder, files]) => checkOne(folder, files)));
  flagDuplicates(checks);
  return checks.sort((a, b) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    const i = ka.findIndex((v, n) => v !== kb[n]);
    return i < 0 ? 0 : ka[i].localeCompare(kb[i], 'zh-CN');
  });
}

export const bundleOk = (check: BundleCheck): boolean => check.manifest !== null && check.problems.length === 0;
