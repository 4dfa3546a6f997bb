// The national survey's fields in the child's file (issue 17): an admin fills them in the form (the
// usual answers offered, a wrong village phone refused with its reason), the file shows them, and a
// file that does not know them shows — ; in both languages.
import path from 'node:path';
import { childInput } from '../unit/fixtures';
import { closeDrawer, completeWizard } from './helpers';
import { expect, SCREENSHOTS, test } from './bridge';

test('an admin records the survey fields; the file shows them, and — where unknown', async ({ page, room }) => {
  await completeWizard(page);
  for (const name of ['李春花', '王小军']) {
    const result = await room.app.dispatch('children.create', childInput({ name, hukou: '广西河池市罗城县', studentNo: null }), room.session);
    expect(result.ok).toBe(true);
  }
  await page.getByRole('menuitem', { name: '儿童档案' }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '李春花' }).getByText('李春花').click();
  const detail = page.getByRole('dialog', { name: '李春花 的档案' });
  const survey = detail.locator('.ant-descriptions', { hasText: '调查表信息' });
  await expect(survey.getByText('身体状况')).toBeVisible();
  await expect(survey.locator('.ant-descriptions-item-content', { hasText: '—' })).toHaveCount(5);

  await detail.getByRole('button', { name: '编辑', exact: true }).click();
  const form = page.getByRole('dialog', { name: '编辑 李春花 的档案' });
  await form.getByLabel('身体状况').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '一般' }).click();
  await form.getByLabel('家庭主要经济来源').fill('务农');
  await form.getByLabel('受委托监护人情况').fill('奶奶，68岁，不识字');
  await form.getByLabel('村(居)委会联系人', { exact: true }).fill('罗主任');
  await form.getByLabel('村(居)委会联系电话').fill('12345');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('请填写11位手机号，或带区号的固定电话')).toBeVisible();
  await form.getByLabel('村(居)委会联系电话').fill('0778-1234567');
  await form.getByText('调查表信息（选填）').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'child-survey-form.png') });
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('李春花 的档案已保存')).toBeVisible();

  for (const value of ['一般', '务农', '奶奶，68岁，不识字', '罗主任', '0778-1234567']) await expect(survey.getByText(value, { exact: true })).toBeVisible();
  await expect(detail.getByText('广西河池市罗城县')).toBeVisible();
  await survey.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'child-survey-detail.png') });
  await closeDrawer(page, detail);

  // In English: the same file, the section and its labels in English, the values as typed.
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('main').locator('.ant-table-row', { hasText: '李春花' }).getByText('李春花').click();
  const en = page.getByRole('dialog', { name: /李春花/ });
  const enSurvey = en.locator('.ant-descriptions', { hasText: 'National survey' });
  await expect(enSurvey.getByText('Village committee contact', { exact: true })).toBeVisible();
  await expect(enSurvey.getByText('罗主任')).toBeVisible();
  await enSurvey.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'child-survey-detail-en.png') });
  await en.getByRole('button', { name: 'Edit', exact: true }).click();
  const enForm = page.getByRole('dialog', { name: /Edit/ });
  await enForm.getByText('National survey (optional)').scrollIntoViewIfNeeded();
  await enForm.getByLabel('Health', { exact: true }).click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Has an illness' })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'child-survey-form-en.png') });
});
