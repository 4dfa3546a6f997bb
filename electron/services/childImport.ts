// Roster import: the school's Excel roster (.xlsx or .csv) becomes new child files or updates to
// existing ones. preview() reads and checks every row and writes nothing; confirm() reads the same
// file the same way and writes the rows without problems, in the caller's one transaction.
import type { ImportPreview, ImportPreviewRow, ImportResult, ImportRowProblem } from '../../shared/domain';
import { AppError, fieldCodeOf, type FieldCode, type FieldIssue } from '../../shared/errors';
import { childInput, type ChildValues } from '../../shared/methods/children';
import type { Column } from './childImport/columns';
import { readRoster, type Roster, type RosterRow } from './childImport/read';
import { columnLabel, fileToInput, issueColumn, mergeRow, parseRow, type SheetRow } from './childImport/row';
import { createChildrenService } from './children';
import type { ServiceDeps } from './deps';

export interface ImportFile {
  fileName: string;
  dataBase64: string;
}

interface PlannedRow {
  preview: ImportPreviewRow;
  /** The child this row updates; null for a new child. */
  childId: number | null;
  /** What to write; null when the row has problems. */
  values: ChildValues | null;
}

type Match = { childId: number } | { ambiguous: true } | null;

export function createChildImportService(deps: ServiceDeps) {
  const children = createChildrenService(deps);

  /** Finds the existing child a row is about: by student number, else by name and birth date. */
  async function loadMatcher(): Promise<(row: SheetRow) => Match> {
    const existing = await deps.db
      .selectFrom('child')
      .select(['id', 'student_no', 'name', 'birth_date'])
      .where('archived_at', 'is', null)
      .execute();
    const byStudentNo = new Map<string, number>();
    const byNameBirth = new Map<string, number[]>();
    for (const c of existing) {
      if (c.student_no) byStudentNo.set(c.student_no, c.id);
      const key = nameBirthKey(c.name, c.birth_date);
      byNameBirth.set(key, [...(byNameBirth.get(key) ?? []), c.id]);
    }
    return ({ values }) => {
      if (values.studentNo) {
        const id = byStudentNo.get(values.studentNo);
        return id === undefined ? null : { childId: id };
      }
      if (!values.name || !values.birthDate) return null;
      const ids = byNameBirth.get(nameBirthKey(values.name, values.birthDate)) ?? [];
      if (ids.length > 1) return { ambiguous: true };
      return ids.length === 1 ? { childId: ids[0] } : null;
    };
  }

  /** Two rows about the same child: the later one is refused, so the file cannot write a child twice. */
  function duplicateClaims() {
    const seenChildren = new Set<number>();
    const studentNos = new Set<string>();
    const newNameBirths = new Set<string>();
    return (row: SheetRow, childId: number | null): Column | null => {
      const { studentNo, name, birthDate } = row.values;
      let column: Column | null = null;
      if (childId !== null) {
        if (seenChildren.has(childId)) column = studentNo ? 'studentNo' : 'name';
        seenChildren.add(childId);
      }
      if (studentNo) {
        if (studentNos.has(studentNo)) column = 'studentNo';
        studentNos.add(studentNo);
      } else if (childId === null && name && birthDate) {
        const key = nameBirthKey(name, birthDate);
        if (newNameBirths.has(key)) column = 'name';
        newNameBirths.add(key);
      }
      return column;
    };
  }

  async function planRow(
    roster: Roster,
    row: RosterRow,
    match: (row: SheetRow) => Match,
    claim: (row: SheetRow, childId: number | null) => Column | null,
  ): Promise<PlannedRow> {
    const sheet = parseRow(row.cells, new Set(roster.headers.keys()));
    const problems = new Problems(roster.headers, sheet.problems);

    const found = match(sheet);
    if (found && 'ambiguous' in found) problems.add('name', 'duplicate');
    const childId = found && 'childId' in found ? found.childId : null;
    const duplicate = claim(sheet, childId);
    if (duplicate) problems.add(duplicate, 'duplicate');

    const base = childId === null ? null : fileToInput(await children.get(childId));
    const { draft, sources } = mergeRow(sheet, base);
    const parsed = childInput.safeParse(draft);
    let values: ChildValues | null = null;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.addIssue(issueColumn(issue.path, sources), fieldCodeOf(issue.message, issue.code));
      }
    } else {
      values = parsed.data;
      for (const issue of await ruleIssues(values, childId)) problems.addIssue(issueColumn(issue.path, sources), issue.code);
    }

    const list = problems.list();
    const status = list.length ? 'error' : childId === null ? 'new' : 'update';
    return {
      preview: {
        rowNumber: row.rowNumber,
        status,
        name: typeof draft.name === 'string' ? draft.name : '',
        grade: typeof draft.grade === 'number' ? draft.grade : null,
        classNo: typeof draft.classNo === 'number' ? draft.classNo : null,
        studentNo: typeof draft.studentNo === 'string' ? draft.studentNo : null,
        problems: list,
      },
      childId,
      values: status === 'error' ? null : values,
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

  async function plan(file: ImportFile): Promise<PlannedRow[]> {
    const roster = await readRoster(file.fileName, Buffer.from(file.dataBase64, 'base64'));
    const match = await loadMatcher();
    const claim = duplicateClaims();
    const planned: PlannedRow[] = [];
    for (const row of roster.rows) planned.push(await planRow(roster, row, match, claim));
    return planned;
  }

  async function preview(file: ImportFile): Promise<ImportPreview> {
    const rows = (await plan(file)).map((r) => r.preview);
    const counts = { new: 0, update: 0, error: 0 };
    for (const r of rows) counts[r.status] += 1;
    return { rows, counts };
  }

  async function confirm(file: ImportFile): Promise<ImportResult> {
    const result = { created: 0, updated: 0, skipped: 0 };
    // Every row was checked against the database as it was before the import, and the duplicate
    // rules keep rows from colliding with each other, so a write that still fails is a fault: it
    // rolls the whole import back rather than leaving it half-done.
    for (const row of await plan(file)) {
      if (!row.values) result.skipped += 1;
      else if (row.childId === null) {
        await children.create(row.values);
        result.created += 1;
      } else {
        await children.update(row.childId, row.values);
        result.updated += 1;
      }
    }
    await deps.audit.record('children.import', 'child', null, { fileName: file.fileName, ...result });
    return result;
  }

  return { preview, confirm };
}

function nameBirthKey(name: string, birthDate: string): string {
  return `${name}\u0000${birthDate}`;
}

/** A row's problems, one per column and code; a cell that could not be read speaks for its column. */
class Problems {
  private readonly items: { column: Column | string; code: string }[] = [];

  constructor(
    private readonly headers: ReadonlyMap<Column, string>,
    private readonly unreadable: ReadonlyMap<Column, FieldCode>,
  ) {
    for (const [column, code] of unreadable) this.add(column, code);
  }

  add(column: Column | string, code: string): void {
    if (!this.items.some((p) => p.column === column && p.code === code)) this.items.push({ column, code });
  }

  /** A validation issue; skipped on a column already reported unreadable (its value never got through). */
  addIssue(column: Column | string, code: string): void {
    if (!this.unreadable.has(column as Column)) this.add(column, code);
  }

  list(): ImportRowProblem[] {
    return this.items.map((p) => ({ column: columnLabel(p.column, this.headers), code: p.code }));
  }
}
