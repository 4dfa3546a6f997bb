// The school office's check of weekly bundles, one for the office screen (files picked in the
// renderer) and the office import (files read by the main process or the CLI): which folders hold a
// manifest, whether each manifest reads, whether every listed file is there with its size and SHA-256,
// whether the manifest's figures are what its own CSVs give, and how the bundles of one room and week
// stand (byte-identical copies once, the highest revision counts, partial bundles never). Pure: no
// DOM, no Node (WebCrypto exists in both).
import { MANIFEST_FILE, manifestSchema, type Manifest } from '../bundle';
import { compareFigures, readSheets, recompute } from './figures';
import { compareIncidents } from './incidents';
import { compareLectures } from './lectures';
import type { BundleCheck, BundleProblem } from './types';

export type { BundleCheck, BundleFigures, BundleProblem, BundleSheets, BundleStatus, CareFigures } from './types';

export interface PickedFile {
  /** Path inside the picked folder, '/' or '\' separated, e.g. 'usb/阳光小学-留守儿童之家-2026-W47/summary.pdf'. */
  relativePath: string;
  bytes: Uint8Array<ArrayBuffer>;
}

type Files = Map<string, Uint8Array<ArrayBuffer>>;

/**
 * Files a file manager or an office program leaves beside a bundle; they are not a change to it:
 * macOS's ._* and .DS_Store, Windows' Thumbs.db and desktop.ini, and the ~$… lock file Excel or WPS
 * keeps while the workbook is open.
 */
const LITTER = /^(\._.*|\.DS_Store|Thumbs\.db|desktop\.ini|~\$.*)$/i;

/** A file beside a bundle that is no part of it (never read: Excel may hold its lock file open). */
export const isLitter = (fileName: string): boolean => LITTER.test(fileName);

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

/** The picked files that belong to some bundle and are not litter: only these need reading. */
export function selectBundleFiles<T extends { relativePath: string }>(files: T[]): T[] {
  const folders = bundleFolders(files.map((f) => normalize(f.relativePath)));
  return files.filter((f) => !LITTER.test(baseName(normalize(f.relativePath))) && ownerOf(normalize(f.relativePath), folders) !== undefined);
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

function checkFiles(manifest: Manifest, files: Files, hashes: Map<string, string>): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    const name = normalize(entry.name);
    listed.add(name);
    const bytes = files.get(name);
    if (!bytes) problems.push({ kind: 'missing', file: entry.name });
    else if (bytes.byteLength !== entry.bytes || hashes.get(name) !== entry.sha256) problems.push({ kind: 'changed', file: entry.name });
  }
  for (const name of files.keys()) if (name !== MANIFEST_FILE && !listed.has(name)) problems.push({ kind: 'unlisted', file: name });
  return problems;
}

async function checkOne(folder: string, files: Files): Promise<BundleCheck> {
  const names = [...files.keys()].sort();
  const hashes = new Map(await Promise.all(names.map(async (name) => [name, await sha256Hex(files.get(name) ?? new Uint8Array())] as const)));
  const fingerprint = await sha256Hex(new TextEncoder().encode(names.map((n) => `${n}\0${hashes.get(n)}\n`).join('')));
  const base = { folder, fingerprint, copies: [], supersededBy: null, figures: null, sheets: null };
  const parsed = parseManifest(files.get(MANIFEST_FILE) ?? new Uint8Array());
  if ('problem' in parsed) return { ...base, manifest: null, problems: [parsed.problem], status: 'failed' };
  const { manifest } = parsed;
  const problems = checkFiles(manifest, files, hashes);
  // Figures are recomputed only from files that are as listed: a changed CSV already says enough.
  if (problems.length > 0) return { ...base, manifest, problems, status: 'failed' };
  const sheets = readSheets(manifest, files);
  if ('problems' in sheets) return { ...base, manifest, problems: sheets.problems, status: 'failed' };
  const figures = recompute(manifest, sheets.ok, files);
  if ('problems' in figures) return { ...base, manifest, sheets: sheets.ok, problems: figures.problems, status: 'failed' };
  const wrong = [...compareFigures(manifest, figures.ok), ...compareLectures(manifest, files.get('summary.csv')), ...compareIncidents(manifest, files.get('summary.csv'))];
  return { ...base, manifest, sheets: sheets.ok, figures: figures.ok, problems: wrong, status: wrong.length > 0 ? 'failed' : 'current' };
}

/** Byte-identical copies (the same bundle copied twice onto a drive) become one check naming the others. */
function mergeCopies(checks: BundleCheck[]): BundleCheck[] {
  const first = new Map<string, BundleCheck>();
  for (const check of [...checks].sort((a, b) => a.folder.localeCompare(b.folder))) {
    const kept = first.get(check.fingerprint);
    if (kept) kept.copies.push(check.folder);
    else first.set(check.fingerprint, check);
  }
  return [...first.values()];
}

/**
 * Of the bundles of one room and week that passed: partial ones never count; of the rest the highest
 * revision is the week's and the lower ones are superseded. Two different bundles at the top revision
 * contradict each other: both are flagged and neither counts.
 */
function rankRevisions(checks: BundleCheck[]): void {
  const byWeek = new Map<string, BundleCheck[]>();
  for (const check of checks) {
    if (check.status === 'failed' || !check.manifest) continue;
    if (check.manifest.partialUpTo !== null) {
      check.status = 'partial';
      continue;
    }
    const key = JSON.stringify([check.manifest.school, check.manifest.room, check.manifest.week]);
    byWeek.set(key, [...(byWeek.get(key) ?? []), check]);
  }
  for (const group of byWeek.values()) {
    const top = Math.max(...group.map((c) => c.manifest?.revision ?? 1));
    const newest = group.filter((c) => c.manifest?.revision === top);
    for (const check of group) {
      if (check.manifest?.revision !== top) {
        check.status = 'superseded';
        check.supersededBy = newest[0]!.folder; // top is a revision in the group
      } else if (newest.length > 1) {
        check.status = 'failed';
        for (const other of newest) if (other !== check) check.problems.push({ kind: 'duplicate', folder: other.folder });
      }
    }
  }
}

const sortKey = (c: BundleCheck) => [c.manifest?.school ?? '', c.manifest?.room ?? '', c.manifest?.week ?? '', String(c.manifest?.revision ?? 0).padStart(4, '0'), c.folder];

/** Every bundle among the picked files, checked; files outside any bundle folder are ignored. */
export async function checkBundles(picked: PickedFile[]): Promise<BundleCheck[]> {
  const paths = selectBundleFiles(picked).map((f) => ({ path: normalize(f.relativePath), bytes: f.bytes }));
  const folders = bundleFolders(paths.map((p) => p.path));
  const groups = new Map<string, Files>(folders.map((f) => [f, new Map()]));
  for (const { path, bytes } of paths) {
    const owner = ownerOf(path, folders);
    if (owner !== undefined) groups.get(owner)?.set(inside(owner, path), bytes);
  }
  const checks = mergeCopies(await Promise.all([...groups].map(([folder, files]) => checkOne(folder, files))));
  rankRevisions(checks);
  return checks.sort((a, b) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    const i = ka.findIndex((v, n) => v !== kb[n]);
    return i < 0 ? 0 : ka[i]!.localeCompare(kb[i]!, 'zh-CN'); // keys of the same length
  });
}

/** The bundle is as its room wrote it (it may still be superseded or partial). */
export const bundleOk = (check: BundleCheck): boolean => check.status !== 'failed';
/** The bundle is its week's export: the one whose figures count. */
export const bundleCounts = (check: BundleCheck): boolean => check.status === 'current';
