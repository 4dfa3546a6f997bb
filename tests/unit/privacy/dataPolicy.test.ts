// The data policy's promises, checked from the policy itself (electron/db/dataPolicy.ts): a column
// added to it is checked here without a new line of test.
import fs from 'node:fs';
import path from 'node:path';
import { sql, type RawBuilder } from 'kysely';
import { describe, expect, it } from 'vitest';
import { CHILD_ROW_TABLES, columnsOf, dataPolicy, policyOf, type PolicyTable } from '../../../electron/db/dataPolicy';
import type { ColumnPolicy } from '../../../electron/db/policyKinds';
import { herRows } from '../../../electron/db/herRows';
import { COLUMNS, sourceOf, type Section } from '../../../electron/services/privacy/childData';
import { erasedName } from '../../../shared/domain';
import type { TestApp } from '../helpers';
import { readXlsx } from '../exports/room';
import { her, privacyRoom } from './room';

interface Stored {
  table: PolicyTable;
  column: string;
  id: number;
  value: unknown;
  policy: ColumnPolicy;
}

/** Every value stored about one child, each with its column's policy. */
async function storedAbout(t: TestApp, childId: number): Promise<Stored[]> {
  const out: Stored[] = [];
  const read = async (table: PolicyTable, where: RawBuilder<boolean>) => {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where ${where}`.execute(t.app.db);
    for (const row of rows.rows) {
      for (const column of columnsOf(table)) out.push({ table, column, id: Number(row.id), value: row[column], policy: policyOf(table, column) });
    }
  };
  await read('child', sql<boolean>`id = ${childId}`);
  for (const table of CHILD_ROW_TABLES) await read(table, herRows(table, childId));
  return out;
}

/** A value a person typed and that names or reaches someone: two Chinese characters, or a phone's digits. */
const telling = (v: unknown): v is string => typeof v === 'string' && (/\p{Script=Han}.*\p{Script=Han}/u.test(v) || /\d{7}/.test(v));

/** Values from columns `refused` keeps out, less any that an allowed column also holds (a guardian who is also a collector). */
function needles(stored: Stored[], refused: (p: ColumnPolicy) => boolean): Map<string, string> {
  const allowed = new Set(stored.filter((s) => !refused(s.policy)).map((s) => s.value));
  return new Map(stored.filter((s) => refused(s.policy) && telling(s.value) && !allowed.has(s.value)).map((s) => [s.value as string, `${s.table}.${s.column}`]));
}

function leaks(texts: string, found: Map<string, string>): string[] {
  return [...found].filter(([value]) => texts.includes(value)).map(([value, where]) => `${where}: ${value}`);
}

describe('the data policy', () => {
  it('erasure leaves each column of her rows as the policy says', async () => {
    const { t, herId } = await privacyRoom();
    t.at('2028-11-24T08:00:00+08:00');
    const before = await storedAbout(t, herId);
    await t.ok(t.admin, 'privacy.erase', { childId: herId, confirmName: her.name });
    const after = new Map((await storedAbout(t, herId)).map((s) => [`${s.table}.${s.id}.${s.column}`, s.value]));
    const expected = (s: Stored): unknown => {
      switch (s.policy.erasure) {
        case 'keep':
          return s.value;
        case 'null':
          return null;
        case 'empty':
          return '';
        case 'placeholder':
          return erasedName(herId);
        case 'birthYear':
          return typeof s.value === 'string' ? `${s.value.slice(0, 4)}-01-01` : null;
      }
    };
    // Erasure stamps these two.
    const checked = before.filter((s) => s.column !== 'updated_at' && s.column !== 'erased_at');
    // Her rows in all but two tables (no booking open, no file opened): the check covers what she has.
    expect(new Set(checked.map((s) => s.table)).size).toBe(CHILD_ROW_TABLES.length - 1);
    for (const s of checked) expect.soft(after.get(`${s.table}.${s.id}.${s.column}`), `${s.table}.${s.column}`).toEqual(expected(s));
  });

  it('her data export has a column for every column the policy hands over', () => {
    const sectionOf: Partial<Record<PolicyTable, Section>> = {
      child: 'file',
      child_parent: 'parents',
      child_collector: 'collectors',
      visit: 'visits',
      call: 'calls',
      call_booking: 'bookings',
      loan: 'loans',
      review: 'reviews',
      activity_signup: 'signups',
      activity_attendance: 'attendance',
      lecture_attendance: 'lectures',
      care_record: 'care',
      care_follow_up: 'followUps',
      incident: 'incidents',
      incident_notice: 'notices',
      helper_child: 'helpers',
      helper_visit_child: 'helperVisits',
      aid_child: 'aid',
      access_log: 'access',
    };
    for (const table of Object.keys(dataPolicy) as PolicyTable[]) {
      const section = sectionOf[table];
      const handed = columnsOf(table).filter((c) => policyOf(table, c).dataExport);
      if (!section) {
        expect(handed, `${table} has no section in the data export`).toEqual([]);
        continue;
      }
      const shown = COLUMNS[section].map((key) => sourceOf(section, key));
      for (const column of handed) expect.soft(shown, `${table}.${column}`).toContain(column);
      // And nothing it keeps back.
      for (const column of columnsOf(table).filter((c) => !policyOf(table, c).dataExport)) expect.soft(shown, `${table}.${column}`).not.toContain(column);
    }
  });

  it('a bundle carries no value the policy keeps in, and contacts only when the admin asks', async () => {
    const { t, herId } = await privacyRoom();
    t.at('2026-11-30T09:00:00+08:00');
    const stored = await storedAbout(t, herId);
    for (const includeContacts of [false, true]) {
      const folder = path.join(t.dir, `usb-${includeContacts}`);
      fs.mkdirSync(folder);
      const run = await t.ok(t.admin, 'exports.week', { week: '2026-W48', folder, includeContacts });
      const texts: string[] = [];
      for (const name of fs.readdirSync(run.folder, { recursive: true, encoding: 'utf8' })) {
        const file = path.join(run.folder, name);
        if (name.endsWith('.xlsx')) texts.push(JSON.stringify(await readXlsx(file)));
        else if (fs.statSync(file).isFile() && !name.endsWith('.pdf')) texts.push(fs.readFileSync(file, 'utf8'));
      }
      const refused = needles(stored, (p) => p.bundle === 'never' || (p.bundle === 'contacts' && !includeContacts));
      expect(refused.size).toBeGreaterThan(includeContacts ? 5 : 10);
      expect(leaks(texts.join('\n'), refused), `includeContacts ${includeContacts}`).toEqual([]);
      // The check can fail: with contacts, what the policy lets through is there.
      if (includeContacts) expect(texts.join('\n')).toContain(her.callNote);
    }
  });

  it('the register carries no value the policy keeps from it, and contacts only when the admin asks', async () => {
    const { t, otherId } = await privacyRoom();
    const stored = await storedAbout(t, otherId);
    for (const includeContacts of [false, true]) {
      const folder = path.join(t.dir, `register-${includeContacts}`);
      fs.mkdirSync(folder);
      const result = await t.ok(t.admin, 'exports.ledger', { folder, includeContacts });
      const texts = JSON.stringify(await readXlsx(result.file)) + fs.readFileSync(result.file.replace(/\.xlsx$/, '.csv'), 'utf8');
      const refused = needles(stored, (p) => p.register === 'never' || (p.register === 'contacts' && !includeContacts));
      expect(refused.size).toBeGreaterThan(includeContacts ? 1 : 2);
      expect(leaks(texts, refused), `includeContacts ${includeContacts}`).toEqual([]);
      expect(texts.includes('13912345678'), 'her guardian phone').toBe(includeContacts);
    }
  });

  it('the kiosk shows nothing the policy keeps from it', async () => {
    const { t, herId } = await privacyRoom();
    await t.ok(t.admin, 'children.restore', { id: herId });
    const file = await t.ok(t.admin, 'children.get', { id: herId });
    const stored = await storedAbout(t, herId);
    const answers: unknown[] = [
      await t.ok(t.kiosk, 'kiosk.search', { query: her.name.slice(0, 2) }),
      await t.ok(t.kiosk, 'kiosk.search', { query: her.pinyin }),
      await t.ok(t.kiosk, 'kiosk.classes', {}),
      await t.ok(t.kiosk, 'kiosk.classChildren', { grade: file.grade, classNo: file.classNo }),
      await t.ok(t.kiosk, 'kiosk.status', { childId: herId }),
      await t.ok(t.kiosk, 'kiosk.checkIn', { childId: herId }),
      await t.ok(t.kiosk, 'kiosk.bookCall', { childId: herId, parentId: file.parents[0].id }),
      await t.ok(t.kiosk, 'kiosk.status', { childId: herId }),
      await t.ok(t.kiosk, 'kiosk.cancelBooking', { childId: herId }),
      await t.ok(t.kiosk, 'kiosk.loans', { childId: herId }),
      await t.ok(t.kiosk, 'kiosk.reviewableBooks', { childId: herId }),
      await t.ok(t.kiosk, 'kiosk.activities', { childId: herId }),
      await t.ok(t.kiosk, 'kiosk.checkOut', { childId: herId, leaveMode: 'home_alone' }),
    ];
    const refused = needles(stored, (p) => !p.kiosk);
    expect(refused.size).toBeGreaterThan(10);
    const shown = JSON.stringify(answers);
    expect(shown).toContain(her.uncle); // her collectors' names, which the policy lets the kiosk show
    expect(leaks(shown, refused)).toEqual([]);
  });
});
