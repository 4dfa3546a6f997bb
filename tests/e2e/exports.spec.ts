// Export & backup end to end: the admin exports this week (check-ins, a call, a loan) to a "USB
// drive" folder from the screen, after first naming a drive that is not plugged in. The bundle on
// disk has its files, a manifest that matches them and a Chinese PDF that renders. The school office
// screen reads the bundle folder and passes it, and fails a tampered copy. A backup made from the
// screen adds a row; restoring it brings back the data as it was and the app starts over.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import { SCHEDULE_START_KEY } from '../../electron/services/exports/schedule';
import { MANIFEST_FILE, manifestSchema } from '../../shared/bundle';
import { weekLabel } from '../../shared/weekLabel';
import type { Book, ChildFile } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { unlock } from './helpers';

dayjs.extend(isoWeek);

const SCHOOL = '青山镇中心学校';

/** A room with a child who came, called his father and borrowed a book this week; `more` runs as the admin before the lock. */
async function roomWithAWeek(room: Room, more?: () => Promise<void>): Promise<void> {
  await ok(room, 'setup.complete', { schoolName: SCHOOL, roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  const kid = await ok<ChildFile>(room, 'children.create', childInput());
  await ok<ChildFile>(room, 'children.create', childInput({ name: '李春花', gender: 'female', birthDate: '2017-03-08', grade: 3, classNo: 1 }));
  await ok(room, 'checkins.checkIn', { childId: kid.id });
  const father = kid.parents.find((p) => p.relation === 'father');
  await ok(room, 'calls.log', { childId: kid.id, parentId: father?.id, outcome: 'talked', durationMinutes: 6, note: '爸爸说春节回家' });
  await ok<Book>(room, 'books.create', { book: { title: '草房子', author: '曹文轩' }, barcodes: ['CF-001'] });
  await ok(room, 'loans.lend', { barcode: 'CF-001', childId: kid.id });
  await more?.();
  await ok(room, 'auth.lock', {});
}

async function unlockAsAdmin(page: Page): Promise<void> {
  await unlock(page, '陈静', '1234');
  await expect(page.getByText('陈静 (管理员)')).toBeVisible();
}

/** The ISO week of today in the room's zone (e.g. 2026-W47), or of a week `back` weeks before. */
function thisIsoWeek(back = 0): string {
  const today = dayjs(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })).subtract(back, 'week');
  return `${today.isoWeekYear()}-W${String(today.isoWeek()).padStart(2, '0')}`;
}

/** The Monday (YYYY-MM-DD) of the week `back` weeks before this one, in the room's zone. */
function mondayBefore(back: number): string {
  return dayjs(new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }))
    .subtract(back, 'week')
    .isoWeekday(1)
    .format('YYYY-MM-DD');
}

/** As if the admin had set the export folder `back` weeks ago: the schedule owes the weeks since. */
async function scheduleStartedWeeksAgo(room: Room, back: number): Promise<void> {
  const at = new Date().toISOString();
  await room.app.db
    .insertInto('setting')
    .values({ key: SCHEDULE_START_KEY, value: JSON.stringify(mondayBefore(back)), created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(mondayBefore(back)) }))
    .execute();
}

test('the admin exports a week from the screen; the office checks the bundle; a backup is made and restored', async ({ page, room }) => {
  await roomWithAWeek(room);
  const week = thisIsoWeek();
  const usb = path.join(room.dir, 'U盘');
  await page.goto('/');
  await unlockAsAdmin(page);
  await page.getByRole('menuitem', { name: '导出与备份' }).click();

  // The scheduled export is not set up yet, and says so.
  await expect(page.getByText('还没有设置自动导出的文件夹，程序不会自动导出。')).toBeVisible();
  // With no folder nothing is owed, and the status does not pretend every week went out.
  const noFolder = page.locator('.ant-card', { hasText: '自动导出状态' });
  await expect(noFolder).toContainText('未设置导出文件夹，不自动导出');
  await expect(noFolder).not.toContainText('全部已导出');

  // This week, not the last full week the picker offers first.
  const exportCard = page.locator('.ant-card', { hasText: '导出一周的记录' });
  await exportCard.getByLabel('周', { exact: true }).click();
  await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-today').click();
  await expect(exportCard.getByLabel('周', { exact: true })).toHaveValue(weekLabel(week, 'zh-CN'));
  // The week is still running: the export will be partial and the week still owed.
  await expect(exportCard.getByText('这一周还没过完')).toBeVisible();

  // The USB drive is not plugged in yet: a clear message, nothing recorded.
  await exportCard.getByLabel('导出到文件夹').fill(usb);
  await exportCard.getByRole('checkbox', { name: '包含备注和联系方式' }).check();
  await expect(exportCard.getByText('电话号码、通话备注、接走孩子的人的姓名、值班交接留言')).toBeVisible();
  await exportCard.getByRole('checkbox', { name: '包含备注和联系方式' }).uncheck();
  await exportCard.getByRole('button', { name: '导出' }).click();
  await expect(exportCard.getByText(`找不到文件夹 ${usb}`)).toBeVisible();
  await expect(exportCard.getByText('这一周没有记为已导出')).toBeVisible();
  await expect(page.locator('.ant-card', { hasText: '导出记录' }).getByText('还没有导出过')).toBeVisible();

  // Plugged in: exported and verified; the history shows who, where and how many rows.
  fs.mkdirSync(usb);
  await exportCard.getByRole('button', { name: '导出' }).click();
  await expect(exportCard.getByText(`${weekLabel(week, 'zh-CN')} 已导出并核对无误`)).toBeVisible({ timeout: 30_000 });
  await expect(exportCard.getByText('部分导出，数据截至')).toBeVisible();
  const bundles = fs.readdirSync(usb);
  expect(bundles).toHaveLength(1);
  const bundle = path.join(usb, bundles[0]);
  expect(bundles[0]).toContain(SCHOOL);
  expect(bundles[0]).toContain(`${week}-partial`);
  await expect(exportCard).toContainText(bundle);
  const historyRow = page.locator('.ant-card', { hasText: '导出记录' }).locator('.ant-table-row', { hasText: week });
  await expect(historyRow).toContainText('陈静');
  await expect(historyRow).toContainText('不含');
  await expect(historyRow).toContainText('部分，截至');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'exports-week.png'), fullPage: true });

  // On disk: manifest, workbook, a CSV per sheet, the PDF; the manifest lists every other file.
  const files = fs.readdirSync(bundle).sort();
  expect(files).toContain(MANIFEST_FILE);
  expect(files).toContain('summary.pdf');
  expect(files.filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  expect(files.filter((f) => f.endsWith('.csv')).length).toBeGreaterThanOrEqual(5);
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(bundle, MANIFEST_FILE), 'utf8')));
  expect(manifest.files.map((f) => f.name).sort()).toEqual(files.filter((f) => f !== MANIFEST_FILE));
  expect(manifest).toMatchObject({ school: SCHOOL, week, includeContacts: false, revision: 1, replaces: null });
  expect(manifest.partialUpTo).not.toBeNull();
  expect(manifest.summary).toMatchObject({ visits: 1, calls: 1, loans: 1, children: 1 });
  // Privacy by default: neither the father's number nor the call's note is in the bundle.
  for (const f of files.filter((name) => name.endsWith('.csv'))) {
    const text = fs.readFileSync(path.join(bundle, f), 'utf8');
    expect(text).not.toContain('13987654321');
    expect(text).not.toContain('春节回家');
  }

  // The PDF is in Chinese and its first page renders.
  const pdf = path.join(bundle, 'summary.pdf');
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(SCHOOL);
  const pngBase = path.join(room.dir, 'summary-page');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, pngBase]);
  const png = fs.readdirSync(room.dir).find((f) => f.startsWith('summary-page') && f.endsWith('.png'));
  expect(png).toBeDefined();
  const pngPath = path.join(room.dir, png ?? '');
  expect(fs.statSync(pngPath).size).toBeGreaterThan(2000);
  fs.copyFileSync(pngPath, path.join(SCREENSHOTS, 'exports-summary-page1.png'));

  // The school office picks the drive: the bundle passes its check, and as the week was still running
  // it is shown as partial data that does not count as the week's report.
  await page.getByRole('tab', { name: '汇总周报' }).click();
  await page.getByLabel('周报文件夹').setInputFiles(usb);
  await expect(page.getByText('共 1 份周报：1 份核对通过，0 份未通过。')).toBeVisible();
  const office = page.getByRole('tabpanel');
  const goodRow = office.locator('.ant-table-row', { hasText: week });
  await expect(goodRow).toContainText('部分数据（截至');
  await expect(goodRow).toContainText('不算作该周周报');
  await expect(goodRow).toContainText(SCHOOL);
  // Only weeks that count are charted (the office's own tests chart full weeks).
  await expect(page.locator('.ant-card', { hasText: '各活动室每周对比' })).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'exports-bundles.png'), fullPage: true });

  // A copy whose PDF was changed afterwards fails, naming the file.
  const tampered = path.join(room.dir, '改过的', bundles[0]);
  fs.cpSync(bundle, tampered, { recursive: true });
  fs.appendFileSync(path.join(tampered, 'summary.pdf'), '%');
  await page.getByLabel('周报文件夹').setInputFiles(path.dirname(tampered));
  await expect(page.getByText('共 1 份周报：0 份核对通过，1 份未通过。')).toBeVisible();
  await expect(office.locator('.ant-table-row', { hasText: week })).toContainText('✗ 未通过');
  await expect(office.locator('.ant-table-row', { hasText: week })).toContainText('文件 summary.pdf 已被改动');

  // Backups: "back up now" adds a row.
  await page.getByRole('tab', { name: '备份与恢复' }).click();
  const list = page.locator('.ant-card', { hasText: /备份文件（\d+）/ });
  await expect(list).toBeVisible();
  const before = await list.locator('.ant-table-row').count();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/已备份：manual-/)).toBeVisible();
  await expect(list.locator('.ant-table-row')).toHaveCount(before + 1);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'exports-backups.png'), fullPage: true });

  // A child added after the backup is gone once the backup is restored; the app starts over.
  const manualRow = list.locator('.ant-table-row', { hasText: '手动' }).first();
  await ok(room, 'children.create', childInput({ name: '王小刚', birthDate: '2015-01-20', grade: 5, classNo: 1 }));
  await manualRow.getByRole('button', { name: '恢复' }).click();
  const confirm = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(confirm).toContainText('本机当前的全部数据将被这份备份替换。');
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(page.locator('.ant-modal-confirm-title', { hasText: '已恢复' })).toBeVisible();
  await expect(page.getByText(/恢复前的数据已另存为 pre-restore-/)).toBeVisible();
  await page.getByRole('button', { name: '重新载入' }).click();
  await expect(page.getByRole('button', { name: '老师入口' })).toBeVisible();
  await unlockAsAdmin(page);
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await expect(page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' })).toBeVisible();
  await expect(page.getByRole('main').locator('.ant-table-row', { hasText: '王小刚' })).toHaveCount(0);
});

test('the admin sets the schedule, sees the app catch up once the drive is plugged in, and exports the register with contacts only when she asks', async ({ page, room }) => {
  await roomWithAWeek(room);
  const week = thisIsoWeek();
  const drive = path.join(room.dir, 'E盘');
  await page.goto('/');
  await unlockAsAdmin(page);
  await page.getByRole('menuitem', { name: '导出与备份' }).click();

  // The schedule: Mondays at midnight, so last week is due (the folder counts as set two weeks ago).
  // A time that does not exist is caught before anything is saved.
  await page.getByRole('tab', { name: '定时与文件夹' }).click();
  const schedule = page.getByRole('tabpanel');
  await schedule.getByLabel('每周导出日').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周一' }).click();
  await schedule.getByLabel('导出时间').fill('25:00');
  await schedule.getByLabel('自动导出到文件夹').fill(drive);
  await schedule.getByRole('button', { name: '保存' }).click();
  await expect(schedule.getByText('格式不正确')).toBeVisible();
  await schedule.getByLabel('导出时间').fill('00:00');
  await schedule.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  expect(await ok(room, 'settings.get', {})).toMatchObject({ exportDay: 1, exportTime: '00:00', exportFolder: drive, backupFolder: '' });
  await expect(schedule.getByText('一周过完（周日 24:00）后，在之后的第一个导出时间导出这一周，即下一周的周一 00:00。')).toBeVisible();
  await scheduleStartedWeeksAgo(room, 1);
  const lastWeek = thisIsoWeek(1);

  // The app's timer fires while the drive is not plugged in: the status says so and what is owed.
  expect((await room.app.runScheduledTasks()).exportedWeeks).toEqual([]);
  await page.getByRole('tab', { name: '每周导出' }).click();
  const status = page.getByRole('tabpanel').locator('.ant-card', { hasText: '自动导出状态' });
  await expect(status).toContainText(`找不到文件夹 ${drive}：U 盘没插好，或共享文件夹连不上？`);
  await expect(status).toContainText('程序会自动重试');
  await expect(status.locator('.ant-tag', { hasText: weekLabel(lastWeek, 'zh-CN') })).toBeVisible();
  await expect(status).not.toContainText(weekLabel(week, 'zh-CN')); // this week is not over
  await page.screenshot({ path: path.join(SCREENSHOTS, 'exports-status-problem.png'), fullPage: true });

  // Plugged in: the next tick exports the week; the history says the app did it by itself.
  fs.mkdirSync(drive);
  expect((await room.app.runScheduledTasks()).exportedWeeks).toEqual([lastWeek]);
  await page.getByRole('tab', { name: '台账' }).click();
  await page.getByRole('tab', { name: '每周导出' }).click();
  await expect(status).toContainText('没有，全部已导出');
  await expect(status).not.toContainText('找不到文件夹');
  await expect(page.getByRole('tabpanel').locator('.ant-table-row', { hasText: lastWeek })).toContainText('自动');

  // The register goes to the same folder by default, without phone numbers unless she ticks the box.
  await page.getByRole('tab', { name: '台账' }).click();
  const ledger = page.getByRole('tabpanel');
  await expect(ledger.getByLabel('导出到文件夹')).toHaveValue(drive);
  await ledger.getByRole('button', { name: '导出台账' }).click();
  await expect(ledger.getByText('台账已导出')).toBeVisible();
  await expect(ledger.locator('.ant-descriptions-item', { hasText: '儿童人数' })).toContainText('2');
  const csvs = () => fs.readdirSync(drive).filter((f) => f.endsWith('.csv') && f.includes('台账'));
  expect(csvs()).toHaveLength(1);
  expect(fs.readFileSync(path.join(drive, csvs()[0]), 'utf8')).not.toContain('13812345678');

  await ledger.getByRole('checkbox', { name: '包含备注和联系方式' }).check();
  await expect(ledger.getByText('电话号码、家庭住址会写入台账并离开本机')).toBeVisible();
  await ledger.getByRole('button', { name: '导出台账' }).click();
  await expect(ledger.locator('.ant-descriptions-item', { hasText: '包含联系方式' })).toContainText('是');
  expect(csvs()).toHaveLength(2);
  const withContacts = csvs()
    .map((f) => fs.readFileSync(path.join(drive, f), 'utf8'))
    .filter((text) => text.includes('13812345678'));
  expect(withContacts).toHaveLength(1);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'exports-ledger.png'), fullPage: true });

  // In English the week reads the same way (its ISO week), whatever the locale's first day of the week.
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('tab', { name: 'Weekly export' }).click();
  const weekField = page.getByRole('tabpanel').getByRole('textbox', { name: 'Week' });
  await expect(weekField).toHaveValue(weekLabel(lastWeek, 'en'));
  await weekField.click();
  await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-today').click();
  await expect(weekField).toHaveValue(weekLabel(thisIsoWeek(), 'en'));
  await page.screenshot({ path: path.join(SCREENSHOTS, 'exports-week-en.png'), fullPage: true });
});

test('the export screen shows a week changed since its export and a partial export of the running week, in both languages', async ({ page, room }) => {
  const drive = path.join(room.dir, 'E盘');
  const lastWeek = thisIsoWeek(1);
  await roomWithAWeek(room, async () => {
    fs.mkdirSync(drive);
    // Mondays at midnight: at the default 08:00, last week is not yet due early on a Monday (China's
    // Sunday evening UTC, when this once ran and failed).
    await ok(room, 'settings.update', { exportFolder: drive, exportTime: '00:00' });
    await scheduleStartedWeeksAgo(room, 1);
    expect((await room.app.runScheduledTasks()).exportedWeeks).toEqual([lastWeek]);
    // This week's visit was really last Wednesday's: corrected after last week went out.
    const visit = await room.app.db.selectFrom('visit').select('id').executeTakeFirstOrThrow();
    const wednesday = dayjs(mondayBefore(1)).add(2, 'day').format('YYYY-MM-DD');
    await ok(room, 'checkins.correct', {
      visitId: visit.id,
      checkedInAt: `${wednesday}T16:00:00+08:00`,
      checkedOutAt: `${wednesday}T17:00:00+08:00`,
      reason: '记错了日子',
    });
    await room.app.runScheduledTasks();
  });

  await page.goto('/');
  await unlockAsAdmin(page);
  await page.getByRole('menuitem', { name: '导出与备份' }).click();
  const status = page.locator('.ant-card', { hasText: '自动导出状态' });
  await expect(status.locator('.ant-tag', { hasText: weekLabel(lastWeek, 'zh-CN') })).toBeVisible();
  await expect(status).toContainText('导出后又补录或更正了记录');

  // A partial export of the running week, by hand.
  const exportCard = page.locator('.ant-card', { hasText: '导出一周的记录' });
  await exportCard.getByLabel('周', { exact: true }).click();
  await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-today').click();
  await expect(exportCard.getByText('这一周还没过完')).toBeVisible();
  await exportCard.getByLabel('导出到文件夹').fill(drive);
  await exportCard.getByRole('button', { name: '导出' }).click();
  await expect(exportCard.getByText('部分导出，数据截至')).toBeVisible({ timeout: 30_000 });
  const history = page.locator('.ant-card', { hasText: '导出记录' });
  await expect(history.locator('.ant-table-row', { hasText: thisIsoWeek() })).toContainText('部分，截至');
  await expect(history.locator('.ant-table-row', { hasText: lastWeek })).toContainText('导出后有改动');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'exports-changed-partial-zh.png'), fullPage: true });

  await page.getByText('English', { exact: true }).click();
  const statusEn = page.locator('.ant-card', { hasText: 'Scheduled export' });
  await expect(statusEn.locator('.ant-tag', { hasText: weekLabel(lastWeek, 'en') })).toBeVisible();
  await expect(page.locator('.ant-card', { hasText: 'Export history' }).locator('.ant-table-row', { hasText: thisIsoWeek() })).toContainText('Partial, up to');
  await expect(page.locator('.ant-card', { hasText: 'Export history' }).locator('.ant-table-row', { hasText: lastWeek })).toContainText('Changed since export');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'exports-changed-partial-en.png'), fullPage: true });
});
