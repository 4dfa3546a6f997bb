// Incidents end to end (issue 20, point 3): the admin 陈静 records a conflict between two children (a
// form without children or text is refused, a time later than now too), who was told; the list shows
// no text; opening it writes the access log for both children; she adds the headteacher told later,
// marks the follow-up done, edits it and voids it. Photographed in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { choose, closeDrawer, pickChild, today, typeDate, unlock } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'incidents');
const WHAT = '两人在图书角抢一本书，推搡中李春花摔倒，膝盖擦伤';

async function seed(room: Room): Promise<void> {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'children.create', childInput());
  await ok(room, 'children.create', childInput({ name: '李春花', gender: 'female', grade: 3, classNo: 1 }));
  await ok(room, 'auth.lock', {});
}

const slidIn = (page: Page) => page.locator('.ant-drawer-open .ant-drawer-content-wrapper').last();
const OK = /确\s*定|OK/;

test('a teacher records a conflict and who was told; opening it is logged; she adds the headteacher, closes the follow-up and voids it', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await seed(room);
  await page.goto('/');
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '意外事件' }).click();
  await expect(page.getByText('还没有登记过意外事件')).toBeVisible();

  // 登记意外事件: 受伤 by default, the time now; nothing else filled is refused field by field.
  await page.getByRole('button', { name: '登记意外事件' }).click();
  const form = page.locator('.ant-drawer', { has: page.getByText('登记意外事件', { exact: true }) });
  await expect(form.getByRole('radio', { name: '受伤' })).toBeChecked();
  await expect(form.getByLabel('发生时间')).toHaveValue(new RegExp(`^${today()} \\d{2}:\\d{2}$`));
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('请选择至少一个孩子')).toBeVisible();
  await expect(form.getByText('必填')).toBeVisible();
  // Later today than now: refused before it reaches the room's records.
  await typeDate(form, '发生时间', `${today()} 23:59`);
  await expect(form.getByText('时间不能晚于现在')).toBeVisible();
  await typeDate(form, '发生时间', `${today()} 00:00`);
  await expect(form.getByText('时间不能晚于现在')).toBeHidden();

  await form.locator('.ant-radio-button-wrapper', { hasText: '冲突' }).click();
  await expect(form.getByRole('radio', { name: '冲突' })).toBeChecked();
  await pickChild(page, '涉及的孩子', '张小明');
  await pickChild(page, '涉及的孩子', '李春花');
  await form.getByLabel('地点').fill('图书角');
  await form.getByLabel('经过').fill(WHAT);
  await form.getByLabel('当时的处理').fill('用碘伏消毒，贴创可贴，两人互相道歉');
  await form.getByLabel('后续跟进').fill('明天问问伤口好了没有');
  await form.getByRole('button', { name: '添加一条通知' }).click();
  const notice = form.getByTestId('notice-row');
  await expect(notice).toHaveCount(1);
  await notice.getByLabel('姓名').fill('王奶奶');
  await typeDate(notice, '通知时间', `${today()} 00:00`);
  await form.getByText('通知记录', { exact: true }).click();
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
  await expect(slidIn(page)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(SHOTS, 'incident-form.png') });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已登记意外事件')).toBeVisible();

  // The list: kind, children, who recorded, one person told, the follow-up open; never the text.
  const row = page.locator('.ant-table-row', { hasText: '张小明' });
  await expect(row).toContainText('冲突');
  await expect(row).toContainText('李春花');
  await expect(row).toContainText('陈静');
  await expect(row).toContainText('1 次');
  await expect(row).toContainText('待跟进');
  await expect(page.getByRole('main')).not.toContainText('推搡');
  await expect(page.getByText('已登记意外事件')).toBeHidden();
  await page.screenshot({ path: path.join(SHOTS, 'incidents-list.png'), fullPage: true });

  // The home page keeps the open follow-up in sight; opening it there shows the text, logged per child.
  await page.getByRole('menuitem', { name: '首页' }).click();
  const card = page.locator('.ant-alert', { hasText: '有 1 件意外事件还待跟进' });
  await expect(card).toContainText('冲突');
  await expect(card).toContainText('张小明、李春花');
  await expect(card).not.toContainText('推搡');
  await page.screenshot({ path: path.join(SHOTS, 'home-follow-up.png') });
  await card.getByRole('button', { name: '查看' }).click();
  const fromHome = page.locator('.ant-drawer-open', { has: page.getByText(`意外事件：冲突（${today()} 00:00）`) });
  await expect(fromHome).toContainText(WHAT);
  await closeDrawer(page, fromHome);
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0);
  expect(await room.app.db.selectFrom('access_log').select('child_id').where('what', '=', 'incident').execute()).toHaveLength(2);
  await page.getByRole('menuitem', { name: '意外事件' }).click();

  // 查看 on the list: the text again, and again a line in each child's access log.
  await row.getByRole('button', { name: '查看' }).click();
  const detail = page.locator('.ant-drawer', { has: page.getByText(`意外事件：冲突（${today()} 00:00）`) });
  await expect(detail).toContainText(WHAT);
  await expect(detail).toContainText('王奶奶');
  await expect(detail).toContainText('监护人');
  const logged = await room.app.db.selectFrom('access_log').select('child_id').where('what', '=', 'incident').execute();
  expect(logged).toHaveLength(4);

  // The headteacher, told in person later.
  await detail.getByRole('button', { name: '登记通知' }).click();
  const tell = page.getByRole('dialog', { name: '登记通知' });
  await choose(page, tell, '通知对象', '校长');
  await tell.getByLabel('姓名').fill('李校长');
  await choose(page, tell, '通知方式', '当面');
  await tell.getByRole('button', { name: OK }).click();
  await expect(page.getByText('已登记通知')).toBeVisible();
  await expect(detail).toContainText('李校长');
  await expect(row).toContainText('2 次');

  // The follow-up done today.
  await detail.getByRole('button', { name: '跟进已完成' }).click();
  await page.getByRole('dialog', { name: '跟进已完成' }).getByRole('button', { name: OK }).click();
  await expect(detail).toContainText(`${today()} 已完成`);
  await expect(row).toContainText(`${today()} 已完成`);
  await expect(page.getByText('已标记跟进完成')).toBeHidden();
  await expect(slidIn(page)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(SHOTS, 'incident-detail.png') });

  // 修改: the children show by name; the place corrected.
  await detail.getByRole('button', { name: '修改' }).click();
  const edit = page.locator('.ant-drawer', { has: page.getByText('修改意外事件', { exact: true }) });
  await expect(edit.locator('.ant-select-selection-item', { hasText: '张小明' })).toBeVisible();
  await expect(edit.locator('.ant-select-selection-item', { hasText: '李春花' })).toBeVisible();
  await edit.getByLabel('地点').fill('图书角书架旁');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已修改')).toBeVisible();
  await expect(detail).toContainText('图书角书架旁');

  // Only open follow-ups: none left, and none on the home page.
  await closeDrawer(page, detail);
  await page.getByRole('menuitem', { name: '首页' }).click();
  await expect(page.getByText('本周签到')).toBeVisible();
  await expect(page.locator('.ant-alert', { hasText: '意外事件还待跟进' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: '意外事件' }).click();
  await page.getByLabel('只看未完成的跟进').click();
  await expect(page.getByText('没有符合条件的意外事件')).toBeVisible();
  await page.getByLabel('只看未完成的跟进').click();

  // 作废 with a reason: struck through, marked, out of the counts.
  await row.getByRole('button', { name: '查看' }).click();
  await detail.getByRole('button', { name: '作废' }).click();
  const voiding = page.getByRole('dialog', { name: '作废这条意外事件' });
  await voiding.getByRole('button', { name: OK }).click();
  await expect(voiding.getByText('必填')).toBeVisible();
  await voiding.getByLabel('作废原因').fill('重复登记');
  await voiding.getByRole('button', { name: OK }).click();
  await expect(page.getByText('已作废', { exact: true }).first()).toBeVisible();
  await expect(row).toContainText('已作废');
  await expect(row.locator('del').first()).toBeVisible();
  const stored = await room.app.db.selectFrom('incident').select(['void_reason', 'place']).execute();
  expect(stored).toEqual([{ void_reason: '重复登记', place: '图书角书架旁' }]);

  // In English, once the messages are gone.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('menuitem', { name: 'Incidents' }).click();
  await expect(row).toContainText('Conflict');
  await expect(row).toContainText('2 people');
  await page.screenshot({ path: path.join(SHOTS, 'incidents-list-en.png'), fullPage: true });
  await page.getByRole('button', { name: 'Record an incident' }).click();
  await page
    .locator('.ant-drawer', { has: page.getByText('Record an incident', { exact: true }) })
    .getByRole('button', { name: 'Add someone told' })
    .click();
  await expect(slidIn(page)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(SHOTS, 'incident-form-en.png') });
});
