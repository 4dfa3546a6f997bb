// The headless command line: `npm run cli -- <command> [options]`. Runs in plain Node against the same
// dispatch the app uses, so it never imports 'electron'. Each command is one entry in COMMANDS.
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors';
import { EXIT, type CliOutput, type Command, type CommandContext, type OptionValues } from './cli/common';
import { backupCommand, restoreCommand } from './cli/backup';
import { countyInitCommand } from './cli/countyInit';
import { exportWeekCommand } from './cli/exportWeek';
import { officeImportCommand } from './cli/officeImport';
import { seedDemoCommand } from './cli/seedDemo';
import { StartupError } from './db/open';
import { databaseFile, defaultUserDataDir } from './paths';
import { startupText } from './services/backups/startupText';

export { EXIT, type CliOutput } from './cli/common';

async function help({ out }: CommandContext): Promise<number> {
  out.log(usage());
  return EXIT.ok;
}

const COMMANDS: Record<string, Command> = {
  'seed-demo': seedDemoCommand,
  'export-week': exportWeekCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'office-import': officeImportCommand,
  'county-init': countyInitCommand,
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

/** The arguments of an app started as `<exe> <command> …` (`electron . <command> …` unpackaged), or null to open the window. */
export function commandLineOf(argv: string[], defaultApp: boolean): string[] | null {
  const args = argv.slice(defaultApp ? 2 : 1);
  return args[0] !== undefined && Object.hasOwn(COMMANDS, args[0]) ? args : null;
}

/** Runs one command line (without node and the script) and returns the process exit code. */
export async function runCli(argv: string[], out: CliOutput = console, now: () => Date = () => new Date()): Promise<number> {
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
    return await command.run({ values, out, now });
  } catch (error) {
    if (error instanceof StartupError && error.kind !== 'newer') {
      const text = startupText(error);
      out.error(`${text.message}\n${text.detail}`);
    } else if (error instanceof AppError && error.code === 'database_newer') {
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
