// What the start-up dialog (main.ts) and the command line say about a file the app cannot open: in
// plain words, Chinese first and then English, what is wrong and what to do. No Electron here.
import type { StartupError, StartupProblem } from '../../db/open';

export const APP_TITLE = "Children's Home / 留守儿童之家";

const WHAT: Record<StartupProblem, [zh: string, en: string]> = {
  corrupt: [
    '数据文件已损坏，无法读取。可以从最近一次完好的备份恢复（损坏的文件会另存，不会删除）。',
    'The data file is damaged and cannot be read. You can restore the latest good backup (the damaged file is kept under another name, not deleted).',
  ],
  locked: [
    '数据文件正被另一个程序占用。请关闭其他正在使用它的程序（例如另一个留守儿童之家窗口、备份或同步软件），然后点“重试”。',
    'Another program is using the data file. Close any other program using it (another Children\'s Home window, backup or sync software), then click "Try again".',
  ],
  read_only: [
    '数据文件或其所在文件夹是只读的，程序无法保存。请让管理员取消“只读”或给本账户写入权限，然后点“重试”。',
    'The data file or its folder is read-only, so the app cannot save. Ask whoever looks after this PC to remove "read-only" or give this account write access, then click "Try again".',
  ],
  disk_full: [
    '磁盘已满，程序无法保存。请删除不需要的文件或清空回收站，腾出空间后点“重试”。',
    'The disk is full, so the app cannot save. Delete files you do not need or empty the Recycle Bin, then click "Try again".',
  ],
  newer: ['数据文件来自更新版本的程序。请先升级本程序，数据没有被改动。', 'The data file was written by a newer version of this app. Please update the app; the data has not been changed.'],
  wrong_build: [
    '程序安装包有误（数据库组件与本程序版本不符），数据没有被改动。请重新安装留守儿童之家；如果仍然不行，请联系负责这台电脑的老师。',
    "The app was packaged wrongly (its database component does not match this app): reinstall Children's Home. The data has not been changed.",
  ],
  unknown: [
    '无法打开数据文件。请重新启动电脑后再试；如果仍然不行，请联系负责这台电脑的老师。',
    'The data file could not be opened. Restart the PC and try again; if it still fails, ask whoever looks after this PC.',
  ],
};

export interface StartupText {
  title: string;
  message: string;
  /** The file and what SQLite or the system said, for whoever fixes it. */
  detail: string;
  /** What the person may choose, "quit" last: restore for a damaged file, try again where they can fix the cause. */
  buttons: StartupChoice[];
}

export const BUTTONS = {
  restore: '从最近的好备份恢复 / Restore the latest good backup',
  retry: '重试 / Try again',
  quit: '退出 / Quit',
} as const;
export type StartupChoice = (typeof BUTTONS)[keyof typeof BUTTONS];

export function startupText(error: StartupError): StartupText {
  const [zh, en] = WHAT[error.kind];
  return {
    title: APP_TITLE,
    message: `${zh}\n\n${en}`,
    detail: `文件 / File: ${error.file}\n${error.detail}`,
    buttons: [...(error.kind === 'corrupt' ? [BUTTONS.restore] : []), ...(['corrupt', 'newer', 'wrong_build'].includes(error.kind) ? [] : [BUTTONS.retry]), BUTTONS.quit],
  };
}

export function restoredText(restoredFrom: string, keptAside: string[]): string {
  return [
    `已从备份恢复：${restoredFrom}`,
    `损坏的文件已另存为：${keptAside.join('，')}`,
    '备份之后录入的内容需要重新录入。',
    '',
    `Restored from the backup: ${restoredFrom}`,
    `The damaged file was kept as: ${keptAside.join(', ')}`,
    'Anything entered after that backup needs to be entered again.',
  ].join('\n');
}

export function noGoodBackupText(folders: string[]): string {
  return [
    `没有找到可用的备份（查找了：${folders.join('，')}）。损坏的文件没有被改动。请联系负责这台电脑的老师。`,
    '',
    `No good backup was found (looked in: ${folders.join(', ')}). The damaged file has not been changed. Ask whoever looks after this PC.`,
  ].join('\n');
}

export function restoreFailedText(error: unknown): string {
  return `恢复没有完成：${String(error)}\n\nThe restore did not complete: ${String(error)}`;
}
