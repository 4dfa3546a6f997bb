// Duty: each planned duty of the week with its sign-in (on time, late, absent), sign-ins without a
// planned duty, and the handover note each teacher left when she signed out (a note about a child's
// mood or home: it leaves the PC only when the admin asked for notes and contact details). The duty roster's own
// planned-vs-actual report decides the matching, so the bundle and the screen never disagree.
import type { PlannedVsActualRow } from '../../../../shared/domain';
import { carries } from '../../../db/dataPolicy';
import { READ_ONLY_AUDIT } from '../../audit';
import { createDutyService } from '../../duty/duty';
import { localTime } from '../format';
import type { LogSheet, SheetContext } from './types';

/** The week's planned-vs-actual rows (duties still to come are not in it). */
export function dutyReport(ctx: SheetContext): Promise<PlannedVsActualRow[]> {
  return createDutyService({ ...ctx, audit: READ_ONLY_AUDIT }).report({ from: ctx.range.monday, to: ctx.range.sunday });
}

export const dutySheet: LogSheet = {
  key: 'duty',
  async read(ctx) {
    const { db, range, texts, includeContacts } = ctx;
    const { t, yesNo } = texts;
    const report = await dutyReport(ctx);
    const handover = carries('bundle', 'duty_signin', 'handover_note', includeContacts);
    const notes = await db
      .selectFrom('duty_signin as d')
      .innerJoin('staff as s', 's.id', 'd.staff_id')
      .select(['s.name', 'd.signed_in_at', 'd.handover_note'])
      .where('d.signed_in_at', '>=', range.monday)
      .where('d.signed_in_at', '<', range.to)
      .execute();
    const noteOf = new Map(notes.map((n) => [`${n.name}|${n.signed_in_at}`, n.handover_note]));
    const openings = await db.selectFrom('opening').select(['id', 'start_time', 'end_time']).execute();
    const hours = new Map(openings.map((o) => [o.id, `${o.start_time}–${o.end_time}`]));
    return {
      columns: ['date', 'opening', 'staff', 'planned', 'signedInAt', 'signedOutAt', 'dutyStatus', ...(handover ? ['handoverNote'] : [])],
      rows: report.map((r) => [
        r.date,
        r.openingId === null ? null : (hours.get(r.openingId) ?? r.startTime),
        r.staffName,
        yesNo(r.planned),
        localTime(r.signedInAt, range.timezone),
        localTime(r.signedOutAt, range.timezone),
        t(`value.dutyStatus.${r.status}`),
        ...(handover ? [r.signedInAt === null ? null : (noteOf.get(`${r.staffName}|${r.signedInAt}`) ?? null)] : []),
      ]),
    };
  },
};
