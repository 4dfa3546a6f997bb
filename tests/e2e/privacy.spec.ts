// Minors' data end to end: the access log shows an admin opening a child's file; a child who left
// three years ago is erased from the Privacy page after the admin types her name; a child's own
// data is exported to a folder.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChildFile } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { closeDrawer, unlock } from './helpers';

/** 张小明 still comes to the room; 王芳芳 left in June 2023, past the default two years. */
async function openRoom(room: Room): Promise<{ leaverId: number }> {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok<ChildFile>(room, 'children.create', childInput());
  const leaver = await ok<ChildFile>(room, 'children.create', childInput({ name: '王芳芳', gender: 'female', guardianName: '王德山' }));
  await ok(room, 'children.archive', { id: leaver.id, reason: '随父母转学' });
  // The clock is the real one: move her leaving date back rather than waiting two years.
  await room.app.db.updateTable('child').set({ archived_at: '2023-06-30T16:00:00+08:00' }).where('id', '=', leaver.id).execute();
  return { leaverId: leaver.id };
}

async function unlockAsAdmin(page: Page): Promise<void> {
  await page.goto('/');
  await unlock(page, '陈静', '1234');
  await expect(page.getByText('陈静 (管理员)')).toBeVisible();
}

test("an admin reads the access log, erases a child who left long ago, and exports a child's data", async ({ page, room }) => {
  const { leaverId } = await openRoom(room);
  await unlockAsAdmin(page);

  // Opening a child's file leaves a line in the access log.
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' }).getByText('张小明').click();
  const detail = page.getByRole('dialog', { name: '张小明 的档案' });
  await expect(detail.getByText('张德山').first()).toBeVisible();
  await closeDrawer(page, detail);

  await page.getByRole('menuitem', { name: '隐私与数据' }).click();
  // The file and its collectors list (phones) are each logged as a read of the file.
  const logRow = page.locator('.ant-table-row', { hasText: '张小明' }).first();
  await expect(logRow).toContainText('陈静');
  await expect(logRow).toContainText('管理员');
  await expect(logRow).toContainText('儿童档案');

  // The retention period decides who is listed: five years hides her, two years shows her again.
  await page.getByRole('tab', { name: '到期删除' }).click();
  const leaverRow = page.locator('.ant-table-row', { hasText: '王芳芳' });
  await expect(leaverRow).toContainText('2025-06-30');
  const years = page.getByLabel('离校后保留年数');
  await years.fill('5');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('保留期限已保存')).toBeVisible();
  await expect(page.getByText('没有已过保留期、尚未删除的儿童。')).toBeVisible();
  await years.fill('2');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(leaverRow).toBeVisible();

  // Erasing asks for her name, typed exactly; a near miss keeps the button off.
  await leaverRow.getByRole('button', { name: '删除个人信息' }).click();
  const dialog = page.getByRole('dialog', { name: '删除 王芳芳 的个人信息' });
  await expect(dialog.getByText('此操作不可撤销，删除后无法恢复。')).toBeVisible();
  const erase = dialog.getByRole('button', { name: '永久删除' });
  await expect(erase).toBeDisabled();
  await dialog.getByLabel('请输入儿童姓名“王芳芳”以确认').fill('王芳');
  await expect(dialog.getByText('与儿童姓名不一致')).toBeVisible();
  await expect(erase).toBeDisabled();
  await dialog.getByLabel('请输入儿童姓名“王芳芳”以确认').fill('王芳芳');
  await expect(erase).toBeEnabled();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'privacy-erase.png'), fullPage: true });
  await erase.click();
  await expect(page.getByText(`个人信息已删除，档案现显示为 #${leaverId}`)).toBeVisible();
  await expect(page.getByText('没有已过保留期、尚未删除的儿童。')).toBeVisible();
  const erased = await room.app.db.selectFrom('child').select(['name', 'guardian_name', 'erased_at']).where('id', '=', leaverId).executeTakeFirstOrThrow();
  expect(erased).toMatchObject({ name: `#${leaverId}`, guardian_name: null });
  expect(erased.erased_at).not.toBeNull();

  // A child's own data, on her guardian's request, into a folder (a USB drive in the room).
  await page.getByRole('tab', { name: '本人数据导出' }).click();
  await page.getByLabel('儿童', { exact: true }).click();
  await page.keyboard.type('zxm');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张小明' }).click();
  await page.getByLabel('保存到文件夹').fill(path.join(room.dir, 'no-usb'));
  await page.getByRole('button', { name: '导出' }).click();
  await expect(page.getByText(`找不到文件夹 ${path.join(room.dir, 'no-usb')}`, { exact: false })).toBeVisible();
  await page.getByLabel('保存到文件夹').fill(room.dir);
  await page.getByRole('button', { name: '导出' }).click();
  await expect(page.getByText('已导出到', { exact: false })).toBeVisible();
  const exported = fs.readdirSync(room.dir).find((f) => f.startsWith('张小明-'));
  expect(exported).toBeDefined();
  const json = fs.readFileSync(path.join(room.dir, exported ?? '', 'child-data.json'), 'utf8');
  expect(json).toContain('张德山');
  expect(json).not.toContain('王芳芳');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'privacy-export.png'), fullPage: true });

  // The export is in the access log too.
  await page.getByRole('tab', { name: '查阅记录' }).click();
  await expect(page.locator('.ant-table-row', { hasText: '本人数据导出' })).toContainText('张小明');
});
