// district.<screen>: the call each staff and kiosk screen makes when it opens, through dispatch
// (validation, role check, transaction, services), on a district-scale database: 12,285 children over
// five school years (tests/bench/districtData.ts). Then the weekly export of one week (district.export).
// Part of `npm run bench`; alone: `npx tsx tests/bench/district.ts [--plans]` (--plans prints the SQL
// each screen ran and the query plans of its slow statements; --only a,b times the screens whose
// name holds a or b).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../electron/app';
import { kioskSession, type Session } from '../../electron/session';
import type { Input, MethodName } from '../../shared/contract';
import { districtFile, NOW } from './districtData';
import { checkinsDuringExport } from './districtDuring';
import { traceStatements, type Tracer } from './districtTrace';
import { summarize, type Figure } from './measure';

/** What every screen's opening call should stay under on the district database. */
const TARGET_MS = 100;
const RUNS = 10;
/** Slow screens stop after this much time (but run at least three times). */
const BUDGET_MS = 4000;
const WEEK = '2026-W47';
/** Not screens: start-up and the weekly export are reported, not held to TARGET_MS. */
const BATCH = new Set(['district.startup', 'district.export']);

interface Screen<M extends MethodName = MethodName> {
  name: string;
  method: M;
  input: (i: number) => Input<M>;
  session: Session;
  runs?: number;
}

const screen = <M extends MethodName>(name: string, method: M, input: Input<M> | ((i: number) => Input<M>), session: Session, runs?: number): Screen =>
  ({ name, method, input: typeof input === 'function' ? input : () => input, session, runs }) as unknown as Screen;

interface Picks {
  /** Grade 9, on the roll all five years: the longest files. */
  childIds: number[];
  /** Children with a book out, for the kiosk's "my books". */
  borrowers: number[];
  initials: string[];
  hanQueries: string[];
  surrogate: { id: number; name: string };
  comingActivity: number;
  groupSheet: { activityId: number; date: string };
}

/** Inputs as a person would give them: children with five years of history, real names, this week's activities. */
function pick(app: App): Picks {
  const db = app.sqlite;
  const children = db.prepare('select id, name, name_initials from child where archived_at is null and grade = 9 order by id limit 200').all() as {
    id: number;
    name: string;
    name_initials: string;
  }[];
  const borrowers = db.prepare('select child_id from loan where returned_at is null order by child_id limit 200').pluck().all() as number[];
  const surrogate = db
    .prepare(
      `select s.id, s.name from staff s join child c on c.surrogate_staff_id = s.id
       where s.archived_at is null and s.role = 'teacher' and c.archived_at is null group by s.id order by count(*) desc limit 1`,
    )
    .get() as { id: number; name: string };
  const coming = db.prepare("select id from activity where kind = 'weekend' and date > '2026-11-23' order by id limit 1").get() as { id: number };
  const group = db
    .prepare(
      `select m.activity_id, max(m.date) date from activity_attendance m join activity a on a.id = m.activity_id
       where a.kind = 'group' and a.term_start = '2026-09-01' group by m.activity_id order by m.activity_id limit 1`,
    )
    .get() as { activity_id: number; date: string };
  return {
    childIds: children.map((c) => c.id),
    borrowers,
    initials: children.map((c) => c.name_initials.slice(0, 2 + (c.id % 2))),
    hanQueries: children.map((c) => c.name.slice(0, 2)),
    surrogate,
    comingActivity: coming.id,
    groupSheet: { activityId: group.activity_id, date: group.date },
  };
}

function screens(p: Picks, exportDir: string): Screen[] {
  const kiosk = kioskSession(NOW.getTime());
  const admin: Session = { role: 'admin', staffId: 1, staffName: '管理员', lastActiveAt: NOW.getTime() };
  const teacher: Session = { role: 'teacher', staffId: p.surrogate.id, staffName: p.surrogate.name, lastActiveAt: NOW.getTime() };
  const child = (i: number) => p.childIds[i % p.childIds.length];
  return [
    screen('district.kiosk.search', 'kiosk.search', (i) => ({ query: p.initials[i % p.initials.length] }), kiosk),
    screen('district.kiosk.classes', 'kiosk.classes', {}, kiosk),
    screen('district.kiosk.class', 'kiosk.classChildren', (i) => ({ grade: 1 + (i % 9), classNo: 1 + (i % 20) }), kiosk),
    screen('district.kiosk.child', 'kiosk.status', (i) => ({ childId: child(i) }), kiosk),
    screen('district.kiosk.activities', 'kiosk.activities', (i) => ({ childId: child(i) }), kiosk),
    screen('district.kiosk.loans', 'kiosk.loans', (i) => ({ childId: p.borrowers[i % p.borrowers.length] }), kiosk),
    screen('district.kiosk.reviewable', 'kiosk.reviewableBooks', (i) => ({ childId: p.borrowers[i % p.borrowers.length] }), kiosk),
    screen('district.home.stats', 'stats.room', {}, teacher),
    screen('district.duty.status', 'duty.status', {}, teacher),
    screen('district.room', 'checkins.room', {}, teacher),
    screen('district.room.history', 'checkins.history', {}, teacher),
    screen('district.children.list', 'children.list', {}, teacher),
    screen('district.children.search', 'children.list', (i) => ({ query: p.hanQueries[i % p.hanQueries.length] }), teacher),
    screen('district.children.file', 'children.get', (i) => ({ id: child(i) }), teacher),
    screen('district.children.loans', 'loans.history', (i) => ({ childId: child(i) }), teacher),
    screen('district.children.calls', 'calls.history', (i) => ({ childId: child(i), limit: 100 }), teacher),
    screen('district.calls.queue', 'calls.queue', {}, teacher),
    screen('district.calls.overdue', 'calls.overdue', { days: 30 }, teacher),
    screen('district.calls.history', 'calls.history', { limit: 100 }, teacher),
    screen('district.library.catalogue', 'books.list', {}, teacher),
    screen('district.library.search', 'books.list', (i) => ({ query: `图书${100 + i}` }), teacher),
    screen('district.library.categories', 'books.categories', {}, teacher),
    screen('district.library.active', 'loans.active', {}, teacher),
    screen('district.library.overdue', 'loans.overdue', {}, teacher),
    screen('district.library.history', 'loans.history', {}, teacher),
    screen('district.library.popular', 'books.popular', { limit: 10 }, teacher),
    screen('district.library.reviews', 'reviews.list', {}, teacher),
    screen('district.library.progress', 'reviews.progress', {}, teacher),
    screen('district.activities.list', 'activities.list', {}, teacher),
    screen('district.activities.signups', 'activities.get', { id: p.comingActivity }, teacher),
    screen('district.activities.attendance', 'activities.attendance', p.groupSheet, teacher),
    screen('district.activities.not_in_group', 'activities.notInGroup', {}, teacher),
    screen('district.roster.week', 'roster.week', { weekStart: '2026-11-23' }, teacher),
    screen('district.roster.report', 'duty.report', { from: '2026-11-16', to: '2026-11-22' }, teacher),
    screen('district.care.due_list', 'care.dueGroups', {}, teacher),
    screen('district.care.due_group', 'care.dueList', { scope: 'staff', staffId: p.surrogate.id }, teacher),
    screen('district.care.due_none', 'care.dueList', { scope: 'staff', staffId: null }, teacher),
    screen('district.care.due_mine', 'care.dueList', { scope: 'mine' }, teacher),
    screen('district.care.coverage', 'care.coverage', {}, teacher),
    screen('district.care.follow_ups', 'care.followUps', { scope: 'all' }, teacher),
    screen('district.care.birthdays', 'care.birthdays', {}, teacher),
    screen('district.care.records', 'care.records', (i) => ({ childId: child(i) }), teacher),
    screen('district.care.growth_file', 'care.growthFile', (i) => ({ childId: child(i) }), teacher),
    screen('district.privacy.access_log', 'privacy.accessLog', {}, admin),
    screen('district.privacy.erasable', 'privacy.erasable', {}, admin),
    screen('district.exports.status', 'exports.status', {}, admin),
    screen('district.exports.history', 'exports.history', {}, admin),
    // A batch job, not a screen: each run writes a whole bundle (workbook, CSVs, PDF, manifest).
    screen('district.export', 'exports.week', { week: WEEK, folder: exportDir }, admin, 3),
  ];
}

interface Row {
  figure: Figure;
  size: string;
}

const sizeOf = (value: unknown): string =>
  Array.isArray(value) ? `${value.length} rows` : value && typeof value === 'object' && 'rows' in value && Array.isArray(value.rows) ? `${value.rows.length} rows` : '';

async function measure(app: App, s: Screen, tracer: Tracer | null): Promise<Row | string> {
  const call = () => app.dispatch(s.method, s.input(0), s.session);
  const warmUp = performance.now();
  const first = await call();
  const firstMs = performance.now() - warmUp;
  // A handler still being built answers 'internal' ("not implemented yet"): note it, time the rest.
  if (!first.ok) return `${s.name}: ${s.method} answered ${first.error.code}, skipped`;
  // Seconds-long calls are timed once, warm-up included: the figure is plain enough.
  if (firstMs > BUDGET_MS && !tracer && !s.runs) return { figure: summarize(s.name, [firstMs]), size: sizeOf(first.value) };
  const samples: number[] = [];
  const runs = s.runs ?? RUNS;
  let spent = 0;
  for (let i = 0; i < runs && (i < 3 || spent < BUDGET_MS); i++) {
    if (tracer && i === 0) tracer.start();
    const started = performance.now();
    const result = await app.dispatch(s.method, s.input(i), s.session);
    const ms = performance.now() - started;
    if (tracer && i === 0) tracer.stopAndPrint(Math.min(10, ms / 4));
    if (!result.ok) throw new Error(`${s.name}: ${JSON.stringify(result.error)}`);
    samples.push(ms);
    spent += ms;
  }
  return { figure: summarize(s.name, samples), size: sizeOf(first.value) };
}

function printRow({ figure: f, size }: Row): void {
  const flag = !BATCH.has(f.name) && f.median_ms > TARGET_MS;
  console.log(f.name.padEnd(34) + String(f.median_ms).padStart(11) + String(f.p95_ms).padStart(10) + String(f.runs).padStart(6) + `  ${size}${flag ? `  over ${TARGET_MS} ms` : ''}`);
}

const HEADER = 'name'.padEnd(34) + 'median ms'.padStart(11) + 'p95 ms'.padStart(10) + 'runs'.padStart(6) + '  answer';

const COUNTED = ['child', 'visit', 'call', 'loan', 'activity_signup', 'care_record', 'audit_log', 'access_log'];

export async function benchDistrict(options: { plans?: boolean; only?: string } = {}): Promise<Figure[]> {
  const cached = await districtFile();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-district-run-'));
  try {
    const file = path.join(dir, 'district.sqlite');
    fs.copyFileSync(cached, file);
    // A room's file is at rest on its disk: flush the fresh copy first, or start-up's first sync (the
    // switch to WAL) would time writing 3 GB of copied pages rather than opening the file.
    const fd = fs.openSync(file, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    const opening = performance.now();
    // Start-up reads every page once (quick_check) and migrates a file older than the app.
    const app = await createApp({ file, now: () => NOW, backupDir: path.join(dir, 'backups') });
    const startup = summarize('district.startup', [performance.now() - opening]);
    const rows: Row[] = [{ figure: startup, size: `${(fs.statSync(file).size / 1e9).toFixed(2)} GB file` }];
    const counts = COUNTED.map((t) => `${(app.sqlite.prepare(`select count(*) n from ${t}`).get() as { n: number }).n.toLocaleString('en')} ${t}`);
    console.log(`\ndistrict database: ${counts.join(', ')}\n${HEADER}`);
    printRow(rows[0]);
    const notes: string[] = [];
    const tracer = options.plans ? traceStatements(app.sqlite) : null;
    const exportDir = path.join(dir, 'exports');
    fs.mkdirSync(exportDir);
    try {
      for (const s of screens(pick(app), exportDir).filter((x) => !options.only || options.only.split(',').some((o) => x.name.includes(o)))) {
        if (tracer) console.log(`\n${s.name} (${s.method})`);
        const row = await measure(app, s, tracer);
        if (typeof row === 'string') notes.push(row);
        else {
          rows.push(row);
          printRow(row);
        }
      }
      if (!options.only || 'checkin.during_export'.includes(options.only)) {
        const admin: Session = { role: 'admin', staffId: 1, staffName: '管理员', lastActiveAt: NOW.getTime() };
        const during = await checkinsDuringExport(app, admin, pick(app).childIds, exportDir, WEEK, NOW.getTime());
        rows.push({ figure: during, size: 'check-ins while one export runs' });
        printRow(rows[rows.length - 1]!);
      }
    } finally {
      await app.close();
    }
    for (const note of notes) console.log(`note: ${note}`);
    return rows.map((r) => r.figure);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Alone: replaces the figures just measured in results.json and keeps the others. */
async function alone(): Promise<void> {
  const only = process.argv.indexOf('--only');
  const figures = await benchDistrict({ plans: process.argv.includes('--plans'), only: only > 0 ? process.argv[only + 1] : undefined });
  const file = path.join(import.meta.dirname, 'results.json');
  const measured = new Set(figures.map((f) => f.name));
  const kept = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Figure[]).filter((f) => !measured.has(f.name)) : [];
  fs.writeFileSync(file, `${JSON.stringify([...kept, ...figures], null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}

// By the script's name, not import.meta: inside `npm run bench`'s one bundle every module has run.ts's.
if (/bench[\\/]district\.ts$/.test(process.argv[1] ?? '')) {
  alone().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
