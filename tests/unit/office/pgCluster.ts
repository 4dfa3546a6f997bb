// A throwaway PostgreSQL cluster for one test file: initdb into a temp folder, pg_ctl start on a free
// loopback port, stopped and removed afterwards. Nothing else is ever targeted. Outside CI a machine
// without PostgreSQL skips the PostgreSQL tests with the reason printed; under CI=true it fails.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PgCluster {
  port: number;
  /** A connection URL to `database` as `user` (the cluster's superuser by default), always on 127.0.0.1. */
  url(database: string, user?: string, password?: string): string;
  /** A new empty database owned by the superuser. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** initdb refuses root: as root the cluster runs as the postgres user. */
function asPostgres(command: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  execFileSync(root ? 'runuser' : command, root ? ['-u', 'postgres', '--', command, ...args] : args, { stdio: 'pipe' });
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function pgMissing(): string | null {
  return binDir() === null ? 'PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb): apt-get install postgresql' : null;
}

/**
 * `password`: connections over TCP must give a password (scram-sha-256), the superuser's being this
 * one, as on a county's real server; without it every connection is trusted.
 */
export async function startCluster(options: { password?: string } = {}): Promise<PgCluster> {
  const bin = binDir();
  if (!bin) throw new Error(pgMissing() ?? 'PostgreSQL missing');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'office-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const port = await freePort();
  const auth = ['-A', 'trust'];
  if (options.password !== undefined) {
    const pwfile = path.join(dir, 'pw');
    fs.writeFileSync(pwfile, options.password);
    if (process.getuid?.() === 0) fs.chownSync(pwfile, fs.statSync(dir).uid, fs.statSync(dir).gid);
    auth.splice(0, 2, '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`);
  }
  asPostgres(path.join(bin, 'initdb'), ['-D', data, ...auth, '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', path.join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const url = (database: string, user = 'postgres', password = user === 'postgres' ? options.password : undefined) =>
    `postgres://${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ''}@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop() {
      try {
        asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The PostgreSQL cluster for a test file, or null (with the reason printed) when it may be skipped:
 * only outside CI. Under CI=true a missing PostgreSQL is an error.
 */
export async function clusterOrSkip(): Promise<PgCluster | null> {
  const missing = pgMissing();
  if (missing === null) return startCluster();
  if (process.env.CI === 'true') throw new Error(`CI=true and ${missing}`);
  console.warn(`Skipping the PostgreSQL office tests: ${missing}`);
  return null;
}
