import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../exports/room';
import { careRoom, talk } from './room';

const SECRET = '父母离异，夜里哭';
const NOTE = '周三再谈谈';

async function weekOfCare() {
  const r = await careRoom('2026-09-01T10:00:00+08:00');
  const a = await r.child('张小明');
  const b = await r.child('李华');
  const c = await r.child('王小红', { surrogateStaffId: r.otherId });
  const d = await r.child('赵敏', { surrogateStaffId: null });
  r.at('2026-11-20T16:00:00+08:00');
  await r.write({ ...talk(a.id, '2026-11-17', NOTE), followUp: { note: NOTE, dueOn: '2026-11-25' } });
  await r.write({ kind: 'contact', childId: a.id, date: '2026-11-18', contactWith: 'father', contactMode: 'phone', text: '爸爸说春节回来' });
  await r.write({ kind: 'home_visit', childId: b.id, date: '2026-11-20', metWith: '奶奶', text: '家里很整洁' });
  await r.write({ kind: 'counselling', childId: c.id, date: '2026-11-19', text: SECRET }, r.counsellor);
  await r.write({ kind: 'letter', childId: c.id, date: '2026-11-16', letterTo: '妈妈', letterSentOn: null });
  await r.write(talk(b.id, '2026-11-15', '上周的'));
  const voided = await r.write(talk(d.id, '2026-11-19'));
  await r.t.ok(r.t.admin, 'care.void', { id: voided.id, reason: '写错' });
  const closed = await r.write({ ...talk(c.id, '2026-11-20'), followUp: { note: '明天', dueOn: '2026-11-21' } });
  await r.t.ok(r.teacher, 'care.completeFollowUp', { id: closed.followUp?.id ?? 0 });
  r.at('2026-11-23T10:00:00+08:00');
  // Raised after the week: not open at its end.
  await r.write({ ...talk(d.id, '2026-11-23'), followUp: { note: '下周', dueOn: '2026-11-30' } });
  return r;
}

describe('weekly export: the care summary sheet', () => {
  it("counts per surrogate parent the week's records by kind, follow-ups open at its end and coverage at its end", async () => {
    const r = await weekOfCare();
    const out = path.join(r.t.dir, 'usb');
    fs.mkdirSync(out);
    const run = await r.t.ok(r.t.admin, 'exports.week', { week: '2026-W47', folder: out });
    const book = await readXlsx(path.join(run.bundlePath, '青山小学-留守儿童之家-2026-W47.xlsx'));
    expect(book['关爱记录']).toEqual([
      [
        '序号',
        '代理家长',
        '儿童数',
        '谈心',
        '联系家长',
        '家访',
        '书信',
        '成长记录',
        '心理辅导',
        '待跟进事项',
        '本月谈心覆盖率（%）',
        '本月联系家长覆盖率（%）',
        '本学期家访覆盖率（%）',
        '本学期书信覆盖率（%）',
      ],
      [1, '李老师', 1, 1, 0, 0, 1, 0, 1, 0, 100, 0, 0, 100],
      [2, '王老师', 2, 1, 1, 1, 0, 0, 0, 1, 100, 50, 50, 0],
      [3, '未安排代理家长', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [4, '合计', 4, 2, 1, 1, 1, 0, 1, 1, 75, 25, 25, 25],
    ]);

    const withContacts = await r.t.ok(r.t.admin, 'exports.week', { week: '2026-W47', folder: out, includeContacts: true });
    for (const bundle of [run.bundlePath, withContacts.bundlePath]) {
      const csv = fs.readFileSync(path.join(bundle, 'care.csv'), 'utf8');
      expect(csv).toContain('未安排代理家长');
      for (const text of [SECRET, NOTE, '家里很整洁', '爸爸说春节回来', '妈妈']) expect(csv).not.toContain(text);
    }
  });

  it("reads shares as at today while the week is still running, in today's month", async () => {
    const r = await careRoom('2026-09-01T10:00:00+08:00');
    const a = await r.child('张小明');
    // Monday 30 November: week 2026-W49 ends on 6 December, but today is still November.
    r.at('2026-11-30T16:00:00+08:00');
    await r.write(talk(a.id, '2026-11-20'));
    const out = path.join(r.t.dir, 'usb');
    fs.mkdirSync(out);
    const run = await r.t.ok(r.t.admin, 'exports.week', { week: '2026-W49', folder: out });
    const book = await readXlsx(path.join(run.bundlePath, '青山小学-留守儿童之家-2026-W49.xlsx'));
    expect(book['关爱记录'].at(-1)).toEqual([2, '合计', 1, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0]);
  });
});
