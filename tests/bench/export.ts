// The weekly export on a busy room: 600 children and one week (2026-W47) with 3,000 check-ins,
// 500 calls and 300 loans. `export.sheets` reads the week and renders the workbook and the CSVs;
// `export.pdf` reads the figures and draws summary.pdf. Called from tests/bench/run.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import { createApp } from '../../electron/app';
import { createAudit } from '../../electron/services/audit';
import { SYSTEM_ACTOR } from '../../electron/services/room/checkins';
import { createClock } from '../../electron/services/deps';
import { sheetFiles, weekTables } from '../../electron/services/exports/bundle';
import { weekFacts } from '../../electron/services/exports/facts';
import { findChineseFont } from '../../electron/services/exports/fonts';
import { renderPdf } from '../../electron/services/exports/pdf';
import { textsFor } from '../../electron/services/exports/texts';
import { weekRange } from '../../electron/services/exports/week';
import { kioskSession } from '../../electron/session';
import { summarize, time, type Figure } from './measure';

const CHILDREN = 600;
const VISITS = 3000;
const CALLS = 500;
const LOANS = 300;
const RUNS = 10;
const NOW = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 in the room, the week after
const WEEK = '2026-W47';
const TZ = 'Asia/Shanghai';

const pad = (n: number) => String(n).padStart(2, '0');
/** A local time in week 47: day 0 = Monday 16 November. */
const at = (day: number, minutes: number) => `2026-11-${pad(16 + day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+08:00`;

function fillWeek(sqlite: SQLite.Database): void {
  const created = '2026-09-01T08:00:00+08:00';
  const insertChild = sqlite.prepare(
    `insert into child (name, name_pinyin, name_initials, gender, birth_date, grade, class_no, situation, guardian_name, guardian_relation, guardian_phone, created_at, updated_at)
     values (?, ?, ?, ?, '2016-03-01', ?, ?, 'both_away', '奶奶', 'grandmother', '13800000000', ?, ?)`,
  );
  const insertParent = sqlite.prepare(`insert into child_parent (child_id, relation, name, phone, created_at, updated_at) values (?, 'father', '父亲', '13900000000', ?, ?)`);
  const insertVisit = sqlite.prepare(`insert into visit (child_id, checked_in_at, checked_out_at, checkout_method, created_at, updated_at) values (?, ?, ?, 'kiosk', ?, ?)`);
  const insertCall = sqlite.prepare(`insert into call (child_id, parent_id, started_at, ended_at, duration_seconds, outcome, created_at, updated_at) values (?, ?, ?, ?, 300, ?, ?, ?)`);
  const insertBook = sqlite.prepare(`insert into book (title, created_at, updated_at) values (?, ?, ?)`);
  const insertCopy = sqlite.prepare(`insert into book_copy (book_id, barcode, status, created_at, updated_at) values (?, ?, 'on_loan', ?, ?)`);
  const insertLoan = sqlite.prepare(`insert into loan (copy_id, child_id, lent_at, due_on, returned_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`);
  sqlite.transaction(() => {
    const children: { id: number; father: number }[] = [];
    for (let i = 0; i < CHILDREN; i++) {
      const id = Number(insertChild.run(`儿童${i + 1}`, `ertong${i + 1}`, `et${i + 1}`, i % 2 ? 'female' : 'male', 1 + (i % 6), 1 + (i % 4), created, created).lastInsertRowid);
      children.push({ id, father: Number(insertParent.run(id, created, created).lastInsertRowid) });
    }
    for (let v = 0; v < VISITS; v++) {
      const c = children[v % CHILDREN];
      const start = 15 * 60 + (v % 120);
      insertVisit.run(c.id, at(v % 7, start), at(v % 7, start + 90), created, created);
    }
    for (let k = 0; k < CALLS; k++) {
      const c = children[(k * 7) % CHILDREN];
      insertCall.run(c.id, c.father, at(k % 7, 17 * 60 + (k % 60)), at(k % 7, 17 * 60 + (k % 60) + 5), k % 5 ? 'talked' : 'no_answer', created, created);
    }
    for (let l = 0; l < LOANS; l++) {
      const book = Number(insertBook.run(`图书${l + 1}`, created, created).lastInsertRowid);
      const copy = Number(insertCopy.run(book, `B${pad(l)}${l}`, created, created).lastInsertRowid);
      const lent = at(l % 7, 16 * 60);
      insertLoan.run(copy, children[(l * 11) % CHILDREN].id, lent, lent.slice(0, 10), l % 3 ? null : at(6, 18 * 60), created, created);
    }
  })();
}

export async function benchExport(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-bench-export-'));
  const app = await createApp({ file: path.join(dir, 'export.sqlite'), now: () => NOW });
  try {
    const setup = await app.dispatch('setup.complete', { schoolName: '基准学校', roomName: '留守儿童之家', adminName: '管理员', pin: '1234' }, kioskSession(NOW.getTime()));
    if (!setup.ok) throw new Error(JSON.stringify(setup.error));
    console.log(`building a week of ${VISITS} check-ins, ${CALLS} calls and ${LOANS} loans for ${CHILDREN} children…`);
    fillWeek(app.sqlite);
    const font = findChineseFont();
    if (!font) throw new Error('no Chinese font on this machine: export.pdf cannot be measured');

    const clock = createClock(() => NOW, TZ);
    const range = weekRange(WEEK, TZ);
    if (!range) throw new Error(`not a week: ${WEEK}`);
    const ctx = {
      db: app.db,
      clock,
      audit: createAudit(app.db, clock, SYSTEM_ACTOR),
      actor: { role: 'kiosk' as const, staffId: null, staffName: null },
      range,
      includeContacts: false,
      texts: textsFor('zh-CN'),
    };
    const meta = { school: '基准学校', room: '留守儿童之家', range, createdAt: '2026-11-23 10:00', partialUpTo: null, revision: 1, includeContacts: false };

    const sheets = await time(RUNS, async () => {
      const tables = await weekTables(ctx, await weekFacts(ctx), meta);
      await sheetFiles(tables, 'bench', NOW);
    });
    const pdf = await time(RUNS, async () => renderPdf(await weekFacts(ctx), { ...meta, createdOn: NOW }, font));
    return [summarize('export.sheets', sheets), summarize('export.pdf', pdf)];
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx tests/bench/export.ts`.
if (/bench[\\/]export\.ts$/.test(process.argv[1] ?? '')) {
  benchExport().then(
    (figures) => console.log(figures),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
