import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/session';
import type { Input } from '../../../shared/contract';
import { methodNames } from '../../../shared/contract';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';
import { readsDuring } from '../statementReads';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function book(overrides: Partial<Input<'books.create'>['book']> = {}): Input<'books.create'>['book'] {
  return {
    title: '草房子',
    author: '曹文轩',
    publisher: '江苏少年儿童出版社',
    isbn: '978-7-5327-5468-7',
    category: '小说',
    gradeFrom: 3,
    gradeTo: 6,
    ...overrides,
  };
}

async function room(): Promise<{ t: TestApp; teacher: Session }> {
  const t = await createTestApp();
  const teacher = await t.signIn('teacher', '王老师');
  return { t, teacher };
}

async function count(t: TestApp, table: 'book' | 'book_copy' | 'loan' | 'audit_log'): Promise<number> {
  const row = await t.app.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function auditsOf(t: TestApp, action: string) {
  return t.app.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

describe('books.create', () => {
  it('creates a title with a copy per given label and numbered labels for the rest', async () => {
    const { t, teacher } = await room();
    const created = await t.ok(teacher, 'books.create', { book: book(), barcodes: ['qs-001'], copies: 2 });
    expect(created).toMatchObject({ title: '草房子', author: '曹文轩', isbn: '9787532754687', gradeFrom: 3, gradeTo: 6, onShelf: 3 });
    expect(created.copies.map((c) => [c.barcode, c.status, c.loan])).toEqual([
      ['QS-001', 'on_shelf', null],
      ['B00001', 'on_shelf', null],
      ['B00002', 'on_shelf', null],
    ]);
    expect((await auditsOf(t, 'books.create')).map((a) => [a.row_id, a.actor_staff_id])).toEqual([[created.id, teacher.staffId]]);
    expect(await auditsOf(t, 'books.addCopy')).toHaveLength(3);
  });

  it('skips numbered labels already taken, and allows another title with the same ISBN', async () => {
    const { t, teacher } = await room();
    const first = await t.ok(teacher, 'books.create', { book: book(), barcodes: ['B00002'], copies: 2 });
    expect(first.copies.map((c) => c.barcode)).toEqual(['B00002', 'B00001', 'B00003']);
    const reprint = await t.ok(teacher, 'books.create', { book: book({ publisher: '人民文学出版社' }), barcodes: [], copies: 1 });
    expect(reprint.id).not.toBe(first.id);
    expect(reprint.copies.map((c) => c.barcode)).toEqual(['B00004']);
  });

  it('refuses labels already on a copy or repeated, and a title without copies, writing nothing', async () => {
    const { t, teacher } = await room();
    await t.ok(teacher, 'books.create', { book: book(), barcodes: ['B00001'], copies: 0 });
    const before = { books: await count(t, 'book'), copies: await count(t, 'book_copy'), audit: await count(t, 'audit_log') };
    expect(errorOf(await t.call(teacher, 'books.create', { book: book({ title: '小王子' }), barcodes: ['b00001', 'X1', 'x1', 'X2'] }))).toEqual({
      code: 'invalid_input',
      details: {
        issues: [
          { path: ['barcodes', 0], code: 'duplicate' },
          { path: ['barcodes', 2], code: 'duplicate' },
        ],
      },
    });
    expect(errorOf(await t.call(teacher, 'books.create', { book: book({ title: '小王子' }) }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['barcodes'], code: 'required' }] },
    });
    expect(errorOf(await t.call(teacher, 'books.create', { book: book({ isbn: '978-7-5327-5468-8' }), copies: 1 })).details?.issues).toEqual([{ path: ['book', 'isbn'], code: 'isbn' }]);
    expect({ books: await count(t, 'book'), copies: await count(t, 'book_copy'), audit: await count(t, 'audit_log') }).toEqual(before);
  });
});

describe('books: catalogue', () => {
  it('lists titles in pinyin order and finds them by title, author, ISBN or a copy label', async () => {
    const { t, teacher } = await room();
    for (const [title, author, isbn] of [
      ['小王子', '圣埃克苏佩里', null],
      ['草房子', '曹文轩', '9787532754687'],
      ['安徒生童话', '安徒生', '7-02-000220-X'],
      ['昆虫记', '法布尔', null],
    ] as const) {
      await t.ok(teacher, 'books.create', { book: book({ title, author, isbn }), copies: 1 });
    }
    const titles = async (query?: string) => (await t.ok(teacher, 'books.list', { query })).rows.map((b) => b.title);
    expect(await titles()).toEqual(['安徒生童话', '草房子', '昆虫记', '小王子']);
    expect(await titles('王子')).toEqual(['小王子']);
    expect(await titles('曹文')).toEqual(['草房子']);
    expect(await titles('702000220x')).toEqual(['安徒生童话']);
    expect(await titles('978-7-5327-5468-7')).toEqual(['草房子']);
    expect(await titles('b00004')).toEqual(['昆虫记']);
    expect(await titles('%')).toEqual([]);
  });

  it('pages every title once in pinyin order, Latin and numbers among them, ties by id', async () => {
    const { t, teacher } = await room();
    const ids = new Map<string, number[]>();
    for (const title of ['中国童话', 'Zoo', '长江', '第10册', '白雪公主', '阿凡提', '巴黎圣母院', 'ABC儿歌', '第2册', '长江', '《安徒生》']) {
      const created = await t.ok(teacher, 'books.create', { book: book({ title, isbn: null }), copies: 1 });
      ids.set(title, [...(ids.get(title) ?? []), created.id]);
    }
    const seen: [string, number][] = [];
    for (let offset = 0; offset < 12; offset += 4) {
      const page = await t.ok(teacher, 'books.list', { offset, limit: 4 });
      expect(page.total).toBe(11);
      seen.push(...page.rows.map((b): [string, number] => [b.title, b.id]));
    }
    expect(seen.map(([title]) => title)).toEqual(['阿凡提', 'ABC儿歌', '《安徒生》', '巴黎圣母院', '白雪公主', '长江', '长江', '第2册', '第10册', '中国童话', 'Zoo']);
    // The two 长江 in the order they were catalogued.
    expect(seen.filter(([title]) => title === '长江').map(([, id]) => id)).toEqual(ids.get('长江'));
    expect(await t.ok(teacher, 'books.list', { offset: 11 })).toEqual({ rows: [], total: 11 });
  });

  it('counts every match of a search, whatever the page shows', async () => {
    const { t, teacher } = await room();
    for (const title of ['草房子', '青铜葵花', '山羊不吃天堂草']) await t.ok(teacher, 'books.create', { book: book({ title, isbn: null }), copies: 1 });
    await t.ok(teacher, 'books.create', { book: book({ title: '小王子', author: '圣埃克苏佩里', isbn: null }), copies: 1 });
    const page = await t.ok(teacher, 'books.list', { query: '曹文轩', limit: 2 });
    expect(page.total).toBe(3);
    expect(page.rows.map((b) => b.title)).toEqual(['草房子', '青铜葵花']);
    expect((await t.ok(teacher, 'books.list', { query: '曹文轩', offset: 2, limit: 2 })).rows.map((b) => b.title)).toEqual(['山羊不吃天堂草']);
    expect(await t.ok(teacher, 'books.list', { query: '没有这本书' })).toEqual({ rows: [], total: 0 });
  });

  it('narrows the catalogue to a category, with or without a search, and lists the categories in pinyin order', async () => {
    const { t, teacher } = await room();
    const add = (title: string, category: string | null, author = '曹文轩') => t.ok(teacher, 'books.create', { book: book({ title, category, author, isbn: null }), copies: 1 });
    await add('草房子', '小说');
    await add('青铜葵花', '小说');
    await add('十万个为什么', '科普', '韩启德');
    await add('唐诗三百首', '诗歌', '蘅塘退士');
    await add('没有分类的书', null);
    expect(await t.ok(teacher, 'books.categories', {})).toEqual(['科普', '诗歌', '小说']);
    const novels = await t.ok(teacher, 'books.list', { category: '小说', limit: 1 });
    expect(novels.total).toBe(2);
    expect(novels.rows.map((b) => b.title)).toEqual(['草房子']);
    expect((await t.ok(teacher, 'books.list', { category: '小说', query: '青铜' })).rows.map((b) => b.title)).toEqual(['青铜葵花']);
    expect(await t.ok(teacher, 'books.list', { category: '科普', query: '曹文轩' })).toEqual({ rows: [], total: 0 });
    expect((await t.ok(teacher, 'books.list', {})).total).toBe(5);
    expect(errorOf(await t.call(teacher, 'books.list', { category: '' })).code).toBe('invalid_input');
  });

  it("reads the copies of the page's titles only, each with its own copies", async () => {
    const { t, teacher } = await room();
    for (const title of ['阿凡提', '白雪公主', '草房子']) await t.ok(teacher, 'books.create', { book: book({ title, isbn: null }), copies: 2 });
    const { value: page, reads } = await readsDuring(t.app.sqlite, () => t.ok(teacher, 'books.list', { offset: 1, limit: 1 }));
    const copyReads = reads.filter((r) => r.sql.includes('from "book_copy"')).map((r) => r.params.flat());
    expect(page.rows.map((b) => [b.title, b.copies.map((c) => c.barcode)])).toEqual([['白雪公主', ['B00003', 'B00004']]]);
    expect(copyReads).toEqual([[page.rows[0].id]]);
  });

  it('answers invalid_input for a page out of range, reading nothing', async () => {
    const { t, teacher } = await room();
    for (const [input, path] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 201 }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ offset: 1.5 }, 'offset'],
    ] as const) {
      const error = errorOf(await t.call(teacher, 'books.list', input));
      expect(error.code).toBe('invalid_input');
      expect(error.details?.issues?.map((i) => i.path)).toEqual([[path]]);
    }
  });

  it('moves a renamed title to its new place in the catalogue', async () => {
    const { t, teacher } = await room();
    const moved = await t.ok(teacher, 'books.create', { book: book({ title: '阿凡提', isbn: null }), copies: 1 });
    await t.ok(teacher, 'books.create', { book: book({ title: '草房子', isbn: null }), copies: 1 });
    await t.ok(teacher, 'books.update', { id: moved.id, book: book({ title: '中国童话', isbn: null }) });
    expect((await t.ok(teacher, 'books.list', {})).rows.map((b) => [b.title, b.id === moved.id])).toEqual([
      ['草房子', false],
      ['中国童话', true],
    ]);
    const [entry] = await auditsOf(t, 'books.update');
    expect(JSON.parse(entry.details ?? '{}')).toEqual({ before: { title: '阿凡提' }, after: { title: '中国童话' } });
  });

  it('gets and updates a title, logging what changed', async () => {
    const { t, teacher } = await room();
    const created = await t.ok(teacher, 'books.create', { book: book(), copies: 1 });
    const updated = await t.ok(teacher, 'books.update', { id: created.id, book: book({ category: '儿童文学', gradeFrom: 4 }) });
    expect(updated).toMatchObject({ category: '儿童文学', gradeFrom: 4, gradeTo: 6, onShelf: 1 });
    expect(await t.ok(teacher, 'books.get', { id: created.id })).toEqual(updated);
    const [entry] = await auditsOf(t, 'books.update');
    expect(JSON.parse(entry.details ?? '{}')).toEqual({ before: { category: '小说', grade_from: 3 }, after: { category: '儿童文学', grade_from: 4 } });
    expect(errorOf(await t.call(teacher, 'books.get', { id: 999 }))).toEqual({ code: 'not_found', details: { entity: 'book' } });
    expect(errorOf(await t.call(teacher, 'books.update', { id: 999, book: book() }))).toEqual({ code: 'not_found', details: { entity: 'book' } });
  });

  it('adds copies with a given or a numbered label, refusing a label in use', async () => {
    const { t, teacher } = await room();
    const created = await t.ok(teacher, 'books.create', { book: book(), copies: 1 });
    await t.ok(teacher, 'books.addCopy', { bookId: created.id, barcode: 'qs-7' });
    const after = await t.ok(teacher, 'books.addCopy', { bookId: created.id });
    expect(after.copies.map((c) => c.barcode)).toEqual(['B00001', 'QS-7', 'B00002']);
    expect(after.onShelf).toBe(3);
    expect(errorOf(await t.call(teacher, 'books.addCopy', { bookId: created.id, barcode: 'QS-7' }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['barcode'], code: 'duplicate' }] },
    });
    expect(errorOf(await t.call(teacher, 'books.addCopy', { bookId: 999 }))).toEqual({ code: 'not_found', details: { entity: 'book' } });
  });

  it('looks a label up: the copy, its title, and who has it', async () => {
    const { t, teacher } = await room();
    const created = await t.ok(teacher, 'books.create', { book: book(), copies: 2 });
    const child = await t.ok(t.admin, 'children.create', childInput());
    await t.ok(teacher, 'loans.lend', { barcode: 'B00002', childId: child.id });
    const found = await t.ok(teacher, 'books.lookup', { barcode: 'b00002' });
    expect(found.book).toMatchObject({ id: created.id, onShelf: 1 });
    expect(found.copy).toMatchObject({ barcode: 'B00002', status: 'on_loan', loan: { childId: child.id, childName: '张小明', dueOn: '2026-12-07' } });
    expect((await t.ok(teacher, 'books.lookup', { barcode: 'B00001' })).copy.loan).toBeNull();
    expect(errorOf(await t.call(teacher, 'books.lookup', { barcode: 'NOPE' }))).toEqual({ code: 'not_found', details: { entity: 'copy' } });
  });
});

describe('books.setCopyStatus', () => {
  it('marks a copy on loan lost: its loan is closed now, so the child may borrow again', async () => {
    const { t, teacher } = await room();
    await t.ok(t.admin, 'settings.update', { maxLoansPerChild: 1 });
    const created = await t.ok(teacher, 'books.create', { book: book(), copies: 2 });
    const child = await t.ok(t.admin, 'children.create', childInput());
    const loan = await t.ok(teacher, 'loans.lend', { barcode: 'B00001', childId: child.id });
    t.at(new Date(t.clock.now().getTime() + 60 * 60_000).toISOString());
    const after = await t.ok(teacher, 'books.setCopyStatus', { copyId: loan.copyId, status: 'lost', reason: '张小明说弄丢了' });
    expect(after.copies.map((c) => [c.barcode, c.status, c.loan])).toEqual([
      ['B00001', 'lost', null],
      ['B00002', 'on_shelf', null],
    ]);
    const [closed] = await t.ok(teacher, 'loans.history', { childId: child.id });
    expect(closed).toMatchObject({ id: loan.id, returnedAt: '2026-11-23T11:00:00+08:00', overdueDays: 0 });
    expect(await t.ok(teacher, 'loans.active', {})).toEqual([]);
    const [lost] = await auditsOf(t, 'loans.lost');
    expect(lost).toMatchObject({ row_id: loan.id, table_name: 'loan', actor_staff_id: teacher.staffId });
    const [status] = await auditsOf(t, 'books.setCopyStatus');
    expect(JSON.parse(status.details ?? '{}')).toEqual({ bookId: created.id, from: 'on_loan', to: 'lost' });
    // The reason stays on the copy (it may name the child), never in the log.
    const library = await t.app.db
      .selectFrom('audit_log')
      .select('details')
      .where((eb) => eb.or([eb('action', 'like', 'books.%'), eb('action', 'like', 'loans.%')]))
      .execute();
    expect(library).toHaveLength(6);
    expect(JSON.stringify(library)).not.toContain('张小明');
    const row = await t.app.db.selectFrom('book_copy').selectAll().where('id', '=', loan.copyId).executeTakeFirstOrThrow();
    expect(row.status_reason).toBe('张小明说弄丢了');
    await t.ok(teacher, 'loans.lend', { barcode: 'B00002', childId: child.id });
  });

  it('puts a found copy back on the shelf, but never a copy that is on loan', async () => {
    const { t, teacher } = await room();
    const created = await t.ok(teacher, 'books.create', { book: book(), copies: 2 });
    const [first, second] = created.copies;
    await t.ok(teacher, 'books.setCopyStatus', { copyId: first.id, status: 'withdrawn', reason: '破损' });
    expect((await t.ok(teacher, 'books.get', { id: created.id })).onShelf).toBe(1);
    const back = await t.ok(teacher, 'books.setCopyStatus', { copyId: first.id, status: 'on_shelf', reason: '修补好了' });
    expect(back.onShelf).toBe(2);
    const child = await t.ok(t.admin, 'children.create', childInput());
    await t.ok(teacher, 'loans.lend', { barcode: second.barcode, childId: child.id });
    expect(errorOf(await t.call(teacher, 'books.setCopyStatus', { copyId: second.id, status: 'on_shelf', reason: '找到了' }))).toEqual({
      code: 'conflict',
      details: { entity: 'copy_on_loan' },
    });
    expect(errorOf(await t.call(teacher, 'books.setCopyStatus', { copyId: 999, status: 'lost', reason: '丢失' }))).toEqual({
      code: 'not_found',
      details: { entity: 'copy' },
    });
  });
});

describe('library: roles', () => {
  it('refuses every books, loans and reviews method to a kiosk session', async () => {
    const { t, teacher } = await room();
    const created = await t.ok(teacher, 'books.create', { book: book(), copies: 1 });
    const library = methodNames.filter((m) => /^(books|loans|reviews)\./.test(m));
    expect(library.length).toBeGreaterThanOrEqual(20);
    for (const method of library) {
      expect(await t.app.dispatch(method, { id: created.id, barcode: 'B00001', query: '' }, t.kiosk)).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    // The kiosk may use its own library methods.
    const child = await t.ok(t.admin, 'children.create', childInput());
    expect(await t.ok(t.kiosk, 'kiosk.loans', { childId: child.id })).toEqual([]);
  });
});
