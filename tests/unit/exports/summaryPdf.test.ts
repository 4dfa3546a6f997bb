// summary.pdf as the school office files it: a long list runs over pages, and each page still says
// whose it is, which page it is and what the columns are; the last page carries the signatures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WeekFacts } from '../../../electron/services/exports/facts';
import { findChineseFont } from '../../../electron/services/exports/fonts';
import { renderPdf, type PdfMeta } from '../../../electron/services/exports/pdf';
import { renderPdfAside } from '../../../electron/services/exports/pdfThread';
import { weekRange } from '../../../electron/services/exports/week';

const SURNAMES = ['张', '李', '王', '刘', '陈', '杨', '赵', '黄', '周'];
const GIVEN = ['小明', '小红', '小军', '子涵', '浩然', '欣怡', '雨桐', '宇航', '思远', '梓萱'];

function facts(): WeekFacts {
  const range = weekRange('2026-W49', 'Asia/Shanghai');
  if (!range) throw new Error('2026-W49 is a week');
  // 90 children on the roll, none reached by phone for 30 days: two pages of the no-call list.
  const noCall = Array.from({ length: 90 }, (_, i) => ({
    name: `${SURNAMES[i % 9]}${GIVEN[Math.floor(i / 9)]}`,
    grade: (i % 6) + 1,
    classNo: (i % 3) + 1,
    lastTalkOn: i % 4 === 0 ? null : '2026-10-20',
    days: i % 4 === 0 ? null : 47,
  }));
  return {
    summary: {
      children: 90,
      visits: 310,
      calls: 12,
      callsTalked: 9,
      videoCalls: 3,
      videoCallsTalked: 2,
      loans: 20,
      returns: 18,
      signups: 30,
      attendances: 25,
      dutySignIns: 5,
      dutiesCovered: 4,
      dutiesPlanned: 5,
      noCall30Days: 90,
      overdueBooks: 1,
      daily: range.days.map((date, i) => ({ date, visits: i < 5 ? 62 : 0, children: i < 5 ? 62 : 0 })),
    },
    asOfDate: range.sunday,
    incidents: { byKind: { injury: 1, illness: 0, missing: 0, conflict: 0, other: 0 }, openFollowUps: 1 },
    lectures: { month: '2026-12', byTopic: { legal: 1, safety: 1, mental_health: 0, other: 0 }, monthsWithout: ['2026-10'] },
    noCall,
    overdue: [{ name: '王小军', grade: 5, classNo: 1, title: '三国演义', barcode: 'B00012', dueOn: '2026-11-30', days: 6 }],
    duty: { planned: 5, covered: 4, late: 1, absent: 1, unplanned: 0 },
    // The PDF draws no care counts: the workbook's care sheet does.
    care: {
      groups: [],
      total: {
        staffName: null,
        children: 90,
        records: { talk: 0, contact: 0, home_visit: 0, letter: 0, growth: 0, counselling: 0 },
        openFollowUps: 0,
        shares: { month: '2026-12', talk: 0, contact: 0, visit: 0, letter: 0 },
      },
    },
  };
}

function meta(): PdfMeta {
  const range = weekRange('2026-W49', 'Asia/Shanghai');
  if (!range) throw new Error('2026-W49 is a week');
  return { school: '青山小学', room: '留守儿童之家', range, createdAt: '2026-12-07 09:00', createdOn: new Date('2026-12-07T01:00:00Z'), partialUpTo: null, revision: 1 };
}

describe('summary.pdf on paper', () => {
  it('numbers its pages, repeats the school, room, week and table header on each and ends with the signature lines', async () => {
    const font = findChineseFont();
    if (!font) return; // No Chinese font on this machine: the bundle test covers the refusal.
    const pdf = await renderPdf(facts(), meta(), font);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-pdf-'));
    const file = path.join(dir, 'summary.pdf');
    fs.writeFileSync(file, pdf);
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain('青山小学 留守儿童之家 · 第49周（11月30日—12月6日）');
      // pdftotext drops the spaces around the numbers.
      expect(page).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*/\\s*共\\s*${pages.length}\\s*页`));
    });
    // The no-call list starts on page 1 or 2 and runs onto the next: its header is printed on both.
    const withList = pages.filter((p) => /浩然|子涵|小明/.test(p));
    expect(withList.length).toBeGreaterThanOrEqual(2);
    for (const page of withList) expect(page).toMatch(/序号\s+姓名\s+班级\s+上次通话\s+天数/);
    // Every child is listed once.
    const all = pages.join('\n');
    expect(all.match(/从未通话/g)).toHaveLength(23);
    // The week's incidents, counted by kind (issue 20), never described.
    expect(all).toMatch(/本周意外事件\s*1\s*件（受伤\s*1）；未完成的跟进\s*1\s*件/);
    const last = pages.at(-1) ?? '';
    expect(last).toContain('值班负责人（签字）');
    expect(last).toContain('审核人（签字）');
    expect(last).toContain('日期：______年____月____日');
    expect(pages.slice(0, -1).join('')).not.toContain('审核人');

    // The pages as pictures beside the e2e screenshots, for a person to look at.
    const shots = path.resolve(import.meta.dirname, '../../e2e/screenshots');
    fs.mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(shots, 'summary-pdf-zh')]);
  });

  it('is drawn the same in the PDF worker, which answers a font it cannot read with the error it met', async () => {
    const font = findChineseFont();
    if (!font) return; // No Chinese font on this machine: the bundle test covers the refusal.
    const here = await renderPdf(facts(), meta(), font);
    const aside = await renderPdfAside({ facts: facts(), meta: meta(), font });
    expect(aside.subarray(0, 5).toString()).toBe('%PDF-');
    expect(aside.equals(here)).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-pdf-'));
    const broken = path.join(dir, 'broken.ttc');
    fs.writeFileSync(broken, 'not a font');
    await expect(renderPdfAside({ facts: facts(), meta: meta(), font: { file: broken, family: font.family } })).rejects.toThrow(/font/i);
  });
});
