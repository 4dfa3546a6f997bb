// The handover sheet, read back with pdftotext: one class per page, each child with her surrogate
// parent, her open follow-ups (a counselling one's note withheld) and how long since a talk.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearRoom } from './room';

function pdfText(dir: string, base64: string): string[] {
  const file = path.join(dir, 'handover.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  // pdftotext ends each page with a form feed.
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

describe('the handover sheet', () => {
  it('prints one class, or every class with a page each, in both languages', async () => {
    const r = await yearRoom();
    const { t } = r;
    t.at('2026-09-01T10:00:00+08:00');
    await t.ok(t.admin, 'schoolYear.run', { keepBack: [r.bo], reassign: [{ childId: r.eve, staffId: r.keeperId }] });
    await t.ok(t.admin, 'care.create', { kind: 'talk', childId: r.ana, date: '2026-09-01', text: '新学期有点紧张', followUp: { note: '开学一周后再谈一次', dueOn: '2026-09-08' } });
    await t.ok(t.admin, 'care.create', { kind: 'counselling', childId: r.ana, date: '2026-09-01', text: '夜里常哭', followUp: { note: '秘密内容不可外传', dueOn: '2026-09-09' } });
    await t.ok(t.admin, 'calls.log', { childId: r.ana, parentId: r.anaFather, outcome: 'talked', durationMinutes: 5, endedMinutesAgo: 0 });

    const one = await t.ok(t.admin, 'schoolYear.handoverPdf', { grade: 4, classNo: 1 });
    expect(one.fileName).toBe('交接单-2026–2027学年-4年级1班.pdf');
    const [page, ...rest] = pdfText(t.dir, one.base64);
    expect(rest).toEqual([]);
    expect(page).toContain('4年级1班交接单');
    expect(page).toContain('2026–2027学年');
    expect(page).toMatch(/安安\s+周老师\s+30天内有\s+2026-09-08前：开学一周后再谈一次/);
    expect(page).toContain('心理辅导的跟进');
    expect(page).not.toContain('秘密内容');
    expect(page).toContain('共1名儿童；0名30天以上未与父母通话；2项跟进未完成。');

    // Every class, ordered, the unknown grade last: 3-1 (依依), 4-1 (安安), 5-1 (博博), 年级不明 (丹丹).
    t.at('2026-10-15T10:00:00+08:00');
    // 依依 asked at the kiosk to talk: the sheet says so, without anything she did not say.
    await t.ok(t.kiosk, 'kiosk.askToTalk', { childId: r.eve, with: 'teacher' });
    const all = await t.ok(t.admin, 'schoolYear.handoverPdf', {});
    expect(all.fileName).toBe('交接单-2026–2027学年.pdf');
    const pages = pdfText(t.dir, all.base64);
    expect(pages.map((p) => /(\S+)交接单/.exec(p)?.[1])).toEqual(['3年级1班', '4年级1班', '5年级1班', '年级不明']);
    expect(pages[0]).toMatch(/依依\s+周老师\s+从未通话\s+\S+前：孩子在小屋说想和老师说说话/);
    expect(pages[1]).toMatch(/安安\s+周老师\s+44天未通话/);

    const en = await t.ok(t.admin, 'schoolYear.handoverPdf', { grade: 5, classNo: 1, language: 'en' });
    expect(en.fileName).toBe('handover-school-year-2026–2027-grade-5-class-1.pdf');
    const [enPage] = pdfText(t.dir, en.base64);
    expect(enPage).toContain('Handover sheet: grade 5, class 1');
    expect(enPage).toMatch(/博博\s+none assigned\s+never\s+none/);
  });
});
