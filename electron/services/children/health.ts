// A child's health notes (allergies, conditions, medicines, what to do): sensitive personal data. The room
// page learns only which children have some; the text comes one child at a time, and each opening is logged.
import type { HealthNotes } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { recordAccess } from '../accessLog';
import type { ServiceDeps } from '../deps';

export function createHealthService(deps: ServiceDeps) {
  const { db } = deps;

  /** children.healthNotes: the text, for a teacher who clicked the icon; the access log notes each opening. */
  async function open(childId: number): Promise<HealthNotes> {
    const row = await db.selectFrom('child').select(['health_allergies', 'health_conditions', 'health_medicines', 'health_actions']).where('id', '=', childId).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'child' });
    await recordAccess(deps, childId, 'health');
    return { allergies: row.health_allergies, conditions: row.health_conditions, medicines: row.health_medicines, actions: row.health_actions };
  }

  /** Which of these children have any health note: ids only, so a list never carries the text. */
  async function flagged(childIds: readonly number[]): Promise<number[]> {
    if (!childIds.length) return [];
    const rows = await db
      .selectFrom('child')
      .select('id')
      .where('id', 'in', childIds)
      .where((eb) => eb.or([eb('health_allergies', 'is not', null), eb('health_conditions', 'is not', null), eb('health_medicines', 'is not', null), eb('health_actions', 'is not', null)]))
      .execute();
    return rows.map((r) => r.id);
  }

  return { open, flagged };
}
