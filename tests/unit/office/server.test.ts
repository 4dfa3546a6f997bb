// Settings → 汇总数据库 (issue 15 point 1): the office PC keeps the county's PostgreSQL server, tested
// before it is saved, the password sealed and never sent back; imports and views then run on the
// server under the school's own role. Against a throwaway cluster that asks for passwords, as a
// county's server does; nothing is mocked but the OS's secret store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../electron/app';
import { runCli } from '../../../electron/cli';
import type { SecretBox } from '../../../electron/host';
import { SERVER_FILE_NAME } from '../../../electron/office/server';
import { kioskSession, type Session } from '../../../electron/session';
import type { Input, MethodName, Output } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { capture } from '../cliCapture';
import { sampleWeek, writeBundle } from './bundleFixture';
import { pgMissing, startCluster, type PgCluster } from './pgCluster';

const SKIPPED = pgMissing() !== null && process.env.CI !== 'true';
const SCHOOL = '阳光小学';
/** Seals by reversing the text: stands in for the OS's keychain, and shows the file never holds the password as typed. */
const FAKE_SECRETS: SecretBox = {
  available: () => true,
  encrypt: (text) => Buffer.from([...text].reverse().join('')).toString('base64'),
  decrypt: (sealed) => [...Buffer.from(sealed, 'base64').toString()].reverse().join(''),
};
const now = () => new Date('2026-11-30T09:00:00+08:00');

describe.skipIf(SKIPPED)('the county server in Settings', () => {
  let cluster: PgCluster;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'office-server-'));
  const apps: App[] = [];
  let database = '';

  beforeAll(async () => {
    cluster = await startCluster({ password: 'owner-pw' });
    database = 'county_office';
    const owner = await cluster.createDatabase(database);
    process.env.OFFICE_ROLE_PASSWORD = 'school-pw';
    const out = capture();
    expect(await runCli(['county-init', '--url', owner, '--school', SCHOOL, '--role', 'school_a'], out, now), out.errors.join('\n')).toBe(0);
    delete process.env.OFFICE_ROLE_PASSWORD;
    await cluster.createDatabase('empty_office');
  }, 120_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  async function officePc(secrets: SecretBox | undefined) {
    const roomDir = fs.mkdtempSync(path.join(dir, 'pc-'));
    const app = await createApp({ file: path.join(roomDir, 'room.sqlite'), now, secrets });
    apps.push(app);
    const admin: Session = kioskSession(now().getTime());
    const call = async <M extends MethodName>(method: M, input: Input<M>) => (await app.dispatch(method, input, admin)) as Result<Output<M>>;
    const ok = async <M extends MethodName>(method: M, input: Input<M>) => {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    await ok('setup.complete', { schoolName: SCHOOL, roomName: '留守儿童之家', adminName: '陈静', pin: '1234' });
    return { call, ok, roomDir };
  }
  const server = (over: Partial<Input<'office.saveServer'>> = {}): Input<'office.saveServer'> => ({
    host: '127.0.0.1',
    port: cluster.port,
    database,
    user: 'school_a',
    password: 'school-pw',
    tls: false,
    ...over,
  });
  const reasonOf = (result: Result<unknown>) => (result.ok ? 'saved' : `${result.error.code}:${result.error.details?.reason ?? ''}`);

  it('refuses a connection that does not work, says why, and saves nothing', async () => {
    const pc = await officePc(FAKE_SECRETS);
    expect(await pc.ok('office.server', {})).toEqual({ server: null, passwordSaved: false, canEncrypt: true });
    expect(reasonOf(await pc.call('office.saveServer', server({ password: 'wrong' })))).toBe('office_server:auth');
    expect(reasonOf(await pc.call('office.saveServer', server({ tls: true })))).toBe('office_server:tls');
    expect(reasonOf(await pc.call('office.saveServer', server({ database: 'no_such_office', user: 'postgres', password: 'owner-pw' })))).toBe('office_server:no_database');
    expect(reasonOf(await pc.call('office.saveServer', server({ database: 'empty_office', user: 'postgres', password: 'owner-pw' })))).toBe('office_server:not_migrated');
    // A port nobody listens on: the cluster's own, plus one, is free (it was chosen free and nothing else binds it here).
    expect(reasonOf(await pc.call('office.saveServer', server({ port: cluster.port + 1 })))).toBe('office_server:unreachable');
    expect(reasonOf(await pc.call('office.saveServer', server({ host: 'county server' })))).toBe('invalid_input:');
    expect(fs.existsSync(path.join(pc.roomDir, SERVER_FILE_NAME))).toBe(false);
    expect(await pc.ok('office.server', {})).toMatchObject({ server: null });
  });

  it("saves a working connection with the password sealed, then imports and reads on the server as the school's role", async () => {
    const pc = await officePc(FAKE_SECRETS);
    expect(await pc.ok('office.testServer', server())).toEqual({ bundles: 0 });
    const info = await pc.ok('office.saveServer', server());
    expect(info).toEqual({ server: { host: '127.0.0.1', port: cluster.port, database, user: 'school_a', tls: false }, passwordSaved: true, canEncrypt: true });
    const kept = fs.readFileSync(path.join(pc.roomDir, SERVER_FILE_NAME), 'utf8');
    expect(kept).not.toContain('school-pw');
    expect(JSON.stringify(await pc.ok('office.server', {}))).not.toContain('school-pw');

    const usb = path.join(pc.roomDir, 'usb');
    writeBundle(usb, sampleWeek({ school: SCHOOL }));
    const lines = await pc.ok('office.import', { folder: usb });
    expect(lines.map((l) => l.outcome)).toEqual(['stored']);
    const grid = await pc.ok('office.grid', {});
    expect(grid.rooms.map((r) => r.school)).toEqual([SCHOOL]);
    // The bundle is on the server, not in an office file on this PC.
    const client = new pg.Client({ connectionString: cluster.url(database) });
    await client.connect();
    const { rows } = await client.query<{ n: string }>('select count(*) as n from office_bundle');
    await client.end();
    expect(Number(rows[0].n)).toBe(1);
    expect(fs.existsSync(path.join(pc.roomDir, 'office.sqlite'))).toBe(false);

    // The saved password serves a test with none typed; clearing goes back to the file on this PC.
    expect(await pc.ok('office.testServer', server({ password: undefined }))).toEqual({ bundles: 1 });
    expect(await pc.ok('office.clearServer', {})).toMatchObject({ server: null, passwordSaved: false });
    expect((await pc.ok('office.grid', {})).rooms).toEqual([]);
  });

  it('keeps no password on a PC that cannot seal one', async () => {
    const pc = await officePc(undefined);
    expect(await pc.ok('office.server', {})).toMatchObject({ canEncrypt: false });
    expect(reasonOf(await pc.call('office.saveServer', server()))).toBe('office_server:no_encryption');
    expect(fs.existsSync(path.join(pc.roomDir, SERVER_FILE_NAME))).toBe(false);
  });
});
