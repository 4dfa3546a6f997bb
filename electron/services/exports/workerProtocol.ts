// The messages between the main thread (bundleThread.ts) and the bundle worker (bundleWorker.ts), and
// how an error crosses: an AppError keeps its code and details, any other error its message and its
// code (SQLITE_BUSY must still read as busy on the other side).
import { AppError, type ApiError } from '../../../shared/errors';
import type { BundleJob, DigestsDrawn, LedgerDrawn, WeekDrawn } from './jobs';

export interface JobMessage {
  id: number;
  job: BundleJob;
  /** Set when the caller passed beforeVerify: the worker waits on it while the main thread runs the hook. */
  hook: SharedArrayBuffer | null;
}

export type SentError = { app: ApiError } | { message: string; code?: string };

export type WorkerMessage =
  { id: number; type: 'beforeVerify'; partial: string } | { id: number; type: 'done'; drawn: WeekDrawn | LedgerDrawn | DigestsDrawn } | { id: number; type: 'failed'; error: SentError };

/** The hook's cell: WAITING until the main thread answers HOOK_OK or HOOK_FAILED. */
export const HOOK_WAITING = 0;
export const HOOK_OK = 1;
export const HOOK_FAILED = 2;

export function sendable(error: unknown): SentError {
  if (error instanceof AppError) return { app: { code: error.code, details: error.details } };
  const code = (error as { code?: unknown } | null)?.code;
  return { message: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : undefined };
}

export function received(sent: SentError): Error {
  if ('app' in sent) return new AppError(sent.app.code, sent.app.details);
  return Object.assign(new Error(sent.message), sent.code === undefined ? {} : { code: sent.code });
}
