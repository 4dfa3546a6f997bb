// Which office database a command means: --url, else --db, else DATABASE_URL, else the office file
// beside the room's database in the user-data folder.
import path from 'node:path';
import { defaultUserDataDir } from '../paths';
import type { OfficeTarget } from './open';

export const OFFICE_FILE_NAME = 'office.sqlite';

export function officeTarget(options: { url?: string; db?: string; env?: NodeJS.ProcessEnv }): OfficeTarget {
  const env = options.env ?? process.env;
  if (options.url) return { kind: 'postgres', url: options.url };
  if (options.db) return { kind: 'sqlite', file: options.db };
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'sqlite', file: path.join(defaultUserDataDir(), OFFICE_FILE_NAME) };
}

/** A connection URL without its password, for messages. */
export function shownTarget(target: OfficeTarget): string {
  if (target.kind === 'sqlite') return target.file;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
