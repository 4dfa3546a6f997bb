// Everything stored about one child, as plain tables: what a data export on her request hands over.
// Which columns go is the data policy's (electron/db/dataPolicy.ts, dataExport).
import { columnPolicy, type PolicyTable } from '../../db/dataPolicy';
import type { ServiceDeps } from '../deps';
import { lecturesHeard } from '../lectures/childData';
import { accessRead } from './accessData';
import { INCIDENT_LAYOUT, INCIDENT_SECTIONS, INCIDENT_TABLE_OF, incidentReaders } from './incidentData';
import { createHelperDataReader, HELPER_LAYOUT, HELPER_SECTIONS, HELPER_TABLE_OF } from './childDataHelpers';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** Her days in the room: what she came to, called, borrowed, wrote and attended. */
const ROOM_SECTIONS = ['visits', 'calls', 'bookings', 'loans', 'reviews', 'signups', 'attendance', 'lectures'] as const;
export const SECTIONS = ['file', 'parents', 'collectors', ...ROOM_SECTIONS, 'care', 'followUps', ...INCIDENT_SECTIONS, ...HELPER_SECTIONS, 'access'] as const;
export type Section = (typeof SECTIONS)[number];
export type ChildData = Record<Section, Row[]>;

/** Each section's columns, in the order a sheet shows them, before the data policy has its say. */
const LAYOUT: Record<Section, readonly string[]> = {
  file: [
    'id',
    'name',
    'gender',
    'ethnicity',
    'hukou',
    'healthStatus',
    'incomeSource',
    'guardianSituation',
    'villageContactName',
    'villageContactPhone',
    'birthDate',
    'grade',
    'classNo',
    'studentNo',
    'situation',
    'deFactoUnsupported',
    'boarding',
    'guardianName',
    'guardianRelation',
    'guardianPhone',
    'guardianAddress',
    'surrogateName',
    'notes',
    'healthAllergies',
    'healthConditions',
    'healthMedicines',
    'healthActions',
    'consentSignedBy',
    'consentSignedOn',
    'consentScope',
    'photoConsentBy',
    'photoConsentOn',
    'archivedAt',
    'archiveReason',
    'erasedAt',
    'createdAt',
    'updatedAt',
  ],
  parents: ['relation', 'name', 'phone', 'workCity', 'employer', 'bestCallTime', 'verifiedOn', 'birthday', 'removedAt'],
  collectors: ['name', 'relation', 'phone', 'mayCollect', 'note'],
  visits: [
    'checkedInAt',
    'checkedOutAt',
    'checkedInBy',
    'checkedOutBy',
    'checkoutMethod',
    'leaveMode',
    'collectedBy',
    'leaveRequest',
    'leaveRequestBy',
    'leaveHeldAt',
    'leaveHoldReason',
    'leaveNote',
    'voidedAt',
    'voidReason',
  ],
  calls: ['startedAt', 'endedAt', 'durationSeconds', 'channel', 'relation', 'parentName', 'staffName', 'outcome', 'note', 'voidedAt', 'voidReason'],
  bookings: ['bookedAt', 'relation', 'channel', 'status', 'closedAt'],
  loans: ['title', 'barcode', 'lentAt', 'dueOn', 'returnedAt', 'renewals'],
  reviews: ['title', 'semester', 'writtenAt', 'via', 'text', 'reviewGrade', 'gradedAt'],
  signups: ['title', 'kind', 'date', 'signedUpAt', 'status', 'via', 'promotedAt', 'closedAt'],
  attendance: ['title', 'date', 'present'],
  lectures: ['date', 'topic', 'title', 'speaker', 'voidedAt'],
  care: ['date', 'kind', 'staffName', 'contactWith', 'contactMode', 'metWith', 'growthArea', 'letterTo', 'letterSentOn', 'text', 'voidedAt', 'voidReason'],
  followUps: ['reason', 'note', 'dueOn', 'doneAt', 'doneNote'],
  ...INCIDENT_LAYOUT,
  ...HELPER_LAYOUT,
  access: ['at', 'staffName', 'role', 'what'],
};

/** The table each section reads its rows from. */
const TABLE_OF: Record<Section, PolicyTable> = {
  file: 'child',
  parents: 'child_parent',
  collectors: 'child_collector',
  visits: 'visit',
  calls: 'call',
  bookings: 'call_booking',
  loans: 'loan',
  reviews: 'review',
  signups: 'activity_signup',
  attendance: 'activity_attendance',
  lectures: 'lecture_attendance',
  care: 'care_record',
  followUps: 'care_follow_up',
  ...INCIDENT_TABLE_OF,
  ...HELPER_TABLE_OF,
  access: 'access_log',
};
/** Where a sheet's heading is not its column's name. */
const RENAMED: Partial<Record<string, string>> = { 'reviews.via': 'written_via', 'reviews.reviewGrade': 'grade', 'access.at': 'created_at' };

/** The policy column a section's column shows, or null for a value joined from elsewhere (a title, a teacher's name). */
export function sourceOf(section: Section, key: string): string | null {
  const column = RENAMED[`${section}.${key}`] ?? key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return columnPolicy(TABLE_OF[section], column) ? column : null;
}

function handedOver(section: Section, key: string): boolean {
  const column = sourceOf(section, key);
  return column === null || columnPolicy(TABLE_OF[section], column)?.dataExport === true;
}

/** Each section's columns as the export writes them: the layout less what the data policy keeps back. */
export const COLUMNS = {} as Record<Section, readonly string[]>;
for (const section of SECTIONS) COLUMNS[section] = LAYOUT[section].filter((key) => handedOver(section, key));

const flag = (v: number) => v === 1;

export function createChildDataReader({ db }: Pick<ServiceDeps, 'db'>) {
  async function file(childId: number): Promise<Row[]> {
    const c = await db
      .selectFrom('child')
      .leftJoin('staff', 'staff.id', 'child.surrogate_staff_id')
      .selectAll('child')
      .select('staff.name as surrogate_name')
      .where('child.id', '=', childId)
      .executeTakeFirstOrThrow();
    return [
      {
        id: c.id,
        name: c.name,
        gender: c.gender,
        ethnicity: c.ethnicity,
        hukou: c.hukou,
        healthStatus: c.health_status,
        incomeSource: c.income_source,
        guardianSituation: c.guardian_situation,
        villageContactName: c.village_contact_name,
        villageContactPhone: c.village_contact_phone,
        birthDate: c.birth_date,
        grade: c.grade,
        classNo: c.class_no,
        studentNo: c.student_no,
        situation: c.situation,
        deFactoUnsupported: flag(c.de_facto_unsupported),
        boarding: flag(c.boarding),
        guardianName: c.guardian_name,
        guardianRelation: c.guardian_relation,
        guardianPhone: c.guardian_phone,
        guardianAddress: c.guardian_address,
        surrogateName: c.surrogate_name,
        notes: c.notes,
        healthAllergies: c.health_allergies,
        healthConditions: c.health_conditions,
        healthMedicines: c.health_medicines,
        healthActions: c.health_actions,
        consentSignedBy: c.consent_signed_by,
        consentSignedOn: c.consent_signed_on,
        consentScope: c.consent_scope,
        photoConsentBy: c.photo_consent_by,
        photoConsentOn: c.photo_consent_on,
        archivedAt: c.archived_at,
        archiveReason: c.archive_reason,
        erasedAt: c.erased_at,
        createdAt: c.created_at,
        updatedAt: c.updated_at,
      },
    ];
  }

  /** Every parent ever on her file, also those an edit removed (they are still stored). */
  async function parents(childId: number): Promise<Row[]> {
    const rows = await db.selectFrom('child_parent').selectAll().where('child_id', '=', childId).orderBy('id').execute();
    return rows.map((p) => ({
      relation: p.relation,
      name: p.name,
      phone: p.phone,
      workCity: p.work_city,
      employer: p.employer,
      bestCallTime: p.best_call_time,
      birthday: p.birthday,
      verifiedOn: p.verified_on,
      removedAt: p.removed_at,
    }));
  }

  /** Who may collect her, "may not collect" entries too, in her file's order. */
  async function collectors(childId: number): Promise<Row[]> {
    const rows = await db.selectFrom('child_collector').selectAll().where('child_id', '=', childId).orderBy('position').orderBy('id').execute();
    return rows.map((c) => ({ name: c.name, relation: c.relation, phone: c.phone, mayCollect: flag(c.may_collect), note: c.note }));
  }

  async function visits(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('visit as v')
      .leftJoin('staff as si', 'si.id', 'v.check_in_staff_id')
      .leftJoin('staff as so', 'so.id', 'v.check_out_staff_id')
      .selectAll('v')
      .select(['si.name as in_by', 'so.name as out_by'])
      .where('v.child_id', '=', childId)
      .orderBy('v.checked_in_at')
      .execute();
    return rows.map((v) => ({
      checkedInAt: v.checked_in_at,
      checkedOutAt: v.checked_out_at,
      checkedInBy: v.in_by,
      checkedOutBy: v.out_by,
      checkoutMethod: v.checkout_method,
      leaveMode: v.leave_mode,
      collectedBy: v.collected_by,
      leaveRequest: v.leave_request,
      leaveRequestBy: v.leave_request_by,
      leaveHeldAt: v.leave_held_at,
      leaveHoldReason: v.leave_hold_reason,
      leaveNote: v.leave_note,
      voidedAt: v.voided_at,
      voidReason: v.void_reason,
    }));
  }

  async function calls(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('call as k')
      .innerJoin('child_parent as p', 'p.id', 'k.parent_id')
      .leftJoin('staff as s', 's.id', 'k.staff_id')
      .selectAll('k')
      .select(['p.relation', 'p.name as parent_name', 's.name as staff_name'])
      .where('k.child_id', '=', childId)
      .orderBy('k.started_at')
      .execute();
    return rows.map((k) => ({
      startedAt: k.started_at,
      endedAt: k.ended_at,
      durationSeconds: k.duration_seconds,
      channel: k.channel,
      relation: k.relation,
      parentName: k.parent_name,
      staffName: k.staff_name,
      outcome: k.outcome,
      note: k.note,
      voidedAt: k.voided_at,
      voidReason: k.void_reason,
    }));
  }

  async function bookings(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('call_booking as b')
      .innerJoin('child_parent as p', 'p.id', 'b.parent_id')
      .select(['b.booked_at', 'p.relation', 'b.channel', 'b.status', 'b.closed_at'])
      .where('b.child_id', '=', childId)
      .orderBy('b.booked_at')
      .execute();
    return rows.map((b) => ({ bookedAt: b.booked_at, relation: b.relation, channel: b.channel, status: b.status, closedAt: b.closed_at }));
  }

  async function loans(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('loan as l')
      .innerJoin('book_copy as c', 'c.id', 'l.copy_id')
      .innerJoin('book as b', 'b.id', 'c.book_id')
      .select(['b.title', 'c.barcode', 'l.lent_at', 'l.due_on', 'l.returned_at', 'l.renewals'])
      .where('l.child_id', '=', childId)
      .orderBy('l.lent_at')
      .execute();
    return rows.map((l) => ({
      title: l.title,
      barcode: l.barcode,
      lentAt: l.lent_at,
      dueOn: l.due_on,
      returnedAt: l.returned_at,
      renewals: l.renewals,
    }));
  }

  async function reviews(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('review as r')
      .innerJoin('book as b', 'b.id', 'r.book_id')
      .select(['b.title', 'r.semester', 'r.written_at', 'r.written_via', 'r.text', 'r.grade', 'r.graded_at'])
      .where('r.child_id', '=', childId)
      .orderBy('r.written_at')
      .execute();
    return rows.map((r) => ({
      title: r.title,
      semester: r.semester,
      writtenAt: r.written_at,
      via: r.written_via,
      text: r.text,
      reviewGrade: r.grade,
      gradedAt: r.graded_at,
    }));
  }

  async function signups(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('activity_signup as s')
      .innerJoin('activity as a', 'a.id', 's.activity_id')
      .select(['a.title', 'a.kind', 'a.date', 's.signed_up_at', 's.status', 's.via', 's.promoted_at', 's.closed_at'])
      .where('s.child_id', '=', childId)
      .orderBy('s.signed_up_at')
      .execute();
    return rows.map((s) => ({
      title: s.title,
      kind: s.kind,
      date: s.date,
      signedUpAt: s.signed_up_at,
      status: s.status,
      via: s.via,
      promotedAt: s.promoted_at,
      closedAt: s.closed_at,
    }));
  }

  async function attendance(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('activity_attendance as t')
      .innerJoin('activity as a', 'a.id', 't.activity_id')
      .select(['a.title', 't.date', 't.present'])
      .where('t.child_id', '=', childId)
      .orderBy('t.date')
      .execute();
    return rows.map((t) => ({ title: t.title, date: t.date, present: flag(t.present) }));
  }

  /** Every kind, counselling too, voided ones marked: the admin decides what to hand over. */
  async function care(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('care_record as r')
      .leftJoin('staff as s', 's.id', 'r.staff_id')
      .selectAll('r')
      .select('s.name as staff_name')
      .where('r.child_id', '=', childId)
      .orderBy('r.date')
      .orderBy('r.id')
      .execute();
    return rows.map((r) => ({
      date: r.date,
      kind: r.kind,
      staffName: r.staff_name,
      contactWith: r.contact_with,
      contactMode: r.contact_mode,
      metWith: r.met_with,
      growthArea: r.growth_area,
      letterTo: r.letter_to,
      letterSentOn: r.letter_sent_on,
      text: r.text,
      voidedAt: r.voided_at,
      voidReason: r.void_reason,
    }));
  }

  async function followUps(childId: number): Promise<Row[]> {
    const rows = await db.selectFrom('care_follow_up').selectAll().where('child_id', '=', childId).orderBy('due_on').orderBy('id').execute();
    return rows.map((f) => ({ reason: f.reason, note: f.note, dueOn: f.due_on, doneAt: f.done_at, doneNote: f.done_note }));
  }

  const readers: Record<Section, (childId: number) => Promise<Row[]>> = {
    file,
    parents,
    collectors,
    visits,
    calls,
    bookings,
    loans,
    reviews,
    signups,
    attendance,
    lectures: (childId) => lecturesHeard(db, childId),
    care,
    followUps,
    ...incidentReaders({ db }),
    ...createHelperDataReader(db),
    access: (childId) => accessRead(db, childId),
  };

  async function read(childId: number): Promise<ChildData> {
    const out = {} as ChildData;
    for (const section of SECTIONS) {
      const rows = await readers[section](childId);
      out[section] = rows.map((row) => Object.fromEntries(COLUMNS[section].map((key) => [key, row[key] ?? null])));
    }
    return out;
  }

  return { read };
}
