// Error codes that cross the seam. The renderer translates each one (resources/locales/*/errors.json).

export const ERROR_CODES = [
  'invalid_input',
  'forbidden',
  'not_found',
  'conflict',
  'already_set_up',
  'not_set_up',
  'unknown_method',
  'import_unreadable',
  'import_too_large',
  'database_newer',
  'folder_missing',
  'file_write_failed',
  'backup_invalid',
  /** Another program (the command-line export, a second window) held the file longer than the busy timeout. */
  'busy',
  /** The county's server refused or did not answer; details.reason says which (auth, unreachable, tls, …). */
  'office_server',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Keys under errors:field.*: what can be wrong with one field. */
export const FIELD_CODES = [
  'required',
  'invalid',
  'too_long',
  'too_many',
  'range',
  'phone',
  'pin',
  'isbn',
  'date',
  'date_future',
  'date_range',
  'duplicate',
  'not_found',
  'photo_type',
  'photo_size',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

export function isFieldCode(code: string): code is FieldCode {
  return (FIELD_CODES as readonly string[]).includes(code);
}

/** A zod issue's field code: the schema's own key when it gave one, else zod's code mapped to the nearest. */
export function fieldCodeOf(message: string, zodCode: string): FieldCode {
  if (isFieldCode(message)) return message;
  if (zodCode === 'too_big') return 'too_long';
  if (zodCode === 'too_small') return 'range';
  return 'invalid';
}

/** A problem with one field; `code` is one of FIELD_CODES. */
export interface FieldIssue {
  path: (string | number)[];
  code: string;
}

export interface ErrorDetails {
  issues?: FieldIssue[];
  /** For conflict/not_found: what collided or was missing, for the message. */
  entity?: string;
  /** folder_missing, file_write_failed: the folder or file concerned. */
  path?: string;
  /** backup_invalid: 'integrity' | 'newer' | 'not_ours' | 'unreadable'. */
  reason?: string;
}

export interface ApiError {
  code: ErrorCode;
  details?: ErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services; dispatch turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetails,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** SQLite's answer when the file stayed locked by another connection for the whole busy timeout. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

export function invalid(path: (string | number)[], code: string): AppError {
  return new AppError('invalid_input', { issues: [{ path, code }] });
}
