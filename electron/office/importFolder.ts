// "导入周报" and `office-import`: every bundle under a folder (a USB drive, a shared folder the rooms
// export into) is checked as the office screen checks it (shared/bundleCheck), then stored, one
// transaction each. A bundle that fails is listed with its reasons and stored nowhere.
import fs from 'node:fs';
import path from 'node:path';
import { checkBundles, isLitter, type BundleCheck, type BundleProblem, type PickedFile } from '../../shared/bundleCheck';
import { MANIFEST_FILE } from '../../shared/bundle';
import { AppError } from '../../shared/errors';
import type { OfficeDb } from './open';
import { storeBundle, type StoreOutcome } from './officeStore';

export type ImportOutcome =
  | StoreOutcome
  | { kind: 'failed'; problems: BundleProblem[] }
  /** Taken while its week ran: never the week's report, not stored. */
  | { kind: 'partial' }
  /** The database refused it: on PostgreSQL, another school's bundle for this school's role. */
  | { kind: 'refused' };

export interface ImportLine {
  folder: string;
  school: string | null;
  room: string | null;
  week: string | null;
  revision: number | null;
  outcome: ImportOutcome;
}

/** Every file under `root` that sits in a folder holding a manifest.json (read lazily, folder by folder). */
function bundleFolders(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === MANIFEST_FILE)) found.push(dir);
    for (const e of entries) if (e.isDirectory()) walk(path.join(dir, e.name));
  };
  walk(root);
  return found;
}

function readFolder(root: string, dir: string): PickedFile[] {
  const files: PickedFile[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        // A nested bundle is read as its own.
        if (!fs.existsSync(path.join(full, MANIFEST_FILE))) walk(full);
      } else if (e.isFile() && !isLitter(e.name)) {
        files.push({ relativePath: path.relative(root, full).split(path.sep).join('/'), bytes: new Uint8Array(fs.readFileSync(full)) });
      }
    }
  };
  walk(dir);
  return files;
}

/** Checks every bundle under `root` together (so copies, revisions and partial bundles are seen as one lot). */
export async function checkFolder(root: string): Promise<BundleCheck[]> {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new AppError('folder_missing', { path: root });
  const picked = bundleFolders(root).flatMap((dir) => readFolder(root, dir));
  return checkBundles(picked);
}

const lineOf = (check: BundleCheck, outcome: ImportOutcome): ImportLine => ({
  folder: check.folder,
  school: check.manifest?.school ?? null,
  room: check.manifest?.room ?? null,
  week: check.manifest?.week ?? null,
  revision: check.manifest?.revision ?? null,
  outcome,
});

export async function importFolder(office: OfficeDb, root: string, now: () => Date = () => new Date()): Promise<ImportLine[]> {
  const checks = await checkFolder(root);
  // Lower revisions first, so a correction finds the bundle it supersedes already stored.
  const ordered = [...checks].sort((a, b) => (a.manifest?.revision ?? 0) - (b.manifest?.revision ?? 0));
  const lines: ImportLine[] = [];
  for (const check of ordered) {
    if (check.status === 'failed') lines.push(lineOf(check, { kind: 'failed', problems: check.problems }));
    else if (check.status === 'partial') lines.push(lineOf(check, { kind: 'partial' }));
    else {
      try {
        lines.push(lineOf(check, await storeBundle(office, check, now().toISOString())));
      } catch (error) {
        if (!refusedByDatabase(error)) throw error;
        lines.push(lineOf(check, { kind: 'refused' }));
      }
    }
  }
  return lines.sort((a, b) => a.folder.localeCompare(b.folder, 'zh-CN'));
}

/** Another school's row not visible to this role, or PostgreSQL's 42501: a row-level security policy said no. */
function refusedByDatabase(error: unknown): boolean {
  if (error instanceof AppError) return error.code === 'forbidden';
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '42501';
}
