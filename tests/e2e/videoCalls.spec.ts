// Video calls (issue 20): the admin tells the app the room has a computer for video calls; a child picks
// 视频通话 at the kiosk by its picture; the duty teacher runs her video call while a phone call runs on
// the phone, and the call log says which was which. Screenshots of each changed screen in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { childInput } from '../unit/fixtures';
import { expect, SCREENSHOTS, test, type Room } from './bridge';
import { unlock, unlockEn } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'video');

async function ok(room: Room, method: string, input: unknown): Promise<void> {
  const result = await room.app.dispatch(method, input, room.session);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
}

async function findMe(page: Page, initials: string, name: string, placeholder = '输入你的名字或拼音首字母'): Promise<void> {
  await page.getByLabel(placeholder).fill(initials);
  await page.getByRole('button', { name }).click();
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

test('with a video computer a child books a video call at the kiosk, and it runs beside a phone call', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  // The kiosk refuses a check-in after closing time, and this test runs on the real clock.
  await ok(room, 'settings.update', { closingTime: '23:59' });
  await ok(room, 'children.create', childInput());
  await ok(room, 'children.create', childInput({ name: '李春花', gender: 'female', birthDate: '2017-03-08', grade: 3, classNo: 1 }));
  await ok(room, 'auth.lock', {});
  await page.goto('/');

  // Without a video computer the kiosk offers the phone only, as before.
  await findMe(page, 'zxm', '张小明');
  await page.getByRole('button', { name: '签到' }).click();
  await page.getByRole('button', { name: '好的' }).click();
  await findMe(page, 'zxm', '张小明');
  await expect(page.getByRole('button', { name: '给爸爸妈妈打电话' })).toBeVisible();
  await expect(page.getByRole('button', { name: '视频通话' })).toHaveCount(0);
  await page.getByRole('button', { name: '返回' }).click();

  // The admin turns on the video computer in Settings.
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '设置' }).click();
  const videoPc = page.getByRole('switch', { name: '视频通话电脑' });
  await expect(videoPc).not.toBeChecked();
  await videoPc.click();
  await expect(videoPc).toBeChecked();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('设置已保存')).toBeVisible();
  await page.locator('.ant-form-item', { hasText: '视频通话电脑' }).scrollIntoViewIfNeeded();
  await page
    .locator('.ant-card', { hasText: '视频通话电脑' })
    .first()
    .screenshot({ path: path.join(SHOTS, 'settings-zh.png') });
  await page.getByRole('button', { name: '锁定' }).click();

  // The child: a phone and a camera, each with its word; she taps the camera, then her father.
  await findMe(page, 'zxm', '张小明');
  await expect(page.getByRole('button', { name: '打电话' })).toBeVisible();
  await expect(page.getByRole('button', { name: '给爸爸妈妈打电话' })).toHaveCount(0);
  await expect(page.locator('.kiosk-channel__picture')).toHaveCount(2);
  await shot(page, 'kiosk-choose-zh');
  // One button more on her screen: on the old 1024×768 monitors every action still shows whole.
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const action of ['打电话', '视频通话', '签退', '参加活动', '我想和老师说说话']) await expect(page.getByRole('button', { name: action })).toBeInViewport({ ratio: 1 });
  await shot(page, 'kiosk-choose-1024-zh');
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.getByRole('button', { name: '视频通话' }).click();
  await expect(page.getByRole('heading', { name: '你想和谁视频？' })).toBeVisible();
  await expect(page.locator('.kiosk-parent__video')).toHaveCount(2);
  await shot(page, 'kiosk-who-zh');
  await page.getByRole('button', { name: '爸爸' }).click();
  await expect(page.getByText('已排队，你是第 1 位')).toBeVisible();
  await expect(page.getByText('要和爸爸视频。请在屋里等一等，老师会叫你。')).toBeVisible();
  await shot(page, 'kiosk-booked-zh');
  await page.getByRole('button', { name: '返回' }).click();

  // The duty teacher books 李春花 on the phone from the 30-day list: 约父亲·电话.
  await unlock(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '亲情电话' }).click();
  await page.getByRole('tab', { name: /30天未通话/ }).click();
  const care = page.getByRole('tabpanel');
  await expect(care.locator('.ant-table-row', { hasText: '张小明' })).toContainText('已在排队');
  const chun = care.locator('.ant-table-row', { hasText: '李春花' });
  await expect(chun.getByRole('button', { name: '视频' }).first()).toBeVisible();
  await shot(page, 'care-list-zh');
  await chun.getByRole('button', { name: '约父亲·电话' }).click();
  await expect(page.getByText('已为 李春花 预约，排第 2 位')).toBeVisible();

  // The queue says each booking's device; the video call starts, then the phone call beside it.
  await page.getByRole('tab', { name: /排队/ }).click();
  const queue = page.getByRole('tabpanel');
  const ming = queue.locator('.ant-table-row', { hasText: '张小明' });
  const hua = queue.locator('.ant-table-row', { hasText: '李春花' });
  await expect(ming.locator('.call-channel--video')).toHaveText('视频');
  await expect(hua.locator('.call-channel--phone')).toHaveText('电话');
  await ming.getByRole('button', { name: '开始通话' }).click();
  const videoCard = page.locator('.call-active', { hasText: '张小明 正在通话' });
  await expect(videoCard.locator('.ant-card-head .call-channel--video')).toHaveText('视频');
  await expect(hua.getByRole('button', { name: '开始通话' })).toBeEnabled();
  await hua.getByRole('button', { name: '开始通话' }).click();
  const phoneCard = page.locator('.call-active', { hasText: '李春花 正在通话' });
  await expect(phoneCard.locator('.ant-card-head .call-channel--phone')).toHaveText('电话');
  await expect(videoCard).toBeVisible();
  await shot(page, 'queue-two-calls-zh');

  // At the kiosk meanwhile, his turn: by video, at the computer.
  await page.getByRole('button', { name: '锁定' }).click();
  await findMe(page, 'zxm', '张小明');
  await expect(page.getByText('轮到你啦！正在和爸爸视频')).toBeVisible();
  await expect(page.getByText('快到视频电脑旁边找老师吧。')).toBeVisible();
  await shot(page, 'kiosk-calling-zh');
  await page.getByRole('button', { name: '返回' }).click();
  await unlock(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '亲情电话' }).click();

  // The video call ends: talked. The phone call ends: no answer.
  await videoCard.getByRole('button', { name: '结束通话' }).click();
  const finishMing = page.getByRole('dialog', { name: '张小明 的通话结果' });
  await finishMing.getByText('已通话').click();
  await finishMing.getByRole('button', { name: '保存' }).click();
  await expect(videoCard).toHaveCount(0);
  await phoneCard.getByRole('button', { name: '结束通话' }).click();
  const finishHua = page.getByRole('dialog', { name: '李春花 的通话结果' });
  await finishHua.getByText('无人接听').click();
  await finishHua.getByRole('button', { name: '保存' }).click();
  await expect(phoneCard).toHaveCount(0);

  // The call log says which was which.
  await page.getByRole('tab', { name: '通话记录' }).click();
  const log = page.getByRole('tabpanel');
  await expect(log.locator('.ant-table-row', { hasText: '张小明' })).toContainText('视频');
  await expect(log.locator('.ant-table-row', { hasText: '张小明' })).toContainText('已通话');
  await expect(log.locator('.ant-table-row', { hasText: '李春花' })).toContainText('电话');
  await shot(page, 'history-zh');
  await page.getByRole('button', { name: '预约通话', exact: true }).click();
  const book = page.getByRole('dialog', { name: '预约通话' });
  // The teacher books 张小明 again, by video, at the desk.
  await expect(book.getByRole('radio', { name: '电话' })).toBeChecked();
  await book.getByLabel('儿童').fill('zxm');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张小明' }).click();
  await book.getByLabel('家长').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '母亲' }).click();
  await book.getByText('视频', { exact: true }).click();
  await expect(book.getByRole('radio', { name: '视频' })).toBeChecked();
  await book.screenshot({ path: path.join(SHOTS, 'book-dialog-zh.png'), animations: 'disabled' });
  await book.getByRole('button', { name: '预约', exact: true }).click();
  await expect(page.getByText('已为 张小明 预约，排第 1 位')).toBeVisible();
  await page.getByRole('tab', { name: /排队/ }).click();
  await expect(queue.locator('.ant-table-row', { hasText: '张小明' }).locator('.call-channel--video')).toHaveText('视频');

  // The same screens in English, as the admin: Settings, the call log, booking, the 30-day list.
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlockEn(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await expect(page.getByRole('switch', { name: 'Video call computer' })).toBeChecked();
  await page.locator('.ant-form-item', { hasText: 'Video call computer' }).scrollIntoViewIfNeeded();
  await page
    .locator('.ant-card', { hasText: 'Video call computer' })
    .first()
    .screenshot({ path: path.join(SHOTS, 'settings-en.png') });
  await page.getByRole('menuitem', { name: 'Home phone' }).click();
  await page.getByRole('tab', { name: 'Call log' }).click();
  await expect(page.getByRole('tabpanel').locator('.ant-table-row', { hasText: '张小明' })).toContainText('Video');
  await shot(page, 'history-en');
  await page.getByRole('tab', { name: /No call for 30 days/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('button', { name: 'Book Father · phone' })).toBeVisible();
  await shot(page, 'care-list-en');
  await page.getByRole('button', { name: 'Book a call' }).click();
  const bookEn = page.getByRole('dialog', { name: 'Book a call' });
  await expect(bookEn.getByRole('radio', { name: 'Phone' })).toBeChecked();
  await expect(bookEn.getByText('Video', { exact: true })).toBeVisible();
  await bookEn.getByLabel('Child').fill('lch');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '李春花' }).click();
  await bookEn.getByLabel('Parent').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Father' }).click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await bookEn.screenshot({ path: path.join(SHOTS, 'book-dialog-en.png'), animations: 'disabled' });
  await bookEn.getByRole('button', { name: 'Cancel' }).click();
  await expect(bookEn).toBeHidden();
  // The log form shares the child and parent fields: the same words in English.
  await page.getByRole('button', { name: 'Log a call' }).click();
  const logEn = page.getByRole('dialog', { name: 'Log a call' });
  await expect(logEn.getByLabel('Parent')).toBeDisabled();
  await logEn.getByLabel('Child').fill('lch');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '李春花' }).click();
  await logEn.getByLabel('Parent').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Father' }).click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await logEn.screenshot({ path: path.join(SHOTS, 'log-dialog-en.png'), animations: 'disabled' });
  await logEn.getByRole('button', { name: 'Cancel' }).click();
  await expect(logEn).toBeHidden();

  // The kiosk in English: 李春花 checks in, then picks the camera.
  await page.getByRole('button', { name: 'Lock' }).click();
  await findMe(page, 'lch', '李春花', 'Type your name or its first letters');
  await page.getByRole('button', { name: 'Check in' }).click();
  await page.getByRole('button', { name: 'OK' }).click();
  await findMe(page, 'lch', '李春花', 'Type your name or its first letters');
  await expect(page.getByRole('button', { name: 'Video call' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Phone call' })).toBeVisible();
  await shot(page, 'kiosk-choose-en');
  await page.getByRole('button', { name: 'Video call' }).click();
  await expect(page.getByRole('heading', { name: 'Who do you want to see on a video call?' })).toBeVisible();
  await shot(page, 'kiosk-who-en');
  await page.getByRole('button', { name: 'Dad' }).click();
  await expect(page.getByText('Video call with: Dad. Please wait in the room; the teacher will call you.')).toBeVisible();
  await shot(page, 'kiosk-booked-en');
});
