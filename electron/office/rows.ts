// A checked bundle's CSV rows as office rows: words of the bundle's language ("已通话", "yes") become
// flags and codes, numbers become numbers, and contact columns stay empty unless the bundle has them.
import { word } from '../../shared/bundleCheck/sheets';
import type { BundleSheets } from '../../shared/bundleCheck';
import type { Manifest } from '../../shared/bundle';
import { CALL_CHANNELS, type Language } from '../../shared/domain';
import type { OfficeDatabase } from './schema';
import type { Insertable } from 'kysely';

type Ids = { bundle_id: number; school_id: number };
type Row<T extends keyof OfficeDatabase> = Insertable<OfficeDatabase[T]>;

export interface OfficeRows {
  office_checkin: Row<'office_checkin'>[];
  office_call: Row<'office_call'>[];
  office_loan: Row<'office_loan'>[];
  office_activity: Row<'office_activity'>[];
  office_duty: Row<'office_duty'>[];
  office_care: Row<'office_care'>[];
}

const text = (v: string | undefined) => (v === undefined || v === '' ? null : v);
const num = (v: string | undefined) => (v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));

/** The code whose word in the bundle's language is `value` (e.g. 'on_time' for '准时'), or null. */
function codeOf(language: Language, group: string, codes: readonly string[], value: string | undefined): string | null {
  return codes.find((code) => word(language, `value.${group}.${code}`) === value) ?? null;
}

export function officeRows(manifest: Manifest, sheets: BundleSheets, ids: Ids): OfficeRows {
  const lang = manifest.language;
  const yes = word(lang, 'value.yes');
  const flag = (v: string | undefined) => (v === yes ? 1 : 0);
  const child = (r: { name?: string; grade?: string; classNo?: string }) => ({ name: r.name ?? '', grade: num(r.grade), class_no: num(r.classNo) });
  return {
    office_checkin: sheets.checkins.map((r) => ({
      ...ids,
      ...child(r),
      checked_in_at: r.checkedInAt ?? '',
      checked_out_at: text(r.checkedOutAt),
      minutes: num(r.minutes),
      leave_mode: text(r.leaveMode),
      collected_by: text(r.collectedBy),
    })),
    office_call: sheets.calls.map((r) => ({
      ...ids,
      ...child(r),
      parent: text(r.parent),
      started_at: text(r.startedAt),
      minutes: num(r.minutes),
      outcome: codeOf(lang, 'outcome', ['talked', 'no_answer', 'busy', 'wrong_number'], r.outcome),
      talked: r.outcome === word(lang, 'value.outcome.talked') ? 1 : 0,
      channel: codeOf(lang, 'channel', CALL_CHANNELS, r.channel) ?? 'phone',
      booked: flag(r.booked),
      phone: text(r.phone),
      note: text(r.note),
    })),
    office_loan: sheets.loans.map((r) => ({
      ...ids,
      ...child(r),
      title: text(r.title),
      lent_at: text(r.lentAt),
      due_on: text(r.dueOn),
      returned_at: text(r.returnedAt),
      lent_this_week: flag(r.lentThisWeek),
      returned_this_week: flag(r.returnedThisWeek),
    })),
    office_activity: sheets.activities.map((r) => ({
      ...ids,
      record: codeOf(lang, 'record', ['signup', 'attendance'], r.record) ?? '',
      activity: text(r.activity),
      date: text(r.date),
      name: text(r.name),
      grade: num(r.grade),
      class_no: num(r.classNo),
      present: r.present === undefined || r.present === '' ? null : flag(r.present),
    })),
    office_duty: sheets.duty.map((r) => ({
      ...ids,
      date: text(r.date),
      staff: text(r.staff),
      planned: flag(r.planned),
      status: codeOf(lang, 'dutyStatus', ['on_time', 'late', 'absent', 'unplanned'], r.dutyStatus),
      signed_in_at: text(r.signedInAt),
    })),
    office_care: sheets.care.map((r) => ({
      ...ids,
      surrogate: text(r.surrogate),
      children: num(r.children),
      talks: num(r.talks),
      talk_share: num(r.talkShare),
      contact_share: num(r.contactShare),
      visit_share: num(r.visitShare),
      letter_share: num(r.letterShare),
    })),
  };
}
