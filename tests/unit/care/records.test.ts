import { describe, expect, it } from 'vitest';
import { careRoom, errorOf, talk } from './room';

const forbidden = { code: 'forbidden' };
const fieldError = (path: (string | number)[], code: string) => ({ code: 'invalid_input', details: { issues: [{ path, code }] } });

describe('care records: writing', () => {
  it('writes each kind dated and signed by the teacher, with only the fields that kind uses', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    const contact = await r.write({ kind: 'contact', childId: a.id, date: '2026-11-20', contactWith: 'mother', contactMode: 'video', text: '妈妈说春节回家' });
    expect(contact).toMatchObject({
      childId: a.id,
      childName: '张小明',
      kind: 'contact',
      date: '2026-11-20',
      staffId: r.teacherId,
      staffName: '王老师',
      contactWith: 'mother',
      contactMode: 'video',
      metWith: null,
      growthArea: null,
      letterTo: null,
      letterSentOn: null,
      text: '妈妈说春节回家',
      redacted: false,
      fromCall: false,
      followUp: null,
      voidedAt: null,
      createdAt: '2026-11-23T10:00:00+08:00',
    });
    const visit = await r.write({ kind: 'home_visit', childId: a.id, date: '2026-11-22', metWith: '爷爷', text: '家里干净，作业有人看' }, r.other);
    expect(visit).toMatchObject({ kind: 'home_visit', metWith: '爷爷', staffName: '李老师', contactWith: null });
    const growth = await r.write({ kind: 'growth', childId: a.id, date: '2026-11-23', growthArea: 'achievements', text: '作文比赛二等奖' });
    expect(growth).toMatchObject({ kind: 'growth', growthArea: 'achievements' });
    const audit = await r.t.app.db.selectFrom('audit_log').select(['action', 'details']).where('table_name', '=', 'care_record').execute();
    expect(audit.map((a) => a.action)).toEqual(['care.create', 'care.create', 'care.create']);
    expect(JSON.stringify(audit)).not.toContain('春节');
  });

  it('keeps no text for a letter, even when one is sent', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    const input = { kind: 'letter' as const, childId: a.id, date: '2026-11-10', letterTo: '爸爸', letterSentOn: '2026-11-12', text: '爸爸你好' };
    const letter = await r.write(input);
    expect(letter).toMatchObject({ kind: 'letter', letterTo: '爸爸', date: '2026-11-10', letterSentOn: '2026-11-12', text: null });
    const row = await r.t.app.db.selectFrom('care_record').selectAll().where('id', '=', letter.id).executeTakeFirstOrThrow();
    expect(row.text).toBeNull();
    expect(JSON.stringify(await r.t.app.db.selectFrom('audit_log').selectAll().execute())).not.toContain('爸爸你好');
  });

  it('refuses a date in the future, a letter sent before it was written, and a follow-up already past', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    expect(errorOf(await r.t.call(r.teacher, 'care.create', talk(a.id, '2026-11-24')))).toEqual(fieldError(['date'], 'date_future'));
    const letter = { kind: 'letter' as const, childId: a.id, date: '2026-11-10', letterTo: '妈妈' };
    expect(errorOf(await r.t.call(r.teacher, 'care.create', { ...letter, letterSentOn: '2026-11-09' }))).toEqual(fieldError(['letterSentOn'], 'date_range'));
    expect(errorOf(await r.t.call(r.teacher, 'care.create', { ...letter, letterSentOn: '2026-11-30' }))).toEqual(fieldError(['letterSentOn'], 'date_future'));
    const late = { ...talk(a.id, '2026-11-20'), followUp: { note: '再谈一次', dueOn: '2026-11-22' } };
    expect(errorOf(await r.t.call(r.teacher, 'care.create', late))).toEqual(fieldError(['followUp', 'dueOn'], 'date_range'));
    expect(errorOf(await r.t.call(r.teacher, 'care.create', talk(a.id, '2026-02-30')))).toEqual(fieldError(['date'], 'date'));
    expect(errorOf(await r.t.call(r.teacher, 'care.create', { ...talk(a.id, '2026-11-20'), text: '  ' }))).toEqual(fieldError(['text'], 'required'));
    expect(await r.t.app.db.selectFrom('care_record').select('id').execute()).toEqual([]);
    expect(await r.t.app.db.selectFrom('care_follow_up').select('id').execute()).toEqual([]);
  });

  it('writes for children on the roll only', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    await r.t.ok(r.t.admin, 'children.archive', { id: a.id, reason: '转学' });
    expect(errorOf(await r.t.call(r.teacher, 'care.create', talk(a.id, '2026-11-23')))).toEqual({ code: 'not_found', details: { entity: 'child' } });
    expect(errorOf(await r.t.call(r.teacher, 'care.create', talk(9999, '2026-11-23')))).toEqual({ code: 'not_found', details: { entity: 'child' } });
    expect(errorOf(await r.t.call(r.t.kiosk, 'care.create', talk(a.id, '2026-11-23')))).toEqual(forbidden);
  });
});

describe('care records: counselling is for admins and counsellors', () => {
  it('lets a counsellor and an admin write and read it; a teacher may not write it', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    const note = { kind: 'counselling' as const, childId: a.id, date: '2026-11-23', text: '父母离异，夜里哭' };
    expect(errorOf(await r.t.call(r.teacher, 'care.create', note))).toEqual(forbidden);
    const byCounsellor = await r.write(note, r.counsellor);
    expect(byCounsellor).toMatchObject({ kind: 'counselling', text: '父母离异，夜里哭', redacted: false });
    const byAdmin = await r.write({ ...note, text: '第二次辅导' }, r.t.admin);
    for (const reader of [r.counsellor, r.t.admin]) {
      expect((await r.t.ok(reader, 'care.record', { id: byCounsellor.id })).text).toBe('父母离异，夜里哭');
      expect((await r.t.ok(reader, 'care.records', { childId: a.id })).map((x) => x.text)).toEqual(['第二次辅导', '父母离异，夜里哭']);
    }
    expect(byAdmin.staffId).toBe(r.t.adminId);
  });

  it('shows a teacher that it exists, never its text or the note of its follow-up, in any method', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    const secret = '父母离异，夜里哭';
    const followNote = '下周再约谈';
    const rec = await r.write({ kind: 'counselling', childId: a.id, date: '2026-11-23', text: secret, followUp: { note: followNote, dueOn: '2026-11-30' } }, r.counsellor);
    expect(errorOf(await r.t.call(r.teacher, 'care.record', { id: rec.id }))).toEqual(forbidden);
    const [listed] = await r.t.ok(r.teacher, 'care.records', { childId: a.id });
    expect(listed).toMatchObject({ id: rec.id, kind: 'counselling', text: null, redacted: true, staffName: '周老师' });
    expect(listed.followUp).toMatchObject({ note: '', redacted: true, dueOn: '2026-11-30' });
    const seen = JSON.stringify([
      listed,
      await r.t.ok(r.teacher, 'care.growthFile', { childId: a.id }),
      await r.t.ok(r.teacher, 'care.dueList', { scope: 'staff', staffId: r.teacherId }),
      await r.t.ok(r.teacher, 'care.followUps', { scope: 'all', includeDone: true }),
      await r.t.ok(r.teacher, 'care.records', { childId: a.id, kinds: ['counselling'] }),
    ]);
    expect(seen).not.toContain(secret);
    expect(seen).not.toContain(followNote);
    expect(seen).toContain('"redacted":true');
    // The counsellor mark comes off: the same teacher reads no more.
    await r.t.ok(r.t.admin, 'staff.update', { id: r.counsellor.staffId ?? 0, name: '周老师', role: 'teacher', counsellor: false });
    expect(errorOf(await r.t.call(r.counsellor, 'care.record', { id: rec.id }))).toEqual(forbidden);
  });
});

describe('care records: reading', () => {
  it('lists records and calls that reached a parent, newest first, filtered by kind, and logs the access', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    await r.write(talk(a.id, '2026-11-02'));
    await r.write({ kind: 'contact', childId: a.id, date: '2026-11-05', contactWith: 'guardian', contactMode: 'in_person', text: '奶奶来接' });
    r.at('2026-11-23T16:00:00+08:00');
    await r.t.ok(r.teacher, 'calls.log', {
      childId: a.id,
      parentId: a.mother,
      outcome: 'talked',
      durationMinutes: 5,
      endedMinutesAgo: 0,
      note: '说了期中考试',
    });
    await r.call(a, 'no_answer');
    const list = await r.t.ok(r.teacher, 'care.records', { childId: a.id });
    expect(list.map((x) => [x.kind, x.date, x.fromCall])).toEqual([
      ['contact', '2026-11-23', true],
      ['contact', '2026-11-05', false],
      ['talk', '2026-11-02', false],
    ]);
    expect(list[0]).toMatchObject({ contactWith: 'mother', contactMode: 'phone', text: '说了期中考试', staffName: '王老师', redacted: false });
    expect((await r.t.ok(r.teacher, 'care.records', { childId: a.id, kinds: ['talk'] })).map((x) => x.kind)).toEqual(['talk']);
    expect(await r.t.ok(r.teacher, 'care.records', { childId: a.id, kinds: [] })).toEqual([]);
    expect(await r.t.ok(r.teacher, 'care.record', { id: list[1].id })).toMatchObject({ text: '奶奶来接' });
    const log = await r.t.app.db.selectFrom('access_log').select(['staff_id', 'child_id', 'what']).execute();
    expect(log).toEqual([
      { staff_id: r.teacherId, child_id: a.id, what: 'care' },
      { staff_id: r.teacherId, child_id: a.id, what: 'care' },
      { staff_id: r.teacherId, child_id: a.id, what: 'care' },
      { staff_id: r.teacherId, child_id: a.id, what: 'care' },
    ]);
    expect(errorOf(await r.t.call(r.teacher, 'care.records', { childId: 9999 }))).toEqual({ code: 'not_found', details: { entity: 'child' } });
    expect(errorOf(await r.t.call(r.teacher, 'care.record', { id: 9999 }))).toEqual({ code: 'not_found', details: { entity: 'care_record' } });
    expect(await r.t.app.db.selectFrom('access_log').select('id').execute()).toHaveLength(4);
  });
});

describe('care records: voiding', () => {
  it('lets the writer or an admin void a record with a reason; it stays, marked, and no longer counts', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    const mine = await r.write({ ...talk(a.id, '2026-11-23'), followUp: { note: '周五再谈', dueOn: '2026-11-27' } });
    expect(errorOf(await r.t.call(r.other, 'care.void', { id: mine.id, reason: '写错了' }))).toEqual(forbidden);
    expect(await r.t.ok(r.teacher, 'care.void', { id: mine.id, reason: '写错了孩子' })).toEqual({ id: mine.id });
    expect(errorOf(await r.t.call(r.teacher, 'care.void', { id: mine.id, reason: '再次' }))).toEqual({
      code: 'conflict',
      details: { entity: 'already_voided' },
    });
    const [kept] = await r.t.ok(r.teacher, 'care.records', { childId: a.id });
    expect(kept).toMatchObject({ id: mine.id, voidedAt: '2026-11-23T10:00:00+08:00', voidReason: '写错了孩子' });
    // Its follow-up closed with it, and the talk is due again.
    expect(kept.followUp?.doneAt).toBe('2026-11-23T10:00:00+08:00');
    const [due] = (await r.t.ok(r.teacher, 'care.dueList', { scope: 'mine' }))[0].children;
    expect(due.duties.map((d) => d.duty)).toContain('talk');
    expect(due.followUps).toEqual([]);

    const others = await r.write(talk(a.id, '2026-11-23'), r.other);
    await r.t.ok(r.t.admin, 'care.void', { id: others.id, reason: '重复' });
    expect(errorOf(await r.t.call(r.teacher, 'care.void', { id: 9999, reason: 'x' }))).toEqual({ code: 'not_found', details: { entity: 'care_record' } });
    expect(errorOf(await r.t.call(r.teacher, 'care.void', { id: others.id, reason: ' ' }))).toEqual(fieldError(['reason'], 'required'));
    const actions = await r.t.app.db.selectFrom('audit_log').select('action').where('action', 'like', 'care.%').execute();
    expect(actions.map((x) => x.action)).toEqual(['care.create', 'care.raiseFollowUp', 'care.void', 'care.completeFollowUp', 'care.create', 'care.void']);
  });
});

describe('the counsellor mark on a staff member', () => {
  it('is set on creation or by an update, and an update that leaves it out keeps it', async () => {
    const r = await careRoom();
    const made = await r.t.ok(r.t.admin, 'staff.create', { name: '孙老师', role: 'teacher', pin: '1357', counsellor: true });
    expect(made.counsellor).toBe(true);
    expect((await r.t.ok(r.t.admin, 'staff.update', { id: made.id, name: '孙老师', role: 'teacher' })).counsellor).toBe(true);
    expect((await r.t.ok(r.t.admin, 'staff.update', { id: made.id, name: '孙老师', role: 'teacher', counsellor: false })).counsellor).toBe(false);
    expect((await r.t.ok(r.t.admin, 'staff.create', { name: '钱老师', role: 'teacher', pin: '1357' })).counsellor).toBe(false);
    expect(errorOf(await r.t.call(r.teacher, 'staff.update', { id: r.teacherId, name: '王老师', role: 'teacher', counsellor: true }))).toEqual(forbidden);
  });
});
