// The scheduled weekly export: every week due and not yet exported, oldest first.
import type { TaskContext } from '../../host';

/** Returns the weeks exported this time. */
export async function runScheduledExports(_ctx: TaskContext): Promise<string[]> {
  return [];
}
