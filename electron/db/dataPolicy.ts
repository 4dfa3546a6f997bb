// The personal-data policy, declared once per column of every table that holds a child's or her
// family's data (PIPL; docs/ARCHITECTURE.md, "The data policy"). Erasure, the child's data export,
// the weekly bundle, the register and the kiosk read it; tests derive their checks from it. A column
// added to one of these tables without an entry here does not compile.
import type { Database } from './schema';
import { contact, fact, helperContact, link, note, roomFact, secret, stamp, stamps, type ColumnPolicy } from './policyKinds';

/** The tables that hold a child's or her family's data, or the rows her data joins: each needs every column here. */
type Covered =
  | 'child'
  | 'child_parent'
  | 'child_collector'
  | 'child_photo'
  | 'visit'
  | 'call_booking'
  | 'call'
  | 'loan'
  | 'review'
  | 'activity_signup'
  | 'activity_attendance'
  | 'lecture_attendance'
  | 'care_record'
  | 'care_follow_up'
  | 'access_log'
  | 'duty_signin'
  | 'incident'
  | 'incident_child'
  | 'incident_notice'
  | 'helper_child'
  | 'helper_visit_child'
  | 'aid_child'
  | 'helper'
  | 'helper_visit'
  | 'aid';

export const dataPolicy = {
  child: {
    // Her file's number and when it was made and changed are hers to see.
    created_at: { ...stamp, dataExport: true },
    updated_at: { ...stamp, dataExport: true },
    id: { ...link, dataExport: true },
    name: { dataExport: true, erasure: 'placeholder', bundle: 'always', register: 'always', kiosk: true, identifies: true },
    name_pinyin: { ...link, erasure: 'empty', bundle: 'never' },
    name_initials: { ...link, erasure: 'empty', bundle: 'never' },
    gender: { ...fact, register: 'always' },
    birth_date: { ...fact, erasure: 'birthYear', bundle: 'never', register: 'always' },
    ethnicity: { ...secret, register: 'always' },
    hukou: { ...secret, register: 'always' },
    // The survey asks them, so the register carries them; nothing else leaves the PC.
    health_status: { ...secret, register: 'always' },
    income_source: { ...secret, register: 'always' },
    guardian_situation: { ...secret, register: 'always' },
    // The village or residents' committee's contact: a person's name and number, like a guardian's.
    village_contact_name: { ...contact, register: 'always', identifies: true },
    village_contact_phone: { ...contact, identifies: true },
    grade: { ...fact, register: 'always', kiosk: true },
    class_no: { ...fact, register: 'always', kiosk: true },
    student_no: { ...secret, register: 'always', identifies: true },
    situation: { ...fact, register: 'always' },
    de_facto_unsupported: { ...fact, register: 'always' },
    boarding: { ...fact, register: 'always' },
    guardian_name: { ...contact, register: 'always', identifies: true },
    guardian_relation: { ...contact, register: 'always' },
    guardian_phone: { ...contact, identifies: true },
    guardian_address: { ...contact, identifies: true },
    surrogate_staff_id: { ...link, register: 'always', kiosk: false },
    notes: secret,
    consent_signed_by: { ...secret, register: 'always', identifies: true },
    consent_signed_on: { ...secret, register: 'always' },
    consent_scope: secret,
    archived_at: fact,
    archive_reason: secret,
    erased_at: fact,
    // Health data is sensitive personal data (PIPL art. 28): hers to see, erased, never in a file that leaves.
    health_allergies: secret,
    health_conditions: secret,
    health_medicines: secret,
    health_actions: secret,
    // Who consented to her photo and when: hers to see, like the file's consent; never leaves otherwise.
    photo_consent_by: { ...secret, identifies: true },
    photo_consent_on: secret,
  },
  // Her face: shown at the kiosk (with consent; the kiosk service checks it), erased with her, never in a
  // bundle or the register. Her data export carries it as an image file beside the sheets (exportChild.ts),
  // not as a column of them, hence dataExport false here.
  child_photo: {
    ...stamps,
    id: link,
    child_id: link,
    photo: { dataExport: false, erasure: 'null', bundle: 'never', register: 'never', kiosk: true },
  },
  child_parent: {
    ...stamps,
    id: link,
    child_id: link,
    relation: { ...fact, register: 'always', kiosk: true },
    name: { ...contact, register: 'always', identifies: true },
    phone: { ...contact, identifies: true },
    work_city: { ...contact, register: 'always' },
    employer: { ...contact, register: 'always' },
    best_call_time: secret,
    verified_on: secret,
    removed_at: fact,
    birthday: secret,
  },
  child_collector: {
    ...stamps,
    id: link,
    child_id: link,
    position: link,
    // The kiosk shows her collectors' names and relations so she can tap who came.
    name: { ...contact, kiosk: true, identifies: true },
    relation: { ...contact, kiosk: true },
    phone: { ...contact, identifies: true },
    may_collect: fact,
    note: { ...secret, identifies: true },
    // Shown at the kiosk's 家人来接 with her consent; erased with her; never in a file that leaves the PC.
    photo: { dataExport: false, erasure: 'null', bundle: 'never', register: 'never', kiosk: true },
  },
  visit: {
    ...stamps,
    id: link,
    child_id: link,
    // The kiosk tells her when she came and left (你今天 16:40 签退了).
    checked_in_at: { ...fact, kiosk: true },
    checked_out_at: { ...fact, kiosk: true },
    check_in_staff_id: link,
    check_out_staff_id: link,
    checkout_method: fact,
    leave_mode: fact,
    collected_by: { ...note, identifies: true },
    voided_at: fact,
    void_reason: secret,
    leave_request: fact,
    leave_request_by: { ...secret, identifies: true },
    leave_held_at: fact,
    leave_hold_reason: fact,
    leave_note: { ...secret, identifies: true },
  },
  call_booking: {
    ...stamps,
    id: link,
    child_id: link,
    parent_id: link,
    booked_at: fact,
    booked_by_staff_id: link,
    status: { ...fact, kiosk: true },
    closed_at: fact,
    channel: { ...fact, kiosk: true },
  },
  call: {
    ...stamps,
    id: link,
    child_id: link,
    parent_id: link,
    booking_id: link,
    staff_id: link,
    started_at: fact,
    ended_at: fact,
    duration_seconds: fact,
    outcome: fact,
    note,
    voided_at: fact,
    void_reason: secret,
    channel: fact,
  },
  loan: {
    ...stamps,
    id: link,
    copy_id: link,
    child_id: link,
    lent_at: fact,
    lent_by_staff_id: link,
    // Her own loans at the kiosk: titles and due dates.
    due_on: { ...fact, kiosk: true },
    renewals: fact,
    returned_at: fact,
    returned_by_staff_id: link,
  },
  review: {
    ...stamps,
    id: link,
    child_id: link,
    book_id: link,
    text: { ...secret, erasure: 'empty' },
    written_via: fact,
    written_by_staff_id: link,
    written_at: fact,
    semester: fact,
    grade: fact,
    graded_by_staff_id: link,
    graded_at: fact,
  },
  activity_signup: {
    ...stamps,
    id: link,
    activity_id: link,
    child_id: link,
    status: { ...fact, kiosk: true },
    via: fact,
    signed_up_at: fact,
    promoted_at: fact,
    closed_at: fact,
    staff_id: link,
  },
  activity_attendance: {
    ...stamps,
    id: link,
    activity_id: link,
    child_id: link,
    date: fact,
    present: fact,
    marked_by_staff_id: link,
  },
  // Which lectures she heard is in her data export (joined from the lecture); kept by erasure for the
  // counts, like activity attendance. Only counts leave the PC, and never to the kiosk.
  lecture_attendance: {
    ...stamps,
    id: { ...link, bundle: 'never', kiosk: false },
    lecture_id: { ...link, bundle: 'never', kiosk: false },
    child_id: { ...link, bundle: 'never', kiosk: false },
    marked_by_staff_id: { ...link, bundle: 'never', kiosk: false },
  },
  care_record: {
    ...stamps,
    id: link,
    child_id: link,
    kind: fact,
    date: fact,
    staff_id: link,
    contact_with: fact,
    contact_mode: fact,
    met_with: secret,
    growth_area: fact,
    letter_to: secret,
    letter_sent_on: fact,
    text: secret,
    voided_at: fact,
    void_reason: secret,
  },
  care_follow_up: {
    ...stamps,
    id: link,
    child_id: link,
    record_id: link,
    reason: fact,
    note: { ...secret, erasure: 'empty' },
    due_on: fact,
    raised_by_staff_id: link,
    done_at: fact,
    done_by_staff_id: link,
    done_note: secret,
  },
  access_log: {
    // When her file was opened, and by whom, is what the access log is for.
    created_at: { ...stamp, dataExport: true },
    updated_at: stamp,
    id: link,
    staff_id: link,
    role: fact,
    child_id: link,
    what: fact,
  },
  // An incident may involve several children (incident_child links them): the texts name them all, so erasing
  // one child erases the texts of every incident she was in, as her care records' texts; kind, time and the
  // other children's links stay for the counts. Never at the kiosk; the bundle counts incidents, never a text.
  incident: {
    ...stamps,
    id: link,
    kind: fact,
    occurred_at: fact,
    place: secret,
    what_happened: secret,
    what_was_done: secret,
    follow_up: secret,
    follow_up_done_on: fact,
    recorded_by_staff_id: link,
    voided_at: fact,
    void_reason: secret,
  },
  incident_child: { ...stamps, id: link, incident_id: link, child_id: link },
  incident_notice: {
    ...stamps,
    id: link,
    incident_id: link,
    whom: fact,
    // Whom the teacher told (王奶奶): a person's name, erased with her, never out of the PC but in her export.
    name: { ...secret, identifies: true },
    told_at: fact,
    how: fact,
  },
  // A teacher's handover note may speak of a child: it is hers to write, but it leaves only under the option.
  duty_signin: {
    ...stamps,
    id: link,
    staff_id: link,
    duty_id: link,
    // The teacher's duty, not the child's: no part of her data export.
    signed_in_at: { ...fact, dataExport: false },
    signed_out_at: { ...fact, dataExport: false },
    handover_note: { ...note, dataExport: false, erasure: 'keep' },
  },
  // Her links to the room's helpers and the aid she received (issue 20): hers to see; on erasure the link
  // to the helper or the visit is cut (the helper no longer names her), the row stays for the counts.
  helper_child: { ...stamps, id: link, helper_id: { ...link, erasure: 'null' }, child_id: link, since: fact, ended_on: fact },
  helper_visit_child: { ...stamps, id: link, visit_id: { ...link, erasure: 'null' }, child_id: link },
  aid_child: { ...stamps, id: link, aid_id: link, child_id: link },
  helper: {
    ...stamps,
    id: roomFact,
    name: helperContact,
    phone: helperContact,
    kind: roomFact,
    organisation: roomFact,
    note: roomFact,
    archived_at: roomFact,
  },
  helper_visit: { ...stamps, id: roomFact, helper_id: roomFact, date: roomFact, what: roomFact, staff_id: roomFact },
  aid: {
    ...stamps,
    id: roomFact,
    kind: roomFact,
    description: roomFact,
    amount_fen: roomFact,
    quantity: roomFact,
    date: roomFact,
    donor: roomFact,
    staff_id: roomFact,
    voided_at: roomFact,
    void_reason: roomFact,
  },
} as const satisfies { [T in Covered]: Record<keyof Database[T], ColumnPolicy> };

export type PolicyTable = keyof typeof dataPolicy & keyof Database;
export type PolicyColumn<T extends PolicyTable> = keyof (typeof dataPolicy)[T] & string;

/** The columns of a table the kiosk may show: `satisfies` a kiosk query's column list with it. */
export type KioskColumn<T extends PolicyTable> = {
  [C in keyof (typeof dataPolicy)[T]]: (typeof dataPolicy)[T][C] extends { kiosk: true } ? C : never;
}[keyof (typeof dataPolicy)[T]] &
  string;

/** A column's policy by a name only known at run time (a sheet's heading); undefined when the table has no such column. */
export function columnPolicy(table: PolicyTable, column: string): ColumnPolicy | undefined {
  return (dataPolicy[table] as Record<string, ColumnPolicy | undefined>)[column];
}

export function policyOf<T extends PolicyTable>(table: T, column: PolicyColumn<T>): ColumnPolicy {
  return (dataPolicy[table] as Record<string, ColumnPolicy>)[column] as ColumnPolicy;
}

export function columnsOf<T extends PolicyTable>(table: T): PolicyColumn<T>[] {
  return Object.keys(dataPolicy[table]) as PolicyColumn<T>[];
}

/** Whether a bundle or the register may carry the column, given the admin's choice of contacts and notes. */
export function carries<T extends PolicyTable>(file: 'bundle' | 'register', table: T, column: PolicyColumn<T>, includeContacts: boolean): boolean {
  const carry = policyOf(table, column)[file];
  return carry === 'always' || (carry === 'contacts' && includeContacts);
}

/** The tables in the policy whose rows are not one child's: her file itself, a teacher's duty, the helpers' and the room's rows. */
const NOT_CHILD_ROWS = ['child', 'duty_signin', 'helper', 'helper_visit', 'aid'] as const;
type ChildRowTable = Exclude<PolicyTable, (typeof NOT_CHILD_ROWS)[number]>;

/** The tables whose rows each belong to a child: by a child_id column, or through incident_child (see herRows). */
export const CHILD_ROW_TABLES = (Object.keys(dataPolicy) as PolicyTable[]).filter((t): t is ChildRowTable => !(NOT_CHILD_ROWS as readonly string[]).includes(t));

/** What erasure writes over a table's rows: null or '' per column. `placeholder` and `birthYear` depend on the row. */
export function erasedValues(table: PolicyTable): Record<string, null | ''> {
  const out: Record<string, null | ''> = {};
  for (const [column, policy] of Object.entries(dataPolicy[table]) as [string, ColumnPolicy][]) {
    if (policy.erasure === 'null') out[column] = null;
    else if (policy.erasure === 'empty') out[column] = '';
  }
  return out;
}

/** The columns whose values erasure also scrubs out of the audit log. */
export function identifyingColumns<T extends PolicyTable>(table: T): PolicyColumn<T>[] {
  return columnsOf(table).filter((c) => policyOf(table, c).identifies === true);
}
