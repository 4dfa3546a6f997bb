import { describe, expect, it } from 'vitest';
import { semesterOf, semesterRange } from '../../../electron/services/semester';
import type { Session } from '../../../electron/session';
import type { Input } from '../../../shared/contract';
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
  at(iso: string): void;
  child(name: string, overrides?: Partial<Input<'children.create'>>): Promise<number>;
  /** A title with one copy; returns its id and label. */
  title(title: string): Promise<{ bookId: number; barcode: string }>;
  /** Lends and returns at once: the child has read the book. */
  read(book: { barcode: string }, childId: number): Promise<void>;
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
    async child(name, overrides = {}) {
      // The fixture's dates are from September 2026; some tests start before then.
      const base = childInput();
      const dated = {
        parents: (base.parents ?? []).map((p) => ({ ...p, verifiedOn: null })),
        consent: { signedBy: '张德山', signedOn: '2025-09-01', scope: null },
      };
      return (await t.ok(t.admin, 'children.create', childInput({ name, ...dated, ...overrides }))).id;
    },
    async title(title) {
      const book = await t.ok(teacher, 'books.create', { book: { title }, copies: 1 });
      return { bookId: book.id, barcode: book.copies[0].barcode };
    },
    async read(book, childId) {
      await t.ok(teacher, 'loans.lend', { barcode: book.barcode, childId });
      await t.ok(teacher, 'loans.return', { barcode: book.barcode });
    },
  };
}

describe('semesters', () => {
  it.each([
    ['2027-01-31', '2026-autumn'],
    ['2027-02-01', '2027-spring'],
    ['2027-08-31', '2027-spring'],
    ['2027-09-01', '2027-autumn'],
    ['2026-12-31', '2026-autumn'],
  ])('puts %s in %s', (date, semester) => expect(semesterOf(date)).toBe(semester));

  it('gives each semester its first and last day', () => {
    expect(semesterRange('2026-autumn')).toEqual({ from: '2026-09-01', to: '2027-01-31' });
    expect(semesterRange('2027-spring')).toEqual({ from: '2027-02-01', to: '2027-08-31' });
  });

  it("files a review under the semester of the room's date, not the UTC one", async () => {
    const r = await room('2027-01-31T23:30:00+08:00');
    const book = await r.title('草房子');
    const childId = await r.child('张小明');
    const before = await r.t.ok(r.teacher, 'reviews.create', { childId, bookId: book.bookId, text: '很感人' });
    // 00:30 on 1 February in the room is still 31 January in UTC.
    r.at('2027-02-01T00:30:00+08:00');
    const after = await r.t.ok(r.teacher, 'reviews.create', { childId, bookId: book.bookId, text: '又读了一遍' });
    expect([before.semester, after.semester]).toEqual(['2026-autumn', '2027-spring']);
    expect((await r.t.ok(r.teacher, 'reviews.list', {})).map((x) => x.id)).toEqual([after.id]);
    expect((await r.t.ok(r.teacher, 'reviews.list', { semester: '2026-autumn' })).map((x) => x.id)).toEqual([before.id]);
  });
});

describe('reviews: writing', () => {
  it("records a teacher's review of any catalogued book, keeping the text out of the log", async () => {
    const r = await room();
    const book = await r.title('草房子');
    const childId = await r.child('张小明');
    const review = await r.t.ok(r.teacher, 'reviews.create', { childId, bookId: book.bookId, text: '桑桑的故事让我想起了爷爷' });
    expect(review).toEqual({
      id: review.id,
      childId,
      childName: '张小明',
      bookId: book.bookId,
      title: '草房子',
      text: '桑桑的故事让我想起了爷爷',
      writtenVia: 'staff',
      writtenAt: '2026-11-23T10:00:00+08:00',
      grade: null,
      gradedBy: null,
      semester: '2026-autumn',
    });
    const row = await r.t.app.db.selectFrom('review').selectAll().executeTakeFirstOrThrow();
    expect(row.written_by_staff_id).toBe(r.teacher.staffId);
    const audit = await r.t.app.db.selectFrom('audit_log').select('details').where('action', '=', 'reviews.create').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/爷爷|张小明/);
    expect(errorOf(await r.t.call(r.teacher, 'reviews.create', { childId, bookId: 999, text: '好' }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['bookId'], code: 'not_found' }] },
    });
  });

  it('lets a child review at the kiosk only a book she has borrowed, and not once archived', async () => {
    const r = await room();
    const read = await r.title('草房子');
    const unread = await r.title('小王子');
    const again = await r.title('昆虫记');
    const childId = await r.child('张小明');
    await r.read(read, childId);
    r.at('2026-11-24T10:00:00+08:00');
    await r.read(again, childId);
    await r.read(read, childId);
    expect(await r.t.ok(r.t.kiosk, 'kiosk.reviewableBooks', { childId })).toEqual([
      { bookId: read.bookId, title: '草房子' },
      { bookId: again.bookId, title: '昆虫记' },
    ]);
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.writeReview', { childId, bookId: unread.bookId, text: '好看' }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['bookId'], code: 'not_found' }] },
    });
    const { reviewId } = await r.t.ok(r.t.kiosk, 'kiosk.writeReview', { childId, bookId: read.bookId, text: '我喜欢桑桑' });
    const [review] = await r.t.ok(r.teacher, 'reviews.list', { childId });
    expect(review).toMatchObject({ id: reviewId, writtenVia: 'kiosk', text: '我喜欢桑桑', grade: null });
    expect((await r.t.app.db.selectFrom('review').select('written_by_staff_id').executeTakeFirstOrThrow()).written_by_staff_id).toBeNull();

    await r.t.ok(r.t.admin, 'children.archive', { id: childId, reason: '转学' });
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.writeReview', { childId, bookId: read.bookId, text: '再写一篇' }))).toEqual({
      code: 'not_found',
      details: { entity: 'child' },
    });
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.reviewableBooks', { childId })).code).toBe('not_found');
  });
});

describe('reviews: grading and progress', () => {
  it('grades with one of the set grades, and re-grades keeping the old grade in the log', async () => {
    const r = await room();
    const book = await r.title('草房子');
    const review = await r.t.ok(r.teacher, 'reviews.create', { childId: await r.child('张小明'), bookId: book.bookId, text: '很感人' });
    expect(errorOf(await r.t.call(r.teacher, 'reviews.grade', { id: review.id, grade: '甲' }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['grade'], code: 'invalid' }] },
    });
    expect(await r.t.ok(r.teacher, 'reviews.grade', { id: review.id, grade: '良' })).toMatchObject({ grade: '良', gradedBy: '王老师' });
    expect(await r.t.ok(r.t.admin, 'reviews.grade', { id: review.id, grade: '优' })).toMatchObject({ grade: '优', gradedBy: '陈静' });
    const audit = await r.t.app.db.selectFrom('audit_log').select('details').where('action', '=', 'reviews.grade').orderBy('id').execute();
    expect(audit.map((a) => JSON.parse(a.details ?? '{}'))).toEqual([
      { before: null, after: '良' },
      { before: '良', after: '优' },
    ]);
    await r.t.ok(r.t.admin, 'settings.update', { reviewGrades: ['A', 'B'] });
    expect((await r.t.ok(r.teacher, 'reviews.grade', { id: review.id, grade: 'B' })).grade).toBe('B');
    expect(errorOf(await r.t.call(r.teacher, 'reviews.grade', { id: 999, grade: 'A' }))).toEqual({ code: 'not_found', details: { entity: 'review' } });
  });

  it("lists every child on the roll with this semester's reviews, those with none first", async () => {
    const r = await room('2026-06-20T10:00:00+08:00');
    const book = await r.title('草房子');
    const ming = await r.child('张小明', { grade: 4, classNo: 2 });
    const hua = await r.child('李华', { grade: 3, classNo: 1 });
    const fang = await r.child('王芳', { grade: 5, classNo: 1 });
    const an = await r.child('安然', { grade: 4, classNo: 2 });
    const left = await r.child('赵磊', { grade: 3, classNo: 1 });
    await r.t.ok(r.teacher, 'reviews.create', { childId: hua, bookId: book.bookId, text: '旧学期的' });
    r.at('2026-09-10T10:00:00+08:00');
    const first = await r.t.ok(r.teacher, 'reviews.create', { childId: ming, bookId: book.bookId, text: '一' });
    await r.t.ok(r.teacher, 'reviews.create', { childId: ming, bookId: book.bookId, text: '二' });
    await r.t.ok(r.teacher, 'reviews.create', { childId: fang, bookId: book.bookId, text: '三' });
    await r.t.ok(r.teacher, 'reviews.grade', { id: first.id, grade: '优' });
    await r.t.ok(r.t.admin, 'children.archive', { id: left, reason: '转学' });

    const rows = await r.t.ok(r.teacher, 'reviews.progress', {});
    expect(rows.map((p) => [p.childName, p.grade, p.classNo, p.reviews, p.graded])).toEqual([
      ['李华', 3, 1, 0, 0],
      ['安然', 4, 2, 0, 0],
      ['张小明', 4, 2, 2, 1],
      ['王芳', 5, 1, 1, 0],
    ]);
    const spring = await r.t.ok(r.teacher, 'reviews.progress', { semester: '2026-spring' });
    expect(spring.map((p) => [p.childId, p.reviews])).toEqual([
      [an, 0],
      [ming, 0],
      [fang, 0],
      [hua, 1],
    ]);
  });

  it('ranks titles by loans lent in a semester, the current one by default', async () => {
    const r = await room('2026-08-31T10:00:00+08:00');
    const a = await r.title('草房子');
    const b = await r.title('小王子');
    const c = await r.title('昆虫记');
    const kids = [await r.child('张小明'), await r.child('李华'), await r.child('王芳')];
    await r.read(c, kids[0]);
    await r.read(c, kids[1]);
    r.at('2026-09-01T10:00:00+08:00');
    for (const k of kids) await r.read(b, k);
    await r.read(a, kids[0]);
    await r.read(c, kids[2]);
    const popular = await r.t.ok(r.teacher, 'books.popular', {});
    expect(popular).toEqual([
      { bookId: b.bookId, title: '小王子', loans: 3 },
      { bookId: a.bookId, title: '草房子', loans: 1 },
      { bookId: c.bookId, title: '昆虫记', loans: 1 },
    ]);
    expect(await r.t.ok(r.teacher, 'books.popular', { limit: 1 })).toEqual([popular[0]]);
    expect(await r.t.ok(r.teacher, 'books.popular', { semester: '2026-spring' })).toEqual([{ bookId: c.bookId, title: '昆虫记', loans: 2 }]);
  });
});
