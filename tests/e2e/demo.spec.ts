// The demo room (issue 17): the wizard's demo button fills a room that has lived a term. A teacher
// walks home, the room, the phone, care and the library and finds something on each; every screen
// she can open is photographed in both languages at the two laptop sizes, for review (outside the repo).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './bridge';
import { dialogsStandStill, unlock, unlockEn } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'demo');
const SIZES = [
  { width: 1366, height: 860 },
  { width: 1024, height: 768 },
] as const;

/** A side-menu item by its words: its accessible name also holds the icon's label ("home Home", "phone Home phone"). */
const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

/** Every screen in the side menu, photographed at both sizes. */
async function photographAll(page: Page, lang: string): Promise<void> {
  const items = page.getByRole('menuitem');
  const names = (await items.allInnerTexts()).map((s) => s.trim()).filter(Boolean);
  expect(names.length).toBeGreaterThan(4);
  for (const name of names) {
    const item = menuItem(page, name);
    await item.click();
    await expect(item).toHaveClass(/selected/);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.screenshot({ path: path.join(SHOTS, `${lang}-${size.width}-${name.replace(/[\s/&]+/g, '_')}.png`) });
    }
    await page.setViewportSize(SIZES[0]);
  }
}

test('the demo room has lived a term: every screen a teacher walks has rows', async ({ page, room }) => {
  test.setTimeout(240_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize(SIZES[0]);
  await page.goto('/');
  await page.getByRole('button', { name: '用演示数据试用' }).click();
  const done = page.getByRole('dialog').filter({ hasText: '演示数据已生成' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  // Clicked once it stands still, and seen to close.
  await dialogsStandStill(page);
  await done.getByRole('button', { name: /OK|确定|知道了/ }).click();
  await expect(done).toBeHidden();

  await unlock(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '首页' }).click();
  // The home page counts today and this week: early on a Monday all four are rightly 0 (a run at 1 a.m. in
  // the room's zone once failed here, asking for one that was not). The term shows in her duty card: the
  // last handover note and her next duties.
  await expect(page.locator('.ant-statistic', { hasText: '本周签到' })).toContainText(/\d+/);
  const duty = page.locator('.ant-card', { hasText: '我接下来的值班' }).last();
  await expect(duty.locator('.ant-list-item').first()).toBeVisible();
  await expect(duty).toContainText('最近一次交接留言');
  await expect(duty).not.toContainText('暂无交接留言');

  // Screens that show a term's history, whatever the weekday and hour: on a Saturday or after closing the
  // phone queue is rightly empty, so the phone screen is judged by its call log; before opening (the CI
  // runs at 5 a.m. in the room's zone) and on a closed day nobody is in the room and today's log is empty,
  // so the room screen is judged by its figures.
  await page.getByRole('menuitem', { name: '在室儿童' }).click();
  await expect(page.locator('.ant-statistic', { hasText: '在室人数 / 容量' })).toContainText(/\d+\s*\/\s*\d+/);
  for (const [screen, tab] of [['亲情电话', '通话记录'], ['关爱记录'], ['图书角'], ['活动'], ['活动', '每月讲座'], ['意外事件'], ['值班表']] as const) {
    await page.getByRole('menuitem', { name: screen }).click();
    if (tab) await page.getByRole('tab', { name: tab }).click();
    const shown = tab ? page.getByRole('tabpanel', { name: tab }) : page;
    await expect(shown.locator('.ant-table-row, .ant-list-item').first(), tab ?? screen).toBeVisible();
  }
  await photographAll(page, 'zh');

  const result = await room.app.dispatch('settings.setLanguage', { language: 'en' }, room.session);
  expect(result.ok).toBe(true);
  await page.reload();
  await unlockEn(page, '王丽华', '1111');
  await expect(menuItem(page, 'Home')).toBeVisible();
  await photographAll(page, 'en');
});
