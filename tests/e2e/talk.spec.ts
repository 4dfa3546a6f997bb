// Issue 20: a child taps "我想和老师说说话" at the kiosk. 陈慧敏 asks for her teacher: her surrogate parent
// sees it on her home and marks it talked. 李华 asks for the counsellor: his surrogate parent never sees
// it; the counsellor does. The kiosk says a teacher will come, and shows nothing else.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChildFile, StaffMember } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test } from './bridge';
import { unlock, unlockEn } from './helpers';
import { recordSpeech, spoken } from './speech';

const SHOTS = path.join(SCREENSHOTS, 'talk');

async function findMe(page: Page, initials: string, name: string, placeholder = '输入你的名字或拼音首字母'): Promise<void> {
  await page.getByLabel(placeholder).fill(initials);
  await page.getByRole('button', { name }).click();
}

test('a child asks to talk; her surrogate parent sees it, and a wish for the counsellor reaches only the counsellor', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await recordSpeech(page);
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  const wang = await ok<StaffMember>(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  await ok(room, 'staff.create', { name: '周敏', role: 'teacher', pin: '2222', counsellor: true });
  await ok<ChildFile>(room, 'children.create', childInput({ name: '陈慧敏', gender: 'female', grade: 1, classNo: 2, surrogateStaffId: wang.id }));
  await ok<ChildFile>(room, 'children.create', childInput({ name: '李华', grade: 4, classNo: 1, surrogateStaffId: wang.id }));
  await ok(room, 'auth.lock', {});
  await page.goto('/');

  // 陈慧敏: her teacher.
  await findMe(page, 'chm', '陈慧敏');
  await page.getByRole('button', { name: '我想和老师说说话' }).click();
  await expect(page.getByRole('heading', { name: '你想和谁说说话？' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'kiosk-who-zh.png') });
  await page.getByRole('button', { name: '我的老师' }).click();
  await expect(page.getByRole('heading', { name: '好的，老师会来找你' })).toBeVisible();
  expect(await spoken(page)).toEqual(['好的，老师会来找你']);
  await page.screenshot({ path: path.join(SHOTS, 'kiosk-done-zh.png') });
  await page.getByRole('button', { name: '好的' }).click();

  // 李华: the counsellor.
  await findMe(page, 'lh', '李华');
  await page.getByRole('button', { name: '我想和老师说说话' }).click();
  await page.getByRole('button', { name: '心理老师' }).click();
  await expect(page.getByRole('heading', { name: '好的，心理老师会来找你' })).toBeVisible();
  await page.getByRole('button', { name: '好的' }).click();

  // Her surrogate parent's home: 陈慧敏 only.
  await unlock(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '首页' }).click();
  const card = page.getByRole('alert').filter({ hasText: '个孩子想和老师说说话' });
  await expect(card).toContainText('有 1 个孩子想和老师说说话');
  await expect(card).toContainText('陈慧敏');
  await expect(card).toContainText('今天');
  await expect(card).not.toContainText('李华');
  await page.screenshot({ path: path.join(SHOTS, 'home-zh.png') });
  await card.getByRole('button', { name: '聊过了' }).click();
  await expect(card).toHaveCount(0);
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'Lock' }).click();

  // The counsellor sees 李华's wish, in English.
  await unlockEn(page, '周敏', '2222');
  await page.getByRole('menuitem', { name: /Home$/ }).click();
  const cardEn = page.getByRole('alert').filter({ hasText: 'wants to talk to a teacher' });
  await expect(cardEn).toContainText('1 child wants to talk to a teacher');
  await expect(cardEn).toContainText('李华');
  await expect(cardEn).toContainText('asked at the kiosk to talk to the counsellor');
  await page.screenshot({ path: path.join(SHOTS, 'home-counsellor-en.png') });
  await page.getByRole('button', { name: 'Lock' }).click();
  await findMe(page, 'chm', '陈慧敏', 'Type your name or its first letters');
  await page.getByRole('button', { name: 'I want to talk to a teacher' }).click();
  await expect(page.getByRole('button', { name: 'The counsellor' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'kiosk-who-en.png') });
});
