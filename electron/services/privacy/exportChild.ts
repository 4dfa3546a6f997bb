// A child's own data on request (PIPL arts. 45 and 50): one new folder with an .xlsx to read, a
// .json that keeps every value as stored, and her photo as an image file when one is kept. Written beside, then renamed, so a pulled USB drive leaves
// no half folder that looks complete.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ParsedInput } from '../../../shared/contract';
import type { ChildDataExport, Settings } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { photoType } from '../../../shared/photo';
import { withSnapshot } from '../../db/snapshot';
import { recordAccess } from '../accessLog';
import { addPlainRow } from '../exports/cells';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { COLUMNS, createChildDataReader, SECTIONS, type ChildData } from './childData';
import { labelsFor } from './labels';

const XLSX = 'child-data.xlsx';
const JSON_FILE = 'child-data.json';

export function createChildExportService(deps: ServiceDeps, databaseFile: string) {
  const { db, clock } = deps;

  async function exportChild({ childId, folder }: ParsedInput<'privacy.exportChild'>): Promise<ChildDataExport> {
    const child = await db.selectFrom('child').select(['id', 'name']).where('id', '=', childId).executeTakeFirst();
    if (!child) throw new AppError('not_found', { entity: 'child' });
    if (!isFolder(folder)) throw new AppError('folder_missing', { path: folder });

    const settings = await readSettings(db);
    const { data, photo } = await withSnapshot(databaseFile, async (snapshot) => ({
      data: await createChildDataReader({ db: snapshot }).read(childId),
      photo: (await snapshot.selectFrom('child_photo').select('photo').where('child_id', '=', childId).executeTakeFirst())?.photo ?? null,
    }));
    const target = freePath(folder, `${safeName(child.name)}-${child.id}-${clock.today()}`);
    const photoFile = photo ? `photo.${photoExtension(photo)}` : null;
    await writeFolder(target, data, settings, photo && photoFile ? { name: photoFile, bytes: photo } : null);
    // Logged after the files exist: a failed export leaves neither files nor a log row.
    await recordAccess(deps, childId, 'data_export');
    const counts = Object.fromEntries(SECTIONS.filter((s) => s !== 'file').map((s) => [s, data[s].length]));
    return { path: target, files: [XLSX, JSON_FILE, ...(photoFile ? [photoFile] : [])], counts };
  }

  async function writeFolder(target: string, data: ChildData, settings: Settings, photo: { name: string; bytes: Uint8Array } | null): Promise<void> {
    const partial = `${target}.partial`;
    try {
      fs.mkdirSync(partial);
      await workbook(data, settings).xlsx.writeFile(path.join(partial, XLSX));
      const json = { exportedAt: clock.stamp(), school: settings.schoolName, room: settings.roomName, ...data, file: data.file[0] };
      fs.writeFileSync(path.join(partial, JSON_FILE), `${JSON.stringify(json, null, 2)}\n`);
      if (photo) fs.writeFileSync(path.join(partial, photo.name), photo.bytes);
      fs.renameSync(partial, target);
    } catch {
      fs.rmSync(partial, { recursive: true, force: true });
      throw new AppError('file_write_failed', { path: target });
    }
  }

  return { exportChild };
}

/** jpg, png or webp, from the stored bytes. */
function photoExtension(bytes: Uint8Array): string {
  const type = photoType(bytes).slice('image/'.length);
  return type === 'jpeg' ? 'jpg' : type;
}

function workbook(data: ChildData, settings: Settings): ExcelJS.Workbook {
  const labels = labelsFor(settings.language, settings.timezone);
  const book = new ExcelJS.Workbook();
  // The file reads down (field, value); every other section is a table with one row per record.
  const file = book.addWorksheet(labels.sheet('file'));
  file.columns = [{ width: 20 }, { width: 50 }];
  addPlainRow(file, [labels.fieldHeader, labels.valueHeader]).font = { bold: true };
  const row = data.file[0]!; // the child's own row
  for (const key of COLUMNS.file) addPlainRow(file, [labels.column(key), labels.value(key, row[key] ?? null)]);

  for (const section of SECTIONS.filter((s) => s !== 'file')) {
    const sheet = book.addWorksheet(labels.sheet(section));
    const keys = COLUMNS[section];
    sheet.columns = keys.map((key) => ({ width: key === 'text' || key === 'note' ? 50 : 18 }));
    addPlainRow(
      sheet,
      keys.map((key) => labels.column(key, section)),
    ).font = { bold: true };
    for (const r of data[section])
      addPlainRow(
        sheet,
        keys.map((key) => labels.value(key, r[key] ?? null)),
      );
  }
  return book;
}

function isFolder(folder: string): boolean {
  try {
    return path.isAbsolute(folder) && fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Characters Windows refuses in a file name become '_'. */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').replace(/^[.\s]+|[.\s]+$/g, '') || 'child';
}

/** `base`, or `base-2`, `base-3`… when a folder of that name is already there (a second request the same day). */
function freePath(folder: string, base: string): string {
  let candidate = path.join(folder, base);
  for (let n = 2; fs.existsSync(candidate) || fs.existsSync(`${candidate}.partial`); n += 1) {
    candidate = path.join(folder, `${base}-${n}`);
  }
  return candidate;
}
