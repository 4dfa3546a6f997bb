// 本月家书 (issue 16 point 8): a teacher opens a child's file, writes a line for the parents, copies
// the letter for a phone message and saves it as a PDF; then in English. The dialog and the PDF are
// photographed in both languages (pages rendered with pdftoppm when it is installed).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChildFile, StaffMember } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test } from './bridge';
import { choose, closeDrawer, unlock, unlockEn } from './helpers';

const SHOTS = process.env.LETTER_SHOTS ?? SCREENSHOTS;

/** Saves the download, checks it is one page that carries `words`, and renders it for a look. */
async function savedPdf(page: Page, dialog: ReturnType<Page['getByRole']>, button: string, name: string, words: string): Promise<void> {
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: button }).click();
  const file = path.join(SHOTS, `${name}.pdf`);
  await (await download).saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  try {
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain(words.replace(/\s+/g, ''));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, path.join(SHOTS, name)]);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // poppler-utils not installed: the bytes were checked
  }
}

test('a teacher writes this month’s letter to a child’s parents, copies it and saves the PDF', async ({ page, room, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  fs.mkdirSync(SHOTS, { recursive: true });
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' });
  const wang = await ok<StaffMember>(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  const child = await ok<ChildFile>(room, 'children.create', childInput({ surrogateStaffId: wang.id }));
  const other = await ok<ChildFile>(room, 'children.create', childInput({ name: '李春花', gender: 'female' }));
  // 李春花 came today: the room is open this month, 张小明 has not come yet.
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
  const at = `${today}T00:10:00+08:00`;
  await room.app.db
    .insertInto('visit')
    .values({
      child_id: other.id,
      checked_in_at: at,
      checked_out_at: null,
      check_in_staff_id: null,
      check_out_staff_id: null,
      checkout_method: null,
      leave_mode: null,
      collected_by: null,
      voided_at: null,
      void_reason: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await ok(room, 'care.create', { kind: 'talk', childId: child.id, date: today, text: '和李春花吵架了' });
  await ok(room, 'auth.lock', {});

  await page.goto('/');
  await unlock(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' }).click();
  await page.getByRole('button', { name: '本月家书' }).click();
  const dialog = page.getByRole('dialog', { name: '本月家书' });
  const text = dialog.getByLabel('家书内容');
  await expect(text).toContainText('张小明的爸爸妈妈：你们好！');
  await expect(text).toContainText('这个月张小明还没有来小屋');
  await dialog.getByLabel('代理家长想说的话').fill('孩子最近很爱读书，请放心。');
  await expect(text).toContainText('王丽华想对你们说：孩子最近很爱读书，请放心。');
  await expect(text).not.toContainText('李春花');
  await expect(text).not.toContainText('吵架');
  await dialog.getByRole('button', { name: '复制' }).click();
  await expect(page.getByText('已复制，可粘贴到手机短信或微信')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('王丽华想对你们说：孩子最近很爱读书，请放心。');
  await page.screenshot({ path: path.join(SHOTS, 'letter-dialog-zh.png') });
  await savedPdf(page, dialog, '保存 PDF', 'letter-zh', '王丽华想对你们说：孩子最近很爱读书，请放心。');

  // The whole class: one PDF to print, a page per child, the shared line in each.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The focus goes back to the button that opened the letter. The drawer is then closed with its close
  // button: a second Escape, even pressed after that focus came back, sometimes reached nothing (CI, 6 and
  // 7 December 2026).
  await expect(page.locator('.ant-drawer-open').getByRole('button', { name: '本月家书' })).toBeFocused();
  await closeDrawer(page, page.locator('.ant-drawer-open'));
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  const main = page.getByRole('main');
  await choose(page, main, '年级', '4年级');
  await choose(page, main, '班级', '2班');
  await main.getByRole('button', { name: '本月家书' }).click();
  const batch = page.getByRole('dialog', { name: '4年级2班 本月家书' });
  await batch.getByLabel('给全班家长的一句话').fill('天冷了，孩子们都穿上了棉衣。');
  await expect(batch.getByRole('button', { name: '每人一个 PDF 存到文件夹' })).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'letter-class-zh.png') });
  const printed = page.waitForEvent('download');
  await batch.getByRole('button', { name: '打印用 PDF（每人一页）' }).click();
  await (await printed).saveAs(path.join(SHOTS, 'letter-class-zh.pdf'));
  await expect(page.getByText('已生成 2 封家书')).toBeVisible();

  await ok(room, 'settings.setLanguage', { language: 'en' });
  await page.reload();
  await unlockEn(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: 'Child files' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' }).click();
  await page.getByRole('button', { name: 'Monthly letter' }).click();
  const en = page.getByRole('dialog', { name: "This month's letter" });
  await expect(en.getByLabel('The letter')).toContainText('Dear parents of 张小明,');
  await en.getByLabel('A word from the surrogate parent').fill('He is reading a lot.');
  await expect(en.getByLabel('The letter')).toContainText('A word from 王丽华: He is reading a lot.');
  await page.screenshot({ path: path.join(SHOTS, 'letter-dialog-en.png') });
  await savedPdf(page, en, 'Save PDF', 'letter-en', 'A word from 王丽华: He is reading a lot.');
});
