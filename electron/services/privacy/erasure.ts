// PIPL art. 47: once a child has left for Settings.retentionYears, an admin may erase her personal data.
// Her rows stay, so visits, calls, loans, sign-ups and care records still count by date, grade and
// gender; what identifies her or her family is overwritten.
import dayjs from 'dayjs';
import { erasedName, type ErasableChild, type ErasureResult } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import type { ChildRow } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { scrubAuditLog } from './auditScrub';
import { markCompactionPending } from './compaction';

/** Shorter values would match too much of other rows' audit details. */
const MIN_NEEDLE = 2;

export function createErasureService({ db, clock, audit }: ServiceDeps) {
  /** The local date the retention period ends: the day she left plus retentionYears. */
  const erasableSince = (archivedAt: string, years: number) => dayjs(archivedAt.slice(0, 10)).add(years, 'year').format('YYYY-MM-DD');

  async function erasable(): Promise<ErasableChild[]> {
    const { retentionYears } = await readSettings(db);
    const rows = await db
      .selectFrom('child')
      .select(['id', 'name', 'gender', 'grade', 'class_no', 'archived_at', 'archive_reason'])
      .where('archived_at', 'is not', null)
      .where('erased_at', 'is', null)
      .orderBy('archived_at')
      .execute();
    const today = clock.today();
    return rows.flatMap((r) => {
      const archivedAt = r.archived_at as string;
      const since = erasableSince(archivedAt, retentionYears);
      if (since > today) return [];
      return [
        { id: r.id, name: r.name, gender: r.gender, grade: r.grade, classNo: r.class_no, archivedAt, archiveReason: r.archive_reason, erasableSince: since },
      ];
    });
  }

  async function personalValues(child: ChildRow): Promise<string[]> {
    const parents = await db.selectFrom('child_parent').select(['name', 'phone']).where('child_id', '=', child.id).execute();
    const collectors = await db.selectFrom('child_collector').select(['name', 'phone', 'note']).where('child_id', '=', child.id).execute();
    const visits = await db.selectFrom('visit').select(['collected_by', 'leave_request_by', 'leave_note']).where('child_id', '=', child.id).execute();
    const values = [
      child.name,
      child.student_no,
      child.guardian_name,
      child.guardian_phone,
      child.guardian_address,
      child.consent_signed_by,
      ...parents.flatMap((p) => [p.name, p.phone]),
      ...collectors.flatMap((c) => [c.name, c.phone, c.note]),
      ...visits.flatMap((v) => [v.collected_by, v.leave_request_by, v.leave_note]),
    ];
    return [...new Set(values.filter((v): v is string => v !== null && v.length >= MIN_NEEDLE))];
  }

  async function check(childId: number, confirmName: string): Promise<ChildRow> {
    const child = await db.selectFrom('child').selectAll().where('id', '=', childId).executeTakeFirst();
    if (!child) throw new AppError('not_found', { entity: 'child' });
    if (child.erased_at) throw new AppError('conflict', { entity: 'already_erased' });
    if (!child.archived_at) throw new AppError('conflict', { entity: 'erase_not_archived' });
    const { retentionYears } = await readSettings(db);
    if (erasableSince(child.archived_at, retentionYears) > clock.today()) throw new AppError('conflict', { entity: 'erase_too_early' });
    if (confirmName.trim() !== child.name) throw invalid(['confirmName'], 'invalid');
    return child;
  }

  async function erase(childId: number, confirmName: string): Promise<Omit<ErasureResult, 'fileCompacted'>> {
    const child = await check(childId, confirmName);
    const personal = await personalValues(child);
    const at = clock.stamp();
    const placeholder = erasedName(child.id);
    await markCompactionPending(db, at);
    await db
      .updateTable('child')
      .set({
        name: placeholder,
        name_pinyin: '',
        name_initials: '',
        // Counts by age need the year: keep 1 January of the birth year.
        birth_date: child.birth_date ? `${child.birth_date.slice(0, 4)}-01-01` : null,
        ethnicity: null,
        student_no: null,
        guardian_name: null,
        guardian_relation: null,
        guardian_phone: null,
        guardian_address: null,
        notes: null,
        consent_signed_by: null,
        consent_signed_on: null,
        consent_scope: null,
        archive_reason: null,
        erased_at: at,
        updated_at: at,
      })
      .where('id', '=', child.id)
      .execute();
    await eraseRecords(child.id, at);
    const auditRows = await scrubAuditLog(db, child.id, personal, at);
    await audit.record('privacy.erase', 'child', child.id, { auditRowsScrubbed: auditRows });
    return { childId: child.id, placeholder, erasedAt: at };
  }

  /** Free text and family details in her records; dates, kinds and outcomes stay for the counts. */
  async function eraseRecords(childId: number, at: string): Promise<void> {
    await db
      .updateTable('child_parent')
      .set({ name: null, phone: null, work_city: null, employer: null, best_call_time: null, verified_on: null, updated_at: at })
      .where('child_id', '=', childId)
      .execute();
    await db
      .updateTable('visit')
      .set({ collected_by: null, leave_request_by: null, leave_note: null, void_reason: null, updated_at: at })
      .where('child_id', '=', childId)
      .execute();
    // Who may collect her: every value goes; the rows stay only as a count, like her parents'.
    await db
      .updateTable('child_collector')
      .set({ name: null, relation: null, phone: null, note: null, updated_at: at })
      .where('child_id', '=', childId)
      .execute();
    await db.updateTable('call').set({ note: null, void_reason: null, updated_at: at }).where('child_id', '=', childId).execute();
    await db.updateTable('review').set({ text: '', updated_at: at }).where('child_id', '=', childId).execute();
    await db
      .updateTable('care_record')
      .set({ text: null, met_with: null, letter_to: null, void_reason: null, updated_at: at })
      .where('child_id', '=', childId)
      .execute();
    await db
      .updateTable('care_follow_up')
      .set({ note: '', done_note: null, updated_at: at })
      .where('child_id', '=', childId)
      .execute();
  }

  return { erasable, erase };
}
