// The room's daily flow end to end: a child checks in at the kiosk and books a call; the duty teacher
// unlocks, runs the call from the queue and logs "talked"; the child checks out.
import path from 'node:path';
import { childInput } from '../unit/fixtures';
import { expect, SCREENSHOTS, test, type Room } from './bridge';
import { unlock } from './helpers';

async function ok(room: Room, method: string, input: unknown): Promise<unknown> {
  const result = await room.app.dispatch(method, input, room.session);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

test('a child books a call at the kiosk and the duty teacher runs it', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' });
  await ok(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  // The kiosk refuses a check-in after closing time, and this test runs on the real clock: close at the day's end.
  await ok(room, 'settings.update', { closingTime: '23:59' });
  await ok(room, 'children.create', childInput());
  await ok(room, 'children.create', childInput({ name: '李春花', gender: 'female', birthDate: '2017-03-08', grade: 3, classNo: 1 }));
  await ok(room, 'auth.lock', {});
  await page.goto('/');

  // The child: initials, her name, check in.
  const search = page.getByLabel('输入你的名字或拼音首字母');
  await search.fill('zxm');
  await page.getByRole('button', { name: '张小明' }).click();
  await page.getByRole('button', { name: '签到' }).click();
  await expect(page.getByRole('heading', { name: '张小明，签到成功！' })).toBeVisible();
  await page.getByRole('button', { name: '好的' }).click();

  // She books a call to her father: the kiosk shows relations, never numbers.
  await search.fill('zxm');
  await page.getByRole('button', { name: '张小明' }).click();
  await page.getByRole('button', { name: '给爸爸妈妈打电话' }).click();
  await expect(page.getByText('13987654321')).toHaveCount(0);
  await page.getByRole('button', { name: '爸爸' }).click();
  await expect(page.getByText('已排队，你是第 1 位')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'kiosk-booked.png') });
  await page.getByRole('button', { name: '返回' }).click();

  // The duty teacher unlocks staff mode.
  await unlock(page, '王丽华', '1111');
  await expect(page.getByText('王丽华 (教师)')).toBeVisible();

  // Her home screen counts today's check-in.
  await expect(page.locator('.ant-statistic', { hasText: '今日签到' })).toContainText('1');
  await expect(page.locator('.ant-statistic', { hasText: '今日亲情电话' })).toContainText('0');

  // She sees him in the room, then runs the call from the queue.
  await page.getByRole('menuitem', { name: '在室儿童' }).click();
  // The first table is who is in the room now; the second is today's visits.
  await expect(page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' }).first()).toContainText('自助');
  await expect(page.locator('.ant-statistic', { hasText: '在室人数' })).toContainText('1');
  await expect(page.getByRole('button', { name: '闭馆：全部签退' })).toBeEnabled();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'room.png'), fullPage: true });
  await page.getByRole('menuitem', { name: '亲情电话' }).click();
  const row = page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' });
  await expect(row.getByText('13987654321')).toBeVisible();
  await expect(row.getByText('从未与家长通话')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'call-queue.png'), fullPage: true });
  await row.getByRole('button', { name: '开始通话' }).click();
  await expect(page.getByText('张小明 正在通话')).toBeVisible();
  await expect(page.getByText('剩余时间')).toBeVisible();
  await page.getByRole('button', { name: '结束通话' }).click();
  const finish = page.getByRole('dialog', { name: '张小明 的通话结果' });
  await finish.getByText('已通话').click();
  await finish.getByLabel('备注').fill('爸爸说春节回家');
  await finish.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/已记录，通话约 \d+ 分钟/)).toBeVisible();
  await page.getByRole('tab', { name: '通话记录' }).click();
  const logged = page.getByRole('main').locator('.ant-table-row', { hasText: '张小明' });
  await expect(logged.getByText('已通话')).toBeVisible();
  await expect(logged.getByText('爸爸说春节回家')).toBeVisible();
  // 李春花 has never talked with a parent: she is on the 30-day care list; 张小明 no longer is.
  await page.getByRole('tab', { name: /30天未通话/ }).click();
  const care = page.getByRole('tabpanel');
  await expect(care.locator('.ant-table-row', { hasText: '李春花' })).toBeVisible();
  await expect(care.locator('.ant-table-row', { hasText: '张小明' })).toHaveCount(0);

  // Her father rang the office's phone, not booked: the teacher logs it by hand and she leaves the list.
  await page.getByRole('button', { name: '登记未预约通话' }).click();
  const logDialog = page.getByRole('dialog', { name: '登记通话' });
  await expect(logDialog.getByLabel('家长')).toBeDisabled();
  // Nothing chosen: the dialog stays open and says what is missing.
  await logDialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(logDialog.getByText('必填')).toHaveCount(2);
  await logDialog.getByLabel('儿童').fill('lch');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '李春花' }).click();
  await logDialog.getByLabel('家长').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '父亲 · 张建国 · 13987654321' }).click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await logDialog.screenshot({ path: path.join(SCREENSHOTS, 'log-call-dialog.png'), animations: 'disabled' });
  await logDialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(page.getByText('通话已登记')).toBeVisible();
  await expect(care.locator('.ant-table-row', { hasText: '李春花' })).toHaveCount(0);

  // Back to the kiosk: the child checks out.
  await page.getByRole('button', { name: '锁定' }).click();
  await search.fill('zxm');
  await page.getByRole('button', { name: '张小明' }).click();
  await page.getByRole('button', { name: '签退' }).click();
  await page.getByRole('button', { name: '自己回家' }).click();
  // She does not wait out the undo countdown.
  await page.getByRole('button', { name: '好了，签退' }).click();
  await expect(page.getByRole('heading', { name: '张小明，签退成功！' })).toBeVisible();
});

test('the 30-day care list pages through a long list and books from a later page', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' });
  await ok(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  // 23 children who never talked with a parent, in class-list order by grade and class.
  const names = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天'].map((c) => `小${c}`);
  for (const [i, name] of names.entries()) {
    await ok(room, 'children.create', childInput({ name, grade: 1 + Math.floor(i / 3), classNo: 1 + (i % 3) }));
  }
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlock(page, '王丽华', '1111');

  await page.getByRole('menuitem', { name: '亲情电话' }).click();
  await page.getByRole('tab', { name: '30天未通话（23）' }).click();
  const care = page.getByRole('tabpanel');
  await expect(care.getByText('共 23 名')).toBeVisible();
  await expect(care.locator('.ant-table-row')).toHaveCount(20);
  await expect(care.locator('.ant-table-row').first()).toContainText(names[0]);
  await care.locator('.ant-pagination-item', { hasText: '2' }).click();
  await expect(care.locator('.ant-table-row')).toHaveCount(3);
  await expect(care.locator('.ant-table-row').nth(0)).toContainText(names[20]);
  await expect(care.locator('.ant-table-row').nth(2)).toContainText(names[22]);

  // Booking from page 2 keeps the teacher on page 2 and marks the child booked.
  const last = care.locator('.ant-table-row', { hasText: names[22] });
  await last.getByRole('button', { name: '约父亲' }).click();
  await expect(last.getByText('已在排队')).toBeVisible();
  await expect(care.locator('.ant-pagination-item-active')).toHaveText('2');
});
