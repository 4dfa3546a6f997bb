// Child files: the contact cards every school keeps, with parents, guardian, surrogate parent and consent.
import type { ParsedInput } from '../../../shared/contract';
import type { z } from 'zod';
import type { ChildFile, ChildSummary, Page, Parent } from '../../../shared/domain';
import type { FieldIssue } from '../../../shared/errors';
import { AppError } from '../../../shared/errors';
import type { childListInput, ChildValues } from '../../../shared/methods/children';
import { nameKeys } from '../../../shared/names';
import { ageOn } from '../../../shared/time';
import type { ChildParentRow, NewChild } from '../../db/schema';
import { createChildListReader, matchesFilters, summarize } from './childList';
import { createCollectorsService } from './collectors';
import { recordAccess } from '../accessLog';
import type { ServiceDeps } from '../deps';

type ChildListInput = z.output<typeof childListInput>;

/** The oldest child the room serves; older birth dates are typing mistakes. */
const MAX_AGE = 20;

export function createChildrenService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;
  function toParent(row: ChildParentRow): Parent {
    return {
      id: row.id,
      relation: row.relation,
      name: row.name,
      phone: row.phone,
      workCity: row.work_city,
      employer: row.employer,
      bestCallTime: row.best_call_time,
      verifiedOn: row.verified_on,
      birthday: row.birthday,
    };
  }

  function withSurrogate() {
    return db.selectFrom('child').leftJoin('staff', 'staff.id', 'child.surrogate_staff_id').selectAll('child').select('staff.name as surrogate_name');
  }

  /** One page of the list as filtered and searched; the first page unless asked. */
  async function list({ offset, limit, ...filters }: ChildListInput): Promise<Page<ChildSummary>> {
    return createChildListReader({ db, clock }).page(matchesFilters(filters), { offset, limit });
  }

  /** A teacher opens the file: the access log notes it (get alone serves the service's own reads). */
  async function open(id: number): Promise<ChildFile> {
    const file = await get(id);
    await recordAccess(deps, id, 'file');
    return file;
  }

  async function get(id: number): Promise<ChildFile> {
    const row = await withSurrogate().where('child.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'child' });
    const parents = await db.selectFrom('child_parent').selectAll().where('child_id', '=', id).where('removed_at', 'is', null).orderBy('id').execute();
    return {
      ...summarize(row, row.surrogate_name, clock.today()),
      guardianName: row.guardian_name,
      guardianRelation: row.guardian_relation as ChildFile['guardianRelation'],
      guardianPhone: row.guardian_phone,
      ethnicity: row.ethnicity,
      hukou: row.hukou,
      healthStatus: row.health_status,
      incomeSource: row.income_source,
      guardianSituation: row.guardian_situation,
      villageContactName: row.village_contact_name,
      villageContactPhone: row.village_contact_phone,
      healthAllergies: row.health_allergies,
      healthConditions: row.health_conditions,
      healthMedicines: row.health_medicines,
      healthActions: row.health_actions,
      guardianAddress: row.guardian_address,
      surrogateStaffId: row.surrogate_staff_id,
      notes: row.notes,
      consent: row.consent_signed_by && row.consent_signed_on ? { signedBy: row.consent_signed_by, signedOn: row.consent_signed_on, scope: row.consent_scope } : null,
      parents: parents.map(toParent),
      archivedAt: row.archived_at,
      archiveReason: row.archive_reason,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  /** Rules that need the clock or the database, beyond what the schema checks. */
  async function check(values: ChildValues, id: number | null): Promise<void> {
    const today = clock.today();
    const issues: FieldIssue[] = [];
    if (values.birthDate && values.birthDate > today) issues.push({ path: ['birthDate'], code: 'date_future' });
    else if (values.birthDate && ageOn(values.birthDate, today) > MAX_AGE) issues.push({ path: ['birthDate'], code: 'date_range' });
    values.parents.forEach((p, i) => {
      if (p.verifiedOn && p.verifiedOn > today) issues.push({ path: ['parents', i, 'verifiedOn'], code: 'date_future' });
    });
    if (values.consent && values.consent.signedOn > today) {
      issues.push({ path: ['consent', 'signedOn'], code: 'date_future' });
    }
    if (values.surrogateStaffId !== null) {
      const staff = await db.selectFrom('staff').select('id').where('id', '=', values.surrogateStaffId).where('archived_at', 'is', null).executeTakeFirst();
      if (!staff) issues.push({ path: ['surrogateStaffId'], code: 'not_found' });
    }
    if (values.studentNo) {
      let q = db.selectFrom('child').select('id').where('student_no', '=', values.studentNo);
      if (id !== null) q = q.where('id', '!=', id);
      if (await q.executeTakeFirst()) issues.push({ path: ['studentNo'], code: 'duplicate' });
    }
    if (issues.length) throw new AppError('invalid_input', { issues });
  }

  function columns(values: ChildValues): Omit<NewChild, 'created_at' | 'updated_at'> {
    const keys = nameKeys(values.name);
    return {
      name: values.name,
      name_pinyin: keys.pinyin,
      name_initials: keys.initials,
      gender: values.gender,
      birth_date: values.birthDate ?? null,
      ethnicity: values.ethnicity,
      hukou: values.hukou,
      health_status: values.healthStatus,
      income_source: values.incomeSource,
      guardian_situation: values.guardianSituation,
      village_contact_name: values.villageContactName,
      village_contact_phone: values.villageContactPhone ?? null,
      health_allergies: values.healthAllergies,
      health_conditions: values.healthConditions,
      health_medicines: values.healthMedicines,
      health_actions: values.healthActions,
      grade: values.grade,
      class_no: values.classNo,
      student_no: values.studentNo,
      situation: values.situation,
      de_facto_unsupported: values.deFactoUnsupported ? 1 : 0,
      boarding: values.boarding ? 1 : 0,
      guardian_name: values.guardianName,
      guardian_relation: values.guardianRelation,
      guardian_phone: values.guardianPhone ?? null,
      guardian_address: values.guardianAddress,
      surrogate_staff_id: values.surrogateStaffId,
      notes: values.notes,
      consent_signed_by: values.consent?.signedBy ?? null,
      consent_signed_on: values.consent?.signedOn ?? null,
      consent_scope: values.consent?.scope ?? null,
    };
  }

  /** Updates parents in place, adds new ones, and marks dropped ones removed (never deleted). */
  async function saveParents(childId: number, parents: ChildValues['parents']): Promise<void> {
    const at = clock.stamp();
    const existing = await db.selectFrom('child_parent').select('id').where('child_id', '=', childId).where('removed_at', 'is', null).execute();
    const existingIds = new Set(existing.map((p) => p.id));
    const kept = new Set<number>();
    for (const [i, p] of parents.entries()) {
      const values = {
        relation: p.relation,
        name: p.name ?? null,
        phone: p.phone,
        work_city: p.workCity,
        employer: p.employer,
        best_call_time: p.bestCallTime,
        verified_on: p.verifiedOn,
        birthday: p.birthday,
        updated_at: at,
      };
      if (p.id !== undefined) {
        if (!existingIds.has(p.id)) throw new AppError('invalid_input', { issues: [{ path: ['parents', i], code: 'not_found' }] });
        await db.updateTable('child_parent').set(values).where('id', '=', p.id).execute();
        kept.add(p.id);
      } else {
        await db
          .insertInto('child_parent')
          .values({ ...values, child_id: childId, created_at: at })
          .execute();
      }
    }
    const dropped = [...existingIds].filter((pid) => !kept.has(pid));
    if (dropped.length) {
      await db.updateTable('child_parent').set({ removed_at: at, updated_at: at }).where('id', 'in', dropped).execute();
    }
  }

  async function create(values: ChildValues): Promise<ChildFile> {
    await check(values, null);
    const at = clock.stamp();
    const row = await db
      .insertInto('child')
      .values({ ...columns(values), created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await saveParents(row.id, values.parents);
    await createCollectorsService(deps).ensureGuardian(row.id);
    await audit.record('children.create', 'child', row.id, { name: values.name });
    return get(row.id);
  }

  /** An erased file is anonymous for good (PIPL art. 47): it cannot be filled in or restored again. */
  async function refuseErased(id: number): Promise<void> {
    const row = await db.selectFrom('child').select('erased_at').where('id', '=', id).executeTakeFirst();
    if (row?.erased_at) throw new AppError('conflict', { entity: 'erased' });
  }

  async function update({ id, ...values }: ParsedInput<'children.update'>): Promise<ChildFile> {
    await refuseErased(id);
    const before = await get(id);
    await check(values, id);
    await db
      .updateTable('child')
      .set({ ...columns(values), updated_at: clock.stamp() })
      .where('id', '=', id)
      .execute();
    await saveParents(id, values.parents);
    await createCollectorsService(deps).ensureGuardian(id);
    const after = await get(id);
    await audit.record('children.update', 'child', id, { changed: changedFields(before, after) });
    return after;
  }

  async function archive({ id, reason }: ParsedInput<'children.archive'>): Promise<ChildFile> {
    const before = await get(id);
    if (before.archived) throw new AppError('conflict', { entity: 'already_archived' });
    const at = clock.stamp();
    await db.updateTable('child').set({ archived_at: at, archive_reason: reason, updated_at: at }).where('id', '=', id).execute();
    // An archived child leaves the room and the phone queue too, so no list keeps a ghost.
    await db
      .updateTable('visit')
      .set({ checked_out_at: at, checkout_method: 'staff', check_out_staff_id: actor.staffId, updated_at: at })
      .where('child_id', '=', id)
      .where('checked_out_at', 'is', null)
      .where('voided_at', 'is', null)
      .execute();
    await db.updateTable('call_booking').set({ status: 'cancelled', closed_at: at, updated_at: at }).where('child_id', '=', id).where('status', '=', 'waiting').execute();
    await audit.record('children.archive', 'child', id, { reason });
    return get(id);
  }

  async function restore(id: number): Promise<ChildFile> {
    await refuseErased(id);
    const before = await get(id);
    if (!before.archived) throw new AppError('conflict', { entity: 'not_archived' });
    await db.updateTable('child').set({ archived_at: null, archive_reason: null, updated_at: clock.stamp() }).where('id', '=', id).execute();
    await audit.record('children.restore', 'child', id);
    return get(id);
  }

  /** children.hukouPlaces: the places already typed, most used first, so the form offers them. */
  async function hukouPlaces(): Promise<string[]> {
    const rows = await db
      .selectFrom('child')
      .select(['hukou', (eb) => eb.fn.countAll<number>().as('n')])
      .where('hukou', 'is not', null)
      .where('erased_at', 'is', null)
      .groupBy('hukou')
      .orderBy('n', 'desc')
      .orderBy('hukou')
      .limit(50)
      .execute();
    return rows.flatMap((r) => (r.hukou === null ? [] : [r.hukou]));
  }

  return { list, get, open, create, update, archive, restore, check, columns, saveParents, hukouPlaces };
}

/** Field names that changed, for the audit log (values stay out: they are personal data). */
function changedFields(before: ChildFile, after: ChildFile): string[] {
  const ignore = new Set(['updatedAt', 'createdAt']);
  return Object.keys(after).filter((k) => !ignore.has(k) && JSON.stringify(before[k as keyof ChildFile]) !== JSON.stringify(after[k as keyof ChildFile]));
}
