// What must hold in the file after any power cut: SQLite's own checks, every acknowledged write, and
// no half-done command (each row with its audit row, copies and loans agreeing, waiting lists in order).
import SQLite from 'better-sqlite3';

/** One write the worker saw dispatch acknowledge. */
export interface Ack {
  op: string;
  input: Record<string, unknown>;
  /** The last audit row the command wrote. */
  audit: number;
}

interface AuditRow {
  id: number;
  action: string;
  table_name: string;
  row_id: number | null;
}

type Db = SQLite.Database;

/** Audit actions per row, 'table:id' → actions. */
function auditIndex(db: Db): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const a of db.prepare('SELECT action, table_name, row_id FROM audit_log').all() as AuditRow[]) {
    const key = `${a.table_name}:${a.row_id}`;
    index.set(key, [...(index.get(key) ?? []), a.action]);
  }
  return index;
}

function auditRow(db: Db, id: number): AuditRow | undefined {
  return db.prepare('SELECT id, action, table_name, row_id FROM audit_log WHERE id = ?').get(id) as AuditRow | undefined;
}

function row<T>(db: Db, sql: string, ...params: unknown[]): T | undefined {
  return db.prepare(sql).get(...params) as T | undefined;
}

/** Is the acknowledged write in the file? */
function present(db: Db, ack: Ack): boolean {
  const audit = auditRow(db, ack.audit);
  if (!audit) return false;
  const { childId, activityId, barcode } = ack.input;
  const signup = (id: number | null, status?: string) =>
    row<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM activity_signup WHERE id = ? AND child_id = ? AND activity_id = ?${status ? ' AND status = ?' : ''}`,
      id,
      childId,
      activityId,
      ...(status ? [status] : []),
    )?.n === 1;
  const loan = (id: number | null, returned: boolean) =>
    row<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM loan l JOIN book_copy c ON c.id = l.copy_id WHERE l.id = ? AND c.barcode = ? AND ${returned ? 'l.returned_at IS NOT NULL' : 'l.child_id = ?'}`,
      id,
      barcode,
      ...(returned ? [] : [childId]),
    )?.n === 1;
  switch (ack.op) {
    case 'kiosk.checkIn':
      return audit.action === 'kiosk.checkIn' && row<{ n: number }>(db, 'SELECT count(*) AS n FROM visit WHERE id = ? AND child_id = ?', audit.row_id, childId)?.n === 1;
    case 'kiosk.checkOut':
      return (
        audit.action === 'kiosk.checkOut' && row<{ n: number }>(db, 'SELECT count(*) AS n FROM visit WHERE id = ? AND child_id = ? AND checked_out_at IS NOT NULL', audit.row_id, childId)?.n === 1
      );
    case 'loans.lend':
      return audit.action === 'loans.lend' && loan(audit.row_id, false);
    case 'loans.return':
      return audit.action === 'loans.return' && loan(audit.row_id, true);
    case 'kiosk.signUp':
      return audit.action === 'activities.signUp' && signup(audit.row_id);
    case 'kiosk.cancelSignUp': {
      // A cancelled place may have moved the first on the waiting list up: then promote is the last row.
      const cancel = audit.action === 'activities.promote' ? auditRow(db, ack.audit - 1) : audit;
      return cancel?.action === 'activities.cancel' && signup(cancel.row_id, 'cancelled');
    }
    default:
      throw new Error(`unknown op ${ack.op}`);
  }
}

function visitProblems(db: Db, audits: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const outs = ['kiosk.checkOut', 'checkins.checkOut', 'checkins.checkOutAll', 'checkins.autoCheckOut'];
  for (const v of db.prepare('SELECT id, checked_out_at FROM visit').all() as { id: number; checked_out_at: string | null }[]) {
    const actions = audits.get(`visit:${v.id}`) ?? [];
    if (!actions.includes('kiosk.checkIn')) problems.push(`visit ${v.id} has no check-in audit row`);
    if ((v.checked_out_at !== null) !== actions.some((a) => outs.includes(a))) problems.push(`visit ${v.id}: check-out and its audit row disagree`);
  }
  for (const c of db.prepare('SELECT child_id, count(*) AS n FROM visit WHERE checked_out_at IS NULL AND voided_at IS NULL GROUP BY child_id HAVING n > 1').all() as { child_id: number }[]) {
    problems.push(`child ${c.child_id} has two open visits`);
  }
  return problems;
}

function loanProblems(db: Db, audits: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const l of db.prepare('SELECT id, returned_at FROM loan').all() as { id: number; returned_at: string | null }[]) {
    const actions = audits.get(`loan:${l.id}`) ?? [];
    if (!actions.includes('loans.lend')) problems.push(`loan ${l.id} has no lend audit row`);
    if ((l.returned_at !== null) !== actions.includes('loans.return')) problems.push(`loan ${l.id}: return and its audit row disagree`);
  }
  const copies = db.prepare('SELECT c.id, c.status, (SELECT count(*) FROM loan l WHERE l.copy_id = c.id AND l.returned_at IS NULL) AS open FROM book_copy c').all() as {
    id: number;
    status: string;
    open: number;
  }[];
  for (const c of copies) {
    if (c.open > 1) problems.push(`copy ${c.id} is lent twice`);
    if ((c.status === 'on_loan') !== (c.open === 1)) problems.push(`copy ${c.id} is ${c.status} with ${c.open} open loans`);
  }
  const limit = JSON.parse(row<{ value: string }>(db, "SELECT value FROM setting WHERE key = 'maxLoansPerChild'")?.value ?? '2') as number;
  for (const c of db.prepare('SELECT child_id, count(*) AS n FROM loan WHERE returned_at IS NULL GROUP BY child_id HAVING n > ?').all(limit) as {
    child_id: number;
  }[]) {
    problems.push(`child ${c.child_id} holds more than ${limit} books`);
  }
  return problems;
}

function signupProblems(db: Db, audits: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const s of db.prepare('SELECT id, status, promoted_at FROM activity_signup').all() as { id: number; status: string; promoted_at: string | null }[]) {
    const actions = audits.get(`activity_signup:${s.id}`) ?? [];
    if (!actions.includes('activities.signUp')) problems.push(`sign-up ${s.id} has no audit row`);
    if ((s.status === 'cancelled') !== actions.includes('activities.cancel')) problems.push(`sign-up ${s.id}: cancellation and its audit row disagree`);
    if ((s.promoted_at !== null) !== actions.includes('activities.promote')) problems.push(`sign-up ${s.id}: promotion and its audit row disagree`);
  }
  const activities = db
    .prepare("SELECT a.id, a.capacity, sum(s.status = 'enrolled') AS enrolled, sum(s.status = 'waiting') AS waiting FROM activity a LEFT JOIN activity_signup s ON s.activity_id = a.id GROUP BY a.id")
    .all() as { id: number; capacity: number; enrolled: number | null; waiting: number | null }[];
  for (const a of activities) {
    const enrolled = a.enrolled ?? 0;
    if (enrolled > a.capacity) problems.push(`activity ${a.id} has ${enrolled} enrolled for ${a.capacity} places`);
    if ((a.waiting ?? 0) > 0 && enrolled < a.capacity) problems.push(`activity ${a.id} has a free place and a waiting list`);
  }
  const doubles = db.prepare("SELECT child_id, activity_id FROM activity_signup WHERE status IN ('enrolled', 'waiting') GROUP BY child_id, activity_id HAVING count(*) > 1").all();
  if (doubles.length) problems.push(`children signed up twice: ${JSON.stringify(doubles)}`);
  return problems;
}

export interface Verdict {
  integrity: string;
  lost: Ack[];
  problems: string[];
}

/** Opens the file as the next start-up would (SQLite replays or drops the WAL) and checks everything. */
export function verify(file: string, acks: Ack[]): Verdict {
  const db = new SQLite(file);
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    const audits = auditIndex(db);
    const dangling = (db.prepare("SELECT id, table_name, row_id FROM audit_log WHERE table_name IN ('visit', 'loan', 'activity_signup')").all() as AuditRow[]).filter(
      (a) => !row(db, `SELECT 1 FROM "${a.table_name}" WHERE id = ?`, a.row_id),
    );
    const problems = [
      ...foreignKeys.map((f) => `foreign key: ${JSON.stringify(f)}`),
      ...dangling.map((a) => `audit row ${a.id} points at a missing ${a.table_name} ${a.row_id}`),
      ...visitProblems(db, audits),
      ...loanProblems(db, audits),
      ...signupProblems(db, audits),
    ];
    return { integrity, lost: acks.filter((ack) => !present(db, ack)), problems };
  } finally {
    db.close();
  }
}
