// A wrong PC clock as the staff see it: a banner when the date is behind the newest moment the app
// has seen, and a dialog asking a teacher to confirm a date far ahead of it. The room's newest moment
// is set before the page opens (the app reads it once), a year away from the real clock.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CLOCK_MARK_KEY } from '../../electron/services/clock/mark';
import { expect, SCREENSHOTS, test, type Room } from './bridge';
import { completeWizard } from './helpers';

const SHOTS = process.env.CLOCK_SHOTS ?? path.join(SCREENSHOTS, 'clock');
const YEAR_MS = 365 * 86_400_000;

async function newestMomentIs(room: Room, at: Date): Promise<void> {
  const stamp = at.toISOString();
  await room.app.db
    .insertInto('setting')
    .values({ key: CLOCK_MARK_KEY, value: JSON.stringify(stamp), created_at: stamp, updated_at: stamp })
    .execute();
}

/** The wizard leaves its admin signed in. */
async function signedIn(page: Page): Promise<void> {
  await completeWizard(page);
  await expect(page.getByRole('button', { name: '锁定' })).toBeVisible();
}

async function english(page: Page): Promise<void> {
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
}

test('a PC date behind the newest moment seen shows a banner in both languages', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await newestMomentIs(room, new Date(Date.now() + YEAR_MS));
  await signedIn(page);
  const banner = page.getByRole('alert').filter({ hasText: '这台电脑的日期不对' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('自动备份和每周导出会暂停');
  await page.screenshot({ path: path.join(SHOTS, 'behind-zh-CN.png') });
  await english(page);
  await expect(page.getByRole('alert').filter({ hasText: "This PC's date is wrong" })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'behind-en.png') });
});

test('a PC date far ahead asks a teacher to confirm it; confirming lets scheduled work run', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await newestMomentIs(room, new Date(Date.now() - YEAR_MS));
  await signedIn(page);
  const dialog = page.getByRole('dialog', { name: '请确认今天的日期' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'ahead-zh-CN.png') });

  // Not now: the banner stays and brings the dialog back.
  await dialog.getByRole('button', { name: '不是，我去改电脑日期' }).click();
  await expect(dialog).toBeHidden();
  await english(page);
  await page.getByRole('button', { name: 'Confirm the date' }).click();
  const english_ = page.getByRole('dialog', { name: "Please confirm today's date" });
  await expect(english_).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'ahead-en.png') });

  await english_.getByRole('button', { name: /^Yes, today is/ }).click();
  await expect(english_).toBeHidden();
  await expect(page.getByText('Confirm the date')).toBeHidden();
  const audit = await room.app.db.selectFrom('audit_log').select('action').where('action', '=', 'clock.confirm').execute();
  expect(audit).toHaveLength(1);
});
