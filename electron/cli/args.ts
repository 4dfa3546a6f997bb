// Where a command line starts in what the operating system hands the app. A scheduled task may put
// Chromium switches before the command (an AppImage on Ubuntu 24.04 needs --no-sandbox), and the
// unpackaged app gets `electron [switches] . <command>`: the command is found, not assumed first.

/** Switches Chromium or Electron read themselves; they are skipped wherever they stand. */
const ENGINE_SWITCHES = [
  'no-sandbox',
  'disable-gpu',
  'disable-gpu-sandbox',
  'disable-software-rasterizer',
  'disable-dev-shm-usage',
  'in-process-gpu',
  'enable-logging',
  'v',
  'vmodule',
  'log-file',
  'lang',
  'ozone-platform',
  'ozone-platform-hint',
  'enable-features',
  'disable-features',
  'enable-wayland-ime',
  'force-device-scale-factor',
  'high-dpi-support',
  'js-flags',
  'inspect',
  'inspect-brk',
  'remote-debugging-port',
  'allow-file-access-from-files',
  'user-data-dir',
];

export const HELP_FLAGS = ['--help', '-h'];

export function isEngineSwitch(arg: string): boolean {
  if (!arg.startsWith('--')) return false;
  const name = arg.slice(2).replace(/=.*/s, '');
  return ENGINE_SWITCHES.includes(name);
}

/**
 * The command line of an app started as `<exe> [switches] <command> …` (`electron [switches] . <command> …`
 * unpackaged), or null to open the window: there is no word after the switches. Any word makes it a
 * command line, so a misspelt command in a scheduled task exits 2 instead of opening a window at night.
 */
export function commandLineOf(argv: string[], defaultApp: boolean): string[] | null {
  let args = argv.slice(1);
  if (defaultApp) {
    // The app's folder (usually '.') is the first word after electron's own switches.
    const appPath = args.findIndex((a) => !a.startsWith('-'));
    args = appPath < 0 ? [] : args.filter((_, i) => i !== appPath);
  }
  const start = args.findIndex((a) => !a.startsWith('-') || HELP_FLAGS.includes(a));
  if (start < 0) return null;
  return args.slice(start).filter((a) => !isEngineSwitch(a));
}

/** `--log FILE` (or `--log=FILE`) taken out of a command line, as every command accepts it. */
export function takeLogOption(args: string[]): { args: string[]; log: string | null; error: string | null } {
  const rest: string[] = [];
  let log: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!; // i < args.length
    if (arg === '--log') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-')) return { args, log: null, error: 'Missing FILE after --log / --log 后缺少文件名' };
      log = value;
      i++;
    } else if (arg.startsWith('--log=')) {
      log = arg.slice('--log='.length);
      if (!log) return { args, log: null, error: 'Missing FILE after --log / --log 后缺少文件名' };
    } else {
      rest.push(arg);
    }
  }
  return { args: rest, log, error: null };
}
