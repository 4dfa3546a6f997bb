// A district-scale database for `npm run bench`: 12,285 children (those who left too) over five school
// years, with their families, 400 staff and everything the room records. Written with bare prepared
// statements in a few big transactions (the services would take hours), then cached in the temp
// folder: a run copies the cached file, so the screens are timed on the same data every time.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import { createApp } from '../../electron/app';
import { LATEST_VERSION, migrations } from '../../electron/db/migrations';
import { createRng, type Rng } from '../../electron/services/setup/demo';
import { BOY_GIVEN_1, BOY_GIVEN_2, FATHER_GIVEN, GIRL_GIVEN_1, GIRL_GIVEN_2, GRANDMOTHER_GIVEN, MOTHER_GIVEN, SURNAMES } from '../../electron/services/setup/demoData';
import { kioskSession } from '../../electron/session';
import { nameKeys } from '../../shared/names';
import { fillAudit, fillCare } from './districtCare';
import { fillActivities } from './districtActivities';
import { fillDays } from './districtDays';

/** Bump when the generator changes what it writes: the cached file is rebuilt. */
const GENERATOR = 1;
export const NOW = new Date('2026-11-23T08:00:00Z'); // a Monday, 16:00 in the room
const START = '2021-09-01';
/** The roster runs to the end of the current term, past today. */
const END = '2027-01-15';
const ACTIVE_CHILDREN = 10_000;
const LEFT_CHILDREN = 2_285;
const STAFF = 400;
const ARCHIVED_STAFF = 20;
const CLASSES_PER_GRADE = 20;
const DAY = 86_400_000;

dayjs.extend(utc);
dayjs.extend(isoWeek);

export interface Calendar {
  dates: string[];
  /** ISO weekday, 1 = Monday. */
  weekday: number[];
  /** A school day (Monday to Friday) or Saturday in term time. */
  open: boolean[];
  today: number;
}

export interface DistrictChild {
  id: number;
  grade: number;
  /** Day indexes: on the roll from `joined`, gone from `left` (null: still on it). */
  joined: number;
  left: number | null;
  parents: number[];
  surrogate: number | null;
}

export interface DistrictStaff {
  id: number;
  left: number | null;
}

export interface District {
  calendar: Calendar;
  children: DistrictChild[];
  staff: DistrictStaff[];
  rng: Rng;
}

/** Term time: 1 September to 15 January and 20 February to 5 July, less the October holiday week. */
function inTerm(date: string): boolean {
  const md = date.slice(5);
  if (md >= '10-01' && md <= '10-07') return false;
  return md >= '09-01' || md <= '01-15' || (md >= '02-20' && md <= '07-05');
}

export function calendar(): Calendar {
  const dates: string[] = [];
  const weekday: number[] = [];
  const open: boolean[] = [];
  for (let t = Date.parse(`${START}T00:00:00Z`); t <= Date.parse(`${END}T00:00:00Z`); t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    const wd = ((new Date(t).getUTCDay() + 6) % 7) + 1;
    dates.push(date);
    weekday.push(wd);
    open.push(wd <= 6 && inTerm(date));
  }
  return { dates, weekday, open, today: dates.indexOf('2026-11-23') };
}

export const stampAt = (date: string, minutes: number) => `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;

const nameOf = (rng: Rng, given: readonly string[]) => rng.weighted(SURNAMES) + rng.pick(given);

function fillStaff(db: Database.Database, cal: Calendar, rng: Rng): DistrictStaff[] {
  const admin = db.prepare('select id, pin_hash from staff order by id limit 1').get() as { id: number; pin_hash: string };
  const insert = db.prepare(`insert into staff (name, role, pin_hash, counsellor, archived_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)`);
  const staff: DistrictStaff[] = [{ id: admin.id, left: null }];
  const created = stampAt(cal.dates[0], 8 * 60);
  for (let i = 1; i < STAFF; i++) {
    const left = i > STAFF - ARCHIVED_STAFF ? rng.int(200, cal.today - 30) : null;
    const role = i % 40 === 0 ? 'admin' : 'teacher';
    const archived = left === null ? null : stampAt(cal.dates[left], 9 * 60);
    const given = rng.chance(0.6) ? MOTHER_GIVEN : FATHER_GIVEN;
    const id = Number(insert.run(nameOf(rng, given), role, admin.pin_hash, i % 40 === 1 ? 1 : 0, archived, created, archived ?? created).lastInsertRowid);
    staff.push({ id, left });
  }
  return staff;
}

/** When a child now in `grade` joined: the September she started school, or later if she moved here. */
function joinedOf(rng: Rng, cal: Calendar, grade: number): number {
  const firstSeptember = cal.dates.indexOf(`${2026 - (grade - 1)}-09-01`);
  const from = Math.max(0, firstSeptember);
  return rng.chance(0.1) ? rng.int(from, cal.today - 1) : Math.min(cal.today - 1, from + rng.int(0, 20));
}

function fillChildren(db: Database.Database, cal: Calendar, rng: Rng, staff: DistrictStaff[]): DistrictChild[] {
  const insertChild = db.prepare(
    `insert into child (name, name_pinyin, name_initials, gender, birth_date, grade, class_no, student_no, situation,
       de_facto_unsupported, boarding, guardian_name, guardian_relation, guardian_phone, guardian_address, surrogate_staff_id,
       consent_signed_by, consent_signed_on, consent_scope, archived_at, archive_reason, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'grandmother', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertParent = db.prepare('insert into child_parent (child_id, relation, name, phone, work_city, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)');
  const surrogates = staff.filter((s) => s.left === null).map((s) => s.id);
  const children: DistrictChild[] = [];
  for (let i = 0; i < ACTIVE_CHILDREN + LEFT_CHILDREN; i++) {
    const active = i < ACTIVE_CHILDREN;
    let grade = 1 + (i % 9);
    let joined = joinedOf(rng, cal, grade);
    let left: number | null = null;
    if (!active) {
      left = rng.int(120, cal.today - 7);
      joined = Math.max(0, left - rng.int(120, 5 * 365));
      grade = rng.chance(0.6) ? 9 : rng.int(1, 8);
    }
    const girl = rng.chance(0.5);
    const name = rng.weighted(SURNAMES) + rng.pick(girl ? (rng.chance(0.8) ? GIRL_GIVEN_2 : GIRL_GIVEN_1) : rng.chance(0.8) ? BOY_GIVEN_2 : BOY_GIVEN_1);
    const keys = nameKeys(name);
    const created = stampAt(cal.dates[joined], 8 * 60 + rng.int(0, 120));
    const archived = left === null ? null : stampAt(cal.dates[left], 10 * 60);
    const consent = rng.chance(0.9) ? cal.dates[joined] : null;
    const birthYear = 2026 - grade - 6 + (active ? 0 : Math.floor((cal.today - (left ?? 0)) / 365));
    const id = Number(
      insertChild.run(
        name,
        keys.pinyin,
        keys.initials,
        girl ? 'female' : 'male',
        `${birthYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
        grade,
        rng.int(1, CLASSES_PER_GRADE),
        rng.chance(0.7) ? `G${String(100000 + i).padStart(8, '0')}` : null,
        rng.weighted([
          ['both_away', 5],
          ['father_away', 3],
          ['mother_away', 2],
        ] as const),
        rng.chance(0.03) ? 1 : 0,
        rng.chance(0.2) ? 1 : 0,
        rng.weighted(SURNAMES) + rng.pick(GRANDMOTHER_GIVEN),
        `139${String(10_000_000 + i).slice(0, 8)}`,
        '青山村三组',
        rng.chance(0.9) ? rng.pick(surrogates) : null,
        consent ? '奶奶' : null,
        consent,
        consent ? '建档及留守儿童关爱工作' : null,
        archived,
        archived ? (grade === 9 ? '毕业' : '转学') : null,
        created,
        archived ?? created,
      ).lastInsertRowid,
    );
    const parents = [Number(insertParent.run(id, 'father', name[0] + rng.pick(FATHER_GIVEN), `138${String(20_000_000 + i).slice(0, 8)}`, '广东东莞', created, created).lastInsertRowid)];
    if (rng.chance(0.8))
      parents.push(Number(insertParent.run(id, 'mother', rng.weighted(SURNAMES) + rng.pick(MOTHER_GIVEN), `137${String(30_000_000 + i).slice(0, 8)}`, '浙江义乌', created, created).lastInsertRowid));
    children.push({ id, grade, joined, left, parents, surrogate: null });
  }
  const rows = db.prepare('select id, surrogate_staff_id s from child').all() as { id: number; s: number | null }[];
  const byId = new Map(rows.map((r) => [r.id, r.s]));
  for (const c of children) c.surrogate = byId.get(c.id) ?? null;
  return children;
}

/** A bundle every Friday evening for the five years: the export history screen's list. */
function fillExportRuns(db: Database.Database, cal: Calendar): void {
  const insert = db.prepare(
    `insert into export_run (week, trigger, folder, bundle_path, include_contacts, rows, files, staff_id, created_at, updated_at)
     values (?, 'scheduled', ?, ?, 0, ?, 17, null, ?, ?)`,
  );
  for (let day = 0; day < cal.today; day++) {
    if (cal.weekday[day] !== 5) continue;
    const d = dayjs.utc(cal.dates[day]);
    const week = `${d.isoWeekYear()}-W${String(d.isoWeek()).padStart(2, '0')}`;
    const at = stampAt(cal.dates[day], 19 * 60);
    insert.run(week, 'E:\\留守儿童之家导出', `E:\\留守儿童之家导出\\${week}`, 3000 + (day % 500), at, at);
  }
}

/** Builds the whole district into `file` (migrated to the latest schema). */
async function build(file: string): Promise<void> {
  const app = await createApp({ file, now: () => NOW, backupDir: path.join(path.dirname(file), 'backups') });
  const setup = await app.dispatch('setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '管理员', pin: '1234' }, kioskSession(NOW.getTime()));
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  await app.close();

  const db = new Database(file);
  // A throwaway file being built: no crash safety needed, and no foreign-key lookups per row.
  // (better-sqlite3's defensive mode refuses journal_mode = OFF; MEMORY is the next best.)
  db.pragma('journal_mode = DELETE');
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -400000');
  // Indexes are built once at the end, from sorted data, rather than kept up to date row by row.
  const indexes = db.prepare("select name, sql from sqlite_master where type = 'index' and sql is not null").all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`drop index ${index.name}`);
  const rng = createRng(20260901);
  const cal = calendar();
  const step = (label: string, work: () => void) => {
    const started = performance.now();
    db.transaction(work)();
    console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  let district: District | undefined;
  step('staff and children', () => {
    const staff = fillStaff(db, cal, rng);
    district = { calendar: cal, staff, children: fillChildren(db, cal, rng, staff), rng };
  });
  const d = district as District;
  step('visits, calls, library, duty roster, access log', () => fillDays(db, d));
  step('activities and sign-ups', () => fillActivities(db, d));
  step('care records and follow-ups', () => fillCare(db, d));
  step('export history', () => fillExportRuns(db, cal));
  step('audit log', () => fillAudit(db));
  step('indexes', () => indexes.forEach((index) => db.exec(index.sql)));
  db.pragma('journal_mode = DELETE');
  db.close();
}

/** Brings a cached file built at an older schema version up to date, as the app would on upgrade. */
async function migrated(older: string, file: string): Promise<void> {
  // Per process: two bench runs migrating at once must not share a work file or a backup folder.
  const work = `${file}.${process.pid}.migrating`;
  const backupDir = path.join(path.dirname(file), `backups-${process.pid}`);
  fs.copyFileSync(older, work);
  const started = performance.now();
  const app = await createApp({ file: work, now: () => NOW, backupDir });
  await app.close();
  fs.rmSync(backupDir, { recursive: true, force: true });
  fs.renameSync(work, file);
  console.log(`migrated the cached district from ${path.basename(older)} in ${((performance.now() - started) / 1000).toFixed(1)} s (pre-migration backup included)`);
}

/**
 * A cached file's name: the generator, the schema version and a digest of migrations 1..version, so
 * editing a migration (an index added while tuning a screen) makes files built with the old one stale.
 */
function cacheName(version: number): string {
  const dir = path.join(import.meta.dirname, '../../electron/db/migrations');
  const hash = createHash('sha256');
  for (const m of migrations.slice(0, version)) hash.update(fs.readFileSync(path.join(dir, `${m.name}.ts`)));
  return `district-g${GENERATOR}-v${version}-${hash.digest('hex').slice(0, 8)}.sqlite`;
}

/**
 * The cached district file at the latest schema version. Built when missing (a few minutes on two
 * cores); a file cached at an older version is migrated instead, so a new migration costs seconds.
 */
export async function districtFile(): Promise<string> {
  const dir = path.join(os.tmpdir(), 'childrens-home-district');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, cacheName(LATEST_VERSION));
  if (fs.existsSync(file)) return file;
  const valid = Array.from({ length: LATEST_VERSION }, (_, v) => cacheName(v + 1));
  // Stale files and their -wal/-shm go; another run's work in progress (building-, backups-) stays.
  const stale = (name: string) => !valid.some((v) => name.startsWith(v)) && !/^(building|backups)-/.test(name);
  for (const old of fs.readdirSync(dir).filter(stale)) fs.rmSync(path.join(dir, old), { recursive: true, force: true });
  const older = valid.filter((name) => fs.existsSync(path.join(dir, name))).at(-1);
  if (older) {
    await migrated(path.join(dir, older), file);
    return file;
  }
  console.log(`building the district database (cached in ${dir})…`);
  const started = performance.now();
  const building = path.join(dir, `building-${process.pid}.sqlite`);
  await build(building);
  fs.renameSync(building, file);
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s, ${(fs.statSync(file).size / 1e9).toFixed(2)} GB`);
  return file;
}
