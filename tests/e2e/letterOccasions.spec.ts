// Issue 20: an admin records a father's birthday on the child's file as people write it (3月12日); five
// days before it, the surrogate parent's due list prompts a letter home; once she has recorded one the
// prompt is gone. Whatever today is: the birthday is set five days from the real date.
import fs from 'node:fs';
import path from 'node:path';
import type { ChildFile, StaffMember } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test } from './bridge';
import { closeDrawer, unlock } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'letterOccasions');

/** The room's date (Asia/Shanghai) `days` from now, as month and day. */
function shanghaiDay(days: number): { month: number; day: number } {
  const d = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000);
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

test('a father’s birthday on the file prompts his child’s surrogate parent to write home, until she has', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  const wang = await ok<StaffMember>(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  await ok<ChildFile>(room, 'children.create', childInput({ name: '陈慧敏', gender: 'female', grade: 3, classNo: 1, surrogateStaffId: wang.id }));
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlock(page, '陈静', '1234');

  // The admin types the father's birthday the way it is written on the form the family filled in.
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '陈慧敏' }).getByText('陈慧敏').click();
  const detail = page.getByRole('dialog', { name: '陈慧敏 的档案' });
  await detail.getByRole('button', { name: '编辑', exact: true }).click();
  const edit = page.getByRole('dialog', { name: '编辑 陈慧敏 的档案' });
  const birthday = edit.getByLabel('生日', { exact: true }).first();
  await birthday.fill('2月30日');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.getByText('请写成 3月12日 或 03-12')).toBeVisible();
  const { month, day } = shanghaiDay(5);
  await birthday.fill(`${month}月${day}日`);
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(detail.getByText(`${month}月${day}日`)).toBeVisible();
  await closeDrawer(page, detail);
  await page.getByRole('button', { name: '锁定' }).click();

  // Her surrogate parent's home: the prompt, five days ahead.
  await unlock(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '首页' }).click();
  const prompt = page.getByRole('alert').filter({ hasText: '节前家书' });
  const row = prompt.locator('.ant-list-item', { hasText: '父亲的生日' });
  await expect(row).toContainText('陈慧敏');
  await expect(row).toContainText(`${month}月${day}日（还有 5 天）`);
  await page.screenshot({ path: path.join(SHOTS, 'home-zh.png') });

  // One letter home and the prompt is gone.
  await row.getByRole('button', { name: '写家书' }).click();
  const form = page.getByRole('dialog').filter({ hasText: '寄给谁' });
  await form.getByLabel('寄给谁').fill('爸爸');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(prompt).toHaveCount(0);

  // In English (the prompt again for a moment: the letter is voided straight in the table).
  await room.app.db.updateTable('care_record').set({ voided_at: new Date().toISOString(), void_reason: 'test' }).execute();
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('menuitem', { name: /Child files$/ }).click();
  await page.getByRole('menuitem', { name: /Home$/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Letters home' })).toContainText("Father's birthday");
  await page.screenshot({ path: path.join(SHOTS, 'home-en.png') });
});
