// Reading reviews: each child should read a good book every semester and write a few lines about
// it, at the kiosk or through a teacher, which a teacher grades. Audit details never hold the text.
import type { ParsedInput } from '../../../shared/contract';
import type { Review, ReviewProgressRow } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import type { ServiceDeps } from '../deps';
import { createLoansService } from './loans';
import { semesterOf } from '../semester';
import { readSettings } from '../settings/settings';

export function createReviewsService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;
  const loans = createLoansService(deps);

  function reviews() {
    return db
      .selectFrom('review as r')
      .innerJoin('child as c', 'c.id', 'r.child_id')
      .innerJoin('book as b', 'b.id', 'r.book_id')
      .leftJoin('staff as g', 'g.id', 'r.graded_by_staff_id')
      .selectAll('r')
      .select(['c.name as child_name', 'b.title', 'g.name as graded_by']);
  }

  type Row = Awaited<ReturnType<ReturnType<typeof reviews>['executeTakeFirstOrThrow']>>;

  function toReview(r: Row): Review {
    return {
      id: r.id,
      childId: r.child_id,
      childName: r.child_name,
      bookId: r.book_id,
      title: r.title,
      text: r.text,
      writtenVia: r.written_via,
      writtenAt: r.written_at,
      grade: r.grade,
      gradedBy: r.graded_by,
      semester: r.semester,
    };
  }

  async function get(id: number): Promise<Review> {
    const row = await reviews().where('r.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'review' });
    return toReview(row);
  }

  async function hasBorrowed(childId: number, bookId: number): Promise<boolean> {
    const row = await db.selectFrom('loan as l').innerJoin('book_copy as c', 'c.id', 'l.copy_id').select('l.id').where('l.child_id', '=', childId).where('c.book_id', '=', bookId).executeTakeFirst();
    return row !== undefined;
  }

  /**
   * A teacher may write down a review of any catalogued book (read in class, say); at the kiosk a
   * child may review only a book she has borrowed, so the list she picks from is her own reading.
   */
  async function create({ childId, bookId, text }: ParsedInput<'reviews.create'>, via: 'kiosk' | 'staff'): Promise<number> {
    await loans.activeChild(childId);
    const book = await db.selectFrom('book').select('id').where('id', '=', bookId).executeTakeFirst();
    if (!book || (via === 'kiosk' && !(await hasBorrowed(childId, bookId)))) throw invalid(['bookId'], 'not_found');
    const at = clock.stamp();
    const semester = semesterOf(clock.today());
    const row = await db
      .insertInto('review')
      .values({
        child_id: childId,
        book_id: bookId,
        text,
        written_via: via,
        written_by_staff_id: via === 'staff' ? actor.staffId : null,
        written_at: at,
        semester,
        grade: null,
        graded_by_staff_id: null,
        graded_at: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record(via === 'kiosk' ? 'kiosk.writeReview' : 'reviews.create', 'review', row.id, { childId, bookId, semester });
    return row.id;
  }

  /** Re-grading is allowed; the audit row keeps the grade it replaced. */
  async function grade({ id, grade: value }: ParsedInput<'reviews.grade'>): Promise<Review> {
    const review = await db.selectFrom('review').select(['id', 'grade']).where('id', '=', id).executeTakeFirst();
    if (!review) throw new AppError('not_found', { entity: 'review' });
    const { reviewGrades } = await readSettings(db);
    if (!reviewGrades.includes(value)) throw invalid(['grade'], 'invalid');
    const at = clock.stamp();
    await db.updateTable('review').set({ grade: value, graded_by_staff_id: actor.staffId, graded_at: at, updated_at: at }).where('id', '=', id).execute();
    await audit.record('reviews.grade', 'review', id, { before: review.grade, after: value });
    return get(id);
  }

  /** A semester's reviews (default: the current one), optionally one child's, newest first. */
  async function list(filter: { semester?: string; childId?: number }): Promise<Review[]> {
    let q = reviews().where('r.semester', '=', filter.semester ?? semesterOf(clock.today()));
    if (filter.childId !== undefined) q = q.where('r.child_id', '=', filter.childId);
    const rows = await q.orderBy('r.written_at', 'desc').orderBy('r.id', 'desc').execute();
    return rows.map(toReview);
  }

  /** Every child on the roll with her count of reviews that semester: those with none come first. */
  async function progress({ semester }: ParsedInput<'reviews.progress'>): Promise<ReviewProgressRow[]> {
    const which = semester ?? semesterOf(clock.today());
    const rows = await db
      .selectFrom('child as c')
      .leftJoin('review as r', (join) => join.onRef('r.child_id', '=', 'c.id').on('r.semester', '=', which))
      .select((eb) => ['c.id', 'c.name', 'c.grade', 'c.class_no', eb.fn.count<number>('r.id').as('reviews'), eb.fn.count<number>('r.grade').as('graded')])
      .where('c.archived_at', 'is', null)
      .groupBy(['c.id', 'c.name', 'c.grade', 'c.class_no', 'c.name_pinyin'])
      .orderBy((eb) => eb.case().when(eb.fn.count('r.id'), '=', 0).then(0).else(1).end())
      .orderBy('c.grade', (o) => o.asc().nullsLast())
      .orderBy('c.class_no', (o) => o.asc().nullsLast())
      .orderBy('c.name_pinyin')
      .orderBy('c.id')
      .execute();
    return rows.map((r) => ({
      childId: r.id,
      childName: r.name,
      grade: r.grade,
      classNo: r.class_no,
      reviews: Number(r.reviews),
      graded: Number(r.graded),
    }));
  }

  /** kiosk.reviewableBooks: the titles she has borrowed, most recently borrowed first. */
  async function reviewableBooks(childId: number): Promise<{ bookId: number; title: string }[]> {
    await loans.activeChild(childId);
    const rows = await db
      .selectFrom('loan as l')
      .innerJoin('book_copy as c', 'c.id', 'l.copy_id')
      .innerJoin('book as b', 'b.id', 'c.book_id')
      .select((eb) => ['b.id', 'b.title', eb.fn.max('l.lent_at').as('last')])
      .where('l.child_id', '=', childId)
      .groupBy(['b.id', 'b.title'])
      .orderBy('last', 'desc')
      .orderBy('b.id')
      .execute();
    return rows.map((r) => ({ bookId: r.id, title: r.title }));
  }

  return { create, grade, list, progress, reviewableBooks, get };
}
