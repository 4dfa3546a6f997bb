// Loans and returns: every loan lent or given back in the week, one row each.
import { localTime } from '../format';
import type { LogSheet } from './types';

export const loansSheet: LogSheet = {
  key: 'loans',
  async read({ db, range, texts }) {
    const { yesNo } = texts;
    const inWeek = (column: 'l.lent_at' | 'l.returned_at') => db.selectFrom('loan as l').select('l.id').where(column, '>=', range.from).where(column, '<', range.to);
    const rows = await db
      .selectFrom('loan as l')
      .innerJoin('book_copy as b', 'b.id', 'l.copy_id')
      .innerJoin('book', 'book.id', 'b.book_id')
      .innerJoin('child as c', 'c.id', 'l.child_id')
      .leftJoin('staff as s', 's.id', 'l.lent_by_staff_id')
      .select(['c.name', 'c.grade', 'c.class_no', 'book.title', 'b.barcode', 'l.lent_at', 'l.due_on', 'l.returned_at', 'l.renewals', 's.name as lent_by'])
      .where((eb) => eb.or([eb('l.id', 'in', inWeek('l.lent_at')), eb('l.id', 'in', inWeek('l.returned_at'))]))
      .orderBy('l.lent_at')
      .orderBy('l.id')
      .execute();
    const within = (stamp: string | null) => stamp !== null && stamp >= range.from && stamp < range.to;
    return {
      columns: ['name', 'grade', 'classNo', 'title', 'barcode', 'lentAt', 'lentBy', 'dueOn', 'renewals', 'returnedAt', 'lentThisWeek', 'returnedThisWeek'],
      rows: rows.map((r) => [
        r.name,
        r.grade,
        r.class_no,
        r.title,
        r.barcode,
        localTime(r.lent_at, range.timezone),
        r.lent_by,
        r.due_on,
        r.renewals,
        localTime(r.returned_at, range.timezone),
        yesNo(within(r.lent_at)),
        yesNo(within(r.returned_at)),
      ]),
    };
  },
};
