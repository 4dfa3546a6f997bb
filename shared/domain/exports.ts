// The weekly export to the school office, the register (台账) and backups: what crosses the seam.

/** An ISO week in the room's time zone, e.g. '2026-W47'. */
export const ISO_WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

export const EXPORT_TRIGGERS = ['manual', 'scheduled', 'cli'] as const;
export type ExportTrigger = (typeof EXPORT_TRIGGERS)[number];

/** The sheets of a bundle, in workbook order. Care (issue 7) adds 'care'. */
export const EXPORT_SHEETS = ['summary', 'checkins', 'calls', 'loans', 'activities', 'duty', 'care'] as const;
export type ExportSheet = (typeof EXPORT_SHEETS)[number];

/** One bundle written and verified. */
export interface ExportRun {
  id: number;
  week: string;
  trigger: ExportTrigger;
  /** The folder chosen (a USB drive, a shared folder). */
  folder: string;
  /** The bundle folder inside it, e.g. …/阳光小学-留守儿童之家-2026-W47. */
  bundlePath: string;
  includeContacts: boolean;
  /** Data rows over all log sheets (the summary sheet not counted). */
  rows: number;
  files: number;
  createdAt: string;
  /** null: the app exported by itself (schedule) or from the command line. */
  staffName: string | null;
  /** Set for a week still running at export: data up to this stamp; never counts as the week's export. */
  partialUpTo: string | null;
  /** 1 for a week's first full bundle, 2, 3… for its corrections (a partial bundle: 1). */
  revision: number;
  /** The folder name of the bundle this one corrects, else null. */
  replaces: string | null;
  /** Set on a week's newest full bundle when a later write changed the week: a correction is owed. */
  changedAt: string | null;
}

export const TASK_PROBLEMS = ['folder_missing', 'folder_unset', 'write_failed', 'verify_failed'] as const;
export type TaskProblem = (typeof TASK_PROBLEMS)[number];

export interface TaskStatus {
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Set while the last attempt failed; the app retries on its own. */
  problem: { code: TaskProblem; detail: string | null } | null;
}

export interface ExportStatus extends TaskStatus {
  /** Settings.exportFolder; '' means no scheduled export. */
  folder: string;
  /** Weeks over and due under the schedule with no full bundle yet, oldest first. */
  pendingWeeks: string[];
  /** Weeks changed since their newest full bundle: the schedule sends a correction, oldest first. */
  changedWeeks: string[];
  lastRun: ExportRun | null;
}

export interface LedgerResult {
  file: string;
  rows: number;
  includeContacts: boolean;
}

export const BACKUP_KINDS = ['daily', 'weekly', 'manual', 'pre-migration', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupFile {
  /** File name inside the backup folder (no path). */
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
}

export interface BackupList extends TaskStatus {
  folder: string;
  files: BackupFile[];
}

export interface RestoreResult {
  restoredFrom: string;
  /** The file as it was before the restore, kept in the backup folder. */
  keptAside: string;
  /** Schema version of the backup before it was brought up to date. */
  schemaVersion: number;
}
