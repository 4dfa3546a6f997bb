// What the import decides about a row beyond reading its cells: whether it is a footer, which keys
// make two rows the same child, the child file it becomes, and the column a problem belongs to.
import type { ChildImportColumn, ChildImportField, ChildImportFields } from '../../../../shared/domain';
import type { ChildInput } from '../../../../shared/methods/children';
import { canonicalHeader, type ParentSide } from './columns';
import type { RowContext } from './row';

export function rowContext(columns: readonly ChildImportColumn[], today: string): RowContext {
  const mapped = columns.filter((c): c is ChildImportColumn & { field: ChildImportField } => c.field !== null);
  const [year = NaN, month = NaN] = today.split('-').map(Number);
  return {
    columns: new Map(mapped.map((c) => [c.field, c.index])),
    headers: new Map(mapped.map((c) => [c.field, c.header])),
    // The school year starts on 1 September.
    schoolYear: month >= 9 ? year : year - 1,
  };
}

/** Totals, signatures and notes under the list: 合计：6人, 填表人：周老师, 审核：王校长（签字）. */
const FOOTER = /^(合计|总计|小计|共计|总人数|制表|填表|审核|审批|校长|负责人|签字|签名|盖章|联系人|日期)/;

/** A row that is not a child: a footer, a repeated header, or a numbered template row nobody filled in. */
export function isFooter(cells: readonly string[], ctx: RowContext): boolean {
  const at = (field: ChildImportField) => {
    const index = ctx.columns.get(field);
    return index === undefined ? '' : (cells[index - 1] ?? '').trim();
  };
  const name = at('name');
  if (name && (FOOTER.test(name) || name === ctx.headers.get('name'))) return true;
  if (name) return false;
  const mapped = [...ctx.columns.entries()].filter(([field]) => at(field));
  return cells.some((c) => FOOTER.test(c.trim())) || mapped.length === 0;
}

/** The keys that make two rows (or a row and a file) the same child, strongest first. */
export function rowKeys(f: Pick<ChildImportFields, 'studentNo' | 'name' | 'birthDate' | 'grade' | 'classNo'>): string[] {
  const keys: string[] = [];
  if (f.studentNo) keys.push(`no\u0000${f.studentNo}`);
  if (f.name && f.birthDate) keys.push(`birth\u0000${f.name}\u0000${f.birthDate}`);
  if (f.name && !f.birthDate && f.grade && f.classNo) keys.push(`class\u0000${f.name}\u0000${f.grade}\u0000${f.classNo}`);
  return keys;
}

type DraftParent = NonNullable<ChildInput['parents']>[number];

/** The row over the existing file (or over nothing, for a new child); `sources` says which parents it gave. */
export function draftOf(fields: ChildImportFields, base: ChildInput | null): { draft: Partial<ChildInput>; sources: (ParentSide | null)[] } {
  const { parents: given, ...rest } = fields;
  const parents: DraftParent[] = (base?.parents ?? []).map((p) => ({ ...p }));
  const sources: (ParentSide | null)[] = parents.map(() => null);
  for (const g of given ?? []) {
    const side = g.relation === 'mother' ? 'mother' : 'father';
    const known = Object.fromEntries(Object.entries(g).filter(([, v]) => v !== null));
    // The file's father/mother is updated in place (same id), so call history stays attached to them.
    const i = parents.findIndex((p) => p.relation === g.relation);
    const existing = parents[i];
    if (existing) {
      parents[i] = { ...existing, ...known };
      sources[i] = side;
    } else {
      parents.push({ ...g });
      sources.push(side);
    }
  }
  return { draft: { ...base, ...rest, parents }, sources };
}

const PARENT_SUFFIX: Record<string, string> = { name: 'Name', phone: 'Phone', workCity: 'City', employer: 'Employer', bestCallTime: 'CallTime' };

/** The field an issue path points at; null for a path the file cannot fix (a kept parent, consent). */
export function fieldOfPath(path: readonly (string | number)[], sources: readonly (ParentSide | null)[]): ChildImportField | null {
  const [head, index, key] = path;
  if (head === 'parents') {
    const side = typeof index === 'number' ? sources[index] : null;
    if (!side) return null;
    return `${side}${PARENT_SUFFIX[String(key)] ?? 'Name'}` as ChildImportField;
  }
  return typeof head === 'string' && head in { name: 1 } ? 'name' : (head as ChildImportField);
}

export function labelOf(field: ChildImportField, columns: readonly ChildImportColumn[]): string {
  return columns.find((c) => c.field === field)?.header ?? canonicalHeader(field);
}
