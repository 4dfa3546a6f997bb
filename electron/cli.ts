// The headless command line: `npm run cli -- <command> [options]`. Runs in plain Node against the same
// dispatch the app uses, so it never imports 'electron'. Each command is one entry in COMMANDS.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Input, MethodName, Output } from '../shared/contract';
import { AppError, type Result } from '../shared/errors';
import { createApp, type App } from './app';
import { databaseFile, defaultUserDataDir } from './paths';
import { kioskSession, type Session } from './session';

export interface CliOutput {
  log(message: string): void;
  error(message: string): void;
}

/** 0 done, 1 the command failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface CommandContext {
  values: OptionValues;
  out: CliOutput;
}

interface Command {
  /** Shown after the name in the help, e.g. "[--db FILE]". */
  args: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CommandContext): Promise<number>;
}

const dbOption = { db: { type: 'string' } } as const;

function dbFile(values: OptionValues): string {
  return typeof values.db === 'string' && values.db ? values.db : databaseFile(defaultUserDataDir());
}

/** Typed call through dispatch; the cast is the one place the CLI trusts the contract's output type. */
async function call<M extends MethodName>(app: App, method: M, input: Input<M>, session: Session): Promise<Result<Output<M>>> {
  return (await app.dispatch(method, input, session)) as Result<Output<M>>;
}

/** Opens the database for one command and always closes it, so WAL is checkpointed on exit. */
async function withApp(file: string, work: (app: App) => Promise<number>): Promise<number> {
  const app = await createApp({ file });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function seedDemo({ values, out }: CommandContext): Promise<number> {
  const file = dbFile(values);
  out.log(`Database / 数据库: ${file}`);
  return withApp(file, async (app) => {
    const result = await call(app, 'setup.seedDemo', {}, kioskSession());
    if (!result.ok) {
      if (result.error.code === 'already_set_up') out.error('This database is already set up / 此数据库已完成初始设置');
      else out.error(`Could not create the demo room / 无法生成演示数据: ${result.error.code}`);
      return EXIT.failed;
    }
    out.log(`Demo room created / 演示数据已生成: ${result.value.children} children / 名儿童`);
    out.log('Staff PINs / 教职工 PIN:');
    for (const s of result.value.staff) out.log(`  ${s.role.padEnd(8)} ${s.name}\t${s.pin}`);
    return EXIT.ok;
  });
}

async function help({ out }: CommandContext): Promise<number> {
  out.log(usage());
  return EXIT.ok;
}

const COMMANDS: Record<string, Command> = {
  'seed-demo': {
    args: '[--db FILE]',
    summary: 'Fill a new database with a demo room / 为新数据库生成演示数据',
    options: dbOption,
    run: seedDemo,
  },
  help: { args: '', summary: 'Show this help / 显示帮助', options: {}, run: help },
};

export function usage(): string {
  const names = Object.entries(COMMANDS).map(([name, c]) => `${name} ${c.args}`.trim());
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const lines = Object.values(COMMANDS).map((c, i) => `  ${names[i].padEnd(width)}${c.summary}`);
  return [
    "Children's Home command line / 留守儿童之家 命令行",
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    `Default database / 默认数据库: ${databaseFile(defaultUserDataDir())}`,
  ].join('\n');
}

/** Runs one command line (without node and the script) and returns the process exit code. */
export async function runCli(argv: string[], out: CliOutput = console): Promise<number> {
  const [name, ...rest] = argv;
  const key = name === '--help' || name === '-h' ? 'help' : name;
  // hasOwn: "toString" or "__proto__" typed as a command must not reach Object.prototype.
  const command = key !== undefined && Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
  if (!command) {
    if (name) out.error(`Unknown command / 未知命令: ${name}`);
    out.error(usage());
    return EXIT.usage;
  }
  let values: OptionValues;
  try {
    ({ values } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false }));
  } catch (error) {
    out.error(error instanceof Error ? error.message : String(error));
    out.error(usage());
    return EXIT.usage;
  }
  try {
    return await command.run({ values, out });
  } catch (error) {
    if (error instanceof AppError && error.code === 'database_newer') {
      out.error('The database was written by a newer version of this app / 数据库来自更新版本的程序，请先升级本程序');
    } else {
      out.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    return EXIT.failed;
  }
}

// Run only as the entry point (tsx electron/cli.ts, or a bundled cli.js), never when a test imports it.
if (/cli\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = EXIT.failed;
    },
  );
}
