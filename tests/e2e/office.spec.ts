// The school office's database end to end: the admin imports three rooms' bundles for four weeks
// from a folder, sees the week one room is missing in red, opens a room's trend, and exports the
// county sheet; the grid and the trend are photographed in Chinese and in English.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sampleWeek, writeBundle } from '../unit/office/bundleFixture';
import { expect, SCREENSHOTS, test, type Room } from './bridge';
import { unlock, unlockEn } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'office');
const WEEKS = [
  ['2026-W45', '2026-11-02'],
  ['2026-W46', '2026-11-09'],
  ['2026-W47', '2026-11-16'],
  ['2026-W48', '2026-11-23'],
] as const;

async function ok(room: Room, method: string, input: unknown): Promise<void> {
  const result = await room.app.dispatch(method, input, room.session);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
}

/** 阳光小学's two rooms send all four weeks; 青石小学 stops after week 47. */
function usbWithFourWeeks(dir: string): string {
  const usb = path.join(dir, 'U盘');
  WEEKS.forEach(([week, monday], i) => {
    const visits = sampleWeek({ monday }).visits;
    writeBundle(usb, sampleWeek({ week, monday }));
    writeBundle(usb, sampleWeek({ room: '二号活动室', week, monday, visits: visits.slice(0, i + 1) }));
    if (i < 3) writeBundle(usb, sampleWeek({ school: '青石小学', week, monday, visits: visits.slice(0, 3 - i) }));
  });
  return usb;
}

test('the office imports three rooms’ weeks, sees the missing week, opens a trend and exports the county sheet', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await ok(room, 'setup.complete', { schoolName: '阳光小学', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'auth.lock', {});
  const usb = usbWithFourWeeks(room.dir);

  await page.goto('/');
  await unlock(page, '陈静', '1234');
  await expect(page.getByText('陈静 (管理员)')).toBeVisible();
  await page.getByRole('menuitem', { name: '导出与备份' }).click();
  await page.getByRole('tab', { name: '汇总周报' }).click();

  const importCard = page.locator('.ant-card', { hasText: '汇总数据库：已保存的周报' });
  await expect(importCard).toBeVisible();
  await importCard.getByLabel('周报所在文件夹').fill(usb);
  await importCard.getByRole('button', { name: '导入周报' }).click();
  await expect(importCard.getByText('共读取 11 份周报：导入 11 份，未导入 0 份。')).toBeVisible();

  // The grid: 青石小学 has sent nothing since week 48, in red.
  const grid = page.locator('.ant-card', { hasText: '各活动室每周报送情况' });
  await expect(grid.getByText('青石小学 留守儿童之家 自2026年第48周起未报送')).toBeVisible();
  const qing = grid.locator('.ant-table-row', { hasText: '青石小学 · 留守儿童之家' });
  await expect(qing.locator('.ant-tag-error')).toHaveText(['缺']);
  await expect(qing.locator('.ant-tag-success')).toHaveCount(3);
  await expect(grid.locator('.ant-table-row', { hasText: '阳光小学 · 二号活动室' }).locator('.ant-tag-error')).toHaveCount(0);
  await grid.screenshot({ path: path.join(SHOTS, 'grid-zh-CN.png') });

  // A room's trend, opened from the grid.
  await grid.getByRole('button', { name: '阳光小学 · 二号活动室' }).click();
  const trend = page.locator('.ant-card', { hasText: '趋势 · 阳光小学 · 二号活动室' });
  await expect(trend.locator('canvas')).toBeVisible();
  await trend.screenshot({ path: path.join(SHOTS, 'trend-zh-CN.png') });

  // The rooms to look at first: the silent one on top.
  const first = page.locator('.ant-card', { hasText: '优先关注的活动室' });
  await expect(first.locator('.ant-table-row').first()).toContainText('青石小学 · 留守儿童之家');

  // The county sheet.
  const out = path.join(room.dir, '县报表');
  fs.mkdirSync(out);
  await page.getByLabel('县级报表保存到').fill(out);
  await page.getByRole('button', { name: '导出县级报表（.xlsx）' }).click();
  await expect(page.getByText(/^已保存：/)).toBeVisible();
  const [file] = fs.readdirSync(out);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(out, file));
  expect(book.worksheets.map((s) => s.name)).toEqual(['报送情况', '各室各周', '到室趋势', '优先关注']);
  expect(book.getWorksheet('报送情况')?.getRow(1).values).toEqual([undefined, '学校', '活动室', '2026年第45周', '2026年第46周', '2026年第47周', '2026年第48周']);

  // The same screens in English.
  await ok(room, 'settings.setLanguage', { language: 'en' });
  await ok(room, 'auth.lock', {});
  await page.reload();
  await unlockEn(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: 'Export & backup' }).click();
  await page.getByRole('tab', { name: 'Combine reports' }).click();
  const gridEn = page.locator('.ant-card', { hasText: 'Who sent which week' });
  await expect(gridEn.getByText('青石小学 留守儿童之家 missing since Week 48, 2026')).toBeVisible();
  await gridEn.screenshot({ path: path.join(SHOTS, 'grid-en.png') });
  await gridEn.getByRole('button', { name: '阳光小学 · 二号活动室' }).click();
  const trendEn = page.locator('.ant-card', { hasText: 'Trend · 阳光小学 · 二号活动室' });
  await expect(trendEn.locator('canvas')).toBeVisible();
  await trendEn.screenshot({ path: path.join(SHOTS, 'trend-en.png') });
});
