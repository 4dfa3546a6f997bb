// The room-wide due list on a big room: 2,000 children, 40 surrogate parents (one child in ten with
// none), three years of care records (about 80 a child) on top of a year of visits and calls, and
// open follow-ups. Times the room tab's due counts (care.dueGroups) as an admin through dispatch, next
// to the bare SQL it runs. Called from tests/bench/run.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import { createApp } from '../../electron/app';
import { kioskSession } from '../../electron/session';
import { fillBigRoom } from './bigRoom';
import { summarize, time, type Figure } from './measure';

const CHILDREN = 2000;
const TEACHERS = 40;
const YEARS = 3;
const RUNS = 50;
const NOW = new Date('2026-11-23T08:00:00Z'); // Monday, 16:00 in the room
const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Per child and month: a talk and a contact most months, a visit and a letter about once a semester, growth notes now and then. */
function fillCare(sqlite: SQLite.Database, childIds: number[]): number {
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const created = '2026-11-23T16:00:00+08:00';
  const insertStaff = sqlite.prepare("insert into staff (name, role, pin_hash, created_at, updated_at) values (?, 'teacher', 'x', ?, ?)");
  const assign = sqlite.prepare('update child set surrogate_staff_id = ?, created_at = ? where id = ?');
  const insertRecord = sqlite.prepare(
    `insert into care_record (child_id, kind, date, staff_id, contact_with, contact_mode, met_with, growth_area, letter_to, text, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFollowUp = sqlite.prepare(
    `insert into care_follow_up (child_id, record_id, reason, note, due_on, raised_by_staff_id, done_at, created_at, updated_at)
     values (?, ?, 'record', '一周后再谈', ?, ?, ?, ?, ?)`,
  );
  let records = 0;
  sqlite.transaction(() => {
    const teachers = Array.from({ length: TEACHERS }, (_, i) => Number(insertStaff.run(`老师${i + 1}`, created, created).lastInsertRowid));
    childIds.forEach((child, i) => {
      const staff = teachers[i % TEACHERS];
      assign.run(i % 10 === 9 ? null : staff, '2023-09-01T08:00:00+08:00', child);
      for (let month = YEARS * 12; month >= 0; month--) {
        const day = (d: number) => dateOf(new Date(NOW.getTime() - (month * 30 + d) * DAY));
        const write = (kind: string, date: string, extra: (string | null)[]) => {
          const id = Number(insertRecord.run(child, kind, date, staff, ...extra, created, created).lastInsertRowid);
          records += 1;
          return id;
        };
        if (random() < 0.85) write('talk', day(3), [null, null, null, null, null, '聊了学校的事']);
        if (random() < 0.7) write('contact', day(5), ['mother', 'video', null, null, null, '视频通话']);
        if (random() < 0.18) write('home_visit', day(9), [null, null, '爷爷奶奶', null, null, '家里一切正常']);
        if (random() < 0.18) write('letter', day(11), [null, null, null, null, '爸爸妈妈', null]);
        if (random() < 0.2) {
          const id = write('growth', day(13), [null, null, null, 'study', null, '数学进步']);
          const done = month > 0 || random() < 0.5 ? created : null;
          insertFollowUp.run(child, id, day(6), staff, done, created, created);
        }
      }
    });
  })();
  return records;
}

export async function benchCare(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-bench-care-'));
  const app = await createApp({ file: path.join(dir, 'care.sqlite'), now: () => NOW });
  try {
    const admin = kioskSession(NOW.getTime());
    const setup = await app.dispatch('setup.complete', { schoolName: '基准学校', roomName: '留守儿童之家', adminName: '管理员', pin: '1234' }, admin);
    if (!setup.ok) throw new Error(JSON.stringify(setup.error));
    console.log(`building ${CHILDREN} children with ${YEARS} years of care records…`);
    const { childIds } = fillBigRoom(app.sqlite, CHILDREN, NOW);
    const records = fillCare(app.sqlite, childIds);
    console.log('care records:', records);
    const figures: Figure[] = [];

    figures.push(
      summarize(
        'care.due_list',
        await time(RUNS, async () => {
          const result = await app.dispatch('care.dueGroups', {}, admin);
          if (!result.ok) throw new Error(`care.dueGroups: ${JSON.stringify(result.error)}`);
        }),
      ),
    );

    // This period and the last as of NOW: months for talk and contact, semesters for visit and letter.
    const spans: [string, string, string][] = [
      ['talk', '2026-11-01', '2026-10-01'],
      ['contact', '2026-11-01', '2026-10-01'],
      ['home_visit', '2026-09-01', '2026-02-01'],
      ['letter', '2026-09-01', '2026-02-01'],
    ];
    const settings = app.sqlite.prepare('select key, value from setting');
    const roll = app.sqlite.prepare(
      `select max(c.id), group_concat(c.id || ',' || coalesce(c.surrogate_staff_id, 0) || ',' ||
         ((c.created_at < '2026-11-01') | (c.created_at < '2026-11-01') << 1 | (c.created_at < '2026-09-01') << 2 | (c.created_at < '2026-09-01') << 3))
       from child c where c.archived_at is null`,
    );
    const current = app.sqlite.prepare('select group_concat(child_id) from care_record where kind = ? and voided_at is null and date >= ?');
    const previous = app.sqlite.prepare('select group_concat(child_id) from care_record where kind = ? and voided_at is null and date >= ? and date <= ?');
    const calls = app.sqlite.prepare("select group_concat(child_id) from call where outcome = 'talked' and voided_at is null and started_at >= ? and started_at < ?");
    const openFollowUps = app.sqlite.prepare("select group_concat(child_id || ',' || (due_on < '2026-11-23')) from care_follow_up where done_at is null");
    const staff = app.sqlite.prepare('select id, name from staff where archived_at is null');
    const bare = app.sqlite.transaction(() => {
      settings.all();
      roll.get();
      for (const [kind, from, before] of spans) {
        current.get(kind, from);
        previous.get(kind, before, dateOf(new Date(Date.parse(from) - DAY)));
      }
      calls.get('2026-11-01', '9999');
      calls.get('2026-10-01', '2026-11-01');
      openFollowUps.get();
      staff.all();
    });
    figures.push(summarize('care.due_list.sql', await time(RUNS, () => bare())));
    return figures;
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
