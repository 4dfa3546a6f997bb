// A child at the room PC, no PIN: finds her name (initials, or class → name), checks in and sees the
// confirmation go away by itself, books a call to her mother and cancels it, checks out. Then what
// goes wrong: a double check-in, a child with no number to call, a screen left alone.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Input } from '../../shared/contract';
import type { ChildFile } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { unlock } from './helpers';
import { recordSpeech, spoken } from './speech';

const kids: Input<'children.create'>[] = [
  childInput({
    name: '李春花',
    gender: 'female',
    birthDate: '2017-03-08',
    grade: 3,
    classNo: 1,
    parents: [
      { relation: 'father', name: '李强', phone: '13600001111', workCity: '广东东莞', employer: null, bestCallTime: null, verifiedOn: null },
      { relation: 'mother', name: '王芳', phone: '13600002222', workCity: '浙江宁波', employer: null, bestCallTime: null, verifiedOn: null },
    ],
  }),
  // Her classmate: his father has no number on file, so the kiosk offers no one to call.
  childInput({
    name: '王小军',
    grade: 3,
    classNo: 1,
    situation: 'father_away',
    parents: [{ relation: 'father', name: '王勇', phone: null, workCity: '浙江宁波', employer: null, bestCallTime: null, verifiedOn: null }],
  }),
  childInput(), // 张小明, 4年级2班
];

/** A set-up room with three children, locked back to the kiosk as a teacher leaves it. */
async function openRoom(room: Room, page: Page): Promise<Record<string, number>> {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'settings.update', { kioskReturnSeconds: 3 });
  // The kiosk refuses a check-in after closing time, and this test runs on the real clock: close at the day's end.
  await ok(room, 'settings.update', { closingTime: '23:59' });
  const ids: Record<string, number> = {};
  for (const kid of kids) ids[kid.name] = (await ok<ChildFile>(room, 'children.create', kid)).id;
  await ok(room, 'auth.lock', {});
  await page.goto('/');
  await expect(page.getByText('欢迎来到留守儿童之家')).toBeVisible();
  return ids;
}

const searchBox = (page: Page) => page.getByLabel('输入你的名字或拼音首字母');

test('a child checks in, finds herself by class, books a call to her mother, cancels it and checks out', async ({ page, room }) => {
  await recordSpeech(page);
  const ids = await openRoom(room, page);

  // She types her initials; her name comes up as a big card with her class.
  await searchBox(page).fill('lch');
  const card = page.getByRole('button', { name: '李春花' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('3年级1班');
  await expect(page.getByRole('button', { name: '张小明' })).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'kiosk-start.png') });

  // One tap wipes what she typed, and the box is ready for her next letters.
  await page.getByRole('button', { name: '清除' }).click();
  await expect(searchBox(page)).toHaveValue('');
  await expect(searchBox(page)).toBeFocused();
  await expect(card).toHaveCount(0);
  await searchBox(page).fill('lch');

  // Her own screen: not checked in yet, one big button.
  await card.click();
  await expect(page.getByRole('heading', { name: '李春花' })).toBeVisible();
  await expect(page.getByText('你今天还没有签到')).toBeVisible();
  await expect(page.getByRole('button', { name: '签退' })).toHaveCount(0);
  // The kiosk's own buttons (KioskButton) wear antd's colours: a green fill with white words.
  const checkIn = page.getByRole('button', { name: '签到' });
  await expect(checkIn).toHaveCSS('background-color', 'rgb(82, 196, 26)');
  await expect(checkIn).toHaveCSS('color', 'rgb(255, 255, 255)');
  await checkIn.click();

  // The confirmation fills the screen, then goes back to the start by itself.
  await expect(page.getByRole('heading', { name: '李春花，签到成功！' })).toBeVisible();
  await expect(page.getByText(/签到时间 \d\d:\d\d/)).toBeVisible();
  await expect(page.getByText(/\d+ 秒后回到首页/)).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'kiosk-done.png') });
  await expect(page.getByRole('heading', { name: '李春花，签到成功！' })).toHaveCount(0, { timeout: 8_000 });
  await expect(searchBox(page)).toHaveValue('');

  // Class → name: her card now carries the ✓, her classmate's does not.
  await page.getByRole('button', { name: '按班级找' }).click();
  await expect(page.getByRole('heading', { name: '你在哪个班？' })).toBeVisible();
  await expect(page.getByRole('button', { name: '4年级2班' })).toBeVisible();
  await page.getByRole('button', { name: '3年级1班' }).click();
  await expect(page.getByRole('button', { name: '李春花' })).toContainText('已签到');
  await expect(page.getByRole('button', { name: '王小军' })).not.toContainText('已签到');
  await page.getByRole('button', { name: '李春花' }).click();
  await expect(page.getByText(/你 \d\d:\d\d 签到了/)).toBeVisible();

  // Someone else booked before her: she is second in the queue.
  await ok(room, 'kiosk.bookCall', {
    childId: ids['张小明'],
    parentId: (await ok<{ parents: { id: number }[] }>(room, 'kiosk.status', { childId: ids['张小明'] })).parents[0].id,
  });
  await page.getByRole('button', { name: '给爸爸妈妈打电话' }).click();
  await expect(page.getByRole('heading', { name: '你想给谁打电话？' })).toBeVisible();
  await expect(page.getByRole('button', { name: '爸爸' })).toBeVisible();
  await expect(page.getByText('13600002222')).toHaveCount(0);
  await expect(page.getByText('王芳')).toHaveCount(0);
  await page.getByRole('button', { name: '妈妈' }).click();
  await expect(page.getByText('已排队，你是第 2 位')).toBeVisible();
  expect((await spoken(page)).at(-1)).toBe('你是第2个，等一下老师会叫你');
  await expect(page.getByText('要打给：妈妈', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: '给爸爸妈妈打电话' })).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'kiosk-child.png') });

  // She changes her mind.
  await page.getByRole('button', { name: '取消预约' }).click();
  await expect(page.getByText('已排队', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '给爸爸妈妈打电话' })).toBeVisible();

  // Time to go home.
  await page.getByRole('button', { name: '签退' }).click();
  await page.getByRole('button', { name: '自己回家' }).click();
  // She does not wait out the undo countdown.
  await page.getByRole('button', { name: '好了，签退' }).click();
  await expect(page.getByRole('heading', { name: '李春花，签退成功！' })).toBeVisible();
  await expect(page.getByText(/签退时间 \d\d:\d\d/)).toBeVisible();
  // No opening hours on file: no day to name.
  await page.getByText('路上注意安全！').click();
  await expect(searchBox(page)).toBeVisible();

  // Back to the start: she is no longer in.
  await searchBox(page).fill('李春');
  await expect(page.getByRole('button', { name: '李春花' })).toBeVisible();
  await expect(page.getByRole('button', { name: '李春花' })).not.toContainText('已签到');
});

test('a double check-in, a child with no number to call, and a screen left alone', async ({ page, room }) => {
  await page.clock.install();
  const ids = await openRoom(room, page);

  // Full pinyin finds him; a teacher checks him in while he looks at his screen.
  await searchBox(page).fill('wangxiaojun');
  await page.getByRole('button', { name: '王小军' }).click();
  await expect(page.getByRole('button', { name: '签到' })).toBeVisible();
  await ok(room, 'kiosk.checkIn', { childId: ids['王小军'] });
  await page.getByRole('button', { name: '签到' }).click();
  await expect(page.getByText('你已经签到过了，不用再签啦。')).toBeVisible();
  await expect(page.getByRole('button', { name: '签退' })).toBeVisible();
  // A tap on the × puts the note away.
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByText('你已经签到过了，不用再签啦。')).toHaveCount(0);

  // Nobody he can call from here: the kiosk says to ask the teacher.
  await page.getByRole('button', { name: '给爸爸妈妈打电话' }).click();
  await expect(page.getByText('去找值班老师帮忙', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: '爸爸' })).toHaveCount(0);
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByRole('heading', { name: '王小军' })).toBeVisible();

  // He walks away; a minute later the kiosk is back at the start for the next child.
  await page.clock.fastForward(61_000);
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.getByRole('heading', { name: '王小军' })).toHaveCount(0);

  // Writing with an IME or a handwriting pad sends no keydown: its input and composition keep the screen.
  await searchBox(page).focus();
  await page.keyboard.insertText('王');
  await page.clock.fastForward(40_000);
  await page.keyboard.insertText('小');
  await page.clock.fastForward(40_000);
  await searchBox(page).evaluate((el) => el.dispatchEvent(new CompositionEvent('compositionupdate', { bubbles: true, data: 'jun' })));
  await page.clock.fastForward(40_000);
  await expect(searchBox(page)).toHaveValue('王小');
  await page.clock.fastForward(21_000);
  await expect(searchBox(page)).toHaveValue('');

  // Back buttons on every sub-screen lead the way they came.
  await page.getByRole('button', { name: '按班级找' }).click();
  await page.getByRole('button', { name: '4年级2班' }).click();
  await expect(page.getByRole('button', { name: '张小明' })).toBeVisible();
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByRole('heading', { name: '你在哪个班？' })).toBeVisible();
  await page.getByRole('button', { name: '返回' }).click();
  await expect(searchBox(page)).toBeVisible();

  // A name nobody has.
  await searchBox(page).fill('xyz');
  await expect(page.getByText('没有找到这个名字', { exact: false })).toBeVisible();
});

/** The room's date `days` from today (Asia/Shanghai, the room's zone) and its ISO weekday. */
function roomDate(days: number): { date: string; weekday: number } {
  const shanghai = new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000);
  return { date: shanghai.toISOString().slice(0, 10), weekday: ((shanghai.getUTCDay() + 6) % 7) + 1 };
}

/** A setting written as the admin would, while the kiosk stays signed out (the page shares the session). */
async function setting(room: Room, key: string, value: string): Promise<void> {
  const at = new Date().toISOString();
  await room.app.db
    .insertInto('setting')
    .values({ key, value: JSON.stringify(value), created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
}

const WEEKDAYS = {
  zh: ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

test('the day’s edges: the goodbye names the next opening day, the queue marks who is in, and after closing the kiosk sends her to the teacher', async ({ page, room }) => {
  await recordSpeech(page);
  const ids = await openRoom(room, page);
  // The room opens next in three days' time (never "tomorrow"), as after a Friday with the weekend closed.
  const next = roomDate(3);
  await ok(room, 'auth.unlock', { staffId: 1, pin: '1234' });
  await ok(room, 'roster.saveOpening', { weekday: next.weekday, startTime: '15:30', endTime: '18:30' });
  const shots = path.join(SCREENSHOTS, 'edges');

  // She checks in and books a call; a teacher books one for 张小明, who is not in the room.
  await ok(room, 'kiosk.checkIn', { childId: ids['李春花'] });
  const chun = await ok<ChildFile>(room, 'children.get', { id: ids['李春花'] });
  await ok(room, 'kiosk.bookCall', { childId: ids['李春花'], parentId: chun.parents[1].id });
  const ming = await ok<ChildFile>(room, 'children.get', { id: ids['张小明'] });
  await ok(room, 'calls.book', { childId: ids['张小明'], parentId: ming.parents[0].id });
  await page.reload();
  await unlock(page, '陈静', '1234');
  await page.getByRole('menuitem', { name: '亲情电话' }).click();
  const rows = page.locator('.ant-table-row');
  await expect(rows.filter({ hasText: '李春花' })).toContainText('在屋里');
  await expect(rows.filter({ hasText: '张小明' })).toContainText('不在屋里');
  await page.screenshot({ path: path.join(shots, 'queue-zh.png') });
  await ok(room, 'auth.lock', {});
  await page.reload();

  // She goes home: her waiting call goes with her, and her screen says when the room opens next.
  await searchBox(page).fill('lch');
  await page.getByRole('button', { name: '李春花' }).click();
  await page.getByRole('button', { name: '签退' }).click();
  await page.getByRole('button', { name: '自己回家' }).click();
  // She does not wait out the undo countdown.
  await page.getByRole('button', { name: '好了，签退' }).click();
  await expect(page.getByText(`路上注意安全，${WEEKDAYS.zh[next.weekday - 1]}见！`)).toBeVisible();
  expect((await spoken(page)).at(-1)).toBe(`再见，${WEEKDAYS.zh[next.weekday - 1]}见！`);
  await page.getByRole('button', { name: '好的' }).click();
  await searchBox(page).fill('lch');
  await page.getByRole('button', { name: '李春花' }).click();
  await expect(page.getByText(/你今天 \d\d:\d\d 签退了/)).toBeVisible();
  const goodbye = page.getByText(`${WEEKDAYS.zh[next.weekday - 1]}见！`);
  await expect(goodbye).toBeVisible();
  // The goodbye's words sit under the middle of her screen, as her name does.
  const middleOfWords = (words: Locator) =>
    words.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const box = range.getBoundingClientRect();
      return box.left + box.width / 2;
    });
  const nameMiddle = await middleOfWords(page.getByRole('heading', { name: '李春花' }));
  expect(Math.abs((await middleOfWords(goodbye)) - nameMiddle)).toBeLessThan(2);
  await page.screenshot({ path: path.join(shots, 'kiosk-checked-out-zh.png') });
  const waiting = await room.app.db.selectFrom('call_booking').select('child_id').where('status', '=', 'waiting').execute();
  expect(waiting).toEqual([{ child_id: ids['张小明'] }]);

  // Closing time passes while her screen is open (closing at midnight's first minute: any time of the
  // test's day is after it): her tap on 签到 is refused.
  await setting(room, 'closingTime', '00:00');
  await page.getByRole('button', { name: '签到' }).click();
  // The whole note: its title, then the refusal, which sends her to the teacher once.
  await expect(page.getByRole('alert')).toHaveText('哎呀，没有成功今天已经关门了，请找值班老师。');
  // Said aloud too, as every note is, for a child who cannot read it.
  expect((await spoken(page)).at(-1)).toBe('今天已经关门了，请找值班老师。');
  await page.screenshot({ path: path.join(shots, 'kiosk-closed-zh.png') });
  // Opened after closing, her screen offers no 签到: it says the room has closed, and whom to ask.
  await page.getByRole('button', { name: '返回' }).click();
  await searchBox(page).fill('lch');
  await page.getByRole('button', { name: '李春花' }).click();
  await expect(page.getByRole('status')).toHaveText('今天已经关门了不能签到了。有事请找值班老师。');
  await expect(page.getByRole('button', { name: '签到' })).toHaveCount(0);
  expect((await spoken(page)).at(-1)).toBe('今天已经关门了，有事请找值班老师');
  await page.screenshot({ path: path.join(shots, 'kiosk-closed-screen-zh.png') });

  await setting(room, 'language', 'en');
  await page.reload();
  const findHer = async () => {
    await page.getByLabel('Type your name or its first letters').fill('lch');
    await page.getByRole('button', { name: '李春花' }).click();
  };
  await findHer();
  await expect(page.getByText(`See you on ${WEEKDAYS.en[next.weekday - 1]}!`)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText("The room has closed for todayYou can't check in now. If you need anything, please ask the teacher on duty.");
  await expect(page.getByRole('button', { name: 'Check in' })).toHaveCount(0);
  expect((await spoken(page)).at(-1)).toBe('The room has closed for today. If you need anything, please ask the teacher on duty');
  await page.screenshot({ path: path.join(shots, 'kiosk-closed-screen-en.png') });
  // Open again, then closing passes under her screen: the refusal in English.
  await setting(room, 'closingTime', '23:59');
  await page.getByRole('button', { name: 'Back' }).click();
  await findHer();
  await expect(page.getByRole('status')).toHaveCount(0);
  await setting(room, 'closingTime', '00:00');
  await page.getByRole('button', { name: 'Check in' }).click();
  await expect(page.getByRole('alert')).toHaveText("Oops, that didn't workThe room has closed for today. Please ask the teacher on duty.");
  await page.screenshot({ path: path.join(shots, 'kiosk-closed-en.png') });
});
