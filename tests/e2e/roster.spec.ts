// The duty roster end to end: the admin generates a term's roster for two opening hours, reads the
// week with its warnings, swaps two teachers' duties and prints the week; then she signs in for duty
// from the home page with her PIN, sees the last handover note, and signs out leaving her own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Opening, StaffMember } from '../../shared/domain';
import { weekLabel } from '../../shared/weekLabel';
import { expect, ok, SCREENSHOTS, test } from './bridge';
import { today, unlock } from './helpers';

/** Today in the room's time zone, and the ISO weekday of a YYYY-MM-DD date. */
const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

async function unlockAsAdmin(page: Page): Promise<void> {
  await unlock(page, '陈静', '1234');
  await expect(page.getByText('陈静 (管理员)')).toBeVisible();
}

async function pick(page: Page, field: ReturnType<Page['getByLabel']>, names: string[]): Promise<void> {
  await field.click();
  for (const name of names) await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
  // Close the list so it does not cover the next field.
  await page.locator('.ant-modal-title:visible').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

test('the admin builds the term roster, swaps two duties and prints the week; a teacher signs in and out for duty', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  const wang = await ok<StaffMember>(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  await ok(room, 'staff.create', { name: '李明', role: 'teacher', pin: '2222' });
  // Two openings this week, from today on (a term's roster starts today): today, and tomorrow unless
  // today is Sunday (then a second opening today, in the morning).
  const day1 = today();
  const day2 = isoWeekday(day1) < 7 ? addDays(day1, 1) : day1;
  const first = await ok<Opening>(room, 'roster.saveOpening', { weekday: isoWeekday(day1), startTime: '16:30', endTime: '18:30', teachersNeeded: 2 });
  const second = await ok<Opening>(room, 'roster.saveOpening', {
    weekday: isoWeekday(day2),
    startTime: day2 === day1 ? '09:00' : '16:30',
    endTime: day2 === day1 ? '11:30' : '18:30',
    teachersNeeded: 2,
  });
  // 王丽华 was on duty before and left a handover note.
  await ok(room, 'auth.lock', {});
  await ok(room, 'auth.unlock', { staffId: wang.id, pin: '1111' });
  await ok(room, 'duty.signIn', { pin: '1111' });
  await ok(room, 'duty.signOut', { handoverNote: '张小明今天咳嗽，已告诉奶奶。' });
  await ok(room, 'auth.lock', {});

  await page.goto('/');
  await unlockAsAdmin(page);
  await page.getByRole('menuitem', { name: '值班表' }).click();

  const cell1 = page.locator(`.roster-opening[data-opening="${first.id}"][data-date="${day1}"]`);
  const cell2 = page.locator(`.roster-opening[data-opening="${second.id}"][data-date="${day2}"]`);
  // Nobody is rostered yet: both openings are short of two teachers.
  await expect(cell1.getByText('缺 2 人')).toBeVisible();
  await expect(page.getByRole('cell', { name: '不开放' }).first()).toBeVisible();

  // 按学期生成: the term covers this week; 陈静 and 王丽华 take the first opening, 李明 the second.
  await page.getByRole('button', { name: '按学期生成' }).click();
  const dialog = page.getByRole('dialog', { name: '按学期生成值班表' });
  await pick(page, dialog.getByLabel(`${WEEKDAYS[isoWeekday(day1)]} 16:30–18:30`), ['陈静', '王丽华']);
  await pick(page, dialog.getByLabel(`${WEEKDAYS[isoWeekday(day2)]} ${second.startTime}–${second.endTime}`), ['李明']);
  await dialog.getByRole('button', { name: '生成' }).click();
  await expect(page.getByText(/已生成 \d+ 个值班/)).toBeVisible();
  await expect(dialog).toBeHidden();

  await expect(cell1).toContainText('陈静');
  await expect(cell1).toContainText('王丽华');
  await expect(cell1.getByText('缺')).toHaveCount(0);
  await expect(cell2).toContainText('李明');
  await expect(cell2.getByText('缺 1 人')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'roster-week.png'), fullPage: true });

  // 调班: 王丽华's duty on the first opening and 李明's on the second change hands.
  await cell1.getByRole('button', { name: '调班：王丽华' }).click();
  await expect(page.getByText('已选 王丽华')).toBeVisible();
  await cell2.getByRole('button', { name: '调班：李明' }).click();
  await expect(page.getByText('王丽华 和 李明 已调班')).toBeVisible();
  await expect(cell1).toContainText('李明');
  await expect(cell1).not.toContainText('王丽华');
  await expect(cell2).toContainText('王丽华');
  await expect(cell2).not.toContainText('李明');

  // 打印本周: the print sheet holds the week only, without the menu, the header or the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('menuitem', { name: '值班表' })).toBeHidden();
  await expect(page.getByText('计划与实际值班')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印本周' })).toBeHidden();
  await expect(cell1).toBeVisible();
  // On paper: the school and room, the week in words, and no warning tags (缺 1 人 is for the screen).
  const monday = addDays(day1, 1 - isoWeekday(day1));
  const thursday = addDays(monday, 3);
  const weekNo = Math.floor((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${thursday.slice(0, 4)}-01-01T00:00:00Z`)) / (7 * 86_400_000)) + 1;
  const week = `${thursday.slice(0, 4)}-W${String(weekNo).padStart(2, '0')}`;
  await expect(page.getByRole('main').getByText('青山镇中心学校 · 留守儿童之家')).toBeVisible();
  await expect(page.getByRole('heading', { name: `值班表 · ${weekLabel(week, 'zh-CN')}` })).toBeVisible();
  await expect(cell2.getByText('缺 1 人')).toBeHidden();
  await expect(cell2).toContainText('王丽华');
  const printed = path.join(room.dir, 'roster.pdf');
  await page.pdf({ path: printed, landscape: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  try {
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', printed, path.join(SCREENSHOTS, 'roster-print')]);
  } catch {
    // pdftoppm is optional; the PDF itself was written.
  }
  expect(fs.statSync(printed).size).toBeGreaterThan(1000);

  // The home page: her duty today, the handover note 王丽华 left, and 值班签到 with her PIN.
  await page.getByRole('menuitem', { name: '首页' }).click();
  const card = page.locator('.ant-card', { has: page.getByText('我的值班', { exact: true }) });
  await expect(card).toContainText('张小明今天咳嗽，已告诉奶奶。');
  await expect(card).toContainText('王丽华');
  await expect(card).toContainText('16:30–18:30');
  await expect(card).toContainText('未签到值班');

  await card.getByRole('button', { name: '值班签到' }).click();
  const signIn = page.getByRole('dialog', { name: '值班签到' });
  await signIn.getByLabel('请输入您的 PIN').fill('9999');
  await signIn.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('PIN 不正确')).toBeVisible();
  await signIn.getByLabel('请输入您的 PIN').fill('1234');
  await signIn.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('值班签到成功')).toBeVisible();
  await expect(card).toContainText('值班中');

  // 值班签退 with a handover note for whoever comes next.
  await card.getByRole('button', { name: '值班签退' }).click();
  const signOut = page.getByRole('dialog', { name: '值班签退' });
  await signOut.getByLabel('交接留言').fill('图书角还有两本书没上架。');
  await signOut.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('已签退，交接留言已保存')).toBeVisible();
  await expect(signOut).toBeHidden();
  await expect(card).toContainText('图书角还有两本书没上架。');
  // Her duty of today is done: the card says so instead of offering sign-in again.
  await expect(card).toContainText('今天的值班已完成');
  await expect(card.getByRole('button', { name: '值班签到' })).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'roster-duty-card.png'), fullPage: true });

  // Planned vs actual for the week: her sign-in stands next to her planned duty.
  await page.getByRole('menuitem', { name: '值班表' }).click();
  const report = page.locator('.ant-card', { has: page.getByText('计划与实际值班', { exact: true }) });
  await expect(report.locator('.ant-table-row', { hasText: '陈静' }).first()).toBeVisible();
  await expect(report.locator('.ant-table-row', { hasText: '王丽华' }).first()).toBeVisible();
});

test('the admin adds opening hours for several weekdays at once; an overlapping one is refused with its reason', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlockAsAdmin(page);
  await page.getByRole('menuitem', { name: '值班表' }).click();
  const card = page.locator('.ant-card', { has: page.getByText('开放时间', { exact: true }) });

  await card.getByRole('button', { name: '新增开放时间' }).click();
  const dialog = page.getByRole('dialog', { name: '新增开放时间' });
  // No weekday is chosen for her: saving at once asks for one.
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog.getByText('必填')).toBeVisible();
  await pick(page, dialog.getByLabel('星期'), ['周一', '周三', '周五']);
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('开放时间已保存')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(card.locator('.ant-table-row')).toHaveText([/周一16:3018:302/, /周三16:3018:302/, /周五16:3018:302/]);

  // 周三 17:00–19:00 overlaps 周三 16:30–18:30.
  await card.getByRole('button', { name: '新增开放时间' }).click();
  await pick(page, dialog.getByLabel('星期'), ['周三']);
  await dialog.getByLabel('开始').fill('17:00');
  await dialog.getByLabel('结束').fill('19:00');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('这一天已有与这个时间重叠的开放时段，请改时间或编辑原来的时段。')).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(card.locator('.ant-table-row')).toHaveCount(3);
});
