// Staff accounts and PIN sign-in, with a lock-out after repeated wrong PINs.
import dayjs from 'dayjs';
import { pinyin } from 'pinyin-pro';
import type { StaffMember, StaffName, StaffRole, UnlockResult } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { StaffRow } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { hashPin, verifyPin } from './pin';

/** Staff in pinyin order of their names, as a Chinese reader looks for them (陈 before 王 before 张), not by code point. */
export function byPinyin<T extends { name: string }>(rows: T[]): T[] {
  const key = (name: string) => pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true }).join(' ').toLowerCase();
  const keyed = rows.map((row) => ({ row, key: key(row.name) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.name < b.row.name ? -1 : a.row.name > b.row.name ? 1 : 0));
  return keyed.map(({ row }) => row);
}

export const MAX_PIN_FAILURES = 5;
export const LOCKOUT_MINUTES = 5;

function toMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    counsellor: row.counsellor === 1,
    archived: row.archived_at !== null,
    lockedUntil: row.locked_until,
  };
}

/**
 * Whether a lock-out holds at `now`. One whose end is further away than one lock period was set under
 * a clock that ran ahead (and was then corrected): it is over, or the account would stay locked for a year.
 */
export function lockedAt(lockedUntil: string, now: Date): boolean {
  const left = dayjs(lockedUntil).diff(now);
  return left > 0 && left <= LOCKOUT_MINUTES * 60_000;
}

export function createStaffService({ db, clock, audit, actor }: ServiceDeps) {
  async function find(id: number): Promise<StaffRow> {
    const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'staff' });
    return row;
  }

  async function create(input: { name: string; role: StaffRole; pin: string; counsellor?: boolean }): Promise<StaffMember> {
    const at = clock.stamp();
    const counsellor = input.counsellor ? 1 : 0;
    const row = await db
      .insertInto('staff')
      .values({ name: input.name, role: input.role, pin_hash: hashPin(input.pin), counsellor, created_at: at, updated_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit.record('staff.create', 'staff', row.id, { name: row.name, role: row.role, counsellor: row.counsellor === 1 });
    return toMember(row);
  }

  async function update(input: { id: number; name: string; role: StaffRole; counsellor?: boolean }): Promise<StaffMember> {
    const before = await find(input.id);
    if (before.role === 'admin' && input.role !== 'admin') await ensureAnotherAdmin(input.id);
    const counsellor = input.counsellor === undefined ? before.counsellor : input.counsellor ? 1 : 0;
    const row = await db.updateTable('staff').set({ name: input.name, role: input.role, counsellor, updated_at: clock.stamp() }).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow();
    await audit.record('staff.update', 'staff', row.id, { name: row.name, role: row.role, counsellor: row.counsellor === 1 });
    return toMember(row);
  }

  /** The room must never be left without an admin who can unlock settings. */
  async function ensureAnotherAdmin(exceptId: number): Promise<void> {
    const other = await db.selectFrom('staff').select('id').where('role', '=', 'admin').where('archived_at', 'is', null).where('id', '!=', exceptId).executeTakeFirst();
    if (!other) throw new AppError('conflict', { entity: 'last_admin' });
  }

  async function resetPin(input: { id: number; pin: string }): Promise<StaffMember> {
    await find(input.id);
    const row = await db
      .updateTable('staff')
      .set({ pin_hash: hashPin(input.pin), failed_pin_count: 0, locked_until: null, updated_at: clock.stamp() })
      .where('id', '=', input.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit.record('staff.resetPin', 'staff', row.id);
    return toMember(row);
  }

  /** Not oneself: an admin who archived her own account would be signed in as nobody. */
  async function archive({ id }: { id: number }): Promise<StaffMember> {
    if (id === actor.staffId) throw new AppError('conflict', { entity: 'archive_self' });
    const before = await find(id);
    if (before.role === 'admin') await ensureAnotherAdmin(id);
    const at = clock.stamp();
    const row = await db
      .updateTable('staff')
      .set({ archived_at: before.archived_at ?? at, updated_at: at })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit.record('staff.archive', 'staff', id);
    return toMember(row);
  }

  async function list({ includeArchived }: { includeArchived: boolean }): Promise<StaffMember[]> {
    let q = db.selectFrom('staff').selectAll();
    if (!includeArchived) q = q.where('archived_at', 'is', null);
    return byPinyin((await q.execute()).map(toMember));
  }

  async function names(): Promise<StaffName[]> {
    return byPinyin(await db.selectFrom('staff').select(['id', 'name']).where('archived_at', 'is', null).execute());
  }

  /** Checks a PIN. Failures are written (and audited) even though the unlock fails. */
  async function checkPin(staffId: number, pin: string): Promise<{ result: UnlockResult; staff: StaffRow | null }> {
    const row = await db.selectFrom('staff').selectAll().where('id', '=', staffId).where('archived_at', 'is', null).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'staff' });
    const now = clock.now();
    if (row.locked_until && lockedAt(row.locked_until, now)) {
      return { result: { status: 'locked', until: row.locked_until }, staff: null };
    }
    const at = clock.stamp();
    if (verifyPin(pin, row.pin_hash)) {
      await db.updateTable('staff').set({ failed_pin_count: 0, locked_until: null, updated_at: at }).where('id', '=', row.id).execute();
      await audit.record('auth.unlock', 'staff', row.id);
      return { result: { status: 'unlocked', session: { role: row.role, staffId: row.id, staffName: row.name } }, staff: row };
    }
    const failures = (row.locked_until ? 0 : row.failed_pin_count) + 1;
    const lockedUntil = failures >= MAX_PIN_FAILURES ? clock.stampOf(dayjs(now).add(LOCKOUT_MINUTES, 'minute').toDate()) : null;
    await db
      .updateTable('staff')
      .set({ failed_pin_count: lockedUntil ? 0 : failures, locked_until: lockedUntil, updated_at: at })
      .where('id', '=', row.id)
      .execute();
    await audit.record('auth.wrongPin', 'staff', row.id, { failures, locked: lockedUntil !== null });
    if (lockedUntil) return { result: { status: 'locked', until: lockedUntil }, staff: null };
    return { result: { status: 'wrong_pin', attemptsLeft: MAX_PIN_FAILURES - failures }, staff: null };
  }

  async function hasAdmin(): Promise<boolean> {
    const row = await db.selectFrom('staff').select('id').where('role', '=', 'admin').executeTakeFirst();
    return row !== undefined;
  }

  return { create, update, resetPin, archive, list, names, checkPin, hasAdmin };
}
