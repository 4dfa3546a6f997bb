// What every command of the command line shares: options, exit codes, opening the database, typed calls.
import type { ParseArgsConfig } from 'node:util';
import type { Input, MethodName, Output } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { createApp, type App } from '../app';
import { databaseFile, defaultUserDataDir } from '../paths';
import type { Session } from '../session';

export interface CliOutput {
  log(message: string): void;
  error(message: string): void;
}

/** 0 done, 1 the command failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  values: OptionValues;
  /** The words that are not options, for a command that takes them (import-children FILE). */
  positionals?: string[];
  out: CliOutput;
  /** The clock; tests inject one. */
  now: () => Date;
  /** How the help names the program: the installed app's file name, or `npm run cli --` in a checkout. */
  program: string;
}

export interface Command {
  /** Shown after the name in the help, e.g. "[--db FILE]". */
  args: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** True: words that are not options are passed on as positionals instead of refused. */
  positionals?: boolean;
  run(ctx: CommandContext): Promise<number>;
}

export const dbOption = { db: { type: 'string' } } as const;

export function dbFile(values: OptionValues): string {
  return typeof values.db === 'string' && values.db ? values.db : databaseFile(defaultUserDataDir());
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' && value ? value : undefined;
}

/** Typed call through dispatch; the cast is the one place the CLI trusts the contract's output type. */
export async function call<M extends MethodName>(app: App, method: M, input: Input<M>, session: Session): Promise<Result<Output<M>>> {
  return (await app.dispatch(method, input, session)) as Result<Output<M>>;
}

/** Opens the database for one command and always closes it, so WAL is checkpointed on exit. */
export async function withApp(file: string, now: () => Date, work: (app: App) => Promise<number>): Promise<number> {
  const app = await createApp({ file, now });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}
