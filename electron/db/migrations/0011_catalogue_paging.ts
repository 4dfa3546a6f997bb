// Frozen in time: a migration never imports app code.
// library.catalogue (books.list) pages in SQL: the title's pinyin becomes a column the database sorts
// by, where the catalogue was sorted in JS with a zh-CN collator over every title (176 ms for the
// district's 8,000 titles). The key is computed here as the app computed it when this was written.
import type { Kysely } from 'kysely';
import { pinyin } from 'pinyin-pro';

/** The title's words for sorting: each Han character's pinyin, Latin and digit runs, lower-case. */
function titleSortKey(title: string): string {
  const words = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join(' ')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\d+/g, (digits) => ` ${digits.padStart(8, '0')} `);
  return words
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('book')
    .addColumn('title_sort', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const books: { id: number; title: string }[] = await db.selectFrom('book').select(['id', 'title']).execute();
  for (const book of books)
    await db
      .updateTable('book')
      .set({ title_sort: titleSortKey(book.title) })
      .where('id', '=', book.id)
      .execute();
  // The catalogue's first page read from the index in order, without sorting every title.
  await db.schema.createIndex('book_title_sort').on('book').column('title_sort').execute();
}
