// Home calls (phone or video) that began in the week, booked or logged by hand; voided ones left out. The number
// dialled and the teacher's note go in only when the admin asked for contact details.
import { carries } from '../../../db/dataPolicy';
import { localTime } from '../format';
import type { LogSheet } from './types';

export const callsSheet: LogSheet = {
  key: 'calls',
  async read({ db, range, texts, includeContacts }) {
    const { t, yesNo } = texts;
    const rows = await db
      .selectFrom('call as k')
      .innerJoin('child as c', 'c.id', 'k.child_id')
      .innerJoin('child_parent as p', 'p.id', 'k.parent_id')
      .leftJoin('staff as s', 's.id', 'k.staff_id')
      .select([
        'c.name',
        'c.grade',
        'c.class_no',
        'p.relation',
        'p.phone',
        'k.channel',
        'k.booking_id',
        'k.started_at',
        'k.ended_at',
        'k.duration_seconds',
        'k.outcome',
        'k.note',
        's.name as staff_name',
      ])
      .where('k.started_at', '>=', range.from)
      .where('k.started_at', '<', range.to)
      .where('k.voided_at', 'is', null)
      .orderBy('k.started_at')
      .orderBy('k.id')
      .execute();
    // The data policy says which of these leave the PC, and with which choice.
    const phone = carries('bundle', 'child_parent', 'phone', includeContacts);
    const note = carries('bundle', 'call', 'note', includeContacts);
    const contacts = [...(phone ? ['phone'] : []), ...(note ? ['note'] : [])];
    return {
      columns: ['name', 'grade', 'classNo', 'parent', 'channel', 'startedAt', 'endedAt', 'minutes', 'outcome', 'booked', 'staff', ...contacts],
      rows: rows.map((r) => [
        r.name,
        r.grade,
        r.class_no,
        t(`common:enums.parentRelation.${r.relation}`),
        t(`value.channel.${r.channel}`),
        localTime(r.started_at, range.timezone),
        localTime(r.ended_at, range.timezone),
        r.duration_seconds === null ? null : Math.round(r.duration_seconds / 6) / 10,
        r.outcome === null ? null : t(`value.outcome.${r.outcome}`),
        yesNo(r.booking_id !== null),
        r.staff_name,
        ...(phone ? [r.phone] : []),
        ...(note ? [r.note] : []),
      ]),
    };
  },
};
