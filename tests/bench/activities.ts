// Weekend activities and interest groups on a big room: 200 activities (100 past weekend days, 50
// coming ones, 50 groups this term) and 20,000 past sign-ups across 2,000 children. Times
// kiosk.signUp through dispatch (validation, transaction, rules, audit) next to the bare SQL it
// runs. Called from tests/bench/run.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import { createApp } from '../../electron/app';
import { kioskSession } from '../../electron/session';
import { fillBigRoom } from './bigRoom';
import { summarize, timePair, type Figure } from './measure';

const CHILDREN = 2000;
const PAST = 100;
const COMING = 100;
const PAST_SIGNUPS = 20_000;
const RUNS = 1000;
const NOW = new Date('2026-11-23T08:00:00Z'); // Monday, 16:00 in the room
const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/**
 * Past weekend days run 09:00–11:00 and this term's groups 15:00–16:00 on school days, so no
 * child's history clashes with what she signs up for: every timed sign-up succeeds.
 * Returns the ids of the coming activities (whose windows are open at NOW, for every grade).
 */
function fillActivities(sqlite: SQLite.Database, childIds: number[]): number[] {
  const created = '2026-11-23T16:00:00+08:00';
  const insertActivity = sqlite.prepare(
    `insert into activity (kind, title, capacity, signup_opens_at, signup_closes_at, date, weekday, start_time, end_time,
       term_start, term_end, created_at, updated_at) values (?, ?, 20, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSignup = sqlite.prepare(
    `insert into activity_signup (activity_id, child_id, status, via, signed_up_at, closed_at, created_at, updated_at)
     values (?, ?, ?, 'kiosk', ?, ?, ?, ?)`,
  );
  const past: number[] = [];
  const coming: number[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < PAST; i++) {
      const day = dateOf(new Date(NOW.getTime() - (7 + i * 3) * DAY));
      const opens = `${dateOf(new Date(NOW.getTime() - (21 + i * 3) * DAY))}T08:00:00+08:00`;
      const row = insertActivity.run('weekend', `往期活动${i + 1}`, opens, `${day}T08:00:00+08:00`, day, null, '09:00', '11:00', null, null, created, created);
      past.push(Number(row.lastInsertRowid));
    }
    for (let i = 0; i < COMING; i++) {
      const weekend = i % 2 === 0;
      const day = weekend ? dateOf(new Date(NOW.getTime() + (5 + 7 * (i % 6)) * DAY)) : null;
      const row = insertActivity.run(
        weekend ? 'weekend' : 'group',
        `活动${i + 1}`,
        '2026-11-01T08:00:00+08:00',
        '2026-12-31T18:00:00+08:00',
        day,
        weekend ? null : 1 + (i % 5),
        weekend ? '13:00' : '15:00',
        weekend ? '15:00' : '16:00',
        weekend ? null : '2026-09-01',
        weekend ? null : '2027-01-15',
        created,
        created,
      );
      coming.push(Number(row.lastInsertRowid));
    }
    // Sign-up k goes to past activity k % 100 and a child no other sign-up of that activity has.
    for (let k = 0; k < PAST_SIGNUPS; k++) {
      const child = childIds[Math.floor(k / PAST) * 10 + (k % 10)];
      const cancelled = k % 7 === 0;
      insertSignup.run(past[k % PAST], child, cancelled ? 'cancelled' : 'enrolled', created, cancelled ? created : null, created, created);
    }
  })();
  return coming;
}

export async function benchActivities(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-bench-activities-'));
  const app = await createApp({ file: path.join(dir, 'activities.sqlite'), now: () => NOW });
  try {
    const desk = kioskSession(NOW.getTime());
    const setup = await app.dispatch('setup.complete', { schoolName: '基准学校', roomName: '留守儿童之家', adminName: '管理员', pin: '1234' }, desk);
    if (!setup.ok) throw new Error(JSON.stringify(setup.error));
    console.log(`building ${PAST + COMING} activities and ${PAST_SIGNUPS} past sign-ups for ${CHILDREN} children…`);
    const { childIds } = fillBigRoom(app.sqlite, CHILDREN, NOW);
    const coming = fillActivities(app.sqlite, childIds);
    const kiosk = kioskSession(NOW.getTime());
    const figures: Figure[] = [];

    const at = '2026-11-23T16:00:00+08:00';
    const settings = app.sqlite.prepare('select key, value from setting');
    const findChild = app.sqlite.prepare('select id, grade from child where id = ? and archived_at is null');
    const findActivity = app.sqlite.prepare('select * from activity where id = ? and archived_at is null');
    const liveOf = app.sqlite.prepare(
      `select s.id, s.activity_id, s.status, a.kind, a.date, a.weekday, a.start_time, a.end_time, a.term_start, a.term_end
       from activity_signup s join activity a on a.id = s.activity_id
       where s.child_id = ? and s.status in ('enrolled', 'waiting') and a.archived_at is null`,
    );
    const counts = app.sqlite.prepare(
      `select activity_id, status, count(*) n from activity_signup where status in ('enrolled', 'waiting') and activity_id in (?)
       group by activity_id, status`,
    );
    const insertSignup = app.sqlite.prepare(
      `insert into activity_signup (activity_id, child_id, status, via, signed_up_at, created_at, updated_at)
       values (?, ?, 'enrolled', 'kiosk', ?, ?, ?)`,
    );
    const insertAudit = app.sqlite.prepare(
      "insert into audit_log (actor_role, action, table_name, row_id, details, created_at, updated_at) values ('kiosk', 'activities.signUp', 'activity_signup', ?, ?, ?, ?)",
    );
    const mine = app.sqlite.prepare("select id, activity_id, status from activity_signup where activity_id = ? and child_id = ? and status in ('enrolled', 'waiting')");
    const activityRow = app.sqlite.prepare('select * from activity where id = ?');
    const bareSignUp = app.sqlite.transaction((childId: number, activityId: number) => {
      settings.all();
      findChild.get(childId);
      findActivity.get(activityId);
      liveOf.all(childId);
      counts.all(activityId);
      const id = insertSignup.run(activityId, childId, at, at, at).lastInsertRowid;
      insertAudit.run(id, JSON.stringify({ activityId, childId, status: 'enrolled', via: 'kiosk' }), at, at);
      activityRow.get(activityId);
      mine.get(activityId, childId);
      counts.all(activityId);
    });
    // Children 0…999 through dispatch, turn about with children 1000…1999 bare: ten of each per activity, all enrolled.
    const [signUp, signUpSql] = await timePair(
      RUNS,
      async (i) => {
        const result = await app.dispatch('kiosk.signUp', { childId: childIds[i], activityId: coming[i % COMING] }, kiosk);
        if (!result.ok) throw new Error(`kiosk.signUp: ${JSON.stringify(result.error)}`);
      },
      (i) => bareSignUp(childIds[RUNS + i], coming[i % COMING]),
    );
    figures.push(summarize('signup', signUp), summarize('signup.sql', signUpSql));
    return figures;
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
