// 许久未来 (issue 16 point 5): 张小明 came five weeks ago and not since, while the room was open every
// week. His surrogate parent opens the care page, is told one child has not come for three open weeks,
// and finds him with his last visit. Photographed in both languages.
import path from 'node:path';
import type { ChildFile, StaffMember } from '../../shared/domain';
import { childInput } from '../unit/fixtures';
import { expect, ok, SCREENSHOTS, test, type Room } from './bridge';
import { unlock, unlockEn } from './helpers';

/** The Tuesday `weeksAgo` weeks before this week's, in the room's time zone. */
function tuesday(weeksAgo: number): string {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
  const at = new Date(`${today}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - ((at.getUTCDay() + 6) % 7) + 1 - 7 * weeksAgo);
  return at.toISOString().slice(0, 10);
}

/** Past visits, as the room's history holds them (the kiosk only checks in today). */
async function pastVisit(room: Room, childId: number, day: string): Promise<void> {
  const [inAt, outAt] = [`${day}T15:00:00+08:00`, `${day}T17:00:00+08:00`];
  await room.app.db
    .insertInto('visit')
    .values({
      child_id: childId,
      checked_in_at: inAt,
      checked_out_at: outAt,
      check_in_staff_id: null,
      check_out_staff_id: null,
      checkout_method: 'kiosk',
      leave_mode: null,
      collected_by: null,
      voided_at: null,
      void_reason: null,
      created_at: inAt,
      updated_at: outAt,
    })
    .execute();
}

test('a surrogate parent is told a child has not come for three open weeks and finds him', async ({ page, room }) => {
  // Children who joined the roll six weeks ago.
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' });
  const wang = await ok<StaffMember>(room, 'staff.create', { name: '王丽华', role: 'teacher', pin: '1111' });
  const away = await ok<ChildFile>(room, 'children.create', childInput({ surrogateStaffId: wang.id }));
  const regular = await ok<ChildFile>(room, 'children.create', childInput({ name: '李春花', gender: 'female', birthDate: '2017-03-08', grade: 3, classNo: 1 }));
  await room.app.db
    .updateTable('child')
    .set({ created_at: `${tuesday(6)}T08:00:00+08:00` })
    .execute();
  await pastVisit(room, away.id, tuesday(5));
  for (const weeks of [5, 4, 3, 2, 1]) await pastVisit(room, regular.id, tuesday(weeks));
  await ok(room, 'auth.lock', {});

  await page.goto('/');
  await unlock(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: '关爱记录' }).click();
  const alert = page.getByRole('alert').filter({ hasText: '有 1 名孩子已连续 3 个开放周没来活动室。' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: '查看' }).click();
  await expect(page.getByRole('tab', { name: '许久未来（1）' })).toHaveAttribute('aria-selected', 'true');
  const row = page.locator('.ant-table-row', { hasText: '张小明' });
  await expect(row).toContainText('王丽华');
  await expect(row).toContainText(tuesday(5));
  await expect(row).toContainText('4 周');
  await expect(page.locator('.ant-table-row', { hasText: '李春花' })).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'care-not-seen-zh.png') });

  await ok(room, 'settings.setLanguage', { language: 'en' });
  await page.reload();
  await unlockEn(page, '王丽华', '1111');
  await page.getByRole('menuitem', { name: 'Care records' }).click();
  await page.getByRole('tab', { name: 'Not seen lately (1)' }).click();
  await expect(page.locator('.ant-table-row', { hasText: '张小明' })).toContainText('4 weeks');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'care-not-seen-en.png') });
});
