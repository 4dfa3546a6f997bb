import { z } from 'zod';
import { ISO_WEEK_PATTERN, type ExportRun, type ExportStatus, type LedgerResult } from '../domain';
import { OUTSIDE_TRANSACTION, returns } from '../registry';

export const isoWeek = z.string({ error: 'required' }).trim().regex(ISO_WEEK_PATTERN, { error: 'invalid' });
/** A folder on this PC; '' or absent: the folder in Settings.exportFolder. */
const folder = z
  .string()
  .trim()
  .max(500, { error: 'too_long' })
  .refine((p) => !/[\0\r\n]/.test(p), { error: 'invalid' })
  .optional();

export const exportsContract = {
  /**
   * Writes one week's bundle into a new folder and records it once every file is verified. Outside the
   * transaction: the bundle is read from a snapshot and only the record takes the write lock.
   */
  'exports.week': returns<ExportRun>()('admin', z.object({ week: isoWeek, folder, includeContacts: z.boolean().default(false) }), OUTSIDE_TRANSACTION),
  'exports.history': returns<ExportRun[]>()('admin', z.object({})),
  'exports.status': returns<ExportStatus>()('admin', z.object({})),
  /** The left-behind children's register (台账) as .xlsx, in the fields of the national survey. */
  'exports.ledger': returns<LedgerResult>()('admin', z.object({ folder, includeContacts: z.boolean().default(false) }), OUTSIDE_TRANSACTION),
  /** The system's folder chooser, opened at the typed folder; folder null when the person cancels. */
  'exports.chooseFolder': returns<{ folder: string | null }>()('admin', z.object({ startIn: folder })),
};
