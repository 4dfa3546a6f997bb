// The child import: a school's roster (.xlsx or .csv) becomes new child files or updates to existing
// ones. The file is read and mapped outside any transaction (childImport/file.ts); preview() checks
// every row against the database and writes nothing; confirm() writes the rows the preview called new
// or update, in the caller's one transaction, and remembers the admin's column choices.
import type { ChildImportPreview, ChildImportProblem, ChildImportResult, ChildImportRow, ChildImportStatus } from '../../../shared/domain';
import { AppError, fieldCodeOf, type FieldIssue } from '../../../shared/errors';
import { childInput, type ChildValues } from '../../../shared/methods/children';
import type { ParsedInput } from '../../../shared/contract';
import { createAudit } from '../audit';
import { readChildFile, type ReadFile, type ChildImportRequest } from './childImport/file';
import { draftOf, fieldOfPath, isFooter, labelOf, rowContext, rowKeys } from './childImport/plan';
import { remember } from './childImport/remember';
import { parseRow, REFUSING, type RowProblem } from './childImport/row';
import { fileToInput } from './childImport/input';
import { createChildrenService } from './children';
import type { ServiceDeps } from '../deps';

interface PlannedRow {
  row: ChildImportRow;
  /** The child this row updates; null for a new child. */
  childId: number | null;
  /** What to write; null unless the row is new or an update. */
  values: ChildValues | null;
}

export function createChildImportService(deps: ServiceDeps) {
  const children = createChildrenService(deps);

  /** Existing children by student number, by name and birth date, and by name and class. */
  async function loadMatcher(): Promise<(keys: string[]) => number | 'ambiguous' | null> {
    const existing = await deps.db.selectFrom('child').select(['id', 'student_no', 'name', 'birth_date', 'grade', 'class_no']).where('archived_at', 'is', null).execute();
    const byKey = new Map<string, number[]>();
    for (const c of existing) {
      const keys = rowKeys({
        studentNo: c.student_no ?? undefined,
        name: c.name,
        birthDate: c.birth_date ?? undefined,
        grade: c.grade ?? undefined,
        classNo: c.class_no ?? undefined,
      });
      for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), c.id]);
    }
    return (keys) => {
      // The strongest key the row has decides: a student number, else name and birth, else name and class.
      const key = keys[0];
      if (key === undefined) return null;
      const ids = byKey.get(key) ?? [];
      return ids.length > 1 ? 'ambiguous' : (ids[0] ?? null);
    };
  }

  /** The children service's clock and database rules, as issues rather than a thrown error. */
  async function ruleIssues(values: ChildValues, childId: number | null): Promise<FieldIssue[]> {
    try {
      await children.check(values, childId);
      return [];
    } catch (error) {
      if (error instanceof AppError && error.code === 'invalid_input') return error.details?.issues ?? [];
      throw error;
    }
  }

  async function plan(file: ReadFile, request: ChildImportRequest): Promise<PlannedRow[]> {
    const ctx = rowContext(file.columns, deps.clock.today());
    const match = await loadMatcher();
    const include = new Set(request.include ?? []);
    const seen = new Map<string, number>();
    const planned: PlannedRow[] = [];
    for (const { rowNumber, cells } of file.grid.rows.slice(file.header.dataFrom)) {
      if (isFooter(cells, ctx)) continue;
      const parsed = parseRow(cells, ctx);
      const problems: RowProblem[] = [...parsed.problems];
      const add = (p: RowProblem) => {
        if (!problems.some((q) => q.field === p.field && q.code === p.code)) problems.push(p);
      };
      const { fields } = parsed;
      let status: ChildImportStatus | null = null;
      let repeatOf: number | null = null;
      let childId: number | null = null;
      let values: ChildValues | null = null;
      if (!fields.name) add({ field: 'name', code: 'required' });
      const keys = rowKeys(fields);
      // The strongest key decides: two rows with different student numbers are two children.
      const first = keys[0] === undefined ? undefined : seen.get(keys[0]);
      if (first !== undefined) [status, repeatOf] = ['repeat', first];
      else for (const k of keys) if (!seen.has(k)) seen.set(k, rowNumber);
      if (!status && parsed.leftBehind === false && !include.has(rowNumber)) {
        status = 'skipped';
        add({ field: 'leftBehind', code: 'not_left_behind' });
      }
      if (!status && fields.name) {
        const found = match(keys);
        if (found === 'ambiguous') add({ field: 'name', code: 'duplicate' });
        childId = typeof found === 'number' ? found : null;
        const base = childId === null ? null : fileToInput(await children.get(childId));
        const { draft, sources } = draftOf(fields, base);
        const result = childInput.safeParse(draft);
        const unreadable = new Set(problems.map((p) => p.field));
        const issues: FieldIssue[] = result.success
          ? await ruleIssues(result.data, childId)
          : result.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), code: fieldCodeOf(i.message, i.code) }));
        for (const issue of issues) {
          const field = fieldOfPath(issue.path, sources);
          // A cell already reported unreadable speaks for its field: its value never got through.
          if (!field || !unreadable.has(field)) add({ field: field ?? 'name', code: issue.code });
        }
        if (result.success && !issues.length) values = result.data;
      }
      if (!status) status = !values || problems.some((p) => REFUSING.has(p.code)) ? 'error' : childId === null ? 'new' : 'update';
      const shown: ChildImportProblem[] = problems.map((p) => ({
        column: labelOf(p.field, file.columns),
        code: p.code,
        ...(p.value ? { value: p.value } : {}),
      }));
      planned.push({
        row: { rowNumber, status, name: fields.name ?? null, fields, problems: shown, repeatOf },
        childId,
        values: status === 'new' || status === 'update' ? values : null,
      });
    }
    return planned;
  }

  async function preview(file: ReadFile, request: ChildImportRequest): Promise<ChildImportPreview> {
    const rows = (await plan(file, request)).map((p) => p.row);
    const counts: Record<ChildImportStatus, number> = { new: 0, update: 0, repeat: 0, skipped: 0, error: 0 };
    for (const r of rows) counts[r.status] += 1;
    return { sheetName: file.grid.name, headerRows: file.header.rows, columns: file.columns, rows, counts };
  }

  async function confirm(file: ReadFile, request: ChildImportRequest): Promise<ChildImportResult> {
    const result = { created: 0, updated: 0, skipped: 0 };
    // Every row was checked against the database as it was before the import, and repeats are never
    // written, so a write that still fails is a fault: it rolls the whole import back.
    for (const p of await plan(file, request)) {
      if (!p.values) result.skipped += 1;
      else if (p.childId === null) {
        await children.create(p.values);
        result.created += 1;
      } else {
        await children.update({ ...p.values, id: p.childId });
        result.updated += 1;
      }
    }
    const chosen = new Set((request.mapping ?? []).map((m) => m.index));
    await remember(
      deps.db,
      deps.clock.stamp(),
      file.remembered,
      file.columns.filter((c) => chosen.has(c.index)),
    );
    await deps.audit.record('children.import', 'child', null, { fileName: request.fileName, ...result });
    return result;
  }

  return { preview, confirm };
}

/** children.importPreview: reads the file, then checks its rows. */
export async function previewChildImport(deps: ServiceDeps, input: ParsedInput<'children.importPreview'>): Promise<ChildImportPreview> {
  return createChildImportService(deps).preview(await readChildFile(deps.db, input), input);
}

/**
 * children.importConfirm runs outside dispatch's transaction: the file is read first, then every row is
 * written in one transaction of its own.
 */
export async function confirmChildImport(deps: ServiceDeps, input: ParsedInput<'children.importConfirm'>): Promise<ChildImportResult> {
  const file = await readChildFile(deps.db, input);
  return deps.db.transaction().execute((trx) => {
    const inner = { db: trx, clock: deps.clock, actor: deps.actor, audit: createAudit(trx, deps.clock, deps.actor) };
    return createChildImportService(inner).confirm(file, input);
  });
}
