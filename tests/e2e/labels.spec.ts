// Issue 17: a teacher ticks two books in the catalogue, opens 打印标签, clicks position 4 on her half-used
// sheet, and saves the PDF: its labels carry the titles and the copies' labels (a lost copy gets none).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Book } from '../../shared/domain';
import { expect, ok, SCREENSHOTS, test } from './bridge';
import { dialogsStandStill, unlock } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'labels');

test('a teacher prints labels for two books from position 4 of a half-used sheet', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  const prince = await ok<Book>(room, 'books.create', { book: { title: '小王子' }, copies: 3 });
  await ok<Book>(room, 'books.create', { book: { title: '草房子' }, copies: 2 });
  await ok<Book>(room, 'books.create', { book: { title: '西游记' }, copies: 1 });
  await ok(room, 'books.setCopyStatus', { copyId: prince.copies[2]?.id, status: 'lost', reason: '找不到了' });
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlock(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '图书角' }).click();
  await page.getByRole('tab', { name: '图书目录' }).click();

  for (const title of ['小王子', '草房子']) await page.locator('.ant-table-row', { hasText: title }).getByRole('checkbox').check();
  // Three copies: the lost one is left out.
  await page.getByRole('button', { name: '打印标签（4 个副本）' }).click();
  const dialog = page.getByRole('dialog', { name: '打印图书标签' });
  await dialog.getByRole('radio', { name: '第 4 个位置' }).click();
  await expect(dialog).toContainText('共 4 个标签，从第 4 个位置开始，需要 1 张纸。');
  await expect(dialog.getByRole('radio', { name: '第 4 个位置' })).toHaveAttribute('aria-checked', 'true');
  await dialogsStandStill(page);
  await page.screenshot({ path: path.join(SHOTS, 'dialog-zh.png') });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '保存 PDF' }).click();
  const file = path.join(room.dir, 'labels.pdf');
  await (await download).saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const word of ['小王子', '草房子', 'B00001', 'B00002', 'B00004', 'B00005']) expect(text, word).toContain(word);
  expect(text).not.toContain('B00003');
  expect(text).not.toContain('西游记');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, path.join(SHOTS, 'sheet')]);

  // In English.
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'Print labels (4 copies)' }).click();
  const dialogEn = page.getByRole('dialog', { name: 'Print copy labels' });
  await expect(dialogEn).toContainText('4 labels from position 1; sheets needed: 1.');
  // The picture is taken once the dialog stands still.
  await dialogsStandStill(page);
  await expect(dialogEn.getByRole('button', { name: 'Save PDF' })).toBeInViewport();
  await page.screenshot({ path: path.join(SHOTS, 'dialog-en.png') });
});
