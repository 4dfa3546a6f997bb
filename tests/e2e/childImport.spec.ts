// The child import with a messy roster, as a school office keeps one: a title, headings over two rows,
// 与儿童关系 instead of 监护人关系, dashed and full-width phones, a city beside a phone, 事实无人抚养 in
// the situation, a child who is not left behind, a column the synonyms do not know, and a footer.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { completeWizard } from './helpers';
import { expect, SCREENSHOTS, test } from './bridge';

const SHOTS = [SCREENSHOTS];

async function shot(page: Page, name: string): Promise<void> {
  for (const dir of SHOTS) {
    fs.mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, name), fullPage: true });
  }
}

async function messyRoster(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('三年级');
  sheet.addRow(['青山镇中心学校2026年秋季留守儿童名单']);
  sheet.mergeCells('A1:K1');
  sheet.addRow(['姓名', '性别', '出生日期', '班级', '留守情况', '是否留守儿童', '监护人情况', '监护人情况', '监护人情况', '父亲情况', '族别']);
  sheet.addRow(['姓名', '性别', '出生日期', '班级', '留守情况', '是否留守儿童', '姓名', '与儿童关系', '联系电话', '手机', '族别']);
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'K']) sheet.mergeCells(`${col}2:${col}3`);
  sheet.mergeCells('G2:I2');
  sheet.addRow(['黄小雨', '女', '2017.11.3', '2021级3班', '双留守（事实无人抚养）', '是', '黄桂珍', '奶奶', '139-0739-1234', '广东东莞 13600001111', '苗族']);
  sheet.addRow(['罗小军', '男', '2017年8月20日', '2021级3班', '父亲外出', '是', '罗大明', '外公', '１８６７３９０１２３４', '', '汉族']);
  sheet.addRow(['石小磊', '男', 20170302, '2021级3班', '父亲外出', '否', '石光明', '父亲', '13974300003', '', '汉族']);
  sheet.addRow(['合计：3人']);
  sheet.addRow(['填表人：周老师', '', '', '', '审核：王校长']);
  const file = path.join(dir, '留守儿童名单.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Picks an option of the mapping Select of one column. */
async function mapColumn(page: Page, dialog: Locator, header: string, field: string): Promise<void> {
  await dialog.getByLabel(header, { exact: true }).click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: field }).first();
  await option.scrollIntoViewIfNeeded();
  await option.click();
}

test('an admin imports a messy roster: checks and changes the mapping, checks every field, includes a skipped child', async ({ page, room }) => {
  await completeWizard(page);
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  const roster = await messyRoster(room.dir);

  // A new room's empty list points to the import; the admin follows it.
  await page.locator('.ant-table-placeholder').getByRole('button', { name: '从花名册导入' }).click();
  const dialog = page.getByRole('dialog', { name: '从学校花名册导入' });
  await dialog.locator('input[type=file]').setInputFiles(roster);

  // The mapping: headings over two rows, 与儿童关系 as the relation, 父亲情况 / 手机 as the father's phone.
  await expect(dialog.getByText('表头在第 2–3 行', { exact: false })).toBeVisible();
  const mapping = dialog.locator('.child-import-mapping');
  const rowOf = (header: string) => mapping.locator('.ant-table-row', { has: page.getByText(header, { exact: true }) });
  await expect(rowOf('监护人情况 / 与儿童关系')).toContainText('监护人关系');
  await expect(rowOf('父亲情况 / 手机')).toContainText('父亲电话');
  await expect(rowOf('族别')).toContainText('（忽略此列）');
  // 族别 is not a word the import knows: the admin maps it to 民族.
  await mapColumn(page, dialog, '族别', '民族');
  await expect(rowOf('族别').getByText('已修改')).toBeVisible();
  await shot(page, 'child-import-mapping-zh.png');

  await dialog.getByRole('button', { name: '下一步：核对每一行' }).click();
  await expect(dialog.getByText('新增 2 人，更新 0 人，重复 0 行，跳过 1 行，有错误 0 行', { exact: false })).toBeVisible();
  const preview = dialog.locator('.child-import-preview');
  const huang = preview.locator('.ant-table-row', { hasText: '黄小雨' });
  // Every field as read: the date, the class from the intake year, the phones normalised, the flag.
  await expect(huang).toContainText('2017-11-03');
  await expect(huang).toContainText('6年级3班');
  await expect(huang).toContainText('13907391234');
  await expect(huang.getByText('事实无人抚养')).toBeVisible();
  await expect(huang).toContainText('广东东莞 · 13600001111');
  await expect(huang).toContainText('苗族');
  const luo = preview.locator('.ant-table-row', { hasText: '罗小军' });
  await expect(luo).toContainText('2017-08-20');
  await expect(luo).toContainText('18673901234');
  const shi = preview.locator('.ant-table-row', { hasText: '石小磊' });
  await expect(shi.getByText('跳过')).toBeVisible();
  await expect(shi.getByText('不是留守儿童', { exact: false })).toBeVisible();
  await shot(page, 'child-import-preview-zh.png');

  // The admin includes him: the preview asks again and he becomes new.
  // A click, not check(): the box shows the new state once the preview has been asked again.
  await shi.getByRole('checkbox', { name: '仍然导入' }).click();
  await expect(dialog.getByText('新增 3 人，更新 0 人，重复 0 行，跳过 0 行，有错误 0 行', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: '确认导入 3 行' }).click();
  await expect(page.getByText('导入完成：新增 3 人，更新 0 人，未导入 0 行。')).toBeVisible();
  const main = page.getByRole('main');
  for (const name of ['黄小雨', '罗小军', '石小磊']) await expect(main.locator('.ant-table-row', { hasText: name })).toBeVisible();

  // The same layout again, in English: the choice for 族别 was remembered.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Add child' })).toBeVisible();
  await page.getByRole('button', { name: 'Import roster' }).click();
  const again = page.getByRole('dialog', { name: 'Import the school roster' });
  await again.locator('input[type=file]').setInputFiles(roster);
  await expect(again.getByText('header on row 2–3', { exact: false })).toBeVisible();
  await expect(again.locator('.child-import-mapping .ant-table-row', { has: page.getByText('族别', { exact: true }) })).toContainText('Ethnicity');
  await shot(page, 'child-import-mapping-en.png');
  await again.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(again.getByText('0 new, 2 to update, 0 repeated, 1 skipped, 0 with errors', { exact: false })).toBeVisible();
  await shot(page, 'child-import-preview-en.png');
});
