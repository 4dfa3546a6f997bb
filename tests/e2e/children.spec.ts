// The spine's walk-through: first run, a child file by hand, pinyin search, edit, roster import
// with a bad row, archive, English. Then a class longer than one page, paged by the database.
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { nameKeys } from '../../shared/names';
import { childInput } from '../unit/fixtures';
import { choose, closeDrawer, completeWizard, typeDate } from './helpers';
import { expect, SCREENSHOTS, test } from './bridge';

async function rosterFile(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['学号', '姓名', '性别', '出生日期', '年级', '班级', '留守类型', '监护人姓名', '监护人关系', '监护人电话', '父亲姓名', '父亲电话', '父亲务工地']);
  sheet.addRow(['20260301', '李春花', '女', '2017-03-08', '3', '1班', '父母均外出', '李大山', '爷爷', '13912345678', '李强', '13600001111', '广东东莞']);
  sheet.addRow(['20260302', '王小军', '男', '2016-11-20', '四年级', '2班', '父亲外出', '赵桂兰', '外婆', '12345', '王勇', '', '浙江宁波']);
  sheet.addRow(['20260303', '刘欣怡', '女', '2015-06-01', '5', '1', '母亲外出', '刘福', '祖父', '0851-6123456', '', '', '']);
  const file = path.join(dir, '花名册.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A row of the child list itself, not of a table in a dialog. */
const listRow = (page: Page, name: string) => page.getByRole('main').locator('.ant-table-row', { hasText: name });

test('an admin sets up the room and keeps child files', async ({ page, room }) => {
  // The longest walk-through (wizard, form, import with its mapping step, archive, restore): on a
  // loaded two-core machine it can outlast the default 90 s without anything being wrong.
  test.slow();
  await completeWizard(page);
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  // An empty list says what to do next, with both ways in.
  const empty = page.locator('.ant-table-placeholder');
  await expect(empty).toContainText('还没有儿童档案。可以导入学校的花名册（Excel 或 CSV），或一个一个新增。');
  await expect(empty.getByRole('button', { name: '从花名册导入' })).toBeVisible();
  await page.getByLabel('搜索').fill('谁也没有');
  await expect(empty).toContainText('没有符合条件的儿童');
  await empty.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByLabel('搜索')).toHaveValue('');

  // Add a child by hand.
  await empty.getByRole('button', { name: '新增儿童' }).click();
  const form = page.getByRole('dialog', { name: '新增儿童档案' });
  await form.getByLabel('姓名', { exact: true }).first().fill('张小明');
  await choose(page, form, '性别', '男');
  await typeDate(form, '出生日期', '2016-05-12');
  await choose(page, form, '年级', '4年级');
  await form.getByLabel('班', { exact: true }).fill('2');
  await choose(page, form, '留守类型', '父母均外出');
  await form.getByLabel('监护人姓名').fill('张德山');
  await choose(page, form, '与儿童关系', '祖父');
  await form.getByLabel('监护人电话').fill('1381234');
  await form.getByLabel('姓名', { exact: true }).nth(1).fill('张建国');
  await form.getByLabel('电话', { exact: true }).first().fill('13987654321');
  await form.getByLabel('务工城市').first().fill('广东东莞');
  await form.getByLabel('姓名', { exact: true }).nth(2).fill('李秀英');
  // A wrong phone number is refused with a clear message, and nothing is saved.
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('请填写11位手机号，或带区号的固定电话')).toBeVisible();
  await form.getByLabel('监护人电话').fill('13812345678');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('张小明 的档案已保存')).toBeVisible();

  // Find her by pinyin initials; no consent is on file yet, and the list says so.
  const search = page.getByLabel('搜索');
  await search.fill('zxm');
  const row = listRow(page, '张小明');
  await expect(row).toBeVisible();
  await expect(row.getByText('缺监护人同意书')).toBeVisible();

  // Edit: record the guardian's consent.
  await row.getByText('张小明').click();
  const detail = page.getByRole('dialog', { name: '张小明 的档案' });
  await expect(detail.getByText('未满14周岁，尚无监护人同意书', { exact: false })).toBeVisible();
  await detail.getByRole('button', { name: '编辑', exact: true }).click();
  const edit = page.getByRole('dialog', { name: '编辑 张小明 的档案' });
  await edit.getByLabel('同意书签署人').fill('张德山');
  await typeDate(edit, '签署日期', '2026-09-01');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(detail.getByText('张德山 于 2026-09-01 签署', { exact: false })).toBeVisible();
  await expect(detail.getByText('未满14周岁，尚无监护人同意书', { exact: false })).toHaveCount(0);
  await closeDrawer(page, detail);
  await search.fill('');

  // Import the school's roster: one row has a bad phone number.
  await page.getByRole('button', { name: '从花名册导入' }).click();
  const dialog = page.getByRole('dialog', { name: '从学校花名册导入' });
  await dialog.locator('input[type=file]').setInputFiles(await rosterFile(room.dir));
  // The columns are matched by their headers; the admin goes on to the rows.
  await expect(dialog.getByText('核对列对应')).toBeVisible();
  await dialog.getByRole('button', { name: '下一步：核对每一行' }).click();
  await expect(dialog.getByText('新增 2 人，更新 0 人，重复 0 行，跳过 0 行，有错误 1 行', { exact: false })).toBeVisible();
  const badRow = dialog.locator('.ant-table-row', { hasText: '王小军' });
  await expect(badRow.getByText('错误')).toBeVisible();
  await expect(badRow.getByText('监护人电话: 请填写11位手机号，或带区号的固定电话')).toBeVisible();
  await dialog.getByRole('button', { name: '确认导入 2 行' }).click();
  await expect(page.getByText('导入完成：新增 2 人，更新 0 人，未导入 1 行。')).toBeVisible();
  await expect(listRow(page, '李春花')).toBeVisible();
  await expect(listRow(page, '刘欣怡')).toBeVisible();
  await expect(listRow(page, '王小军')).toHaveCount(0);

  // Archive one: she leaves the list, and comes back under "show archived".
  await listRow(page, '刘欣怡').getByText('刘欣怡').click();
  const liu = page.getByRole('dialog', { name: '刘欣怡 的档案' });
  await liu.getByRole('button', { name: '归档' }).click();
  const archive = page.getByRole('dialog', { name: '归档 刘欣怡 的档案' });
  await archive.getByLabel('归档原因').fill('转学');
  await archive.getByRole('button', { name: '归档' }).click();
  await expect(liu.getByText('此档案已归档：转学')).toBeVisible();
  await closeDrawer(page, liu);
  await expect(listRow(page, '刘欣怡')).toHaveCount(0);
  await page.getByRole('switch', { name: '显示已归档' }).click();
  await expect(listRow(page, '刘欣怡')).toBeVisible();
  await page.getByRole('switch', { name: '显示已归档' }).click();

  // Switch to English.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByText('Child files').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add child' })).toBeVisible();
  await expect(listRow(page, '张小明').getByText('Grade 4, class 2')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'child-list-en.png'), fullPage: true });

  // The language is a setting: it survives a restart of the window.
  await page.reload();
  await expect(page.getByText('Welcome to 留守儿童之家')).toBeVisible();
});

/** 25 children in one class, in the list's order (class, then pinyin). */
const CLASSMATES = [
  '安心',
  '白雪',
  '蔡明',
  '丁香',
  '范文',
  '高山',
  '韩梅',
  '胡杨',
  '黄河',
  '江南',
  '金玉',
  '孔雀',
  '雷鸣',
  '马丽',
  '牛顿',
  '潘多',
  '秦川',
  '任远',
  '宋词',
  '唐诗',
  '田野',
  '万里',
  '夏天',
  '杨柳',
  '余晖',
]
  .map((name) => ({ name, pinyin: nameKeys(name).pinyin }))
  .sort((a, b) => (a.pinyin < b.pinyin ? -1 : 1))
  .map((c) => c.name);

test('a teacher pages through a class longer than one page, and a search starts again at page 1', async ({ page, room }) => {
  await completeWizard(page);
  for (const name of CLASSMATES) {
    const result = await room.app.dispatch('children.create', childInput({ name, grade: 3, classNo: 1 }), room.session);
    expect(result.ok).toBe(true);
  }
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  const main = page.getByRole('main');
  await expect(main.getByText('共 25 名')).toBeVisible();
  await expect(listRow(page, CLASSMATES[0])).toBeVisible();
  await expect(listRow(page, CLASSMATES[19])).toBeVisible();
  await expect(main.locator('.ant-table-row')).toHaveCount(20);

  // Page 2 holds the last five, none of the first page.
  await main.getByTitle('2', { exact: true }).click();
  await expect(listRow(page, CLASSMATES[20])).toBeVisible();
  await expect(main.locator('.ant-table-row')).toHaveCount(5);
  await expect(listRow(page, CLASSMATES[0])).toHaveCount(0);

  // A search from page 2 lands on page 1 with what it found.
  await page.getByLabel('搜索').fill('xia');
  await expect(main.getByText('共 2 名')).toBeVisible();
  await expect(listRow(page, '丁香')).toBeVisible();
  await expect(listRow(page, '夏天')).toBeVisible();
  await expect(main.locator('.ant-pagination-item-active')).toHaveText('1');

  // Fifty a page: the whole class at once.
  await page.getByLabel('搜索').fill('');
  await expect(main.getByText('共 25 名')).toBeVisible();
  await main.locator('.ant-pagination-options .ant-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '50' }).click();
  await expect(main.locator('.ant-table-row')).toHaveCount(25);

  // A child picker shows the first 20 and asks to keep typing; typing narrows it.
  await page.getByRole('menuitem', { name: '在室儿童' }).click();
  await page.locator('#room-checkin-child').click();
  const picker = page.locator('.ant-select-dropdown:visible');
  await expect(picker.getByText('还有更多，继续输入以缩小范围（共 25 个匹配）')).toBeVisible();
  await page.locator('#room-checkin-child').fill('xia');
  await expect(picker.locator('.ant-select-item-option')).toHaveCount(2);
  await expect(picker.getByText('继续输入', { exact: false })).toHaveCount(0);
});

test('the birth date takes 2017/3/12, refuses a future date with a message, and the new child is shown whatever was searched', async ({ page, room }) => {
  await completeWizard(page);
  const result = await room.app.dispatch('children.create', childInput({ name: '王小军', grade: 3, classNo: 1 }), room.session);
  expect(result.ok).toBe(true);
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  // The list is narrowed to someone else when she is added.
  await page.getByLabel('搜索').fill('王小军');
  await expect(listRow(page, '王小军')).toBeVisible();

  await page.getByRole('button', { name: '新增儿童' }).click();
  const form = page.getByRole('dialog', { name: '新增儿童档案' });
  await form.getByLabel('姓名', { exact: true }).first().fill('李春花');
  await choose(page, form, '性别', '女');
  await choose(page, form, '年级', '3年级');
  await form.getByLabel('班', { exact: true }).fill('1');
  await choose(page, form, '留守类型', '父母均外出');
  await form.getByLabel('监护人姓名').fill('李桂兰');
  await choose(page, form, '与儿童关系', '祖母');

  // A date next year is refused with its reason, not cleared.
  const future = `${new Date().getFullYear() + 1}/3/12`;
  await typeDate(form, '出生日期', future);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('日期不能晚于今天')).toBeVisible();
  // Typed with slashes, as on the school's forms.
  await form.getByLabel('出生日期', { exact: true }).fill('');
  await typeDate(form, '出生日期', '2017/3/12');
  await expect(form.getByLabel('出生日期', { exact: true })).toHaveValue('2017-03-12');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('李春花 的档案已保存')).toBeVisible();

  // The list now shows her, searched by her name.
  await expect(page.getByLabel('搜索')).toHaveValue('李春花');
  await expect(listRow(page, '李春花')).toBeVisible();
  await expect(listRow(page, '王小军')).toHaveCount(0);
  await listRow(page, '李春花').getByText('李春花').click();
  await expect(page.getByRole('dialog', { name: '李春花 的档案' }).getByText('2017-03-12')).toBeVisible();
});
