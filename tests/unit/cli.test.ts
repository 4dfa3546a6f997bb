import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../electron/app';
import { runCli } from '../../electron/cli';
import { databaseFile, defaultUserDataDir } from '../../electron/paths';
import { tempDir } from './helpers';
import { capture } from './cliCapture';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = tempDir();
  dirs.push(dir);
  return path.join(dir, 'room.sqlite');
}

async function childCount(file: string): Promise<number> {
  const app = await createApp({ file });
  try {
    return (await app.db.selectFrom('child').select('id').execute()).length;
  } finally {
    await app.close();
  }
}

describe('cli', () => {
  it('seed-demo fills a fresh database, prints the PINs, and refuses a second time with exit 1', async () => {
    const file = tempDb();
    const first = capture();
    expect(await runCli(['seed-demo', '--db', file], first)).toBe(0);
    const printed = first.logs.join('\n');
    expect(printed).toMatch(/\b300 children/);
    expect(printed).toContain('1234');
    expect(printed).toContain('5555');
    expect(await childCount(file)).toBe(300);

    const second = capture();
    expect(await runCli(['seed-demo', '--db', file], second)).toBe(1);
    expect(second.errors.join('\n')).toContain('This database is already set up / 此数据库已完成初始设置');
    expect(await childCount(file)).toBe(300);
  });

  it('answers an unknown command, an unknown option or no command with the usage and exit 2', async () => {
    for (const argv of [['export-everything'], ['seed-demo', '--force'], [], ['toString']]) {
      const out = capture();
      expect(await runCli(argv, out), argv.join(' ')).toBe(2);
      expect(out.errors.join('\n')).toContain('Usage: npm run cli -- <command>');
    }
  });

  it('prints the help with every command and exit 0', async () => {
    const out = capture();
    expect(await runCli(['help'], out)).toBe(0);
    expect(out.logs.join('\n')).toMatch(/seed-demo \[--db FILE\]/);
    expect(await runCli(['--help'], capture())).toBe(0);
  });

  it('never imports electron, directly or through anything it imports', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = fs.readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        expect(spec, `${path.relative(root, file)} imports ${spec}`).not.toMatch(/^electron(\/|$)/);
        if (!spec.startsWith('.')) continue;
        const base = path.resolve(path.dirname(file), spec);
        if (fs.existsSync(base) && fs.statSync(base).isFile()) continue; // package.json, a locale file
        visit(fs.existsSync(`${base}.ts`) ? `${base}.ts` : path.join(base, 'index.ts'));
      }
    };
    visit(path.join(root, 'electron', 'cli.ts'));
    expect(seen.size).toBeGreaterThan(5);
  });
});

describe('paths', () => {
  const home = '/home/li';
  it("matches Electron's userData folder for an app named Children's Home", () => {
    expect(defaultUserDataDir({ platform: 'linux', env: {}, home })).toBe("/home/li/.config/Children's Home");
    expect(defaultUserDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home })).toBe("/xdg/Children's Home");
    expect(defaultUserDataDir({ platform: 'darwin', env: {}, home: '/Users/li' })).toBe("/Users/li/Library/Application Support/Children's Home");
    expect(defaultUserDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, home: 'C:\\Users\\li' })).toBe("C:\\Users\\li\\AppData\\Roaming\\Children's Home");
  });

  it('puts the database in that folder', () => {
    expect(databaseFile('/data/room')).toBe(path.join('/data/room', 'children-home.sqlite'));
  });
});
