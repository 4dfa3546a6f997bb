// The county's PostgreSQL server, as the office PC's Settings → 汇总数据库 gives it. The connection is
// kept in office-server.json beside the room's database (not in the room's database, so no backup or
// bundle carries it), the password sealed by Electron's safeStorage (the OS keychain / DPAPI) and never
// sent back to the screen.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { z } from 'zod';
import type { OfficeServer, OfficeServerInfo } from '../../shared/office';
import { AppError } from '../../shared/errors';
import type { Host } from '../host';
import { openOffice, type OfficeTarget } from './open';

export const SERVER_FILE_NAME = 'office-server.json';

const saved = z.object({
  host: z.string(),
  port: z.number().int(),
  database: z.string(),
  user: z.string(),
  tls: z.boolean(),
  /** safeStorage's sealed bytes, base64; null when the server needs none (trust or peer auth). */
  password: z.string().nullable(),
});
type Saved = z.infer<typeof saved>;

const fileOf = (host: Host) => path.join(path.dirname(host.databaseFile), SERVER_FILE_NAME);

function readSaved(host: Host): Saved | null {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(fileOf(host), 'utf8'));
  } catch {
    // None, or damaged: as good as none, the office uses its own file and Settings says so.
    return null;
  }
  const parsed = saved.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function serverInfo(host: Host): OfficeServerInfo {
  const s = readSaved(host);
  return {
    server: s ? { host: s.host, port: s.port, database: s.database, user: s.user, tls: s.tls } : null,
    passwordSaved: s?.password != null,
    canEncrypt: host.secrets.available(),
  };
}

/** The target the app's office views and import use: the saved server, else null (the office file). */
export function savedTarget(host: Host): OfficeTarget | null {
  const s = readSaved(host);
  if (!s) return null;
  return targetOf(s, s.password === null ? null : host.secrets.decrypt(s.password));
}

function targetOf(server: OfficeServer, password: string | null): OfficeTarget {
  const auth = `${encodeURIComponent(server.user)}${password ? `:${encodeURIComponent(password)}` : ''}`;
  return { kind: 'postgres', url: `postgres://${auth}@${server.host}:${server.port}/${encodeURIComponent(server.database)}`, tls: server.tls };
}

/** Why a connection failed, in words the Settings screen can show. */
function reasonOf(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (code === '28P01' || code === '28000') return 'auth';
  if (code === '3D000') return 'no_database';
  if (/SSL|TLS/i.test(message) || code.startsWith('ERR_SSL') || code === 'EPROTO') return 'tls';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code) || /timeout/i.test(message)) {
    return 'unreachable';
  }
  return 'other';
}

/**
 * Connects as the settings say and checks the office tables are there (county-init made them). A
 * school's role may not read the migrations' bookkeeping, so the check looks for a table instead.
 */
export async function testServer(target: OfficeTarget): Promise<{ bundles: number }> {
  let office;
  try {
    office = await openOffice(target, { migrate: false });
  } catch (error) {
    throw new AppError('office_server', { reason: reasonOf(error) });
  }
  try {
    const { rows } = await sql<{ found: string | null }>`select to_regclass('public.office_bundle')::text as found`.execute(office.db);
    if (!rows[0]?.found) throw new AppError('office_server', { reason: 'not_migrated' });
    // What this role may see: a school's role counts its own school's bundles only.
    const count = await office.db
      .selectFrom('office_bundle')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return { bundles: Number(count.n) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('office_server', { reason: reasonOf(error) });
  } finally {
    await office.close();
  }
}

/** The password to use: the one typed now, else the one saved (when the server is the same). */
function passwordFor(host: Host, server: OfficeServer, typed: string | undefined): string | null {
  if (typed !== undefined) return typed === '' ? null : typed;
  const s = readSaved(host);
  const same = s && s.host === server.host && s.port === server.port && s.user === server.user;
  return same && s.password !== null ? host.secrets.decrypt(s.password) : null;
}

export function checkServer(host: Host, server: OfficeServer, password: string | undefined): Promise<{ bundles: number }> {
  return testServer(targetOf(server, passwordFor(host, server, password)));
}

/** Tests the connection, then keeps it: a connection that does not work is never saved. */
export async function saveServer(host: Host, server: OfficeServer, typed: string | undefined): Promise<OfficeServerInfo> {
  const password = passwordFor(host, server, typed);
  if (password !== null && !host.secrets.available()) throw new AppError('office_server', { reason: 'no_encryption' });
  await testServer(targetOf(server, password));
  const record: Saved = { ...server, password: password === null ? null : host.secrets.encrypt(password) };
  // Written whole then renamed: a power cut leaves the old settings or the new, never half a file.
  const file = fileOf(host);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(record, null, 2));
  fs.renameSync(`${file}.tmp`, file);
  return serverInfo(host);
}

export function clearServer(host: Host): OfficeServerInfo {
  fs.rmSync(fileOf(host), { force: true });
  return serverInfo(host);
}
