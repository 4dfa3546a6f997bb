// Lending the room's books: lend and return by a copy's label, renew, what is out and overdue,
// the history, and what a child sees of her own loans at the kiosk. due_on is a local date in the
// room's zone; lent_at and returned_at are stamps. Audit details carry ids and dates, never names.
import type { ParsedInput } from '../../../shared/contract';
import type { KioskLoan, Loan } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Kysely } from 'kysely';
import { compiledQuery, type Slots } from '../../db/compiled';
import type { Database, LoanRow } from '../../db/schema';
import { normalizeBarcode } from './books';
import { daysBetween } from '../calls/callQueue';
import { addDays } from '../room/checkins';
import type { ServiceDeps } from '../deps';
import { settingsOf } from '../settings/settings';

/** Rows the unfiltered history answers with: a table screen's worth, newest first. */
export const HISTORY_LIMIT = 1000;

interface LoanJoin extends LoanRow {
  barcode: string;
  book_id: number;
  title: string;
  child_name: string;
  grade: number | null;
  class_no: number | null;
  lent_by: string | null;
}

// The desk's lend and return, compiled once (db/compiled.ts): a queue of children at the desk runs them.
const loanByIdQuery = compiledQuery((db, slot: Slots<{ id: number }>) => loansOf(db).where('l.id', '=', slot('id')));
const copyQuery = compiledQuery((db, slot: Slots<{ barcode: string }>) => db.selectFrom('book_copy').select(['id', 'book_id', 'status']).where('barcode', '=', slot('barcode')));
/** The child if she may borrow (on file, not archived), with how many books she has out. */
const borrowerQuery = compiledQuery((db, slot: Slots<{ childId: number }>) =>
  db
    .selectFrom('child')
    .select((eb) => ['child.id', eb.selectFrom('loan').select(eb.fn.countAll<number>().as('n')).whereRef('loan.child_id', '=', 'child.id').where('loan.returned_at', 'is', null).as('openLoans')])
    .where('child.id', '=', slot('childId'))
    .where('child.archived_at', 'is', null),
);
const insertLoanQuery = compiledQuery((db, slot: Slots<{ copyId: number; childId: number; at: string; staffId: number | null; dueOn: string }>) =>
  db
    .insertInto('loan')
    .values({
      copy_id: slot('copyId'),
      child_id: slot('childId'),
      lent_at: slot('at'),
      lent_by_staff_id: slot('staffId'),
      due_on: slot('dueOn'),
      returned_at: null,
      returned_by_staff_id: null,
      created_at: slot('at'),
      updated_at: slot('at'),
    })
    .returning('id'),
);
const copyStatusQuery = compiledQuery((db, slot: Slots<{ id: number; status: 'on_loan' | 'on_shelf'; at: string }>) =>
  db
    .updateTable('book_copy')
    .set({ status: slot('status'), updated_at: slot('at') })
    .where('id', '=', slot('id')),
);
const openLoanQuery = compiledQuery((db, slot: Slots<{ copyId: number }>) => db.selectFrom('loan').selectAll().where('copy_id', '=', slot('copyId')).where('returned_at', 'is', null));
const closeLoanQuery = compiledQuery((db, slot: Slots<{ id: number; at: string; staffId: number | null }>) =>
  db
    .updateTable('loan')
    .set({ returned_at: slot('at'), returned_by_staff_id: slot('staffId'), updated_at: slot('at') })
    .where('id', '=', slot('id')),
);

function loansOf(db: Kysely<Database>) {
  return db
    .selectFrom('loan as l')
    .innerJoin('book_copy as c', 'c.id', 'l.copy_id')
    .innerJoin('book as b', 'b.id', 'c.book_id')
    .innerJoin('child as ch', 'ch.id', 'l.child_id')
    .leftJoin('staff as s', 's.id', 'l.lent_by_staff_id')
    .selectAll('l')
    .select(['c.barcode', 'c.book_id', 'b.title', 'ch.name as child_name', 'ch.grade', 'ch.class_no', 's.name as lent_by']);
}

export function createLoansService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;

  const loans = () => loansOf(db);

  /** Whole local days past due for an open loan; a returned loan is never overdue any more. */
  function overdueDays(row: Pick<LoanRow, 'due_on' | 'returned_at'>, today: string): number {
    return row.returned_at === null ? Math.max(0, daysBetween(row.due_on, today)) : 0;
  }

  function toLoan(r: LoanJoin, today: string): Loan {
    return {
      id: r.id,
      copyId: r.copy_id,
      barcode: r.barcode,
      bookId: r.book_id,
      title: r.title,
      childId: r.child_id,
      childName: r.child_name,
      grade: r.grade,
      classNo: r.class_no,
      lentAt: r.lent_at,
      dueOn: r.due_on,
      returnedAt: r.returned_at,
      renewals: r.renewals,
      overdueDays: overdueDays(r, today),
      lentBy: r.lent_by,
    };
  }

  async function getLoan(id: number): Promise<Loan> {
    const [row] = (await loanByIdQuery(db, { id })).rows;
    if (!row) throw new AppError('not_found', { entity: 'loan' });
    return toLoan(row, clock.today());
  }

  async function copyByLabel(barcode: string) {
    const [copy] = (await copyQuery(db, { barcode: normalizeBarcode(barcode) })).rows;
    if (!copy) throw new AppError('not_found', { entity: 'copy' });
    return copy;
  }

  /** An archived child keeps her history but cannot borrow (nor use the kiosk's library screens). */
  async function activeChild(childId: number): Promise<void> {
    const child = await db.selectFrom('child').select('id').where('id', '=', childId).where('archived_at', 'is', null).executeTakeFirst();
    if (!child) throw new AppError('not_found', { entity: 'child' });
  }

  async function lend({ barcode, childId }: ParsedInput<'loans.lend'>): Promise<Loan> {
    const settings = await settingsOf(deps);
    const copy = await copyByLabel(barcode);
    if (copy.status === 'on_loan') throw new AppError('conflict', { entity: 'copy_on_loan' });
    if (copy.status !== 'on_shelf') throw new AppError('conflict', { entity: 'copy_unavailable' });
    const [borrower] = (await borrowerQuery(db, { childId })).rows;
    if (!borrower) throw new AppError('not_found', { entity: 'child' });
    if (Number(borrower.openLoans) >= settings.maxLoansPerChild) throw new AppError('conflict', { entity: 'loan_limit' });

    const at = clock.stamp();
    const dueOn = addDays(clock.today(), settings.loanDays);
    const [row] = (await insertLoanQuery(db, { copyId: copy.id, childId, at, staffId: actor.staffId, dueOn })).rows;
    if (!row) throw new Error('the new loan has no id');
    await copyStatusQuery(db, { id: copy.id, status: 'on_loan', at });
    await audit.record('loans.lend', 'loan', row.id, { copyId: copy.id, bookId: copy.book_id, childId, dueOn });
    return getLoan(row.id);
  }

  /** By the label alone: the copy's open loan says who had it. */
  async function giveBack({ barcode }: ParsedInput<'loans.return'>): Promise<Loan> {
    const copy = await copyByLabel(barcode);
    const [loan] = (await openLoanQuery(db, { copyId: copy.id })).rows;
    if (!loan) throw new AppError('conflict', { entity: 'not_on_loan' });
    const at = clock.stamp();
    await closeLoanQuery(db, { id: loan.id, at, staffId: actor.staffId });
    await copyStatusQuery(db, { id: copy.id, status: 'on_shelf', at });
    await audit.record('loans.return', 'loan', loan.id, {
      copyId: copy.id,
      childId: loan.child_id,
      overdueDays: overdueDays({ due_on: loan.due_on, returned_at: null }, clock.today()),
    });
    return getLoan(loan.id);
  }

  /** An overdue loan may still be renewed: the new period starts today, not at the missed due date. */
  async function renew({ loanId }: ParsedInput<'loans.renew'>): Promise<Loan> {
    const settings = await settingsOf(deps);
    const loan = await db.selectFrom('loan').selectAll().where('id', '=', loanId).executeTakeFirst();
    if (!loan) throw new AppError('not_found', { entity: 'loan' });
    if (loan.returned_at !== null) throw new AppError('conflict', { entity: 'not_on_loan' });
    if (loan.renewals >= settings.maxRenewals) throw new AppError('conflict', { entity: 'renew_limit' });
    const today = clock.today();
    const dueOn = addDays(loan.due_on > today ? loan.due_on : today, settings.loanDays);
    await db
      .updateTable('loan')
      .set({ due_on: dueOn, renewals: loan.renewals + 1, updated_at: clock.stamp() })
      .where('id', '=', loanId)
      .execute();
    await audit.record('loans.renew', 'loan', loanId, { before: loan.due_on, after: dueOn, renewals: loan.renewals + 1 });
    return getLoan(loanId);
  }

  /** Every open loan, soonest due first. */
  async function active(): Promise<Loan[]> {
    const today = clock.today();
    const rows = await loans().where('l.returned_at', 'is', null).orderBy('l.due_on').orderBy('l.lent_at').orderBy('l.id').execute();
    return rows.map((r) => toLoan(r, today));
  }

  /** Open loans past their due date, most days overdue first. */
  async function overdue(): Promise<Loan[]> {
    const today = clock.today();
    const rows = await loans()
      .where('l.returned_at', 'is', null)
      .where('l.due_on', '<', today)
      .orderBy('l.due_on')
      .orderBy('ch.grade')
      .orderBy('ch.class_no')
      .orderBy('ch.name_pinyin')
      .orderBy('l.id')
      .execute();
    return rows.map((r) => toLoan(r, today));
  }

  /** A child's or a title's loans, or the whole room's (the newest HISTORY_LIMIT), newest first. */
  async function history(filter: { childId?: number; bookId?: number }): Promise<Loan[]> {
    const today = clock.today();
    let q = loans();
    if (filter.childId !== undefined) q = q.where('l.child_id', '=', filter.childId);
    if (filter.bookId !== undefined) q = q.where('c.book_id', '=', filter.bookId);
    const rows = await q.orderBy('l.lent_at', 'desc').orderBy('l.id', 'desc').limit(HISTORY_LIMIT).execute();
    return rows.map((r) => toLoan(r, today));
  }

  /** kiosk.loans: her own open loans, titles and due dates only: no labels, no names. */
  async function kioskLoans(childId: number): Promise<KioskLoan[]> {
    await activeChild(childId);
    const today = clock.today();
    const rows = await db
      .selectFrom('loan as l')
      .innerJoin('book_copy as c', 'c.id', 'l.copy_id')
      .innerJoin('book as b', 'b.id', 'c.book_id')
      .select(['b.title', 'l.due_on'])
      .where('l.child_id', '=', childId)
      .where('l.returned_at', 'is', null)
      .orderBy('l.due_on')
      .orderBy('l.id')
      .execute();
    return rows.map((r) => ({ title: r.title, dueOn: r.due_on, overdue: r.due_on < today }));
  }

  return { lend, giveBack, renew, active, overdue, history, getLoan, kioskLoans, activeChild };
}
