// `--log FILE`: one line per run for whoever checks a scheduled task. On Windows the packaged app is a
// GUI program, so its console output goes nowhere and %ERRORLEVEL% is not its code: this file is what
// tells the teacher the Sunday export ran.
import fs from 'node:fs';
import path from 'node:path';
import type { CliOutput } from './common';

/** Local time with its offset, as a person reads it: 2026-12-07 02:00:03 +08:00. */
export function localStamp(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
  return `${date} ${time} ${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** Passes output through and keeps it, so the run's line can say what was written or why not. */
export function recording(out: CliOutput): CliOutput & { logs: string[]; errors: string[] } {
  const logs: string[] = [];
  const errors: string[] = [];
  return {
    logs,
    errors,
    log: (m) => {
      logs.push(m);
      out.log(m);
    },
    error: (m) => {
      errors.push(m);
      out.error(m);
    },
  };
}

/** What the run did, on one line: the errors when it failed, else its headline lines (not the indented tables). */
export function outcomeOf(code: number, logs: string[], errors: string[]): string {
  const lines = code === 0 ? logs.filter((l) => !/^\s/.test(l)) : errors;
  // The usage text after an error is for a person at a console, not for the log.
  const kept = code === 0 ? lines : lines.slice(0, 1);
  return kept
    .flatMap((l) => l.split('\n'))
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' | ');
}

/** Appends the run's line; a log that cannot be written is said on stderr and does not change the exit code. */
export function appendRunLog(file: string, line: { at: Date; args: string[]; code: number; outcome: string }, out: CliOutput): void {
  const text = [localStamp(line.at), line.args.join(' '), `exit ${line.code}`, line.outcome].join('\t');
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.appendFileSync(file, `${text}\n`, 'utf8');
  } catch (error) {
    out.error(`Could not write the log / 无法写入日志: ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
