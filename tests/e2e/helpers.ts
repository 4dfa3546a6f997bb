// What a person does with Ant Design controls, in a few reusable steps.
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens an antd Select by its label and clicks the option with that text. */
export async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Types a date into an antd DatePicker the way a keyboard user does. */
export async function typeDate(scope: Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

export async function completeWizard(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('学校名称').fill('青山镇中心学校');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('管理员姓名').fill('陈静');
  await page.getByLabel('PIN（4–8 位数字）').fill('1234');
  await page.getByLabel('再次输入 PIN').fill('1234');
  await page.getByRole('button', { name: '完成' }).click();
}

/** From the kiosk screen: 老师入口, her name, her PIN, 登录. */
export async function unlock(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: '老师入口' }).click();
  const dialog = page.getByRole('dialog', { name: '教师登录' });
  await dialog.getByLabel('姓名').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
  await dialog.getByLabel('PIN').fill(pin);
  await dialog.getByRole('button', { name: '登录' }).click();
}

/** The same in English: Staff, her name, her PIN, Sign in. */
export async function unlockEn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: 'Staff' }).click();
  const dialog = page.getByRole('dialog', { name: 'Staff sign-in' });
  await dialog.getByLabel('Name').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
  await dialog.getByLabel('PIN').fill(pin);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
}

/** A face drawn in the page's own canvas, as a small JPEG data URL: a real photo for a child's file. */
export function drawFace(page: Page, colour: string): Promise<string> {
  return page.evaluate((fill) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 160;
    const c = canvas.getContext('2d');
    if (!c) throw new Error('no canvas');
    c.fillStyle = '#fff4e6';
    c.fillRect(0, 0, 160, 160);
    c.fillStyle = fill;
    c.beginPath();
    c.arc(80, 84, 58, 0, Math.PI * 2);
    c.fill();
    c.fillStyle = '#212529';
    for (const x of [58, 102]) {
      c.beginPath();
      c.arc(x, 72, 8, 0, Math.PI * 2);
      c.fill();
    }
    c.lineWidth = 6;
    c.beginPath();
    c.arc(80, 96, 24, 0.15 * Math.PI, 0.85 * Math.PI);
    c.stroke();
    return canvas.toDataURL('image/jpeg', 0.8);
  }, colour);
}

/** Today in the room's zone, as the date pickers show it. */
export const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });

/**
 * antd's dialogs zoom in. A click, a typed word or a picture while one still grows can land beside its
 * target on a loaded machine (CI once waited four minutes behind a click, and once lost a name typed),
 * so a step that needs a dialog where it will stay waits for this first.
 */
export async function dialogsStandStill(page: Page): Promise<void> {
  await expect(page.locator('.ant-zoom-appear, .ant-zoom-enter')).toHaveCount(0);
}

/**
 * Picks a child in the children picker labelled `label` by typing her name: once any dialog stands
 * still, and the name is seen in the box before its option is looked for.
 */
export async function pickChild(page: Page, label: string, name: string) {
  await dialogsStandStill(page);
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(name);
  await expect(box).toHaveValue(name);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
}

/** Closes a drawer by its ×, as a person does once the save's message has gone. The message can sit over the
 * ×, and Playwright's pointer resting on it keeps antd's message from ever leaving (it waits while hovered). */
export async function closeDrawer(page: Page, drawer: Locator): Promise<void> {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await drawer.locator('.ant-drawer-close').first().click();
}
