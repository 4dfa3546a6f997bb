// Helpers and aid end to end (issue 20, point 6): the admin 陈静 adds a caring mother for 张小明 (a wrong
// phone is refused first), records her visit, records school supplies from a donor to two children and
// sees the semester's counts; in 李春花's file the caring mother is a collector to pick, her phone
// carried over. Photographed in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { closeDrawer, pickChild, today, unlock } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'helpers');

async function seed(room: Room): Promise<void> {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'children.create', childInput());
  await ok(room, 'children.create', childInput({ name: '李春花', gender: 'female', grade: 3, classNo: 1 }));
  await ok(room, 'auth.lock', {});
}

const slidIn = (page: Page) => page.locator('.ant-drawer-open .ant-drawer-content-wrapper');

test('an admin adds a caring mother, records her visit and school supplies for two children, and picks her as a collector', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await seed(room);
  await page.goto('/');
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '爱心帮扶' }).click();
  await expect(page.getByRole('tab', { name: '志愿者与爱心妈妈' })).toHaveAttribute('aria-selected', 'true');

  // 添加帮扶人: a caring mother by default; a phone of five digits is refused with the app's words.
  await page.getByRole('button', { name: '添加帮扶人' }).click();
  const form = page.locator('.ant-drawer', { has: page.getByText('添加帮扶人', { exact: true }) });
  await expect(form.getByRole('radio', { name: '爱心妈妈' })).toBeChecked();
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('必填')).toBeVisible();
  await form.getByLabel('姓名').fill('周爱心');
  await form.getByLabel('电话').fill('12345');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('请填写11位手机号，或带区号的固定电话')).toBeVisible();
  await form.getByLabel('电话').fill('135 1111 2222');
  await form.getByLabel('所在单位').fill('县妇联');
  await expect(slidIn(page)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(SHOTS, 'helper-form.png') });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存：周爱心')).toBeVisible();
  // Her row among the helpers (the visits below name her too, never with her phone).
  const row = page.locator('.ant-table-row', { hasText: '13511112222' });
  await expect(row).toContainText('13511112222');
  await expect(row).toContainText('县妇联');

  // She helps 张小明 from today.
  await row.getByRole('button', { name: '帮扶孩子' }).click();
  const link = page.getByRole('dialog', { name: '周爱心帮扶的孩子' });
  await pickChild(page, '孩子', '张小明');
  await link.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText('已加入帮扶名单')).toBeVisible();
  await expect(row).toContainText('张小明');

  // 登记来访: today, 张小明 already chosen (the children she helps).
  await row.getByRole('button', { name: '登记来访' }).click();
  const visit = page.getByRole('dialog', { name: '登记周爱心的来访' });
  await expect(visit.getByLabel('来访日期')).toHaveValue(today());
  await expect(visit.locator('.ant-select-selection-item', { hasText: '张小明' })).toBeVisible();
  await visit.getByLabel('做了什么').fill('陪孩子们读书');
  await visit.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText('来访已登记')).toBeVisible();
  await expect(row).toContainText(`${today()}（共1次）`);
  const visits = page.getByRole('region', { name: '来访记录' });
  await expect(visits.locator('.ant-table-row').first()).toContainText('陪孩子们读书');
  await expect(visits.locator('.ant-table-row').first()).toContainText('陈静');
  await expect(page.getByText('来访已登记')).toBeHidden();
  await page.screenshot({ path: path.join(SHOTS, 'helpers-tab.png'), fullPage: true, animations: 'disabled' });

  // 受助记录 → 登记受助: school supplies from the county women's federation to two children.
  await page.getByRole('tab', { name: '受助记录' }).click();
  await page.getByRole('button', { name: '登记受助' }).click();
  const aid = page.locator('.ant-drawer', { has: page.getByText('登记受助', { exact: true }) });
  await expect(aid.getByRole('radio', { name: '学习用品' })).toBeChecked();
  await aid.getByRole('button', { name: '保存' }).click();
  await expect(aid.getByText('必填')).toBeVisible();
  await expect(aid.getByText('请至少选一个孩子')).toBeVisible();
  await aid.getByLabel('物品或说明').fill('书包和文具');
  await aid.getByLabel('数量（件）').fill('2');
  await aid.getByLabel('捐赠方').fill('县妇联');
  await pickChild(page, '受助的孩子', '张小明');
  await pickChild(page, '受助的孩子', '李春花');
  await expect(aid.locator('.ant-select-selection-item')).toHaveCount(2);
  await expect(slidIn(page)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(SHOTS, 'aid-form.png') });
  await aid.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已登记，2个孩子受助')).toBeVisible();
  const aidRow = page.locator('.ant-table-row', { hasText: '书包和文具' });
  await expect(aidRow).toContainText('张小明');
  await expect(aidRow).toContainText('李春花');
  await expect(aidRow).toContainText('县妇联');
  // The semester's counts: one record, two children, the visit.
  const counts = page.locator('.ant-card', { hasText: '统计' });
  await expect(counts.locator('.ant-statistic', { hasText: '受助记录（条）' })).toContainText('1');
  await expect(counts.locator('.ant-statistic', { hasText: '受助孩子（人）' })).toContainText('2');
  await expect(counts.locator('.ant-statistic', { hasText: '来访（次）' })).toContainText('1');
  await expect(counts).toContainText('学习用品：1条，2个孩子');
  await expect(page.getByText('已登记，2个孩子受助')).toBeHidden();
  await page.screenshot({ path: path.join(SHOTS, 'aid-tab.png'), fullPage: true, animations: 'disabled' });

  // 张小明's file lists her among his contacts, as his helper, with her phone.
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' }).getByText('张小明').click();
  const his = page.getByRole('dialog', { name: '张小明 的档案' });
  const helperRow = his.locator('.ant-descriptions-row', { hasText: '帮扶人' });
  await expect(helperRow).toContainText('周爱心（爱心妈妈）13511112222');
  await helperRow.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'child-file-helper.png') });
  await closeDrawer(page, his);
  await expect(his).toBeHidden();

  // 李春花's file: the caring mother is a collector to pick, with her phone.
  await page.getByRole('main').locator('.ant-table-row', { hasText: '李春花' }).getByText('李春花').click();
  const file = page.getByRole('dialog', { name: '李春花 的档案' });
  const section = file.getByRole('region', { name: '谁可以接孩子' });
  await section.getByRole('button', { name: '编辑接送人' }).click();
  await section.getByLabel('从爱心妈妈中选').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '周爱心 · 13511112222' }).click();
  await expect(section.getByLabel('姓名').last()).toHaveValue('周爱心');
  await expect(section.getByLabel('电话').last()).toHaveValue('13511112222');
  await section.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('接送人已保存')).toBeVisible();
  const mother = section.locator('.ant-table-row', { hasText: '周爱心' });
  await expect(mother).toContainText('爱心妈妈');
  await expect(mother).toContainText('13511112222');
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'collector-mother.png') });
  const stored = await room.app.db.selectFrom('child_collector').select(['name', 'relation', 'phone']).where('name', '=', '周爱心').execute();
  expect(stored).toEqual([{ name: '周爱心', relation: 'caring_mother', phone: '13511112222' }]);
  await expect(page.getByText('接送人已保存')).toBeHidden();
  await page.keyboard.press('Escape');

  // In English: the same two tabs.
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Helpers' }).click();
  const rowEn = page.locator('.ant-table-row', { hasText: '13511112222' });
  await expect(rowEn).toContainText('Caring mother');
  await expect(rowEn).toContainText(`${today()} (1 visit)`);
  await page.screenshot({ path: path.join(SHOTS, 'helpers-tab-en.png'), fullPage: true, animations: 'disabled' });
  await page.getByRole('tab', { name: 'Aid given' }).click();
  await expect(page.locator('.ant-card')).toContainText('School supplies: 1 record; children: 2');
  await page.screenshot({ path: path.join(SHOTS, 'aid-tab-en.png'), fullPage: true, animations: 'disabled' });
  await page.getByRole('button', { name: 'Record aid' }).click();
  await expect(slidIn(page)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(SHOTS, 'aid-form-en.png') });
});
