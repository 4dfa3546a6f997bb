import { z } from 'zod';
import { ISO_WEEK_PATTERN, type BackupFile, type BackupList, type ExportRun, type ExportStatus, type LedgerResult, type RestoreResult } from '../domain';
import { returns } from '../registry';

export const isoWeek = z.string({ error: 'required' }).trim().regex(ISO_WEEK_PATTERN, { error: 'invalid' });
/** A folder on this PC; '' or absent: the folder in Settings.exportFolder. */
const folder = z
  .string()
  .trim()
  .max(500, { error: 'too_long' })
  .refine((p) => !/[\0\r\n]/.test(p), { error: 'invalid' })
  .optional();

export const exportsMethods = {
  /** Writes one week's bundle into a new folder and records it once every file is verified. */
  'exports.week': returns<ExportRun>()(
    'admin',
    z.object({ week: isoWeek, folder, includeContacts: z.boolean().default(false) }),
  ),
  'exports.history': returns<ExportRun[]>()('admin', z.object({})),
  'exports.status': returns<ExportStatus>()('admin', z.object({})),
  /** The left-behind children's register (台账) as .xlsx, in the fields of the national survey. */
  'exports.ledger': returns<LedgerResult>()('admin', z.object({ folder, includeContacts: z.boolean().default(false) })),
  /** The system's folder chooser, opened at the typed folder; folder null when the person cancels. */
  'exports.chooseFolder': returns<{ folder: string | null }>()('admin', z.object({ startIn: folder })),
};

/** A backup is named by its file name in the backup folder, never by a path from the window. */
const backupName = z
  .string({ error: 'required' })
  .regex(/^[\w.-]+\.sqlite$/, { error: 'invalid' })
  .max(200, { error: 'too_long' });

export const backupsMethods = {
  'backups.list': returns<BackupList>()('admin', z.object({})),
  'backups.now': returns<BackupFile>()('admin', z.object({})),
  /** Checks the backup (integrity, schema version), keeps the current file aside, then restores. */
  'backups.restore': returns<RestoreResult>()('admin', z.object({ name: backupName })),
};
