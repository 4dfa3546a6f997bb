// Issue 16: a first-grader taps 签退 → 自己回家; the kiosk tells her to wait for a teacher; the room page
// shows her waiting under a banner; the teacher records that her grandmother collected her. Run at the
// usual window and at 1024×768, where every action must be on screen without scrolling.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ChildFile, Collector } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { drawFace, unlock } from './helpers';
import { recordSpeech, spoken } from './speech';

/** 陈慧敏 (一年级2班) with her grandmother and a father who may not collect her; 王小红 (二年级) and 李华 (四年级). */
async function openRoom(room: Room, page: Page): Promise<Record<string, number>> {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  // The kiosk refuses a check-out after closing, and this test runs on the real clock.
  await ok(room, 'settings.update', { closingTime: '23:59', kioskReturnSeconds: 30 });
  const ids: Record<string, number> = {};
  for (const kid of [
    childInput({ name: '陈慧敏', gender: 'female', grade: 1, classNo: 2, guardianName: '陈桂兰', guardianRelation: 'grandmother' }),
    childInput({ name: '王小红', gender: 'female', grade: 2, classNo: 1, guardianName: '王大山', guardianRelation: 'grandfather' }),
    childInput({ name: '李华', grade: 4, classNo: 1 }),
    // Her classmates: one with a photo, one without (who keeps her name on the faces-only grid).
    childInput({ name: '刘小雨', gender: 'female', grade: 1, classNo: 2 }),
    childInput({ name: '赵一鸣', grade: 1, classNo: 2 }),
  ]) {
    ids[kid.name] = (await ok<ChildFile>(room, 'children.create', kid)).id;
  }
  const [grandma] = await ok<Collector[]>(room, 'collectors.list', { childId: ids['陈慧敏'] });
  await ok(room, 'collectors.save', {
    childId: ids['陈慧敏'],
    collectors: [
      { name: grandma.name, relation: 'grandmother', phone: grandma.phone },
      { name: '刘强', relation: 'father', mayCollect: false, note: '法院判决：不得接走' },
    ],
  });
  // Every child has a photo, with her guardian's consent: the first-grader finds herself by her face.
  for (const [name, colour] of [
    ['陈慧敏', '#ffa94d'],
    ['王小红', '#74c0fc'],
    ['李华', '#8ce99a'],
    ['刘小雨', '#e599f7'],
  ] as const) {
    await ok(room, 'children.photoConsent', { childId: ids[name], consentBy: '监护人', consentOn: '2026-09-01' });
    await ok(room, 'children.setPhoto', { childId: ids[name], photo: await drawFace(page, colour) });
  }
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await expect(page.getByText('欢迎来到留守儿童之家')).toBeVisible();
  return ids;
}

/** Clicks a control after checking it is on screen as it stands (no scrolling). */
async function tap(page: Page, name: string | RegExp, scope = page.locator('body')): Promise<void> {
  const control = scope.getByRole('button', { name });
  await expect(control).toBeInViewport({ ratio: 1 });
  await control.click();
}

async function findMe(page: Page, initials: string, name: string, placeholder = '输入你的名字或拼音首字母'): Promise<void> {
  await page.getByLabel(placeholder).fill(initials);
  await tap(page, name);
}

for (const size of [null, { width: 1024, height: 768 }] as const) {
  const label = size ? `${size.width}×${size.height}` : 'the usual window';
  test(`a first-grader going home alone waits for the teacher, who records her grandmother collected her (${label})`, async ({ page, room }) => {
    if (size) await page.setViewportSize(size);
    await recordSpeech(page);
    const ids = await openRoom(room, page);
    const shots = size ? path.join(SCREENSHOTS, 'leave-1024') : SCREENSHOTS;
    fs.mkdirSync(shots, { recursive: true });

    // One letter asks for more.
    await page.getByLabel('输入你的名字或拼音首字母').fill('c');
    await expect(page.getByText('再多打几个字母吧')).toBeVisible();
    await expect(page.getByRole('button', { name: '陈慧敏' })).toHaveCount(0);
    await page.getByLabel('输入你的名字或拼音首字母').fill('');
    // She cannot read yet: her class, then her face among her classmates' (faces only: no names shown).
    await tap(page, '按班级找');
    await tap(page, '1年级2班');
    const me = page.getByRole('button', { name: '陈慧敏' });
    await expect(me.locator('img')).toBeVisible();
    await expect(me).not.toContainText('陈慧敏');
    await expect(page.getByRole('button', { name: '赵一鸣' })).toContainText('赵一鸣');
    await expect(page.getByRole('button', { name: '显示名字' })).toBeVisible();
    await page.screenshot({ path: path.join(shots, 'kiosk-faces-zh.png') });
    await tap(page, '陈慧敏');
    // Her own screen has her photo too; she checks in and hears it.
    await expect(page.locator('.kiosk-me img')).toBeVisible();
    for (const action of ['签到', '参加活动']) await expect(page.getByRole('button', { name: action })).toBeInViewport({ ratio: 1 });
    if (size) await page.screenshot({ path: path.join(shots, 'kiosk-child-zh.png') });
    await tap(page, '签到');
    await expect(page.getByRole('heading', { name: '陈慧敏，签到成功！' })).toBeVisible();
    await tap(page, '好的');
    // Full pinyin mixed with initials finds her, with her photo on the card.
    await page.getByLabel('输入你的名字或拼音首字母').fill('chhuim');
    await expect(page.getByRole('button', { name: '陈慧敏' }).locator('img')).toBeVisible();
    await tap(page, '陈慧敏');
    // Her screen's every action is on screen without scrolling, at 1366×860 and at 1024×768.
    for (const action of ['签退', '给爸爸妈妈打电话', '参加活动', '我想和老师说说话']) await expect(page.getByRole('button', { name: action })).toBeInViewport({ ratio: 1 });
    // She books a call to 妈妈 — her word, not a name — and hears her place in the queue.
    await tap(page, '给爸爸妈妈打电话');
    await expect(page.getByRole('button', { name: '爸爸' })).toBeInViewport({ ratio: 1 });
    await tap(page, '妈妈');
    await expect(page.getByText('已排队，你是第 1 位')).toBeVisible();
    await tap(page, '取消预约');
    await expect(page.getByRole('button', { name: '给爸爸妈妈打电话' })).toBeVisible();
    // A mistaken 签退: 撤销 within the countdown takes her back with nothing recorded.
    await tap(page, '签退');
    await tap(page, '自己回家');
    await expect(page.getByText(/\d+ 秒后签退/)).toBeVisible();
    await page.screenshot({ path: path.join(shots, 'kiosk-undo-zh.png') });
    await tap(page, '撤销');
    await expect(page.getByRole('button', { name: '签退' })).toBeVisible();
    const stillIn = await room.app.db.selectFrom('visit').select(['checked_out_at', 'leave_request']).where('child_id', '=', ids['陈慧敏']).executeTakeFirstOrThrow();
    expect(stillIn).toEqual({ checked_out_at: null, leave_request: null });
    await tap(page, '签退');
    await expect(page.getByRole('heading', { name: '你今天怎么回去？' })).toBeVisible();
    for (const choice of ['自己回家', '家人来接', '回宿舍']) await expect(page.getByRole('button', { name: choice })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: path.join(shots, 'kiosk-leave-zh.png') });
    await tap(page, '自己回家');
    await tap(page, '好了，签退');
    await expect(page.getByRole('heading', { name: '陈慧敏，请等一下，老师马上来' })).toBeVisible();
    expect(await spoken(page)).toEqual(['陈慧敏，签到成功', '你是第1个，等一下老师会叫你', '要走了吗？点错了就点撤销', '要走了吗？点错了就点撤销', '请等一下，老师马上来']);
    await expect(page.getByText('先在屋里坐一会儿，老师来了再走。')).toBeVisible();
    await tap(page, '好的');

    // The teacher's room page: she waits under a banner; nobody has signed in for duty yet.
    await unlock(page, '王丽华', '1111');
    await page.getByRole('menuitem', { name: '在室儿童' }).click();
    const banner = page.getByRole('alert').filter({ hasText: '1 名儿童在等老师确认怎么离开' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('陈慧敏 选了：自行回家');
    await expect(banner).toContainText('年级较低，不能自己回家');
    await expect(page.getByText('现在没有老师签到值班')).toBeVisible();
    await expect(banner.getByRole('button', { name: '确认离开' })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: path.join(shots, 'room-waiting-zh.png') });

    // She decides: the grandmother came. The father who may not collect cannot be picked.
    await tap(page, '确认离开', banner);
    const dialog = page.getByRole('dialog', { name: '陈慧敏 签退' });
    await expect(dialog.getByText('在自助机上选了：自行回家')).toBeVisible();
    await dialog.getByText('监护人接走', { exact: true }).click();
    await expect(dialog.getByRole('radio', { name: /刘强/ })).toBeDisabled();
    await expect(dialog.getByText('不可接走：法院判决：不得接走')).toBeVisible();
    await dialog.getByText('祖母 陈桂兰').click();
    await tap(page, '签退', dialog);
    await expect(page.getByText('陈慧敏 已签退')).toBeVisible();
    await expect(banner).toHaveCount(0);
    const history = page.locator('.ant-table-row', { hasText: '陈慧敏' }).last();
    await expect(history).toContainText('陈桂兰');

    const visit = await room.app.db.selectFrom('visit').selectAll().where('child_id', '=', ids['陈慧敏']).executeTakeFirstOrThrow();
    expect(visit).toMatchObject({
      leave_request: 'home_alone',
      leave_hold_reason: 'grade',
      leave_mode: 'guardian',
      collected_by: '陈桂兰',
      checkout_method: 'staff',
    });
    const decided = await room.app.db.selectFrom('audit_log').select('details').where('action', '=', 'checkins.leaveDecided').executeTakeFirstOrThrow();
    expect(JSON.parse(decided.details ?? '')).toEqual({ requested: 'home_alone', reason: 'grade', decided: 'guardian' });

    // In English: 王小红 (二年级) waits too; the kiosk's three pictures for 李华.
    await ok(room, 'kiosk.checkIn', { childId: ids['王小红'] });
    await ok(room, 'kiosk.checkOut', { childId: ids['王小红'], leaveMode: 'home_alone' });
    await ok(room, 'kiosk.checkIn', { childId: ids['李华'] });
    await page.getByText('English', { exact: true }).click();
    const bannerEn = page.getByRole('alert').filter({ hasText: 'Waiting for a teacher to decide how they leave: 1' });
    await expect(bannerEn).toBeVisible();
    await expect(bannerEn).toContainText('王小红 chose: Went home alone');
    await expect(bannerEn.getByRole('button', { name: 'Decide' })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: path.join(shots, 'room-waiting-en.png') });
    await page.getByRole('button', { name: 'Lock' }).click();
    await findMe(page, 'lh', '李华', 'Type your name or its first letters');
    await tap(page, 'Check out');
    await expect(page.getByRole('heading', { name: 'How are you going home today?' })).toBeVisible();
    for (const choice of ['I walk home by myself', 'My family picks me up', 'Back to the dormitory']) {
      await expect(page.getByRole('button', { name: choice })).toBeInViewport({ ratio: 1 });
    }
    await page.screenshot({ path: path.join(shots, 'kiosk-leave-en.png') });
    // A fourth-grader may go home alone at once.
    await tap(page, 'I walk home by myself');
    await expect(page.getByText(/Checking out in \d+ s/)).toBeVisible();
    await page.screenshot({ path: path.join(shots, 'kiosk-undo-en.png') });
    await tap(page, 'Yes, check out');
    await expect(page.getByRole('heading', { name: /李华/ })).toBeVisible();
    expect((await spoken(page)).at(-1)).toBe('Goodbye, 李华');
    await expect(page.getByText(/please wait/)).toHaveCount(0);
  });
}

test('an admin lists who may collect a child: the guardian first, then a person who may not, with the note', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'children.create', childInput({ name: '陈慧敏', gender: 'female', grade: 1, classNo: 2, guardianName: '陈桂兰', guardianRelation: 'grandmother' }));
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '陈慧敏' }).getByText('陈慧敏').click();
  const file = page.getByRole('dialog', { name: '陈慧敏 的档案' });
  const section = file.getByRole('region', { name: '谁可以接孩子' });
  await expect(section.locator('.ant-table-row').first()).toContainText('陈桂兰');
  await expect(section.locator('.ant-table-row').first()).toContainText('祖母');

  await section.getByRole('button', { name: '编辑接送人' }).click();
  await section.getByRole('button', { name: '添加一人' }).click();
  const names = section.getByLabel('姓名');
  await names.nth(1).fill('刘强');
  await section.getByRole('switch').nth(1).click();
  await section.getByLabel('备注').nth(1).fill('法院判决：不得接走');
  await section.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('接送人已保存')).toBeVisible();
  const rows = section.locator('.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('刘强');
  await expect(rows.nth(1)).toContainText('不可接走');
  await expect(rows.nth(1)).toContainText('法院判决：不得接走');
  const stored = await room.app.db.selectFrom('child_collector').select(['name', 'may_collect', 'note']).orderBy('position').execute();
  expect(stored).toEqual([
    { name: '陈桂兰', may_collect: 1, note: null },
    { name: '刘强', may_collect: 0, note: '法院判决：不得接走' },
  ]);
});
