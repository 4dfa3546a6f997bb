// The shelf and its term: forty well-known children's books with one to three labelled copies
// (B00001…), loans lent on visits for the room's loan days and mostly returned, some still out and a
// few overdue (forgotten children among them), and reviews, some graded.
import { semesterOf } from '../../semester';
import { titleSortKey } from '../../library/books';
import { addDays } from '../../room/checkins';
import { auditRow, stampAt, type Term } from './term';

const BOOKS: readonly [string, string, string, number, number][] = [
  ['小王子', '圣埃克苏佩里', '童话', 3, 9],
  ['草房子', '曹文轩', '小说', 4, 9],
  ['青铜葵花', '曹文轩', '小说', 4, 9],
  ['窗边的小豆豆', '黑柳彻子', '小说', 2, 6],
  ['夏洛的网', 'E.B.怀特', '童话', 2, 6],
  ['绿野仙踪', '弗兰克·鲍姆', '童话', 2, 6],
  ['安徒生童话', '安徒生', '童话', 1, 5],
  ['格林童话', '格林兄弟', '童话', 1, 5],
  ['稻草人', '叶圣陶', '童话', 2, 6],
  ['小鲤鱼跳龙门', '金近', '童话', 1, 3],
  ['没头脑和不高兴', '任溶溶', '童话', 1, 3],
  ['大头儿子和小头爸爸', '郑春华', '童话', 1, 3],
  ['舒克和贝塔', '郑渊洁', '童话', 1, 4],
  ['皮皮鲁传', '郑渊洁', '童话', 2, 5],
  ['城南旧事', '林海音', '小说', 5, 9],
  ['骆驼祥子', '老舍', '小说', 7, 9],
  ['朝花夕拾', '鲁迅', '散文', 7, 9],
  ['西游记（少儿版）', '吴承恩', '古典', 3, 9],
  ['三国演义（少儿版）', '罗贯中', '古典', 4, 9],
  ['水浒传（少儿版）', '施耐庵', '古典', 4, 9],
  ['红楼梦（少儿版）', '曹雪芹', '古典', 6, 9],
  ['十万个为什么', '少年儿童出版社', '科普', 2, 9],
  ['昆虫记', '法布尔', '科普', 4, 9],
  ['海底两万里', '凡尔纳', '小说', 5, 9],
  ['鲁滨逊漂流记', '笛福', '小说', 5, 9],
  ['爱的教育', '亚米契斯', '小说', 3, 7],
  ['假如给我三天光明', '海伦·凯勒', '传记', 4, 9],
  ['钢铁是怎样炼成的', '奥斯特洛夫斯基', '小说', 7, 9],
  ['唐诗三百首（注音版）', '蘅塘退士', '诗词', 1, 9],
  ['成语故事', '少年儿童出版社', '故事', 2, 6],
  ['中国神话故事', '袁珂', '故事', 2, 6],
  ['伊索寓言', '伊索', '故事', 1, 4],
  ['哈利·波特与魔法石', 'J.K.罗琳', '小说', 4, 9],
  ['淘气包马小跳', '杨红樱', '小说', 2, 5],
  ['笑猫日记', '杨红樱', '小说', 2, 5],
  ['米小圈上学记', '北猫', '小说', 1, 4],
  ['猜猜我有多爱你', '山姆·麦克布雷尼', '绘本', 1, 2],
  ['好饿的毛毛虫', '艾瑞·卡尔', '绘本', 1, 2],
  ['我爸爸', '安东尼·布朗', '绘本', 1, 2],
  ['团圆', '余丽琼', '绘本', 1, 3],
];

const REVIEWS = ['我最喜欢里面的主人公，他很勇敢。', '这本书让我想起了在外地打工的爸爸妈妈。', '故事很有趣，我读了两遍。', '我学到了要爱护身边的朋友。', '有些字不认识，问了老师才读懂。'];
const LOAN_DAYS = 14;

export async function seedLibrary(term: Term): Promise<{ copies: number; loans: number }> {
  const { db, rng, tz, today, teacherIds, forgotten, children } = term;
  const stamp = stampAt(addDays(today, -130), 9 * 60, tz);
  const copies: { id: number; bookId: number; grades: [number, number]; busyUntil: string; onLoan: boolean }[] = [];
  let label = 0;
  for (const [title, author, category, from, to] of BOOKS) {
    const book = await db
      .insertInto('book')
      .values({ title, title_sort: titleSortKey(title), author, publisher: null, isbn: null, category, grade_from: from, grade_to: to, created_at: stamp, updated_at: stamp })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('audit_log')
      .values(auditRow('books.create', 'book', book.id, stamp, term.adminId, { title }))
      .execute();
    for (let n = rng.int(1, 3); n > 0; n--) {
      label += 1;
      const barcode = `B${String(label).padStart(5, '0')}`;
      const copy = await db
        .insertInto('book_copy')
        .values({ book_id: book.id, barcode, status: 'on_shelf', status_reason: null, created_at: stamp, updated_at: stamp })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('audit_log')
        .values(auditRow('books.addCopy', 'book_copy', copy.id, stamp, term.adminId, { bookId: book.id, barcode }))
        .execute();
      copies.push({ id: copy.id, bookId: book.id, grades: [from, to], busyUntil: '', onLoan: false });
    }
  }

  // Lend in date order across the roll, so a copy is never out twice at once.
  const lends = children
    .flatMap((c) => (term.visits.get(c.id) ?? []).map((v) => ({ child: c, v })))
    .filter(() => rng.chance(0.045))
    .sort((a, b) => a.v.date.localeCompare(b.v.date) || a.child.id - b.child.id);
  const openPerChild = new Map<number, number>();
  let loans = 0;
  for (const { child, v } of lends) {
    const copy = copies.find((c) => c.busyUntil < v.date && c.grades[0] <= child.grade && child.grade <= c.grades[1]);
    if (!copy || (openPerChild.get(child.id) ?? 0) >= 2) continue;
    const lentAt = stampAt(v.date, v.inMin + 3, tz);
    if (Date.parse(lentAt) > term.nowMs) continue;
    const dueOn = addDays(v.date, LOAN_DAYS);
    // Forgotten children keep what they took; others mostly bring it back in one to three weeks.
    const keeps = forgotten.has(child.id) || (dueOn < today ? rng.chance(0.06) : rng.chance(0.6));
    const backOn = addDays(v.date, rng.int(4, 20));
    const returned = !keeps && backOn < today;
    const staffId = rng.pick(teacherIds);
    const returnedAt = returned ? stampAt(backOn, 16 * 60 + rng.int(10, 120), tz) : null;
    const loan = await db
      .insertInto('loan')
      .values({
        copy_id: copy.id,
        child_id: child.id,
        lent_at: lentAt,
        lent_by_staff_id: staffId,
        due_on: dueOn,
        returned_at: returnedAt,
        returned_by_staff_id: returned ? staffId : null,
        created_at: lentAt,
        updated_at: returnedAt ?? lentAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('audit_log')
      .values(auditRow('loans.lend', 'loan', loan.id, lentAt, staffId, { copyId: copy.id, childId: child.id }))
      .execute();
    loans += 1;
    if (returnedAt) {
      await db
        .insertInto('audit_log')
        .values(auditRow('loans.return', 'loan', loan.id, returnedAt, staffId, { copyId: copy.id }))
        .execute();
      copy.busyUntil = backOn;
      if (rng.chance(0.35)) await review(term, child.id, copy.bookId, backOn);
    } else {
      copy.busyUntil = '9999-12-31';
      copy.onLoan = true;
      openPerChild.set(child.id, (openPerChild.get(child.id) ?? 0) + 1);
    }
  }
  const out = copies.filter((c) => c.onLoan).map((c) => c.id);
  if (out.length) await db.updateTable('book_copy').set({ status: 'on_loan' }).where('id', 'in', out).execute();
  return { copies: copies.length, loans };
}

async function review(term: Term, childId: number, bookId: number, date: string): Promise<void> {
  const { db, rng, tz, today, teacherIds } = term;
  const at = stampAt(date, 16 * 60 + rng.int(20, 120), tz);
  // Older reviews have been graded; the latest wait for a teacher.
  const graded = date < addDays(today, -10) && rng.chance(0.8);
  const staffId = rng.pick(teacherIds);
  const gradedAt = graded ? stampAt(addDays(date, rng.int(1, 7)), 17 * 60, tz) : null;
  const row = await db
    .insertInto('review')
    .values({
      child_id: childId,
      book_id: bookId,
      text: rng.pick(REVIEWS),
      written_via: 'kiosk',
      written_by_staff_id: null,
      written_at: at,
      semester: semesterOf(date),
      grade: graded ? rng.pick(['优', '良', '良', '中']) : null,
      graded_by_staff_id: graded ? staffId : null,
      graded_at: gradedAt,
      created_at: at,
      updated_at: gradedAt ?? at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('audit_log')
    .values(auditRow('reviews.write', 'review', row.id, at, null, { childId, bookId }))
    .execute();
}
