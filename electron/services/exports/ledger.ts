// The register of left-behind children (台账) as .xlsx and the same table as CSV, for the forms schools
// must fill: its columns are register.ts's; the worker (bundleThread.ts) reads and draws it, and the
// files are written here, each read back before it takes its name.
import fs from 'node:fs';
import path from 'node:path';
import type { LedgerResult } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { drawInWorker } from './bundleThread';
import { sha256 } from './manifest';
import { freeName, isDirectory, joinName } from './names';
import { claim, PARTIAL, removeStalePartials } from './partials';

export interface LedgerRequest {
  folder?: string;
  includeContacts: boolean;
}

/** Writes each file under a temporary name, reads it back, then gives it its name; undoes all on failure. */
function writeFiles(folder: string, files: { name: string; data: Buffer }[]): void {
  const done: string[] = [];
  const releases = files.map((file) => claim(path.join(folder, `${file.name}${PARTIAL}`)));
  try {
    for (const file of files) {
      const temp = path.join(folder, `${file.name}${PARTIAL}`);
      done.push(temp);
      fs.writeFileSync(temp, file.data, { flush: true });
      if (sha256(fs.readFileSync(temp)) !== sha256(file.data)) throw new AppError('file_write_failed', { path: temp, reason: 'verify' });
    }
    for (const file of files) {
      fs.renameSync(path.join(folder, `${file.name}${PARTIAL}`), path.join(folder, file.name));
      done.push(path.join(folder, file.name));
    }
  } catch (error) {
    for (const written of done) fs.rmSync(written, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('file_write_failed', { path: path.join(folder, files[0]?.name ?? '') });
  } finally {
    for (const release of releases) release();
  }
}

/** Outside a transaction: the bundle worker reads the rows from a snapshot and draws the files; the audit row is the one write. */
export async function exportLedger(deps: ServiceDeps, databaseFile: string, request: LedgerRequest): Promise<LedgerResult> {
  const { db, clock, audit } = deps;
  const settings = await readSettings(db);
  const folder = request.folder || settings.exportFolder;
  if (!folder) throw invalid(['folder'], 'required');
  if (!path.isAbsolute(folder)) throw invalid(['folder'], 'invalid');
  if (!isDirectory(folder)) throw new AppError('folder_missing', { path: folder });

  removeStalePartials(folder);

  const drawn = await drawInWorker({ kind: 'ledger', databaseFile, now: clock.now().getTime(), settings, includeContacts: request.includeContacts });
  const base = freeName(folder, joinName(settings.schoolName, settings.roomName, '台账', clock.today()), ['.xlsx', '.csv', `.xlsx${PARTIAL}`, `.csv${PARTIAL}`]);
  writeFiles(folder, [
    { name: `${base}.xlsx`, data: Buffer.from(drawn.xlsx) },
    { name: `${base}.csv`, data: Buffer.from(drawn.csv) },
  ]);
  await audit.record('exports.ledger', 'child', null, { rows: drawn.rows, includeContacts: request.includeContacts });
  return { file: path.join(folder, `${base}.xlsx`), rows: drawn.rows, includeContacts: request.includeContacts };
}
