// The headless command line: `<app> <command> [options]` from a scheduled task or a console, or
// `npm run cli -- <command> [options]` in a checkout. Runs against the same dispatch the app uses and
// never imports 'electron'. Each command is one file in cli/ and one entry in COMMANDS.
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors';
import { EXIT, type CliOutput, type Command, type CommandContext, type OptionValues } from './cli/common';
import { HELP_FLAGS, takeLogOption } from './cli/args';
import { backupCommand, restoreCommand } from './cli/backup';
import { countyInitCommand } from './cli/countyInit';
import { exportWeekCommand } from './cli/exportWeek';
import { importChildrenCommand } from './cli/importChildren';
import { appendRunLog, outcomeOf, recording } from './cli/runLog';
import { officeImportCommand } from './cli/officeImport';
import { resetPinCommand } from './cli/resetPin';
import { seedDemoCommand } from './cli/seedDemo';
import { StartupError } from './db/open';
import { databaseFile, defaultUserDataDir } from './paths';
import { startupText } from './services/backups/startupText';

export { EXIT, type CliOutput } from './cli/common';
export { commandLineOf } from './cli/args';

/** How the help names the program when run from a checkout; the packaged app passes its own file name. */
export const DEV_PROGRAM = 'npm run cli --';

const COMMANDS: Record<string, Command> = {
  'seed-demo': seedDemoCommand,
  'export-week': exportWeekCommand,
  'import-children': importChildrenCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'reset-pin': resetPinCommand,
  'office-import': officeImportCommand,
  'county-init': countyInitCommand,
  help: { args: '', summary: 'Show this help / 显示帮助', options: {}, run: ({ out, program }) => Promise.resolve(printHelp(out, program)) },
};

function printHelp(out: CliOutput, program: string): number {
  out.log(usage(program));
  return EXIT.ok;
}

export function usage(program = DEV_PROGRAM): string {
  const rows = Object.entries(COMMANDS).map(([name, c]) => ({ name: `${name} ${c.args}`.trim(), summary: c.summary }));
  const width = Math.max(...rows.map((r) => r.name.length)) + 2;
  const lines = rows.map((r) => `  ${r.name.padEnd(width)}${r.summary}`);
  return [
    "Children's Home command line / 留守儿童之家 命令行",
    '',
    `Usage: ${program} <command> [options] [--log FILE]`,
    '',
    'Commands:',
    ...lines,
    '',
    '  --log FILE  append one line per run: time, command, exit code, what was written or why not',
    '              每次运行追加一行记录：时间、命令、退出码、写入了什么或失败原因',
    'Exit codes / 退出码: 0 done / 完成, 1 failed / 失败, 2 wrong command line / 命令行有误',
    '',
    `Default database / 默认数据库: ${databaseFile(defaultUserDataDir())}`,
  ].join('\n');
}

/** Runs one command line (without the program and its switches) and returns the process exit code. */
export async function runCli(argv: string[], out: CliOutput = console, now: () => Date = () => new Date(), program = DEV_PROGRAM): Promise<number> {
  const { args, log, error } = takeLogOption(argv);
  if (error) {
    out.error(error);
    return EXIT.usage;
  }
  if (!log) return runCommand(args, out, now, program);
  const recorded = recording(out);
  const code = await runCommand(args, recorded, now, program);
  appendRunLog(log, { at: now(), args, code, outcome: outcomeOf(code, recorded.logs, recorded.errors) }, out);
  return code;
}

async function runCommand(argv: string[], out: CliOutput, now: () => Date, program: string): Promise<number> {
  const [name, ...rest] = argv;
  const key = name !== undefined && HELP_FLAGS.includes(name) ? 'help' : name;
  // hasOwn: "toString" or "__proto__" typed as a command must not reach Object.prototype.
  const command = key !== undefined && Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
  if (!command) {
    if (name) out.error(`Unknown command / 未知命令: ${name}`);
    out.error(usage(program));
    return EXIT.usage;
  }
  let values: OptionValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: command.positionals === true }));
  } catch (error) {
    out.error(error instanceof Error ? error.message : String(error));
    out.error(usage(program));
    return EXIT.usage;
  }
  const context: CommandContext = { values, positionals, out, now, program };
  try {
    return await command.run(context);
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
