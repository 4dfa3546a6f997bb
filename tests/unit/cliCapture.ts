// A CliOutput that keeps what a command printed, for the command-line tests.
import type { CliOutput } from '../../electron/cli';

export interface Captured extends CliOutput {
  logs: string[];
  errors: string[];
}

export function capture(): Captured {
  const logs: string[] = [];
  const errors: string[] = [];
  return { logs, errors, log: (m) => logs.push(m), error: (m) => errors.push(m) };
}
