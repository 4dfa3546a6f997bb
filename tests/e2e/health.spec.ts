// Health notes: the admin writes a child's allergy in her file; on the room page she shows an icon once
// checked in, and a click shows the text (each opening is logged). Then the same in English.
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChildFile } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test } from './bridge';
import { closeDrawer, unlock } from './helpers';

/** Review pictures, beside the other e2e screenshots (not committed). */
const SHOTS = path.join(SCREENSHOTS, 'health');

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, name) });

test('a note in her file shows as an icon on the room page, and a click shows it', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'settings.update', { closingTime: '23:59' });
  const child = await ok<ChildFile>(room, 'children.create', childInput({ name: '陈慧敏', gender: 'female', grade: 1, classNo: 2 }));
  await ok(room, 'children.create', childInput({ name: '李华', grade: 4, classNo: 1 }));
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlock(page, '陈静', '1234');

  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '陈慧敏' }).getByText('陈慧敏').click();
  const detail = page.getByRole('dialog', { name: '陈慧敏 的档案' });
  await detail.getByRole('button', { name: '编辑', exact: true }).click();
  const edit = page.getByRole('dialog', { name: '编辑 陈慧敏 的档案' });
  await edit.getByLabel('过敏').fill('花生过敏，误食会喉咙肿');
  await edit.getByLabel('应急处理').fill('立即打电话给奶奶，再送卫生院');
  await edit.getByLabel('过敏').scrollIntoViewIfNeeded();
  await shot(page, 'form-zh.png');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(detail.getByText('花生过敏，误食会喉咙肿')).toBeVisible();
  await closeDrawer(page, detail);

  // She and 李华 check in; only she has notes.
  await ok(room, 'checkins.checkIn', { childId: child.id });
  await page.getByRole('menuitem', { name: '在室儿童' }).click();
  const rows = page.getByRole('main').locator('.ant-table-row');
  const hers = rows.filter({ hasText: '陈慧敏' }).first(); // the present table, above the day's history
  await expect(hers).toBeVisible();
  await expect(page.getByText('花生过敏，误食会喉咙肿')).toHaveCount(0);
  await hers.getByRole('button', { name: '健康信息：点击查看' }).click();
  const popover = page.locator('.ant-popover:visible');
  await expect(popover.getByText('陈慧敏的健康信息')).toBeVisible();
  await expect(popover.getByText('花生过敏，误食会喉咙肿')).toBeVisible();
  await expect(popover.getByText('立即打电话给奶奶，再送卫生院')).toBeVisible();
  await expect(popover).not.toHaveClass(/-(enter|appear)/);
  await shot(page, 'room-popover-zh.png');
  const log = await ok<{ rows: { what: string }[] }>(room, 'privacy.accessLog', { childId: child.id, what: 'health' });
  expect(log.rows).toHaveLength(1);

  // English.
  await hers.getByRole('button', { name: '健康信息：点击查看' }).click();
  await expect(popover).toHaveCount(0);
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByText('Children in the room').first()).toBeVisible();
  await hers.getByRole('button', { name: 'Health notes: click to read' }).click();
  await expect(page.locator('.ant-popover:visible').getByText('陈慧敏: health notes')).toBeVisible();
  await expect(page.locator('.ant-popover:visible').getByText('Allergies')).toBeVisible();
  // Its fade-in finished, so the picture shows it as a person sees it.
  await expect(page.locator('.ant-popover:visible')).not.toHaveClass(/-(enter|appear)/);
  await shot(page, 'room-popover-en.png');
  expect((await ok<{ rows: unknown[] }>(room, 'privacy.accessLog', { childId: child.id, what: 'health' })).rows).toHaveLength(2);
  await page.getByRole('menuitem', { name: 'Child files' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '陈慧敏' }).getByText('陈慧敏').click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const editEn = page.getByRole('dialog').filter({ has: page.getByLabel('Allergies') });
  await editEn.getByLabel('Allergies').scrollIntoViewIfNeeded();
  await shot(page, 'form-en.png');
});
