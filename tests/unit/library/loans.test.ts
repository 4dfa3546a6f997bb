import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/session';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

interface Room {
  t: TestApp;
  teacher: Session;
  /** Moves the clock and keeps the staff sessions awake (the idle lock would sign them out). */
  at(iso: string): void;
  child(name: string): Promise<number>;
  /** A title with `copies` copies labelled B00001…; returns the labels. */
  title(title: string, copies?: number): Promise<string[]>;
}

async function room(start = '2026-11-23T10:00:00+08:00'): Promise<Room> {
  const t = await createTestApp();
  t.at(start);
  const teacher = await t.signIn('teacher', '王老师');
  const wake = () => t.at(t.clock.now().toISOString());
  return {
    t,
    teacher,
    at: (iso) => (t.clock.set(iso), wake()),
    child: async (name) => (await t.ok(t.admin, 'children.create', childInput({ name }))).id,
    title: async (title, copies = 1) => (await t.ok(teacher, 'books.create', { book: { title }, copies })).copies.map((c) => c.barcode),
  };
}

async function openLoans(t: TestApp): Promise<number> {
  const row = await t.app.db
    .selectFrom('loan')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('returned_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('loans.lend and loans.return', () => {
  it('lends a copy on the shelf for the set number of days, and takes it back by its label', async () => {
    const r = await room();
    const [label] = await r.title('草房子');
    const childId = await r.child('张小明');
    const loan = await r.t.ok(r.teacher, 'loans.lend', { barcode: label.toLowerCase(), childId });
    expect(loan).toMatchObject({
      barcode: 'B00001',
      title: '草房子',
      childId,
      childName: '张小明',
      grade: 4,
      classNo: 2,
      lentAt: '2026-11-23T10:00:00+08:00',
      dueOn: '2026-12-07',
      returnedAt: null,
      renewals: 0,
      overdueDays: 0,
      lentBy: '王老师',
    });
    expect((await r.t.ok(r.teacher, 'books.lookup', { barcode: label })).copy.status).toBe('on_loan');

    r.at('2026-11-30T16:00:00+08:00');
    const back = await r.t.ok(r.teacher, 'loans.return', { barcode: label });
    expect(back).toMatchObject({ id: loan.id, returnedAt: '2026-11-30T16:00:00+08:00', overdueDays: 0 });
    const row = await r.t.app.db.selectFrom('loan').selectAll().where('id', '=', loan.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ lent_by_staff_id: r.teacher.staffId, returned_by_staff_id: r.teacher.staffId });
    expect((await r.t.ok(r.teacher, 'books.lookup', { barcode: label })).copy).toMatchObject({ status: 'on_shelf', loan: null });
    expect(errorOf(await r.t.call(r.teacher, 'loans.return', { barcode: label }))).toEqual({ code: 'conflict', details: { entity: 'not_on_loan' } });
    expect(errorOf(await r.t.call(r.teacher, 'loans.return', { barcode: 'NOPE' }))).toEqual({ code: 'not_found', details: { entity: 'copy' } });

    const audit = await r.t.app.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'loans.%').execute();
    expect(audit.map((a) => a.action)).toEqual(['loans.lend', 'loans.return']);
    expect(JSON.stringify(audit)).not.toContain('张小明');
  });

  it('refuses a copy on loan, lost or withdrawn, and an unknown label', async () => {
    const r = await room();
    const [a, b, c] = await r.title('草房子', 3);
    const first = await r.child('张小明');
    const second = await r.child('李华');
    await r.t.ok(r.teacher, 'loans.lend', { barcode: a, childId: first });
    expect(errorOf(await r.t.call(r.teacher, 'loans.lend', { barcode: a, childId: second }))).toEqual({
      code: 'conflict',
      details: { entity: 'copy_on_loan' },
    });
    const copies = (await r.t.ok(r.teacher, 'books.lookup', { barcode: b })).book.copies;
    await r.t.ok(r.teacher, 'books.setCopyStatus', { copyId: copies[1].id, status: 'lost', reason: '找不到' });
    await r.t.ok(r.teacher, 'books.setCopyStatus', { copyId: copies[2].id, status: 'withdrawn', reason: '破损' });
    for (const barcode of [b, c]) {
      expect(errorOf(await r.t.call(r.teacher, 'loans.lend', { barcode, childId: second }))).toEqual({
        code: 'conflict',
        details: { entity: 'copy_unavailable' },
      });
    }
    expect(errorOf(await r.t.call(r.teacher, 'loans.lend', { barcode: 'NOPE', childId: second }))).toEqual({ code: 'not_found', details: { entity: 'copy' } });
    expect(await openLoans(r.t)).toBe(1);
  });

  it('refuses an archived or unknown child: an archived child cannot borrow', async () => {
    const r = await room();
    const [label] = await r.title('草房子');
    const left = await r.child('李华');
    await r.t.ok(r.t.admin, 'children.archive', { id: left, reason: '转学' });
    for (const childId of [left, 999]) {
      expect(errorOf(await r.t.call(r.teacher, 'loans.lend', { barcode: label, childId }))).toEqual({ code: 'not_found', details: { entity: 'child' } });
    }
    expect((await r.t.ok(r.teacher, 'books.lookup', { barcode: label })).copy.status).toBe('on_shelf');
    expect(await openLoans(r.t)).toBe(0);
  });

  it('holds each child to the loan limit, counting open loans only', async () => {
    const r = await room();
    const labels = await r.title('草房子', 4);
    const childId = await r.child('张小明');
    await r.t.ok(r.teacher, 'loans.lend', { barcode: labels[0], childId });
    await r.t.ok(r.teacher, 'loans.lend', { barcode: labels[1], childId });
    expect(errorOf(await r.t.call(r.teacher, 'loans.lend', { barcode: labels[2], childId }))).toEqual({ code: 'conflict', details: { entity: 'loan_limit' } });
    await r.t.ok(r.teacher, 'loans.return', { barcode: labels[0] });
    await r.t.ok(r.teacher, 'loans.lend', { barcode: labels[2], childId });
    await r.t.ok(r.t.admin, 'settings.update', { maxLoansPerChild: 3 });
    await r.t.ok(r.teacher, 'loans.lend', { barcode: labels[3], childId });
    expect(await openLoans(r.t)).toBe(3);
  });
});

describe('loans.renew', () => {
  it('extends from the due date, or from today when overdue, up to the renewal limit', async () => {
    const r = await room();
    const [label] = await r.title('草房子');
    const loan = await r.t.ok(r.teacher, 'loans.lend', { barcode: label, childId: await r.child('张小明') });
    r.at('2026-12-01T10:00:00+08:00');
    expect(await r.t.ok(r.teacher, 'loans.renew', { loanId: loan.id })).toMatchObject({ dueOn: '2026-12-21', renewals: 1, overdueDays: 0 });
    r.at('2026-12-24T10:00:00+08:00');
    expect((await r.t.ok(r.teacher, 'loans.overdue', {}))[0]).toMatchObject({ id: loan.id, overdueDays: 3 });
    expect(await r.t.ok(r.teacher, 'loans.renew', { loanId: loan.id })).toMatchObject({ dueOn: '2027-01-07', renewals: 2, overdueDays: 0 });
    expect(errorOf(await r.t.call(r.teacher, 'loans.renew', { loanId: loan.id }))).toEqual({ code: 'conflict', details: { entity: 'renew_limit' } });
    const [entry] = await r.t.app.db.selectFrom('audit_log').select('details').where('action', '=', 'loans.renew').execute();
    expect(JSON.parse(entry.details ?? '{}')).toEqual({ before: '2026-12-07', after: '2026-12-21', renewals: 1 });
  });

  it('refuses a returned loan and an unknown one', async () => {
    const r = await room();
    const [label] = await r.title('草房子');
    const loan = await r.t.ok(r.teacher, 'loans.lend', { barcode: label, childId: await r.child('张小明') });
    await r.t.ok(r.teacher, 'loans.return', { barcode: label });
    expect(errorOf(await r.t.call(r.teacher, 'loans.renew', { loanId: loan.id }))).toEqual({ code: 'conflict', details: { entity: 'not_on_loan' } });
    expect(errorOf(await r.t.call(r.teacher, 'loans.renew', { loanId: 999 }))).toEqual({ code: 'not_found', details: { entity: 'loan' } });
  });
});

describe('loans: what is out', () => {
  it('counts overdue days in the room calendar across a month end, most overdue first', async () => {
    const r = await room('2026-11-16T10:00:00+08:00');
    const [a, b] = await r.title('草房子', 2);
    const early = await r.t.ok(r.teacher, 'loans.lend', { barcode: a, childId: await r.child('张小明') });
    r.at('2026-11-18T10:00:00+08:00');
    const late = await r.t.ok(r.teacher, 'loans.lend', { barcode: b, childId: await r.child('李华') });
    expect([early.dueOn, late.dueOn]).toEqual(['2026-11-30', '2026-12-02']);

    r.at('2026-11-30T23:50:00+08:00');
    expect(await r.t.ok(r.teacher, 'loans.overdue', {})).toEqual([]);
    // Ten past midnight in the room is still 30 November in UTC: the room's date counts.
    r.at('2026-12-01T00:10:00+08:00');
    expect((await r.t.ok(r.teacher, 'loans.overdue', {})).map((l) => [l.id, l.overdueDays])).toEqual([[early.id, 1]]);
    r.at('2026-12-05T09:00:00+08:00');
    expect((await r.t.ok(r.teacher, 'loans.overdue', {})).map((l) => [l.id, l.overdueDays])).toEqual([
      [early.id, 5],
      [late.id, 3],
    ]);
    expect((await r.t.ok(r.teacher, 'loans.active', {})).map((l) => l.id)).toEqual([early.id, late.id]);

    // Returned late: no longer overdue, and out of both lists.
    await r.t.ok(r.teacher, 'loans.return', { barcode: a });
    expect((await r.t.ok(r.teacher, 'loans.history', { childId: early.childId }))[0]).toMatchObject({ overdueDays: 0 });
    expect((await r.t.ok(r.teacher, 'loans.overdue', {})).map((l) => l.id)).toEqual([late.id]);
    expect((await r.t.ok(r.teacher, 'loans.active', {})).map((l) => l.id)).toEqual([late.id]);
  });

  it('answers the history of a child or a title, newest first', async () => {
    const r = await room();
    const [a] = await r.title('草房子');
    const [b] = await r.title('小王子');
    const ming = await r.child('张小明');
    const hua = await r.child('李华');
    const loan = async (barcode: string, childId: number, iso: string) => {
      r.at(iso);
      const l = await r.t.ok(r.teacher, 'loans.lend', { barcode, childId });
      await r.t.ok(r.teacher, 'loans.return', { barcode });
      return l.id;
    };
    const l1 = await loan(a, ming, '2026-11-23T10:00:00+08:00');
    const l2 = await loan(b, ming, '2026-11-24T10:00:00+08:00');
    const l3 = await loan(a, hua, '2026-11-25T10:00:00+08:00');
    const ids = async (filter: { childId?: number; bookId?: number }) => (await r.t.ok(r.teacher, 'loans.history', filter)).map((l) => l.id);
    expect(await ids({})).toEqual([l3, l2, l1]);
    expect(await ids({ childId: ming })).toEqual([l2, l1]);
    const bookA = (await r.t.ok(r.teacher, 'books.lookup', { barcode: a })).book.id;
    expect(await ids({ bookId: bookA })).toEqual([l3, l1]);
    expect(await ids({ childId: hua, bookId: bookA })).toEqual([l3]);
  });
});

describe('kiosk: her own loans', () => {
  it('shows a child her open loans only: titles, due dates, overdue; no labels or names', async () => {
    const r = await room();
    const [a] = await r.title('草房子');
    const [b] = await r.title('小王子');
    const [c] = await r.title('昆虫记');
    const ming = await r.child('张小明');
    const hua = await r.child('李华');
    await r.t.ok(r.teacher, 'loans.lend', { barcode: a, childId: ming });
    r.at('2026-11-25T10:00:00+08:00');
    await r.t.ok(r.teacher, 'loans.lend', { barcode: b, childId: ming });
    await r.t.ok(r.teacher, 'loans.lend', { barcode: c, childId: hua });
    await r.t.ok(r.teacher, 'loans.return', { barcode: b });
    r.at('2026-12-08T10:00:00+08:00');
    const mine = await r.t.ok(r.t.kiosk, 'kiosk.loans', { childId: ming });
    expect(mine).toEqual([{ title: '草房子', dueOn: '2026-12-07', overdue: true }]);
    expect(await r.t.ok(r.t.kiosk, 'kiosk.loans', { childId: hua })).toEqual([{ title: '昆虫记', dueOn: '2026-12-09', overdue: false }]);
    expect(JSON.stringify(mine)).not.toMatch(/B0000|张小明|李华/);

    await r.t.ok(r.t.admin, 'children.archive', { id: hua, reason: '转学' });
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.loans', { childId: hua }))).toEqual({ code: 'not_found', details: { entity: 'child' } });
  });
});
