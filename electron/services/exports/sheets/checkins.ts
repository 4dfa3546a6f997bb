// Check-ins: every visit that began in the week, voided ones left out.
import { carries } from '../../../db/dataPolicy';
import { localTime, minutesBetween } from '../format';
import type { LogSheet } from './types';

export const checkinsSheet: LogSheet = {
  key: 'checkins',
  async read({ db, range, texts, includeContacts }) {
    const { t } = texts;
    const rows = await db
      .selectFrom('visit as v')
      .innerJoin('child as c', 'c.id', 'v.child_id')
      .leftJoin('staff as i', 'i.id', 'v.check_in_staff_id')
      .leftJoin('staff as o', 'o.id', 'v.check_out_staff_id')
      .select(['c.name', 'c.grade', 'c.class_no', 'v.checked_in_at', 'v.checked_out_at', 'v.checkout_method', 'v.leave_mode', 'v.collected_by', 'i.name as in_by', 'o.name as out_by'])
      .where('v.checked_in_at', '>=', range.from)
      .where('v.checked_in_at', '<', range.to)
      .where('v.voided_at', 'is', null)
      .orderBy('v.checked_in_at')
      .orderBy('v.id')
      .execute();
    // Who collected a child is a name typed by a teacher: the data policy lets it out only with contact details.
    const collected = carries('bundle', 'visit', 'collected_by', includeContacts);
    return {
      columns: ['name', 'grade', 'classNo', 'checkedInAt', 'checkedInBy', 'checkedOutAt', 'checkedOutBy', 'minutes', 'leaveMode', ...(collected ? ['collectedBy'] : [])],
      rows: rows.map((r) => [
        r.name,
        r.grade,
        r.class_no,
        localTime(r.checked_in_at, range.timezone),
        r.in_by ?? t('value.kiosk'),
        localTime(r.checked_out_at, range.timezone),
        r.checkout_method === null ? null : (r.out_by ?? t(`value.checkoutMethod.${r.checkout_method}`)),
        minutesBetween(r.checked_in_at, r.checked_out_at),
        r.leave_mode === null ? null : t(`value.leaveMode.${r.leave_mode}`),
        ...(collected ? [r.collected_by] : []),
      ]),
    };
  },
};
