// Issue 16: a child's photo for the kiosk. The admin records the guardian's consent; a photo is taken
// with the PC's camera (Chromium's fake camera here) or picked from a file, drawn small before it is
// saved; a file that is no picture is refused with its name; withdrawing the consent deletes the photo.
// The kiosk's class grid then shows her face.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChildFile } from '../../shared/domain';
import { PHOTO_MAX_BYTES } from '../../shared/photo';
import { childInput } from '../unit/fixtures';
import config from './playwright.config';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { closeDrawer, drawFace, unlock } from './helpers';

const SHOTS = path.join(SCREENSHOTS, 'photos');
const launch = config.use?.launchOptions ?? {};
// A camera that shows a moving test picture, granted without asking.
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] } });

/** The stored photo's bytes, and its size as the browser draws it. */
async function storedPhoto(room: Room, page: Page, childId: number): Promise<{ bytes: number; jpeg: boolean; side: number[] }> {
  const row = await room.app.db.selectFrom('child_photo').select('photo').where('child_id', '=', childId).executeTakeFirstOrThrow();
  const bytes = Buffer.from(row.photo ?? []);
  const url = `data:image/jpeg;base64,${bytes.toString('base64')}`;
  const side = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, url);
  return { bytes: bytes.length, jpeg: bytes[0] === 0xff && bytes[1] === 0xd8, side };
}

function openFile(page: Page, name: string) {
  return page.getByRole('main').locator('.ant-table-row', { hasText: name }).getByText(name).click();
}

test('the admin records consent, takes a photo with the camera and picks one from a file; the kiosk shows the face', async ({ page, room }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  const chen = await ok<ChildFile>(room, 'children.create', childInput({ name: '陈慧敏', gender: 'female', grade: 1, classNo: 2, guardianName: '陈桂兰', guardianRelation: 'grandmother' }));
  const liu = await ok<ChildFile>(room, 'children.create', childInput({ name: '刘小雨', gender: 'female', grade: 1, classNo: 2 }));
  // The kiosk refuses a check-in after closing, and this test runs on the real clock.
  await ok(room, 'settings.update', { closingTime: '23:59' });
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '儿童档案' }).click();

  // No consent: no way to add a photo, only to record the consent.
  await openFile(page, '陈慧敏');
  const detail = page.getByRole('dialog', { name: '陈慧敏 的档案' });
  const section = detail.getByRole('region', { name: '照片（签到机上显示）' });
  await expect(section.getByText('监护人尚未同意拍照，未经同意不能保存照片。')).toBeVisible();
  await expect(section.getByRole('button', { name: '用摄像头拍照' })).toHaveCount(0);
  await section.getByRole('button', { name: '登记同意' }).click();
  const consent = page.getByRole('dialog', { name: '登记监护人同意拍照' });
  await expect(consent.getByLabel('同意人（监护人）')).toHaveValue('陈桂兰');
  await consent.getByRole('button', { name: /OK|确定/ }).click();
  await expect(section.getByText(/监护人同意拍照：陈桂兰（\d{4}-\d{2}-\d{2}）/)).toBeVisible();

  // The camera: a live picture, take it, look, use it.
  await section.getByRole('button', { name: '用摄像头拍照' }).click();
  const camera = page.getByRole('dialog', { name: '拍照' });
  await expect(camera.getByRole('button', { name: '拍下' })).toBeEnabled({ timeout: 15_000 });
  await page.screenshot({ path: path.join(SHOTS, 'camera-zh.png') });
  await camera.getByRole('button', { name: '拍下' }).click();
  await expect(camera.getByRole('img', { name: '拍下的照片' })).toBeVisible();
  await camera.getByRole('button', { name: '用这张' }).click();
  await expect(page.getByText('照片已保存')).toBeVisible();
  await expect(section.locator('img')).toBeVisible();
  expect(await storedPhoto(room, page, chen.id)).toEqual({ bytes: expect.any(Number), jpeg: true, side: [160, 160] });
  expect((await storedPhoto(room, page, chen.id)).bytes).toBeLessThanOrEqual(PHOTO_MAX_BYTES);
  // Her grandmother's face, from a file, for the kiosk's 家人来接.
  const collectors = detail.getByRole('region', { name: '谁可以接孩子' });
  const face = Buffer.from((await drawFace(page, '#ffc078')).split(',')[1] ?? '', 'base64');
  await collectors.locator('input[type=file]').setInputFiles({ name: 'grandma.jpg', mimeType: 'image/jpeg', buffer: face });
  await expect(collectors.locator('img[alt="陈桂兰的照片"]')).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'file-zh.png') });
  await closeDrawer(page, detail);

  // A file: a big screenshot is drawn small; a text file named .jpg is refused by name.
  await ok(room, 'children.photoConsent', { childId: liu.id, consentBy: '刘奶奶', consentOn: '2026-09-01' });
  await openFile(page, '刘小雨');
  const liuSection = page.getByRole('dialog', { name: '刘小雨 的档案' }).getByRole('region', { name: '照片（签到机上显示）' });
  const picker = liuSection.getByLabel('选择图片文件', { exact: true }).and(page.locator('input[type=file]'));
  await picker.setInputFiles({ name: 'note.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('这不是照片') });
  await expect(page.getByText('读不出这张图片（note.jpg）：请选 JPG、PNG 或 WebP 图片。')).toBeVisible();
  const big = await page.screenshot({ type: 'png' });
  expect(big.length).toBeGreaterThan(PHOTO_MAX_BYTES);
  await picker.setInputFiles({ name: 'classroom.png', mimeType: 'image/png', buffer: big });
  await expect(page.getByText('照片已保存')).toBeVisible();
  await expect(liuSection.locator('img')).toBeVisible();
  expect(await storedPhoto(room, page, liu.id)).toMatchObject({ jpeg: true, side: [160, 160] });

  // Withdrawing the consent deletes her photo.
  await liuSection.getByRole('button', { name: '撤回同意' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '撤回同意' }).click();
  await expect(page.getByText('已撤回同意，照片已删除')).toBeVisible();
  await expect(liuSection.locator('img')).toHaveCount(0);
  expect(await room.app.db.selectFrom('child_photo').select('child_id').execute()).toEqual([{ child_id: chen.id }]);

  // The section in English.
  await closeDrawer(page, page.getByRole('dialog', { name: /刘小雨/ }));
  await page.getByText('English', { exact: true }).click();
  await openFile(page, '刘小雨');
  await expect(page.getByText("No guardian's consent to photos yet: no photo can be kept without it.")).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'no-consent-en.png') });
  await closeDrawer(page, page.getByRole('dialog', { name: /刘小雨/ }));
  await openFile(page, '陈慧敏');
  const photoEn = page.getByRole('region', { name: 'Photo (shown at the kiosk)' });
  await expect(photoEn.locator('img')).toBeVisible();
  await photoEn.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'file-en.png') });
  await closeDrawer(page, page.getByRole('dialog', { name: /陈慧敏/ }));

  // The kiosk: her class shows her face; 刘小雨, with no photo now, keeps her name.
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Find by class' }).click();
  await page.getByRole('button', { name: 'Grade 1, class 2' }).click();
  await expect(page.getByRole('button', { name: '陈慧敏' }).locator('img')).toBeVisible();
  await expect(page.getByRole('button', { name: '刘小雨' })).toContainText('刘小雨');
  await page.screenshot({ path: path.join(SHOTS, 'kiosk-class-en.png') });
  // She checks in, and on leaving finds her grandmother by her face.
  await page.getByRole('button', { name: '陈慧敏' }).click();
  await page.getByRole('button', { name: 'Check in' }).click();
  await page.getByRole('button', { name: 'OK' }).click();
  await page.getByLabel('Type your name or its first letters').fill('chm');
  await page.getByRole('button', { name: '陈慧敏' }).click();
  await page.getByRole('button', { name: 'Check out' }).click();
  await page.getByRole('button', { name: 'My family picks me up' }).click();
  await expect(page.getByRole('button', { name: /陈桂兰/ }).locator('img')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'kiosk-leave-who-en.png') });
});
