// Activities end to end: three children sign up for a weekend activity with two places at the
// kiosk (the third lands on the waiting list); the first cancels and the third moves up; the
// teacher sees in the activity's detail who moved up. Then the children in no group, paged.
import path from 'node:path';
import type { Page } from '@playwright/test';
import dayjs from 'dayjs';
import type { Activity, ChildFile } from '../../shared/domain';
import { nameKeys } from '../../shared/names';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { unlock } from './helpers';

const TITLE = '周末书法体验课';
const STAMP = 'YYYY-MM-DDTHH:mm:ssZ';

/** A set-up room with a teacher, three children and an activity for two, open for sign-up now. */
async function openRoom(room: Room, page: Page): Promise<void> {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  const teacher = await ok<{ id: number }>(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  for (const kid of [
    childInput({ name: '李春花', gender: 'female', birthDate: '2017-03-08', grade: 3, classNo: 1 }),
    childInput({ name: '王小军', grade: 3, classNo: 1 }),
    childInput(), // 张小明, 4年级2班
  ]) {
    await ok<ChildFile>(room, 'children.create', kid);
  }
  const saturday = dayjs().add(7, 'day').day(6);
  await ok<Activity>(room, 'activities.create', {
    kind: 'weekend',
    title: TITLE,
    description: '用毛笔写自己的名字',
    place: '二楼活动室',
    capacity: 2,
    gradeFrom: 3,
    gradeTo: 4,
    teacherId: teacher.id,
    signupOpensAt: dayjs().subtract(1, 'hour').format(STAMP),
    signupClosesAt: dayjs().add(3, 'day').format(STAMP),
    date: saturday.format('YYYY-MM-DD'),
    weekday: null,
    startTime: '09:00',
    endTime: '11:00',
    termStart: null,
    termEnd: null,
  });
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await expect(page.getByText('欢迎来到留守儿童之家')).toBeVisible();
}

/** From the start screen: her name, her screen, 参加活动. Returns the activity's card. */
async function openActivities(page: Page, name: string) {
  await page.getByLabel('输入你的名字或拼音首字母').fill(name);
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await page.getByRole('button', { name: '参加活动' }).click();
  await expect(page.getByRole('heading', { name: '你想参加什么活动？' })).toBeVisible();
  return page.getByRole('region', { name: TITLE });
}

async function backToStart(page: Page): Promise<void> {
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByLabel('输入你的名字或拼音首字母')).toBeVisible();
}

test('three children sign up for two places; the first cancels and the third moves up; the teacher sees it', async ({ page, room }) => {
  await openRoom(room, page);

  // The first two sign up: each sees the places go down, and her own 已报名.
  let card = await openActivities(page, '李春花');
  await expect(card).toContainText('二楼活动室');
  await expect(card).toContainText('09:00–11:00');
  await expect(card).toContainText('还剩 2 个名额');
  await card.getByRole('button', { name: '报名' }).click();
  await expect(card).toContainText('已报名');
  await expect(card.getByRole('button', { name: '取消报名' })).toBeVisible();
  await backToStart(page);

  card = await openActivities(page, '王小军');
  await expect(card).toContainText('还剩 1 个名额');
  await card.getByRole('button', { name: '报名' }).click();
  await expect(card).toContainText('已报名');
  await backToStart(page);

  // The third finds it full; she may still queue, and sees her place on the waiting list.
  card = await openActivities(page, '张小明');
  await expect(card).toContainText('已满，可以报名候补');
  await expect(card).toContainText(/报名截止：\d+月\d+日 \d\d:\d\d/);
  await card.getByRole('button', { name: '报名候补' }).click();
  await expect(card).toContainText('排队第1位');
  await backToStart(page);

  // The first changes her mind.
  card = await openActivities(page, '李春花');
  await card.getByRole('button', { name: '取消报名' }).click();
  await expect(card.getByRole('button', { name: '报名' })).toBeVisible();
  await expect(card).not.toContainText('已报名');
  await backToStart(page);

  // The third has moved up.
  card = await openActivities(page, '张小明');
  await expect(card).toContainText('已报名');
  await expect(card).not.toContainText('排队');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'activity-signup.png'), fullPage: true });
  await backToStart(page);

  // The teacher: the list shows it full, the detail shows who moved up.
  await unlock(page, '王丽华', '1111');
  await expect(page.getByText('王丽华 (教师)')).toBeVisible();
  await page.getByRole('menuitem', { name: '活动' }).click();
  const row = page.locator('.ant-table-row', { hasText: TITLE });
  await expect(row).toContainText('2 / 2');
  await expect(row).toContainText('周末活动');
  await expect(row).toContainText('王丽华');
  await row.getByText(TITLE).click();

  const detail = page.getByRole('dialog', { name: TITLE });
  await expect(detail.locator('.ant-table-row', { hasText: '张小明' })).toContainText('已报名');
  await expect(detail.locator('.ant-table-row', { hasText: '张小明' })).toContainText('候补转正');
  await expect(detail.locator('.ant-table-row', { hasText: '王小军' })).not.toContainText('候补转正');
  await expect(detail.locator('.ant-table-row', { hasText: '李春花' })).toHaveCount(0);
  await detail.getByText('显示已取消和已移除').click();
  await expect(detail.locator('.ant-table-row', { hasText: '李春花' })).toContainText('已取消');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'activity-detail.png'), fullPage: true });

  // Attendance on the day: a tick per child signed up, and the count.
  await detail.getByRole('tab', { name: '考勤' }).click();
  await expect(detail.getByText('报名 2 人 / 到场 0 人')).toBeVisible();
  // The tick is saved first and shown once the main process answers: click, then wait for what she sees
  // (check() would test the box at once, which fails on a loaded machine).
  const present = detail.getByRole('checkbox', { name: '张小明' });
  await present.click();
  await expect(detail.getByText('报名 2 人 / 到场 1 人')).toBeVisible();
  await expect(present).toBeChecked();
});

/** 22 children in no group, in the tab's order (class, then pinyin). */
const UNGROUPED = ['安心', '白雪', '蔡明', '丁香', '范文', '高山', '韩梅', '胡杨', '黄河', '江南', '金玉', '孔雀', '雷鸣', '马丽', '牛顿', '潘多', '秦川', '任远', '宋词', '唐诗', '田野', '万里']
  .map((name) => ({ name, pinyin: nameKeys(name).pinyin }))
  .sort((a, b) => (a.pinyin < b.pinyin ? -1 : 1))
  .map((c) => c.name);

test('a teacher pages through the children in no group and puts the last page into a group', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  for (const name of UNGROUPED) await ok<ChildFile>(room, 'children.create', childInput({ name, grade: 3, classNo: 1 }));
  await ok<Activity>(room, 'activities.create', {
    kind: 'group',
    title: '书法小组',
    capacity: 30,
    signupOpensAt: dayjs().subtract(30, 'day').format(STAMP),
    signupClosesAt: dayjs().add(30, 'day').format(STAMP),
    weekday: 3,
    termStart: dayjs().subtract(30, 'day').format('YYYY-MM-DD'),
    termEnd: dayjs().add(60, 'day').format('YYYY-MM-DD'),
    startTime: '15:00',
    endTime: '16:00',
  });
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '活动' }).click();

  await page.getByRole('tab', { name: '未参加兴趣小组的儿童' }).click();
  const tab = page.getByRole('tabpanel', { name: '未参加兴趣小组的儿童' });
  const rows = tab.locator('.ant-table-row');
  await expect(page.getByRole('tab', { name: '未参加兴趣小组的儿童（22）' })).toBeVisible();
  await expect(tab.getByText('共 22 名')).toBeVisible();
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText(UNGROUPED[0]);

  // Page 2: the last two; each joins the group and leaves the list.
  await tab.getByTitle('2', { exact: true }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(UNGROUPED[20]);
  await rows.filter({ hasText: UNGROUPED[20] }).getByRole('button', { name: '加入“书法小组”' }).click();
  await expect(page.getByText(`${UNGROUPED[20]} 已加入“书法小组”`)).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(page.getByRole('tab', { name: '未参加兴趣小组的儿童（21）' })).toBeVisible();

  // The page is empty once its last child joins: the list steps back to page 1.
  await rows.filter({ hasText: UNGROUPED[21] }).getByRole('button', { name: '加入“书法小组”' }).click();
  await expect(page.getByRole('tab', { name: '未参加兴趣小组的儿童（20）' })).toBeVisible();
  await expect(tab.getByText('共 20 名')).toBeVisible();
  await expect(rows).toHaveCount(20);
  await expect(tab.locator('.ant-pagination-item-active')).toHaveText('1');
  await expect(tab.getByTitle('2', { exact: true })).toHaveCount(0);
});

test('a weekly group: attendance opens on its last session day; the no-group list offers only groups that take the grade', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  const third = await ok<ChildFile>(room, 'children.create', childInput({ name: '李春花', grade: 3, classNo: 1 }));
  await ok<ChildFile>(room, 'children.create', childInput({ name: '赵磊', grade: 6, classNo: 2 }));
  // It met three days ago, whatever today is: today is never one of its days.
  const lastSession = dayjs().subtract(3, 'day');
  const group = await ok<Activity>(room, 'activities.create', {
    kind: 'group',
    title: '书法小组',
    capacity: 30,
    gradeFrom: 3,
    gradeTo: 4,
    signupOpensAt: dayjs().subtract(30, 'day').format(STAMP),
    signupClosesAt: dayjs().add(30, 'day').format(STAMP),
    weekday: lastSession.day() || 7,
    termStart: dayjs().subtract(30, 'day').format('YYYY-MM-DD'),
    termEnd: dayjs().add(60, 'day').format('YYYY-MM-DD'),
    startTime: '15:00',
    endTime: '16:00',
  });
  await ok(room, 'activities.enrol', { childId: third.id, activityId: group.id });
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '活动' }).click();

  await page.locator('.ant-table-row', { hasText: '书法小组' }).getByText('书法小组').click();
  const detail = page.getByRole('dialog', { name: '书法小组' });
  await detail.getByRole('tab', { name: '考勤' }).click();
  await expect(detail.getByLabel('考勤日期')).toHaveValue(lastSession.format('YYYY-MM-DD'));
  await expect(detail.getByText('报名 1 人 / 到场 0 人')).toBeVisible();
  await detail.getByRole('checkbox', { name: '李春花' }).click();
  await expect(detail.getByText('报名 1 人 / 到场 1 人')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // 赵磊 is in sixth grade: the grades-3-to-4 group is not offered to him.
  await page.getByRole('tab', { name: '未参加兴趣小组的儿童' }).click();
  const tab = page.getByRole('tabpanel', { name: '未参加兴趣小组的儿童' });
  const row = tab.locator('.ant-table-row', { hasText: '赵磊' });
  await expect(row).toContainText('年级不符，该小组不招收');
  await expect(row.getByRole('button')).toHaveCount(0);
});
