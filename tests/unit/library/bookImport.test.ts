import { describe, expect, it } from 'vitest';
import type { CellValue } from 'exceljs';
import { createTestApp, type TestApp } from '../helpers';
import { csv, csvText, xlsx } from '../children/childImportFiles';

const HEADER = ['书名', '作者', '出版社', 'ISBN', '分类', '适读年级', '册数', '条码'] as const;
type Column = (typeof HEADER)[number];

/** One row under HEADER; blank unless given. */
function line(values: Partial<Record<Column, CellValue>>): CellValue[] {
  return HEADER.map((h) => values[h] ?? null);
}

async function catalogue(t: TestApp) {
  const { rows } = await t.ok(t.admin, 'books.list', {});
  return rows.map((b) => [b.title, b.isbn, b.gradeFrom, b.gradeTo, b.copies.map((c) => c.barcode)]);
}

async function counts(t: TestApp) {
  const n = async (table: 'book' | 'book_copy' | 'audit_log') =>
    Number(
      (
        await t.app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { books: await n('book'), copies: await n('book_copy'), audit: await n('audit_log') };
}

/** The catalogue before each import: 小王子 (ISBN 9787020002207) with copy B00001. */
async function room(): Promise<TestApp> {
  const t = await createTestApp();
  await t.ok(t.admin, 'books.create', { book: { title: '小王子', isbn: '9787020002207' }, copies: 1 });
  return t;
}

describe('books.importPreview', () => {
  it('sorts rows into new, update (a known ISBN) and error with the column and reason, writing nothing', async () => {
    const t = await room();
    const file = await xlsx([
      [
        [...HEADER],
        line({ 书名: '草房子', 作者: '曹文轩', ISBN: '978-7-5327-5468-7', 适读年级: '3～6年级', 册数: 2, 条码: 'qs-1，QS-2' }),
        line({ 书名: '小王子（插图本）', ISBN: '978 7 02 000220 7', 册数: '2册' }),
        line({ 书名: '昆虫记', ISBN: '978-7-5327-5468-8' }),
        line({ 书名: '西游记', 条码: 'B00001' }),
        line({ 作者: '佚名', 册数: 1 }),
        line({ 书名: '水浒传', 适读年级: '高年级', 册数: 0 }),
        line({ 书名: '三国演义', 册数: 1, 条码: 'S1 S2' }),
        line({ 书名: '红楼梦', 条码: 'QS-2' }),
      ],
    ]);
    const before = await counts(t);
    const preview = await t.ok(t.admin, 'books.importPreview', file);
    expect(preview.rows.map((r) => [r.rowNumber, r.status, r.name, r.problems])).toEqual([
      [2, 'new', '草房子', []],
      [3, 'update', '小王子（插图本）', []],
      [4, 'error', '昆虫记', [{ column: 'ISBN', code: 'isbn' }]],
      [5, 'error', '西游记', [{ column: '条码', code: 'duplicate' }]],
      [6, 'error', '', [{ column: '书名', code: 'required' }]],
      [
        7,
        'error',
        '水浒传',
        [
          { column: '适读年级', code: 'invalid' },
          { column: '册数', code: 'range' },
        ],
      ],
      [8, 'error', '三国演义', [{ column: '条码', code: 'too_many' }]],
      [9, 'error', '红楼梦', [{ column: '条码', code: 'duplicate' }]],
    ]);
    expect(preview.counts).toEqual({ new: 1, update: 1, error: 6 });
    expect(await counts(t)).toEqual(before);
  });

  it('reads other header names, a title row above the header, CSV, and grades as schools write them', async () => {
    const t = await room();
    const text = csvText([
      ['青山小学捐赠图书清单'],
      ['序号', '题名', '书号', '类别', '年级', '数量', 'barcode'],
      ['1', '草房子', '7-5327-5468-5', '小说', '3-6', '', ''],
      ['2', '安徒生童话', '', '童话', '一至三年级', '2', ''],
      ['3', '昆虫记', '', '科普', '5', '', 'K1,K2'],
      ['4', '十万个为什么', '', '科普', '初一~初三', '1', ''],
    ]);
    expect((await t.ok(t.admin, 'books.importPreview', csv(text, 'utf8-bom', '捐赠清单.csv'))).counts).toEqual({ new: 4, update: 0, error: 0 });
    expect(await t.ok(t.admin, 'books.importConfirm', csv(text, 'gbk', '捐赠清单.csv'))).toEqual({ created: 4, updated: 0, skipped: 0 });
    expect(await catalogue(t)).toEqual([
      ['安徒生童话', null, 1, 3, ['B00003', 'B00004']],
      ['草房子', '7532754685', 3, 6, ['B00002']],
      ['昆虫记', null, 5, 5, ['K1', 'K2']],
      ['十万个为什么', null, 7, 9, ['B00005']],
      ['小王子', '9787020002207', null, null, ['B00001']],
    ]);
  });

  it('answers import_unreadable for a sheet without a title column, and is for admins only', async () => {
    const t = await room();
    const noTitle = await xlsx(
      [
        [
          ['作者', 'ISBN'],
          ['曹文轩', '9787532754687'],
        ],
      ],
      'books.xlsx',
    );
    expect(await t.call(t.admin, 'books.importPreview', noTitle)).toEqual({ ok: false, error: { code: 'import_unreadable' } });
    const teacher = await t.signIn('teacher');
    const good = await xlsx([[[...HEADER], line({ 书名: '草房子' })]], 'books.xlsx');
    expect(await t.call(teacher, 'books.importPreview', good)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(teacher, 'books.importConfirm', good)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect((await t.ok(t.admin, 'books.importPreview', good)).counts.new).toBe(1);
  });
});

describe('books.importConfirm', () => {
  it('writes the good rows, skips the bad one, and adds copies to titles it already has', async () => {
    const t = await room();
    const file = await xlsx([
      [
        [...HEADER],
        // Two numbered copies: B00002 is given by a later row, so they are B00003 and B00004.
        line({ 书名: '草房子', 作者: '曹文轩', ISBN: '9787532754687', 适读年级: '3-6', 册数: 2 }),
        line({ 书名: '城南旧事', 条码: 'b00002' }),
        line({ 书名: '昆虫记', ISBN: '9787532754688' }),
        line({ 书名: '小王子', ISBN: '9787020002207', 册数: 2, 条码: 'XW-2' }),
        // The same ISBN as row 2 of this file: more copies of the title that row creates.
        line({ 书名: '草房子', ISBN: '978-7-5327-5468-7', 条码: 'CF-3' }),
      ],
    ]);
    const preview = await t.ok(t.admin, 'books.importPreview', file);
    expect(preview.rows.map((r) => r.status)).toEqual(['new', 'new', 'error', 'update', 'update']);
    expect(await t.ok(t.admin, 'books.importConfirm', file)).toEqual({ created: 2, updated: 2, skipped: 1 });
    expect(await catalogue(t)).toEqual([
      ['草房子', '9787532754687', 3, 6, ['B00003', 'B00004', 'CF-3']],
      ['城南旧事', null, null, null, ['B00002']],
      ['小王子', '9787020002207', null, null, ['B00001', 'XW-2', 'B00005']],
    ]);
    const audit = await t.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'books.import').execute();
    expect(audit.map((a) => JSON.parse(a.details ?? '{}'))).toEqual([{ fileName: 'roster.xlsx', created: 2, updated: 2, skipped: 1 }]);
    // Confirming the same file again: every label is now taken, so only the label-less rows can go in.
    const again = await t.ok(t.admin, 'books.importPreview', file);
    expect(again.rows.map((r) => r.status)).toEqual(['update', 'error', 'error', 'error', 'error']);
  });
});
