// Settings → 汇总数据库 on an office PC: the admin points the office at the county's PostgreSQL server
// (a throwaway cluster that asks for passwords), is told plainly when the password is wrong, saves a
// working connection and sees it in use, then goes back to the file on this PC. Photographed in both languages.
import { runCli } from '../../electron/cli';
import { capture } from '../unit/cliCapture';
import { pgMissing, startCluster, type PgCluster } from '../unit/office/pgCluster';
import { expect, SCREENSHOTS, test, type Room } from './bridge';
import { unlock, unlockEn } from './helpers';
import path from 'node:path';

let cluster: PgCluster | null = null;
test.skip(pgMissing() !== null && process.env.CI !== 'true', 'PostgreSQL is not installed here');
test.beforeAll(async () => {
  cluster = await startCluster({ password: 'owner-pw' });
  const owner = await cluster.createDatabase('county_office');
  process.env.OFFICE_ROLE_PASSWORD = 'school-pw';
  const out = capture();
  const code = await runCli(['county-init', '--url', owner, '--school', '阳光小学', '--role', 'school_a'], out, () => new Date());
  delete process.env.OFFICE_ROLE_PASSWORD;
  if (code !== 0) throw new Error(out.errors.join('\n'));
});
test.afterAll(() => cluster?.stop());

async function ok(room: Room, method: string, input: unknown): Promise<void> {
  const result = await room.app.dispatch(method, input, room.session);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
}

test('the office admin sets the county server in Settings: a wrong password is named, a working one saved and used', async ({ page, room }) => {
  const port = String(cluster?.port);
  await ok(room, 'setup.complete', { schoolName: '阳光小学', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '设置' }).click();

  const card = page.locator('.ant-card', { hasText: '汇总数据库' });
  await expect(card.getByText('正在使用：本机文件 office.sqlite（未设置服务器）')).toBeVisible();
  await card.getByLabel('服务器地址').fill('127.0.0.1');
  await card.getByLabel('端口').fill(port);
  await card.getByLabel('数据库名').fill('county_office');
  await card.getByLabel('用户名').fill('school_a');
  await card.getByLabel('密码', { exact: true }).fill('wrong-pw');
  // The throwaway server offers no encryption: the admin turns it off, as the help says.
  await card.getByRole('switch', { name: '加密连接（TLS）' }).click();
  await card.getByRole('button', { name: '测试并保存' }).click();
  await expect(card.getByText('无法连接汇总数据库：用户名或密码不对。')).toBeVisible();
  await expect(card.getByText('正在使用：本机文件 office.sqlite（未设置服务器）')).toBeVisible();
  await card.screenshot({ path: path.join(SCREENSHOTS, 'office-server-wrong-zh.png') });

  await card.getByLabel('密码', { exact: true }).fill('school-pw');
  await card.getByRole('button', { name: '测试连接' }).click();
  await expect(card.getByText('连接成功：可以看到 0 份周报。')).toBeVisible();
  await card.getByRole('button', { name: '测试并保存' }).click();
  await expect(card.getByText('正在使用：服务器 127.0.0.1 上的数据库 county_office（用户 school_a）')).toBeVisible();
  await expect(card.getByText('已保存密码（已加密）。留空则继续使用已保存的密码。')).toBeVisible();
  await expect(card.getByLabel('密码', { exact: true })).toHaveValue('');
  await card.screenshot({ path: path.join(SCREENSHOTS, 'office-server-saved-zh.png') });

  // The same card in English, with the connection kept.
  await ok(room, 'settings.setLanguage', { language: 'en' });
  await ok(room, 'auth.lock', {});
  await page.reload();
  await unlockEn(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  const cardEn = page.locator('.ant-card', { hasText: 'Office database' });
  await expect(cardEn.getByText('In use: database county_office on server 127.0.0.1 (user school_a)')).toBeVisible();
  await cardEn.screenshot({ path: path.join(SCREENSHOTS, 'office-server-saved-en.png') });
  await cardEn.getByRole('button', { name: 'Back to the file on this PC' }).click();
  await expect(cardEn.getByText('In use: the file office.sqlite on this PC (no server set)')).toBeVisible();
});
