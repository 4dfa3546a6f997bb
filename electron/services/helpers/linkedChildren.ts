// The children an aid or a helper's visit was for, through its link table, in class order: both lists
// show them beside each row.
import { sql } from 'kysely';
import type { ServiceDeps } from '../deps';

export interface LinkedChild {
  id: number;
  name: string;
  grade: number | null;
  classNo: number | null;
}

const OWNER = { aid_child: 'aid_id', helper_visit_child: 'visit_id' } as const;

/** Per owner id (an aid's or a visit's), its children; an id without children is absent. */
export async function linkedChildren({ db }: Pick<ServiceDeps, 'db'>, link: keyof typeof OWNER, ids: number[]): Promise<Map<number, LinkedChild[]>> {
  const out = new Map<number, LinkedChild[]>();
  if (ids.length === 0) return out;
  const owner = sql.ref(`l.${OWNER[link]}`);
  const rows = await sql<{ owner: number; id: number; name: string; grade: number | null; class_no: number | null }>`
    select ${owner} as owner, c.id, c.name, c.grade, c.class_no
    from ${sql.table(link)} l join child c on c.id = l.child_id
    where ${owner} in (${sql.join(ids)})
    order by c.grade, c.class_no, c.name_pinyin`.execute(db);
  for (const r of rows.rows) out.set(r.owner, [...(out.get(r.owner) ?? []), { id: r.id, name: r.name, grade: r.grade, classNo: r.class_no }]);
  return out;
}
