// Monthly lectures end to end (issue 20): the care overview says no lecture has been held this month;
// 王丽华 records a safety lecture by the township police, ticks the child who was in the room that day,
// and the care overview no longer lists the month. A month before it (open, no lecture) stays listed.
// Photographed in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { semesterOf } from '../../electron/services/semester';
import type { ChildFile } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { closeDrawer, today, unlock } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'lectures');

/** The month before this one, when it is in the same semester (else null: the semester began this month). */
function monthBefore(date: string): string | null {
  const [y = 0, m = 0] = date.split('-').map(Number);
  const before = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return semesterOf(`${before}-10`) === semesterOf(date) ? before : null;
}

async function seed(room: Room): Promise<{ child: ChildFile; earlier: string | null }> {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  // The kiosk refuses a check-in after closing time, and this test runs on the real clock.
  await ok(room, 'settings.update', { closingTime: '23:59' });
  const child = await ok<ChildFile>(room, 'children.create', childInput());
  await ok(room, 'children.create', childInput({ name: '李春花', gender: 'female', grade: 3, classNo: 1 }));
  // 张小明 is in the room today: the room is open this month.
  await ok(room, 'kiosk.checkIn', { childId: child.id });
  // Last month the room was open too (a visit written straight into the file: the clock is real).
  const earlier = monthBefore(today());
  if (earlier) {
    const at = `${earlier}-10T16:00:00+08:00`;
    await room.app.db
      .insertInto('visit')
      .values({ child_id: child.id, checked_in_at: at, checked_out_at: `${earlier}-10T17:00:00+08:00`, created_at: at, updated_at: at })
      .execute();
  }
  await ok(room, 'auth.lock', {});
  return { child, earlier };
}

/** The open drawer, which is whole on the screen only once it has slid in. */
const slidIn = (page: Page) => page.locator('.ant-drawer-open .ant-drawer-content-wrapper');

async function careOverview(page: Page, menu: string, tab: string) {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByRole('tab', { name: tab }).click();
  const gaps = page.getByTestId('lecture-gaps');
  await expect(gaps).toBeVisible();
  return gaps;
}

test('a teacher records a safety lecture, ticks who was there, and the care overview no longer lists the month', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const { earlier } = await seed(room);
  const [year = '', month = ''] = today().split('-');
  const thisMonthZh = `${year}年${Number(month)}月`;
  await page.goto('/');
  await unlock(page, '王丽华', '1111');
  await expect(page.getByText('王丽华 (教师)')).toBeVisible();

  // The care overview: no lecture yet this month; last month (open, none held) as a miss.
  let gaps = await careOverview(page, '关爱记录', '全室概况');
  await expect(gaps).toContainText('本月还没有讲座');
  if (earlier) await expect(gaps).toContainText(`${earlier.slice(0, 4)}年${Number(earlier.slice(5))}月`);
  await gaps.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'care-overview-before.png'), fullPage: true });

  // 活动 → 每月讲座 → 登记讲座: a safety lecture by the township police, today.
  await page.getByRole('menuitem', { name: '活动' }).click();
  await page.getByRole('tab', { name: '每月讲座' }).click();
  await page.getByRole('button', { name: '登记讲座' }).click();
  const form = page.locator('.ant-drawer', { has: page.getByText('登记讲座', { exact: true }) });
  await expect(form.getByRole('radio', { name: '安全' })).toBeChecked();
  await expect(form.getByLabel('讲座日期')).toHaveValue(today());
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('必填').first()).toBeVisible();
  await form.getByLabel('讲座题目').fill('防溺水安全教育');
  await form.getByLabel('主讲人').fill('镇派出所张警官');
  await form.getByLabel('备注').fill('结合寒假安全');
  await expect(form.getByText('必填')).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'lecture-form.png') });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已登记讲座：防溺水安全教育')).toBeVisible();
  // The pictures below without the message over them.
  await expect(page.getByText('已登记讲座：防溺水安全教育')).toBeHidden();
  const row = page.locator('.ant-table-row', { hasText: '防溺水安全教育' });
  await expect(row).toContainText('镇派出所张警官');
  await expect(row).toContainText('安全');

  // Attendance: 张小明, in the room today, heads the list; tick him.
  await row.getByRole('button', { name: '签到' }).click();
  const sheet = page.locator('.ant-drawer', { has: page.getByText(`防溺水安全教育（${today()}）签到`) });
  const first = sheet.locator('.ant-list-item').first();
  await expect(first).toContainText('张小明');
  await expect(first).toContainText('当天在室');
  await expect(sheet.locator('.ant-list-item', { hasText: '李春花' })).not.toContainText('当天在室');
  await expect(slidIn(page)).toBeInViewport({ ratio: 1 });
  await first.getByRole('checkbox').check();
  await expect(sheet.getByTestId('lecture-present')).toHaveText('到场 1 人');
  await page.screenshot({ path: path.join(SHOTS, 'lecture-attendance.png') });
  await closeDrawer(page, sheet);
  await expect(row.locator('td').nth(4)).toHaveText('1');
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'lectures-tab.png'), fullPage: true });

  // The care overview: this month is no longer listed; last month still is.
  gaps = await careOverview(page, '关爱记录', '全室概况');
  await expect(gaps).not.toContainText('本月还没有讲座');
  await expect(gaps).not.toContainText(thisMonthZh);
  if (earlier) await expect(gaps).toContainText(`${earlier.slice(0, 4)}年${Number(earlier.slice(5))}月`);
  else await expect(gaps).toContainText('本学期每个开放的月份都办过讲座');
  await gaps.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'care-overview-after.png'), fullPage: true });

  // In English: the same screens.
  await page.getByText('English', { exact: true }).click();
  gaps = await careOverview(page, 'Care records', 'Whole room');
  await expect(gaps).not.toContainText('No lecture yet this month');
  await gaps.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'care-overview-after-en.png'), fullPage: true });
  await page.getByRole('menuitem', { name: 'Activities' }).click();
  await page.getByRole('tab', { name: 'Monthly lectures' }).click();
  const rowEn = page.locator('.ant-table-row', { hasText: '防溺水安全教育' });
  await expect(rowEn).toContainText('Safety');
  await page.screenshot({ path: path.join(SHOTS, 'lectures-tab-en.png'), fullPage: true });
  await rowEn.getByRole('button', { name: 'Attendance' }).click();
  const sheetEn = page.locator('.ant-drawer', { has: page.getByText(`Attendance: 防溺水安全教育 (${today()})`) });
  await expect(sheetEn.getByTestId('lecture-present')).toHaveText('1 child present');
  await expect(sheetEn.locator('.ant-list-item').first()).toContainText('In the room that day');
  await expect(slidIn(page)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(SHOTS, 'lecture-attendance-en.png') });
  await closeDrawer(page, sheetEn);
  await page.getByRole('button', { name: 'Record a lecture' }).click();
  await expect(page.getByLabel('Date held')).toHaveValue(today());
  await expect(slidIn(page)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(SHOTS, 'lecture-form-en.png') });
});
