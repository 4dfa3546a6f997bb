// What the child import's tests look at: a preview row in brief, the tables' counts, an existing child.
import { expect } from 'vitest';
import type { Input } from '../../../shared/contract';
import type { ChildImportRow } from '../../../shared/domain';
import { childInput } from '../fixtures';
import { type TestApp } from '../helpers';
import { type ChildListFile } from './childImportFiles';

/** A preview row as the tests compare it: the class fields and the problems without their values. */
export function summary(r: ChildImportRow) {
  return {
    rowNumber: r.rowNumber,
    status: r.status,
    name: r.name,
    grade: r.fields.grade ?? null,
    classNo: r.fields.classNo ?? null,
    studentNo: r.fields.studentNo ?? null,
    problems: plain(r.problems),
  };
}

export function plain(problems: ChildImportRow['problems']) {
  return problems.map(({ column, code }) => ({ column, code }));
}

export const NONE = { repeat: 0, skipped: 0 };

export async function counts(t: TestApp) {
  const n = async (table: 'child' | 'child_parent' | 'audit_log') =>
    Number(
      (
        await t.app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { child: await n('child'), parent: await n('child_parent'), audit: await n('audit_log') };
}

export async function existing(t: TestApp, overrides: Partial<Input<'children.create'>> = {}) {
  return t.ok(t.admin, 'children.create', childInput(overrides));
}

export async function childNamed(t: TestApp, name: string) {
  const found = (await t.ok(t.admin, 'children.list', {})).rows.filter((c) => c.name === name);
  expect(found).toHaveLength(1);
  return t.ok(t.admin, 'children.get', { id: found[0].id });
}

export async function failure(t: TestApp, method: 'children.importPreview' | 'children.importConfirm', file: ChildListFile) {
  const result = await t.call(t.admin, method, file);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}
