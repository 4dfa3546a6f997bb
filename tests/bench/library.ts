// The library desk on a big room: 5,000 copies of about 1,700 titles and 50,000 past loans across
// 2,000 children. Times loans.lend and loans.return through dispatch (validation, transaction,
// audit), each next to the bare SQL it runs. Called from tests/bench/run.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import { createApp } from '../../electron/app';
import { kioskSession } from '../../electron/session';
import { fillBigRoom } from './bigRoom';
import { summarize, timePair, type Figure } from './measure';

const CHILDREN = 2000;
const TITLES = 1700;
const COPIES = 5000;
const PAST_LOANS = 50_000;
const RUNS = 1000;
const NOW = new Date('2026-11-23T08:00:00Z'); // 16:00 in the room
const DAY = 86_400_000;

const label = (i: number) => `B${String(i + 1).padStart(5, '0')}`;
const pad = (n: number) => String(n).padStart(2, '0');
/** The room's stamp (+08:00) of an instant. */
const stamp = (d: Date) => {
  const l = new Date(d.getTime() + 8 * 3_600_000);
  return `${l.getUTCFullYear()}-${pad(l.getUTCMonth() + 1)}-${pad(l.getUTCDate())}T${pad(l.getUTCHours())}:${pad(l.getUTCMinutes())}:00+08:00`;
};

/** The catalogue and a year of returned loans, with bare statements: the services would take minutes. */
function fillLibrary(sqlite: SQLite.Database, childIds: number[]): void {
  let seed = 4;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const created = stamp(NOW);
  const insertBook = sqlite.prepare('insert into book (title, author, isbn, created_at, updated_at) values (?, ?, null, ?, ?)');
  const insertCopy = sqlite.prepare("insert into book_copy (book_id, barcode, status, created_at, updated_at) values (?, ?, 'on_shelf', ?, ?)");
  const insertLoan = sqlite.prepare(`insert into loan (copy_id, child_id, lent_at, due_on, returned_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`);
  sqlite.transaction(() => {
    const bookIds: number[] = [];
    for (let i = 0; i < TITLES; i++) bookIds.push(Number(insertBook.run(`图书${i + 1}`, `作者${i % 300}`, created, created).lastInsertRowid));
    const copyIds: number[] = [];
    for (let j = 0; j < COPIES; j++) copyIds.push(Number(insertCopy.run(bookIds[j % TITLES], label(j), created, created).lastInsertRowid));
    for (let k = 0; k < PAST_LOANS; k++) {
      const lent = new Date(NOW.getTime() - (30 + Math.floor(random() * 335)) * DAY);
      const due = new Date(lent.getTime() + 14 * DAY);
      const back = new Date(lent.getTime() + (1 + Math.floor(random() * 20)) * DAY);
      const copy = copyIds[Math.floor(random() * COPIES)];
      const child = childIds[Math.floor(random() * childIds.length)];
      insertLoan.run(copy, child, stamp(lent), stamp(due).slice(0, 10), stamp(back), created, created);
    }
  })();
}

export async function benchLibrary(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-bench-library-'));
  const app = await createApp({ file: path.join(dir, 'library.sqlite'), now: () => NOW });
  try {
    const desk = kioskSession(NOW.getTime());
    const setup = await app.dispatch('setup.complete', { schoolName: '基准学校', roomName: '留守儿童之家', adminName: '管理员', pin: '1234' }, desk);
    if (!setup.ok) throw new Error(JSON.stringify(setup.error));
    console.log(`building a library of ${COPIES} copies and ${PAST_LOANS} past loans for ${CHILDREN} children…`);
    const { childIds } = fillBigRoom(app.sqlite, CHILDREN, NOW);
    fillLibrary(app.sqlite, childIds);
    const figures: Figure[] = [];
    const must = async (method: string, input: unknown) => {
      const result = await app.dispatch(method, input, desk);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    };

    const at = stamp(NOW);
    const dueOn = stamp(new Date(NOW.getTime() + 14 * DAY)).slice(0, 10);
    const settings = app.sqlite.prepare('select key, value from setting');
    const findCopy = app.sqlite.prepare('select id, book_id, status from book_copy where barcode = ?');
    const findChild = app.sqlite.prepare('select id from child where id = ? and archived_at is null');
    const countOpen = app.sqlite.prepare('select count(*) n from loan where child_id = ? and returned_at is null');
    const insertLoan = app.sqlite.prepare('insert into loan (copy_id, child_id, lent_at, lent_by_staff_id, due_on, created_at, updated_at) values (?, ?, ?, 1, ?, ?, ?)');
    const setStatus = app.sqlite.prepare('update book_copy set status = ?, updated_at = ? where id = ?');
    const insertAudit = app.sqlite.prepare(
      "insert into audit_log (actor_staff_id, actor_role, action, table_name, row_id, details, created_at, updated_at) values (1, 'admin', ?, 'loan', ?, ?, ?, ?)",
    );
    const loanView = app.sqlite.prepare(
      `select l.*, c.barcode, c.book_id, b.title, ch.name, ch.grade, ch.class_no, s.name lent_by from loan l
       join book_copy c on c.id = l.copy_id join book b on b.id = c.book_id join child ch on ch.id = l.child_id
       left join staff s on s.id = l.lent_by_staff_id where l.id = ?`,
    );
    const bareLend = app.sqlite.transaction((barcode: string, childId: number) => {
      settings.all();
      const copy = findCopy.get(barcode) as { id: number; book_id: number };
      findChild.get(childId);
      countOpen.get(childId);
      const id = insertLoan.run(copy.id, childId, at, dueOn, at, at).lastInsertRowid;
      setStatus.run('on_loan', at, copy.id);
      insertAudit.run('loans.lend', id, JSON.stringify({ copyId: copy.id, bookId: copy.book_id, childId, dueOn }), at, at);
      loanView.get(id);
    });
    // Copies 0…999 to children 0…999 through dispatch, turn about with copies and children 1000…1999 bare.
    const [lend, lendSql] = await timePair(
      RUNS,
      (i) => must('loans.lend', { barcode: label(i), childId: childIds[i] }),
      (i) => bareLend(label(RUNS + i), childIds[RUNS + i]),
    );
    figures.push(summarize('lend', lend), summarize('lend.sql', lendSql));

    const openLoan = app.sqlite.prepare('select * from loan where copy_id = ? and returned_at is null');
    const closeLoan = app.sqlite.prepare('update loan set returned_at = ?, returned_by_staff_id = 1, updated_at = ? where id = ?');
    const bareReturn = app.sqlite.transaction((barcode: string) => {
      settings.all();
      const copy = findCopy.get(barcode) as { id: number };
      const loan = openLoan.get(copy.id) as { id: number; child_id: number };
      closeLoan.run(at, at, loan.id);
      setStatus.run('on_shelf', at, copy.id);
      insertAudit.run('loans.return', loan.id, JSON.stringify({ copyId: copy.id, childId: loan.child_id, overdueDays: 0 }), at, at);
      loanView.get(loan.id);
    });
    const [giveBack, giveBackSql] = await timePair(
      RUNS,
      (i) => must('loans.return', { barcode: label(i) }),
      (i) => bareReturn(label(RUNS + i)),
    );
    figures.push(summarize('return', giveBack), summarize('return.sql', giveBackSql));
    return figures;
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
