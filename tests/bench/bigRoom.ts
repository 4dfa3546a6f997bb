// A district-sized demo room for benchmarks: 2,000 children with a year of visits and calls.
// Written with bare prepared statements: going through the services would take minutes.
import type SQLite from 'better-sqlite3';
import { nameKeys } from '../../shared/names';
import { BOY_GIVEN_1, BOY_GIVEN_2, GIRL_GIVEN_1, GIRL_GIVEN_2, SURNAMES } from '../../electron/services/setup/demoData';

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+08:00`;

export interface BigRoom {
  childIds: number[];
  initials: string[];
}

/** `now` is the benchmark's "today"; history runs over the 365 days before it. */
export function fillBigRoom(sqlite: SQLite.Database, children: number, now: Date): BigRoom {
  const random = rng(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const created = stamp(now);
  const insertChild = sqlite.prepare(
    `insert into child (name, name_pinyin, name_initials, gender, birth_date, grade, class_no, situation,
       guardian_name, guardian_relation, guardian_phone, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, 'both_away', ?, 'grandmother', ?, ?, ?)`,
  );
  const insertParent = sqlite.prepare(`insert into child_parent (child_id, relation, name, phone, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`);
  const insertVisit = sqlite.prepare(
    `insert into visit (child_id, checked_in_at, checked_out_at, checkout_method, created_at, updated_at)
     values (?, ?, ?, 'kiosk', ?, ?)`,
  );
  const insertCall = sqlite.prepare(
    `insert into call (child_id, parent_id, started_at, ended_at, duration_seconds, outcome, created_at, updated_at)
     values (?, ?, ?, ?, 300, ?, ?, ?)`,
  );
  const childIds: number[] = [];
  const initials: string[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < children; i++) {
      const girl = random() < 0.5;
      const given = girl ? pick(random() < 0.8 ? GIRL_GIVEN_2 : GIRL_GIVEN_1) : pick(random() < 0.8 ? BOY_GIVEN_2 : BOY_GIVEN_1);
      const name = pick(SURNAMES)[0] + given;
      const keys = nameKeys(name);
      const grade = 1 + (i % 9);
      const id = Number(
        insertChild.run(name, keys.pinyin, keys.initials, girl ? 'female' : 'male', `${2019 - grade}-0${1 + (i % 9)}-1${i % 9}`, grade, 1 + (i % 4), '奶奶', '13800000000', created, created)
          .lastInsertRowid,
      );
      const father = Number(insertParent.run(id, 'father', '父亲', '13900000000', created, created).lastInsertRowid);
      childIds.push(id);
      initials.push(keys.initials);
      // About two visits a week and a call every ten days, over the last year.
      for (let day = 365; day >= 1; day--) {
        const date = new Date(now.getTime() - day * 86_400_000);
        if (random() < 0.28) {
          const inAt = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 8, 30));
          insertVisit.run(id, stamp(inAt), stamp(new Date(inAt.getTime() + 90 * 60_000)), created, created);
        }
        if (random() < 0.1) {
          const at = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 9, 0));
          insertCall.run(id, father, stamp(at), stamp(new Date(at.getTime() + 300_000)), random() < 0.8 ? 'talked' : 'no_answer', created, created);
        }
      }
    }
  })();
  return { childIds, initials };
}
