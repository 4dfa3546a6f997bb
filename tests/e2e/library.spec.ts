// The room's library end to end: a teacher adds a donated book by scanning its ISBN and its labels,
// lends a copy to a child found by pinyin initials, takes it back by its label alone; the child
// writes a review at the kiosk and the teacher grades it. Then the overdue list and what a teacher
// does about a book that has been out too long.
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Book, ChildFile, Loan } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, holdAnswers, ok, SCREENSHOTS, test, type Room } from './bridge';
import { closeDrawer, unlock } from './helpers';

/** A set-up room with a teacher and two children; the admin is still signed in to seed more. */
async function openRoom(room: Room): Promise<Record<string, number>> {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  await ok(room, 'settings.update', { maxLoansPerChild: 1, kioskReturnSeconds: 3 });
  const ids: Record<string, number> = {};
  for (const kid of [childInput(), childInput({ name: '李春花', gender: 'female', birthDate: '2017-03-08', grade: 3, classNo: 1 })]) {
    ids[kid.name] = (await ok<ChildFile>(room, 'children.create', kid)).id;
  }
  return ids;
}

async function openLibraryAsTeacher(page: Page): Promise<void> {
  await unlock(page, '王丽华', '1111');
  await expect(page.getByText('王丽华 (教师)')).toBeVisible();
  await page.getByRole('menuitem', { name: '图书角' }).click();
}

test('a teacher adds a book by scanning, lends and takes it back at the desk; a child reviews it and the teacher grades it', async ({ page, room }) => {
  const ids = await openRoom(room);
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await openLibraryAsTeacher(page);

  // The desk's scan box has the focus as soon as the page opens.
  const scanBox = page.getByLabel('扫描或输入条码');
  await expect(scanBox).toBeFocused();

  // A donated book: the scanner types its ISBN and Enter. A misread ISBN is caught on the spot.
  await page.getByRole('tab', { name: '图书目录' }).click();
  await page.getByRole('button', { name: '新增图书' }).click();
  const form = page.getByRole('dialog', { name: '新增图书' });
  await expect(form.getByLabel('ISBN')).toBeFocused();
  await page.keyboard.type('9787020002208');
  await page.keyboard.press('Enter');
  await expect(form.getByText('ISBN 校验不通过')).toBeVisible();
  await expect(form.getByLabel('ISBN')).toBeFocused();
  await form.getByLabel('ISBN').fill('');
  await page.keyboard.type('9787020002207');
  await page.keyboard.press('Enter');
  // Enter moved on to the title; nothing was saved early.
  await expect(form.getByLabel('书名')).toBeFocused();
  await page.keyboard.type('红楼梦');
  await form.getByLabel('作者').fill('曹雪芹');
  // The copies' labels are scanned one after another.
  await form.getByLabel('馆藏条码').click();
  await page.keyboard.type('HL-001');
  await page.keyboard.press('Enter');
  await page.keyboard.type('HL-002');
  await page.keyboard.press('Enter');
  await expect(form.locator('.ant-select-selection-item', { hasText: 'HL-002' })).toBeVisible();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已添加《红楼梦》，共 2 册')).toBeVisible();
  // Its details open: both copies on the shelf.
  const details = page.getByRole('dialog', { name: '《红楼梦》' });
  await expect(details.locator('.ant-table-row', { hasText: 'HL-001' })).toContainText('在架');
  await closeDrawer(page, details);
  await expect(page.getByRole('tabpanel').locator('.ant-table-row', { hasText: '红楼梦' })).toContainText('2 / 2');

  // The desk: scan a label, find the child by her initials, Enter, Enter.
  await page.getByRole('tab', { name: '借还书' }).click();
  await expect(scanBox).toBeFocused();
  await page.keyboard.type('HL-001');
  await page.keyboard.press('Enter');
  await expect(page.getByText('借出《红楼梦》：借给谁？')).toBeVisible();
  await expect(page.locator('#library-desk-child')).toBeFocused();
  await page.keyboard.type('zxm');
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张小明' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '借出' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('《红楼梦》已借给 张小明')).toBeVisible();
  await expect(page.getByText(/请于 \d{4}-\d\d-\d\d 前归还/).first()).toBeVisible();
  const activeLoans = page.locator('.ant-card', { hasText: '借出中（1）' });
  await expect(activeLoans.locator('.ant-table-row', { hasText: '张小明' })).toContainText('HL-001');

  // He may hold one book: the second copy is refused, saying who and why.
  await expect(scanBox).toBeFocused();
  await page.keyboard.type('HL-002');
  await page.keyboard.press('Enter');
  await expect(page.locator('#library-desk-child')).toBeFocused();
  await page.keyboard.type('zxm');
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张小明' })).toBeVisible();
  await page.keyboard.press('Enter');
  // As the first lend: the second Enter goes to the lend button only once it has the focus.
  await expect(page.getByRole('button', { name: '借出' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('张小明已借满 1 本，请先还书')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();

  // The return: the label alone, no questions.
  await expect(scanBox).toBeFocused();
  await page.keyboard.type('HL-001');
  await page.keyboard.press('Enter');
  await expect(page.getByText('《红楼梦》已归还（张小明）')).toBeVisible();
  await expect(page.getByText('按时归还').first()).toBeVisible();
  await expect(page.locator('.ant-card', { hasText: '今天借还（2）' })).toContainText('归还');
  await expect(page.getByText('借出中（0）')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'library-desk.png'), fullPage: true });

  // His file keeps the loan in his history.
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' }).getByText('张小明').click();
  const file = page.getByRole('dialog', { name: '张小明 的档案' });
  await expect(file.getByRole('tab', { name: '借阅记录（1）' })).toBeVisible();
  await expect(file.locator('.ant-table-row', { hasText: '《红楼梦》' })).toBeVisible();
  await closeDrawer(page, file);

  // He borrows the other copy; at the kiosk he sees it and writes about the book he read.
  await ok<Loan>(room, 'loans.lend', { barcode: 'HL-002', childId: ids['张小明'] });
  await page.getByRole('button', { name: '锁定' }).click();
  await page.getByLabel('输入你的名字或拼音首字母').fill('zxm');
  await page.getByRole('button', { name: '张小明' }).click();
  const myBooks = page.getByRole('region', { name: '我借的书' });
  await expect(myBooks).toContainText('《红楼梦》');
  await expect(myBooks).toContainText(/\d+月\d+日前还/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'kiosk-my-books.png'), fullPage: true });
  await page.getByRole('button', { name: '写读后感' }).click();
  await expect(page.getByRole('heading', { name: '你想写哪本书的读后感？' })).toBeVisible();
  await page.getByRole('button', { name: '《红楼梦》' }).click();
  // Big enough for a child to read what she writes, and a hint she can read before she starts.
  const box = page.getByLabel('写下你的读后感');
  const looks = await box.evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), hint: getComputedStyle(el, '::placeholder').color }));
  expect(looks.size).toBeGreaterThanOrEqual(20);
  expect(contrastOnWhite(looks.hint)).toBeGreaterThanOrEqual(4.5);
  await box.fill('我最喜欢林黛玉，她很会写诗。');
  await expect(page.getByRole('button', { name: '写好了，交给老师' })).toBeEnabled();
  await page.waitForTimeout(400); // the button's colour fades in as it becomes enabled
  await page.screenshot({ path: path.join(SCREENSHOTS, 'kiosk-review.png') });
  await page.getByRole('button', { name: '写好了，交给老师' }).click();
  await expect(page.getByRole('heading', { name: '谢谢你，张小明！' })).toBeVisible();
  // The thank-you goes back to the start by itself.
  await expect(page.getByLabel('输入你的名字或拼音首字母')).toHaveValue('', { timeout: 8_000 });

  // The teacher reads it and grades it; 李春花 has not written one yet.
  await openLibraryAsTeacher(page);
  await page.getByRole('tab', { name: '读后感' }).click();
  const review = page.locator('.ant-table-row', { hasText: '我最喜欢林黛玉' });
  await expect(review).toContainText('自己写的');
  await review.getByRole('button', { name: '优', exact: true }).click();
  await expect(page.getByText('已给张小明评为“优”')).toBeVisible();
  await expect(review.getByRole('button', { name: '优', exact: true })).toHaveClass(/ant-btn-variant-solid|ant-btn-primary/);
  const progress = page.locator('.ant-card', { hasText: '读后感进度' });
  await expect(progress).toContainText('1 / 2 人未提交');
  await progress.locator('.ant-segmented-item', { hasText: '未提交' }).click();
  await expect(progress.locator('.ant-table-row', { hasText: '李春花' })).toBeVisible();
  await expect(progress.locator('.ant-table-row', { hasText: '张小明' })).toHaveCount(0);
  await expect(page.locator('.ant-card', { hasText: '本学期最受欢迎' }).locator('canvas')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'library-reviews.png'), fullPage: true });

  // 李春花 tells hers to the teacher, who writes it down for her: now everyone has one.
  await page.getByRole('button', { name: '代写读后感' }).click();
  const write = page.getByRole('dialog', { name: '代写读后感' });
  await write.getByLabel('学生').click();
  await page.keyboard.type('lch');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '李春花' }).click();
  await write.getByLabel('书', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '红楼梦' }).click();
  await write.getByLabel('读后感内容').fill('贾宝玉的家很大，人很多。');
  await write.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已为李春花记下《红楼梦》的读后感')).toBeVisible();
  await expect(write).toHaveCount(0);
  await expect(page.locator('.ant-table-row', { hasText: '贾宝玉的家很大' })).toContainText('老师代写');
  await expect(progress).toContainText('0 / 2 人未提交');
});

test('overdue books come first with their days overdue; the teacher marks one lost and takes one back', async ({ page, room }) => {
  const ids = await openRoom(room);
  await ok(room, 'settings.update', { maxLoansPerChild: 3 });
  await ok<Book>(room, 'books.create', { book: { title: '草房子', author: '曹文轩' }, barcodes: ['CF-001'] });
  await ok<Book>(room, 'books.create', { book: { title: '小王子', author: '圣埃克苏佩里' }, barcodes: ['XW-001'] });
  await ok<Book>(room, 'books.create', { book: { title: '西游记', author: '吴承恩' }, barcodes: ['XY-001'] });
  // The app's clock is the real one: lend now, then move the due dates into the past.
  const early = await ok<Loan>(room, 'loans.lend', { barcode: 'CF-001', childId: ids['张小明'] });
  const late = await ok<Loan>(room, 'loans.lend', { barcode: 'XW-001', childId: ids['李春花'] });
  await ok<Loan>(room, 'loans.lend', { barcode: 'XY-001', childId: ids['李春花'] });
  await room.app.db.updateTable('loan').set({ due_on: '2026-01-05' }).where('id', '=', early.id).execute();
  await room.app.db.updateTable('loan').set({ due_on: '2026-03-01' }).where('id', '=', late.id).execute();
  await ok(room, 'auth.lock', {});

  await page.goto('/');
  await openLibraryAsTeacher(page);
  await page.getByRole('tab', { name: '逾期（2）' }).click();
  const panel = page.getByRole('tabpanel', { name: /逾期/ });
  const rows = panel.locator('.ant-table-row');
  await expect(rows).toHaveCount(2);
  // Most days overdue first, in red.
  await expect(rows.nth(0)).toContainText('张小明');
  await expect(rows.nth(0)).toContainText('2026-01-05');
  await expect(rows.nth(0).locator('.ant-typography-danger')).toHaveText(/\d+ 天/);
  await expect(rows.nth(1)).toContainText('李春花');
  await expect(rows.nth(1)).toContainText('2026-03-01');
  await expect(panel).not.toContainText('西游记');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'overdue.png'), fullPage: true });

  // 张小明 says the book is lost: marked lost with a reason, it leaves the list.
  await rows.nth(0).getByRole('button', { name: '标记丢失' }).click();
  const lost = page.getByRole('dialog', { name: /标记为丢失/ });
  await lost.getByLabel('原因').fill('孩子说放学路上弄丢了');
  await lost.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('CF-001 已标记为“丢失”')).toBeVisible();
  await expect(rows).toHaveCount(1);

  // 李春花 brings hers back.
  await rows.nth(0).getByRole('button', { name: '还书' }).click();
  await expect(page.getByText('《小王子》已归还（李春花）')).toBeVisible();
  await expect(panel.getByText('没有逾期的书，真好！')).toBeVisible();
});

test('a catalogue longer than a page: the teacher pages, searches, and finds a review’s book by typing', async ({ page, room }) => {
  await openRoom(room);
  const titles = ['西游记', '草房子', '阿凡提', ...Array.from({ length: 42 }, (_, i) => `图书${i + 1}`)];
  // Three are 名著 (classics): the category filter narrows the catalogue to them.
  const classics = new Set(['西游记', '草房子', '图书7']);
  for (const title of titles) await ok<Book>(room, 'books.create', { book: { title, category: classics.has(title) ? '名著' : null }, copies: 1 });
  await ok(room, 'auth.lock', {});
  // The catalogue's answer to the review's "西游记" waits until the test lets it go.
  const letSearchGo = await holdAnswers(page, 'books.list', '西游记');
  await page.goto('/');
  await openLibraryAsTeacher(page);

  // 45 titles in pinyin order, 20 to a page: 阿凡提, 草房子, 图书1 … 图书18 first.
  await page.getByRole('tab', { name: '图书目录' }).click();
  const panel = page.getByRole('tabpanel', { name: '图书目录' });
  const rows = panel.locator('.ant-table-row');
  await expect(panel.getByText('共 45 种')).toBeVisible();
  await expect(rows).toHaveCount(20);
  await expect(rows.nth(0)).toContainText('阿凡提');
  await expect(rows.nth(1)).toContainText('草房子');
  await expect(rows.nth(19)).toContainText('图书18');
  // The last page: the numbered titles in number order, then 西游记.
  await panel.getByTitle('3', { exact: true }).click();
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0)).toContainText('图书39');
  await expect(rows.nth(4)).toContainText('西游记');
  // 50 to a page shows them all, from the first.
  await panel.locator('.ant-pagination-options .ant-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '50 条/页' }).click();
  await expect(rows).toHaveCount(45);
  await expect(rows.nth(0)).toContainText('阿凡提');
  // A search starts at its first page and counts what it found.
  await panel.getByLabel('搜索图书').fill('西游');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('西游记');
  await expect(panel.getByText('共 1 种')).toBeVisible();
  // The category narrows it too, search or not.
  await panel.getByLabel('搜索图书').fill('');
  await panel.getByLabel('分类').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '名著' }).click();
  await expect(panel.getByText('共 3 种')).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('草房子');
  await expect(rows.nth(1)).toContainText('图书7');
  await expect(rows.nth(2)).toContainText('西游记');

  // 张小明 tells the teacher about 西游记: not among the first titles, she types to find it.
  await page.getByRole('tab', { name: '读后感' }).click();
  await page.getByRole('button', { name: '代写读后感' }).click();
  const write = page.getByRole('dialog', { name: '代写读后感' });
  await write.getByLabel('学生').click();
  await page.keyboard.type('zxm');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张小明' }).click();
  await write.getByLabel('书', { exact: true }).click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(option.first()).toContainText('阿凡提');
  // Until the catalogue answers "西游记" the list is a ring, not the first titles still.
  await page.keyboard.type('西游记');
  await expect(page.locator('.ant-select-dropdown:visible .ant-spin')).toBeVisible();
  await expect(option).toHaveCount(0);
  await expect(page.locator('.ant-select-dropdown:visible')).not.toHaveClass(/-appear|-enter/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'library-review-searching.png') });
  await letSearchGo();
  await expect(option).toHaveCount(1);
  await option.click();
  await write.getByLabel('读后感内容').fill('孙悟空有七十二变，我也想学。');
  await write.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已为张小明记下《西游记》的读后感')).toBeVisible();
});

test('an ISBN scanned at the desk offers the return of the copy out, asks which copy to lend, and a refused scan is replaced by the next', async ({ page, room }) => {
  const ids = await openRoom(room);
  await ok<Book>(room, 'books.create', { book: { title: '红楼梦', author: '曹雪芹', isbn: '9787020002207' }, barcodes: ['HL-001', 'HL-002', 'HL-003'] });
  await ok<Loan>(room, 'loans.lend', { barcode: 'HL-002', childId: ids['张小明'] });
  await ok(room, 'auth.lock', {});
  // The answer to the search for "lch" waits until the test lets it go, as on a slow room PC.
  const letSearchGo = await holdAnswers(page, 'children.list', 'lch');
  await page.goto('/');
  await openLibraryAsTeacher(page);
  await page.getByRole('tab', { name: '借还书' }).click();
  const scanBox = page.getByLabel('扫描或输入条码');
  // The desk is the tab the library opens on: she clicks into the box the tab button took the focus from.
  await scanBox.click();

  // The ISBN of a book he has out: the copy out is offered for return first, not a new loan.
  await page.keyboard.type('9787020002207');
  await page.keyboard.press('Enter');
  const choice = page.locator('.ant-card-small', { hasText: '《红楼梦》：手里是哪一册？' });
  await expect(choice).toContainText('张小明 借的');
  await expect(choice.getByRole('button', { name: '归还 HL-002' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('《红楼梦》已归还（张小明）')).toBeVisible();
  await expect(page.getByText('借出中（0）')).toBeVisible();

  // Three on the shelf: the teacher says which one leaves, and that label is recorded.
  await expect(scanBox).toBeFocused();
  await page.keyboard.type('9787020002207');
  await page.keyboard.press('Enter');
  await expect(choice.getByRole('button', { name: /^借出 HL-00\d$/ })).toHaveCount(3);
  await choice.getByRole('button', { name: '借出 HL-003' }).click();
  await expect(page.getByText('借出《红楼梦》：借给谁？')).toBeVisible();
  await expect(page.locator('#library-desk-child')).toBeFocused();
  await page.keyboard.type('lch');
  // Until her search is answered the list is a ring, not the last search's children: Enter chooses nobody
  // and keeps what she typed.
  const lendButton = page.getByRole('button', { name: '借出', exact: true });
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(page.locator('.ant-select-dropdown:visible .ant-spin')).toBeVisible();
  await expect(options).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(lendButton).toBeDisabled();
  await expect(page.locator('#library-desk-child')).toHaveValue('lch');
  await expect(page.locator('.ant-select-dropdown:visible')).not.toHaveClass(/-appear|-enter/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'library-desk-searching.png') });
  await letSearchGo();
  await expect(options).toHaveText([/^李春花/]);
  await page.keyboard.press('Enter');
  await expect(lendButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('《红楼梦》已借给 李春花')).toBeVisible();
  const activeLoans = page.locator('.ant-card', { hasText: '借出中（1）' });
  await expect(activeLoans.locator('.ant-table-row', { hasText: '李春花' })).toContainText('HL-003');

  // A misread label is refused and left selected: the next scan replaces it instead of joining it.
  await expect(scanBox).toBeFocused();
  await page.keyboard.type('XX-999');
  await page.keyboard.press('Enter');
  await expect(page.getByText('找不到条码“XX-999”')).toBeVisible();
  await expect(scanBox).toHaveValue('XX-999');
  await expect(scanBox).toBeFocused();
  await page.keyboard.type('HL-003');
  await expect(scanBox).toHaveValue('HL-003');
  await page.keyboard.press('Enter');
  await expect(page.getByText('《红楼梦》已归还（李春花）')).toBeVisible();
});

/** WCAG contrast of a CSS rgb()/rgba() colour drawn on white. */
function contrastOnWhite(colour: string): number {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (c: number) => {
    const v = (c * a + 255 * (1 - a)) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  return 1.05 / (luminance + 0.05);
}
