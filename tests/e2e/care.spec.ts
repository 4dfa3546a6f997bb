// Care records end to end: 王丽华 is 张小明's surrogate parent. He talked with his father on the home
// phone this month and a letter home went this semester, so a talk and a home visit are due. She sees
// him on her home screen and her due list, logs a talk and a home visit from there, he leaves the list,
// and his growth file shows both records and prints as a PDF. The counselling record the admin wrote
// shows to her only as existing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChildFile, StaffMember } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { today, unlock } from './helpers';

const COUNSELLING_TEXT = '父母离异的担心，已做初步疏导';

async function unlockAs(page: Page, name: string, pin: string): Promise<void> {
  await unlock(page, name, pin);
  await expect(page.getByText(`${name} (教师)`)).toBeVisible();
}

/** The room, signed in as the admin: 王丽华 and her child 张小明, and 李春花 with no surrogate parent. */
async function seedRoom(room: Room): Promise<{ wang: StaffMember; child: ChildFile }> {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' });
  const wang = await ok<StaffMember>(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  // The kiosk refuses a check-in after closing time, and this test runs on the real clock: close at the day's end.
  await ok(room, 'settings.update', { closingTime: '23:59' });
  const child = await ok<ChildFile>(room, 'children.create', childInput({ surrogateStaffId: wang.id }));
  // 李春花 turns ten today (2016 is a leap year, so 29 February is a date too).
  await ok(room, 'children.create', childInput({ name: '李春花', gender: 'female', birthDate: `2016-${today().slice(5)}`, grade: 3, classNo: 1 }));
  const father = child.parents.find((p) => p.relation === 'father');
  if (!father) throw new Error('no father');
  await ok(room, 'calls.log', { childId: child.id, parentId: father.id, outcome: 'talked', durationMinutes: 6 });
  await ok(room, 'care.create', { kind: 'letter', childId: child.id, date: today(), letterTo: '爸爸妈妈', letterSentOn: today() });
  await ok(room, 'care.create', { kind: 'counselling', childId: child.id, date: today(), text: COUNSELLING_TEXT });
  return { wang, child };
}

async function seed(room: Room): Promise<void> {
  await seedRoom(room);
  await ok(room, 'auth.lock', {});
}

test('a surrogate parent logs a talk and a home visit, the child leaves her due list, and his growth file shows both', async ({ page, room }) => {
  await seed(room);
  await page.goto('/');
  await unlockAs(page, '王丽华', '1111');

  // Her home screen: 张小明 is due a talk and a home visit, not a contact or a letter.
  const homeCard = page.locator('.ant-card', { has: page.getByText('我负责的孩子：待关爱', { exact: true }) });
  const homeRow = homeCard.locator('.ant-table-row', { hasText: '张小明' });
  await expect(homeRow.locator('[data-duty="talk"]')).toBeVisible();
  await expect(homeRow.locator('[data-duty="visit"]')).toBeVisible();
  await expect(homeRow.locator('[data-duty="contact"]')).toHaveCount(0);
  await expect(homeRow.locator('[data-duty="letter"]')).toHaveCount(0);
  await expect(homeCard).not.toContainText('李春花');

  // The care page opens on her due list.
  await page.getByRole('menuitem', { name: '关爱记录' }).click();
  const row = page.locator('.care-due-mine .ant-table-row', { hasText: '张小明' });
  await expect(row).toContainText('谈心 ·');
  await expect(row).toContainText('家访 ·');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'care-due-list.png'), fullPage: true });

  // 记谈心 opens the form on him and on a talk; saving without a text says what is missing.
  await row.getByRole('button', { name: '记谈心' }).click();
  const drawer = page.locator('.ant-drawer', { has: page.getByText('为 张小明 写关爱记录') });
  await expect(drawer.getByRole('radio', { name: '谈心' })).toBeChecked();
  await expect(drawer.getByLabel('日期')).toHaveValue(today());
  await expect(drawer.getByLabel('谈心内容')).toBeFocused();
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer.getByText('必填')).toBeVisible();
  await drawer.getByLabel('谈心内容').fill('说想爸爸了，约好每周五来聊聊');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 张小明 的谈心记录')).toBeVisible();
  await expect(row.locator('[data-duty="talk"]')).toHaveCount(0);

  // 记家访: who was met and what was found.
  await row.getByRole('button', { name: '记家访' }).click();
  await expect(drawer.getByRole('radio', { name: '家访' })).toBeChecked();
  await drawer.getByLabel('见到的人').fill('爷爷张德山');
  await drawer.getByLabel('家访情况').fill('家里整洁，爷爷腿脚不便，作业没人辅导');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 张小明 的家访记录')).toBeVisible();
  await expect(page.getByText('您负责的孩子都已关爱到位')).toBeVisible();

  // His records: newest first; the counselling record shows only that it exists.
  await page.getByRole('tab', { name: '记录查询' }).click();
  await page.getByLabel('选择儿童').fill('zxm');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张小明' }).click();
  const records = page.getByRole('main').locator('.ant-table-row');
  await expect(records.filter({ hasText: '家访' })).toContainText('家里整洁');
  await expect(records.filter({ hasText: '谈心' }).first()).toContainText('说想爸爸了');
  await expect(records.filter({ hasText: '心理辅导' })).toContainText('心理辅导记录——内容仅心理辅导老师可见');
  await expect(page.getByText(COUNSELLING_TEXT)).toHaveCount(0);
  await expect(records.filter({ hasText: '书信' })).toContainText('书信内容不作记录');

  // The growth file: header, both records, and a print that holds the sheet only.
  await page.getByRole('button', { name: '成长档案' }).click();
  const sheet = page.locator('.care-growth');
  await expect(sheet.getByRole('heading', { name: '张小明 的成长档案' })).toBeVisible();
  await expect(sheet).toContainText('王丽华');
  await expect(sheet).toContainText('说想爸爸了，约好每周五来聊聊');
  await expect(sheet).toContainText('家里整洁，爷爷腿脚不便，作业没人辅导');
  await expect(sheet).toContainText('心理辅导记录——内容仅心理辅导老师可见');
  await expect(sheet).not.toContainText(COUNSELLING_TEXT);
  // A call says with whom and how long.
  await expect(sheet).toContainText('和父亲通话 · 已通话 · 6 分钟');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'care-growth-file.png'), fullPage: true });

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('menuitem', { name: '关爱记录' })).toBeHidden();
  await expect(page.getByRole('button', { name: '打印 / 存为 PDF' })).toBeHidden();
  const pdf = path.join(room.dir, 'growth-file.pdf');
  await page.pdf({ path: pdf, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(SCREENSHOTS, 'care-growth-print')]);
  } catch {
    // pdftoppm is optional; the text check below reads the PDF itself.
  }
  const text = execFileSync('pdftotext', [pdf, '-']).toString();
  expect(text).toContain('张小明');
  expect(text).toContain('家里整洁');
  expect(text).not.toContain('记录查询');
  expect(fs.statSync(pdf).size).toBeGreaterThan(1000);
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('the admin marks a counsellor, who then reads counselling records; the kiosk wishes a child happy birthday', async ({ page, room }) => {
  await seed(room);
  await page.goto('/');

  // A child checks in on her birthday.
  const search = page.getByLabel('输入你的名字或拼音首字母');
  await search.fill('lch');
  await page.getByRole('button', { name: '李春花' }).click();
  await page.getByRole('button', { name: '签到' }).click();
  await expect(page.getByRole('heading', { name: '李春花，签到成功！' })).toBeVisible();
  await expect(page.getByText('生日快乐！')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'kiosk-birthday.png') });
  await page.getByRole('button', { name: '好的' }).click();

  // The admin ticks 心理辅导老师 for 王丽华.
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '教师账号' }).click();
  const wangRow = page.locator('.ant-table-row', { hasText: '王丽华' });
  await wangRow.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog', { name: '编辑教师账号' });
  await dialog.getByLabel('心理辅导老师').check();
  await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(wangRow).toContainText('心理辅导');
  await page.getByRole('button', { name: '锁定' }).click();

  // As a counsellor she reads the counselling text and may write one.
  await unlockAs(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' }).click();
  await page.getByRole('button', { name: '关爱记录' }).click();
  const records = page.locator('.ant-drawer', { has: page.getByText('张小明 的关爱记录') });
  await expect(records.locator('.ant-table-row', { hasText: '心理辅导' })).toContainText(COUNSELLING_TEXT);
  await records.getByRole('button', { name: '写记录' }).click();
  await expect(page.locator('.ant-drawer', { has: page.getByText('为 张小明 写关爱记录') }).getByText('心理辅导', { exact: true })).toBeVisible();
});

test("the room tab counts each surrogate parent's due and late children, opens a group on demand, and recounts after a record", async ({ page, room }) => {
  const { wang, child } = await seedRoom(room);
  await ok(room, 'children.create', childInput({ name: '王小兰', gender: 'female', grade: 2, classNo: 1, surrogateStaffId: wang.id }));
  // 张小明 joined last school year (no screen backdates a child): his talk and home visit are overdue, so he is late.
  room.app.sqlite.prepare('update child set created_at = ? where id = ?').run(`${Number(today().slice(0, 4)) - 1}-09-01T08:00:00+08:00`, child.id);
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlockAs(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '关爱记录' }).click();
  await page.getByRole('tab', { name: '全室概况' }).click();

  // Coverage: every share has its counts beside it (no talk yet for any of the three children).
  await expect(page.getByText('0/3 人').first()).toBeVisible();

  // The children with no surrogate parent first; every group closed, its counts in the header.
  const groups = page.locator('.care-room-groups > .ant-collapse-item');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0).locator('.ant-collapse-header')).toContainText('无代理家长');
  await expect(groups.nth(0).locator('.ant-collapse-header')).toContainText('待办 1 人');
  const wangGroup = groups.nth(1);
  const header = wangGroup.locator('.ant-collapse-header');
  await expect(header).toContainText('代理家长：王丽华');
  await expect(header).toContainText('待办 2 人');
  await expect(header).toContainText('逾期 1 人');
  await expect(page.locator('.care-room-groups .ant-table-row')).toHaveCount(0);

  // Opening her group lists her two children, the late one first.
  await header.click();
  const rows = wangGroup.locator('.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('张小明');
  await expect(rows.nth(1)).toContainText('王小兰');
  // The panel has finished opening before the picture is taken.
  await expect(page.locator('.ant-motion-collapse')).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'care-room-groups.png'), fullPage: true });

  // A talk and a home visit written from his row: he leaves the group, and the counts follow.
  const drawer = page.locator('.ant-drawer', { has: page.getByText('为 张小明 写关爱记录') });
  await rows.nth(0).getByRole('button', { name: '记谈心' }).click();
  await drawer.getByLabel('谈心内容').fill('聊了期中考试，心情不错');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 张小明 的谈心记录')).toBeVisible();
  await expect(rows.nth(0).locator('[data-duty="talk"]')).toHaveCount(0);
  await expect(header).toContainText('逾期 1 人');
  await rows.nth(0).getByRole('button', { name: '记家访' }).click();
  await drawer.getByLabel('见到的人').fill('爷爷张德山');
  await drawer.getByLabel('家访情况').fill('家里整洁，作业有人看');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 张小明 的家访记录')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('王小兰');
  await expect(header).toContainText('待办 1 人');
  await expect(header).not.toContainText('逾期');
});

test("someone who is nobody's surrogate parent is told so and pointed to the children with none; the home screen stays short with many due", async ({ page, room }) => {
  const { wang } = await seedRoom(room);
  // 30 more children of hers, all due, a third with a birthday today: the home cards page them.
  for (let i = 0; i < 30; i += 1) {
    const birthDate = i % 3 === 0 ? `2016-${today().slice(5)}` : '2016-05-12';
    await ok(room, 'children.create', childInput({ name: `学生${String(i + 1).padStart(2, '0')}`, birthDate, surrogateStaffId: wang.id }));
  }
  await ok(room, 'auth.lock', {});
  await page.goto('/');

  // The admin looks after no child herself; 李春花 has no surrogate parent at all.
  await unlock(page, '陈静', '1234');
  const homeCard = page.locator('.ant-card', { has: page.getByText('我负责的孩子：待关爱', { exact: true }) });
  await expect(homeCard).toContainText('您还不是任何孩子的代理家长');
  await expect(homeCard).toContainText('有 1 名儿童还没有代理家长');
  await expect(homeCard).not.toContainText('关爱到位');
  await page.getByRole('menuitem', { name: '关爱记录' }).click();
  await expect(page.getByText('您还不是任何孩子的代理家长')).toBeVisible();
  await page.getByRole('button', { name: /锁定/ }).first().click();

  // Her home: 31 children due and 11 birthdays, five of each a page, and a screen-sized page.
  await unlockAs(page, '王丽华', '1111');
  const mine = page.locator('.ant-card', { has: page.getByText('我负责的孩子：待关爱', { exact: true }) });
  await expect(mine.locator('.ant-table-row')).toHaveCount(5);
  await expect(mine.locator('.ant-pagination')).toBeVisible();
  const birthdays = page.locator('.ant-card', { has: page.getByText('本周和下周的生日', { exact: true }) });
  await expect(birthdays.locator('.ant-table-row')).toHaveCount(5);
  const header = mine.locator('th', { hasText: '跟进事项' });
  // One line: the header is about as tall as a line of text, not four characters stacked.
  expect((await header.boundingBox())?.height ?? 0).toBeLessThan(60);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(2200);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'home-many-due.png'), fullPage: true });
});
