// Her data export's access-log sheet: who opened her file, her health or her incidents, and when.
import type { ServiceDeps } from '../deps';
import type { Row } from './childData';

/** Her access-log rows, oldest first. */
export async function accessRead(db: ServiceDeps['db'], childId: number): Promise<Row[]> {
  const rows = await db
    .selectFrom('access_log as a')
    .leftJoin('staff as s', 's.id', 'a.staff_id')
    .select(['a.created_at', 's.name as staff_name', 'a.role', 'a.what'])
    .where('a.child_id', '=', childId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  return rows.map((a) => ({ at: a.created_at, staffName: a.staff_name, role: a.role, what: a.what }));
}
