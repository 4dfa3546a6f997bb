// Where the room's database lives. The Electron app asks app.getPath('userData'); the CLI runs in
// plain Node without Electron, so it computes the same folder by Electron's own rules.
import os from 'node:os';
import path from 'node:path';

/** Electron names the user-data folder after productName in package.json. */
export const APP_NAME = "Children's Home";
export const DATABASE_FILE_NAME = 'children-home.sqlite';

export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

/** app.getPath('appData') + app name: %APPDATA%, ~/Library/Application Support, or $XDG_CONFIG_HOME/~/.config. */
export function defaultUserDataDir(info: PlatformInfo = { platform: process.platform, env: process.env, home: os.homedir() }): string {
  const { platform, env, home } = info;
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  const config = env.XDG_CONFIG_HOME || path.posix.join(home, '.config');
  return path.posix.join(config, APP_NAME);
}

export function databaseFile(userDataDir: string): string {
  return path.join(userDataDir, DATABASE_FILE_NAME);
}
