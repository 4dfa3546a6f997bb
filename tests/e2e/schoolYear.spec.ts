// The new school year (issue 20) as the admin walks it in the demo room: the school year's start set
// to 1 January in Settings (so the step is due whatever day the test runs), 新学年 on her home, one
// child kept back, the step run, the grades moved in 儿童档案, the handover sheet printed, then undone.
// Photographed in both languages; the handover PDF's first page rendered to PNG beside them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './bridge';
import { dialogsStandStill, unlock, unlockEn } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'schoolYear');

/** The class label a row of the preview shows, and the name in that row. */
async function rowFacts(row: Locator): Promise<{ name: string; from: number; to: number; classNo: string }> {
  const cells = await row.locator('td').allInnerTexts();
  const [name = '', cls = '', next = ''] = cells;
  const [, from = '0', to = '0'] = /(\d)年级 → (\d)年级/.exec(next) ?? [];
  return { name, from: Number(from), to: Number(to), classNo: /年级(\d+)班/.exec(cls)?.[1] ?? '' };
}

async function childRow(page: Page, name: string): Promise<Locator> {
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill(name);
  const row = page.locator('.ant-table-row').filter({ hasText: name });
  await expect(row.first()).toBeVisible();
  return row;
}

test('the admin runs the new school year, sees the grades moved, prints the handover sheet and undoes it', async ({ page, room }) => {
  test.setTimeout(240_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.goto('/');
  await page.getByRole('button', { name: '用演示数据试用' }).click();
  const seeded = page.getByRole('dialog').filter({ hasText: '演示数据已生成' });
  await expect(seeded).toBeVisible({ timeout: 60_000 });
  // Clicked once it stands still, and seen to close.
  await dialogsStandStill(page);
  await seeded.getByRole('button', { name: /OK|确定|知道了/ }).click();
  await expect(seeded).toBeHidden();
  // The demo's roll is typed in today; a real roll was there before the school year began.
  await room.app.db.updateTable('child').set({ created_at: '2020-06-01T08:00:00+08:00' }).execute();

  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '设置' }).click();
  const start = page.getByLabel('新学年开始日（月-日）');
  await expect(start).toHaveValue('09-01');
  await start.fill('01-01');
  // The demo school runs to grade 9 (九年一贯制).
  await expect(page.getByLabel('学校最高年级')).toHaveValue('9');
  await page.getByRole('button', { name: '保存' }).first().click();
  await expect(page.getByText('设置已保存')).toBeVisible();

  await expect(page.getByText('设置已保存')).toBeHidden();
  await page.getByRole('menuitem', { name: '首页' }).click();
  const card = page.locator('.ant-card').filter({ hasText: '新学年' }).first();
  await expect(card.getByRole('button', { name: '开始新学年' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'zh-CN-home-due.png'), animations: 'disabled' });

  await card.getByRole('button', { name: '开始新学年' }).click();
  const dialog = page.getByRole('dialog', { name: /新学年：\d{4}–\d{4}学年/ });
  await expect(dialog.getByText(/升级名单（\d+人）/)).toBeVisible();
  const moves = dialog.locator('.ant-table').first().locator('.ant-table-row');
  const kept = await rowFacts(moves.nth(0));
  const moved = await rowFacts(moves.nth(1));
  expect(kept.to).toBe(kept.from + 1);
  await dialog.getByRole('checkbox', { name: `${kept.name}留级` }).check();
  await expect(moves.nth(0)).toContainText(`留在${kept.from}年级`);
  await expect(dialog.getByText(/9年级毕业（\d+人/)).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'zh-CN-dialog.png'), animations: 'disabled' });
  await dialog.getByRole('button', { name: '确认，开始新学年' }).click();
  await expect(dialog).toBeHidden();

  const done = page.locator('.ant-card').filter({ hasText: '新学年已完成' });
  await expect(done).toContainText('留级1人');
  await page.screenshot({ path: path.join(SHOTS, 'zh-CN-home-done.png'), animations: 'disabled' });

  // The handover sheet for every class: saved, read, and its first page rendered for review.
  const download = page.waitForEvent('download');
  await done.getByRole('button', { name: '打印全部班级交接单' }).click();
  const pdf = path.join(SHOTS, 'handover.pdf');
  await (await download).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('1年级1班交接单');
  expect(text).toContain('移交人');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(SHOTS, 'handover-page')]);
  fs.rmSync(pdf);

  // 儿童档案 follows: the kept-back child is still in her grade, the next one moved up.
  const keptRow = await childRow(page, kept.name);
  await expect(keptRow.filter({ hasText: `${kept.from}年级${kept.classNo}班` }).first()).toBeVisible();
  const movedRow = await childRow(page, moved.name);
  await expect(movedRow.filter({ hasText: `${moved.to}年级${moved.classNo}班` }).first()).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'zh-CN-children-after.png'), animations: 'disabled' });

  // Undo, the same day: 新学年 is due again and the grade is as it was.
  await page.getByRole('menuitem', { name: '首页' }).click();
  await page.locator('.ant-card').filter({ hasText: '新学年已完成' }).getByRole('button', { name: '撤销' }).click();
  await page.getByRole('button', { name: '确定撤销' }).click();
  await expect(page.locator('.ant-card').filter({ hasText: '新学年' }).getByRole('button', { name: '开始新学年' })).toBeVisible();
  const back = await childRow(page, moved.name);
  await expect(back.filter({ hasText: `${moved.from}年级${moved.classNo}班` }).first()).toBeVisible();

  // English: the card and the dialog.
  const result = await room.app.dispatch('settings.setLanguage', { language: 'en' }, room.session);
  expect(result.ok).toBe(true);
  await page.reload();
  await unlockEn(page, '陈静', '1234');
  const enCard = page.locator('.ant-card').filter({ hasText: 'New school year' }).first();
  await expect(enCard.getByRole('button', { name: 'Start the new school year' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'en-home-due.png'), animations: 'disabled' });
  await enCard.getByRole('button', { name: 'Start the new school year' }).click();
  const enDialog = page.getByRole('dialog', { name: /Moving into the school year \d{4}–\d{4}/ });
  await expect(enDialog.getByText(/Moving up \(\d+\)/)).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'en-dialog.png'), animations: 'disabled' });
  await enDialog.getByRole('button', { name: 'Confirm and start the new school year' }).click();
  await expect(page.locator('.ant-card').filter({ hasText: 'Done: moved into the school year' })).toContainText('0 kept back');
  await page.screenshot({ path: path.join(SHOTS, 'en-home-done.png'), animations: 'disabled' });
});
