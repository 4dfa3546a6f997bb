// The lectures she heard, for her data export (electron/services/privacy/childData.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Row } from '../privacy/childData';

export async function lecturesHeard(db: Kysely<Database>, childId: number): Promise<Row[]> {
  const rows = await db
    .selectFrom('lecture_attendance as a')
    .innerJoin('lecture as l', 'l.id', 'a.lecture_id')
    .select(['l.date', 'l.topic', 'l.title', 'l.speaker', 'l.voided_at'])
    .where('a.child_id', '=', childId)
    .orderBy('l.date')
    .orderBy('l.id')
    .execute();
  return rows.map((l) => ({ date: l.date, topic: l.topic, title: l.title, speaker: l.speaker, voidedAt: l.voided_at }));
}
