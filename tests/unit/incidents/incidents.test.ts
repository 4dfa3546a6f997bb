import { describe, expect, it } from 'vitest';
import type { ApiError, Result } from '../../../shared/errors';
import { incidentRoom } from './room';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}
const fieldError = (path: (string | number)[], code: string) => ({ code: 'invalid_input', details: { issues: [{ path, code }] } });

describe('incidents: recording', () => {
  it('records a fall with whom the teacher told, signed by her, and audits no text or name', async () => {
    const r = await incidentRoom();
    const fall = await r.record({ notices: [{ whom: 'guardian', name: '王奶奶', toldAt: '2026-11-23T16:40:00+08:00', how: 'phone' }] });
    expect(fall).toMatchObject({
      kind: 'injury',
      occurredAt: '2026-11-23T16:20:00+08:00',
      children: [{ id: r.fang, name: '王芳芳' }],
      recordedByStaffId: r.teacher.staffId,
      recordedByName: '王老师',
      place: '操场',
      whatHappened: '跑步时摔倒，膝盖擦伤',
      followUp: '明天看看伤口有没有红肿',
      followUpOpen: true,
      followUpDoneOn: null,
      notices: [{ whom: 'guardian', name: '王奶奶', toldAt: '2026-11-23T16:40:00+08:00', how: 'phone' }],
      voided: false,
    });
    const withHead = await r.t.ok(r.teacher, 'incidents.addNotice', { incidentId: fall.id, whom: 'headteacher', name: null, toldAt: '2026-11-23T16:50:00+08:00', how: 'in_person' });
    expect(withHead.notices.map((n) => n.whom)).toEqual(['guardian', 'headteacher']);
    const audit = JSON.stringify(await r.t.app.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'incidents.%').execute());
    expect(audit).toContain('incidents.create');
    expect(audit).toContain('incidents.addNotice');
    for (const text of ['操场', '摔倒', '创可贴', '红肿', '王奶奶']) expect(audit).not.toContain(text);
  });

  it('stores a time typed in another offset with the room’s offset', async () => {
    const r = await incidentRoom();
    const fall = await r.record({ occurredAt: '2026-11-23T08:20:00Z' });
    expect(fall.occurredAt).toBe('2026-11-23T16:20:00+08:00');
  });

  it('involves several children once each', async () => {
    const r = await incidentRoom();
    const fight = await r.record({ kind: 'conflict', childIds: [r.chun, r.ming, r.chun] });
    expect(fight.children.map((c) => c.name)).toEqual(['李春花', '张小明']);
  });

  it('refuses a time ahead of the PC clock, no child, an unknown kind, a child not on the roll, a notice before the incident', async () => {
    const r = await incidentRoom();
    expect(errorOf(await r.t.call(r.teacher, 'incidents.create', { kind: 'injury', occurredAt: '2026-11-23T17:01:00+08:00', childIds: [r.fang], whatHappened: '摔倒' }))).toEqual(
      fieldError(['occurredAt'], 'date_future'),
    );
    expect(errorOf(await r.t.call(r.teacher, 'incidents.create', { kind: 'injury', occurredAt: '2026-11-23T16:00:00+08:00', childIds: [], whatHappened: '摔倒' }))).toMatchObject(
      fieldError(['childIds'], 'required'),
    );
    const unknownKind = errorOf(await r.t.call(r.teacher, 'incidents.create', { kind: 'fire' as 'other', occurredAt: '2026-11-23T16:00:00+08:00', childIds: [r.fang], whatHappened: '摔倒' }));
    expect(unknownKind).toMatchObject({ code: 'invalid_input', details: { issues: [{ path: ['kind'] }] } });
    await r.t.ok(r.t.admin, 'children.archive', { id: r.ming, reason: '转学' });
    expect(errorOf(await r.t.call(r.teacher, 'incidents.create', { kind: 'injury', occurredAt: '2026-11-23T16:00:00+08:00', childIds: [r.ming], whatHappened: '摔倒' }))).toEqual(
      fieldError(['childIds'], 'not_found'),
    );
    const early = errorOf(
      await r.t.call(r.teacher, 'incidents.create', {
        kind: 'injury',
        occurredAt: '2026-11-23T16:00:00+08:00',
        childIds: [r.fang],
        whatHappened: '摔倒',
        notices: [{ whom: 'parent', toldAt: '2026-11-23T15:59:00+08:00', how: 'message' }],
      }),
    );
    expect(early).toEqual(fieldError(['notices', 0, 'toldAt'], 'date_range'));
    const fall = await r.record();
    expect(errorOf(await r.t.call(r.teacher, 'incidents.addNotice', { incidentId: fall.id, whom: 'headteacher', toldAt: '2026-11-23T17:30:00+08:00', how: 'phone' }))).toEqual(
      fieldError(['toldAt'], 'date_future'),
    );
    expect(await r.t.app.db.selectFrom('incident').select('id').execute()).toHaveLength(1);
  });

  it('is for staff only: the kiosk may neither list nor read', async () => {
    const r = await incidentRoom();
    const fall = await r.record();
    expect(errorOf(await r.t.call(r.t.kiosk, 'incidents.list', {})).code).toBe('forbidden');
    expect(errorOf(await r.t.call(r.t.kiosk, 'incidents.get', { id: fall.id })).code).toBe('forbidden');
  });
});

describe('incidents: reading', () => {
  it('lists newest first without any text, filters by kind, child and open follow-up, and pages', async () => {
    const r = await incidentRoom();
    const fall = await r.record({ notices: [{ whom: 'guardian', name: '王奶奶', toldAt: '2026-11-23T16:40:00+08:00', how: 'phone' }] });
    const fever = await r.record({ kind: 'illness', occurredAt: '2026-11-23T15:00:00+08:00', childIds: [r.chun], followUp: null, whatHappened: '发烧38度' });
    const fight = await r.record({ kind: 'conflict', occurredAt: '2026-11-23T16:30:00+08:00', childIds: [r.fang, r.ming], whatHappened: '为了跳绳吵架' });
    const all = await r.t.ok(r.teacher, 'incidents.list', {});
    expect(all.total).toBe(3);
    expect(all.rows.map((i) => i.id)).toEqual([fight.id, fall.id, fever.id]);
    expect(all.rows[1]).toEqual({
      id: fall.id,
      kind: 'injury',
      occurredAt: '2026-11-23T16:20:00+08:00',
      children: [{ id: r.fang, name: '王芳芳' }],
      recordedByName: '王老师',
      notices: 1,
      followUpOpen: true,
      followUpDoneOn: null,
      voided: false,
    });
    const shown = JSON.stringify(all);
    for (const text of ['操场', '摔倒', '发烧', '跳绳', '红肿', '王奶奶']) expect(shown).not.toContain(text);
    expect((await r.t.ok(r.teacher, 'incidents.list', { kind: 'illness' })).rows.map((i) => i.id)).toEqual([fever.id]);
    expect((await r.t.ok(r.teacher, 'incidents.list', { childId: r.fang })).rows.map((i) => i.id)).toEqual([fight.id, fall.id]);
    await r.t.ok(r.teacher, 'incidents.closeFollowUp', { id: fall.id });
    expect((await r.t.ok(r.teacher, 'incidents.list', { openFollowUp: true })).rows.map((i) => i.id)).toEqual([fight.id]);
    const second = await r.t.ok(r.teacher, 'incidents.list', { offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, rows: [{ id: fall.id }] });
    // Listing reads no text: no access-log row.
    expect(await r.t.app.db.selectFrom('access_log').select('id').execute()).toEqual([]);
  });

  it('logs each opening of an incident’s text for each child it involves', async () => {
    const r = await incidentRoom();
    const fight = await r.record({ kind: 'conflict', childIds: [r.fang, r.ming] });
    const read = await r.t.ok(r.other, 'incidents.get', { id: fight.id });
    expect(read.whatHappened).toBe('跑步时摔倒，膝盖擦伤');
    await r.t.ok(r.t.admin, 'incidents.get', { id: fight.id });
    const log = await r.t.app.db.selectFrom('access_log').select(['child_id', 'staff_id', 'what']).orderBy('id').execute();
    expect(log).toEqual([
      { child_id: r.fang, staff_id: r.other.staffId, what: 'incident' },
      { child_id: r.ming, staff_id: r.other.staffId, what: 'incident' },
      { child_id: r.fang, staff_id: r.t.adminId, what: 'incident' },
      { child_id: r.ming, staff_id: r.t.adminId, what: 'incident' },
    ]);
    const page = await r.t.ok(r.t.admin, 'privacy.accessLog', { childId: r.fang, what: 'incident' });
    expect(page.total).toBe(2);
  });

  it('logs nothing when the incident is not there', async () => {
    const r = await incidentRoom();
    expect(errorOf(await r.t.call(r.teacher, 'incidents.get', { id: 99 })).code).toBe('not_found');
    expect(await r.t.app.db.selectFrom('access_log').select('id').execute()).toEqual([]);
  });
});

describe('incidents: changing', () => {
  it('closes the follow-up the next day, once, not ahead of today or before the incident', async () => {
    const r = await incidentRoom();
    const fall = await r.record();
    r.t.at('2026-11-24T08:30:00+08:00');
    expect(errorOf(await r.t.call(r.other, 'incidents.closeFollowUp', { id: fall.id, doneOn: '2026-11-25' }))).toEqual(fieldError(['doneOn'], 'date_future'));
    expect(errorOf(await r.t.call(r.other, 'incidents.closeFollowUp', { id: fall.id, doneOn: '2026-11-22' }))).toEqual(fieldError(['doneOn'], 'date_range'));
    const closed = await r.t.ok(r.other, 'incidents.closeFollowUp', { id: fall.id });
    expect(closed).toMatchObject({ followUpOpen: false, followUpDoneOn: '2026-11-24' });
    expect(errorOf(await r.t.call(r.other, 'incidents.closeFollowUp', { id: fall.id }))).toEqual({ code: 'conflict', details: { entity: 'follow_up_done' } });
    const none = await r.record({ followUp: null });
    expect(errorOf(await r.t.call(r.other, 'incidents.closeFollowUp', { id: none.id }))).toEqual({ code: 'conflict', details: { entity: 'no_follow_up' } });
  });

  it('lets the recorder or an admin edit, children added and removed; a rewritten follow-up opens again', async () => {
    const r = await incidentRoom();
    const fall = await r.record();
    await r.t.ok(r.teacher, 'incidents.closeFollowUp', { id: fall.id });
    const input = {
      id: fall.id,
      kind: 'injury' as const,
      occurredAt: fall.occurredAt,
      childIds: [r.chun, r.ming],
      place: '楼梯',
      whatHappened: '下楼梯时绊倒',
      whatWasDone: null,
      followUp: '明天看看伤口有没有红肿',
    };
    expect(errorOf(await r.t.call(r.other, 'incidents.update', input)).code).toBe('forbidden');
    const edited = await r.t.ok(r.teacher, 'incidents.update', input);
    expect(edited).toMatchObject({ place: '楼梯', whatWasDone: null, children: [{ name: '李春花' }, { name: '张小明' }], followUpDoneOn: '2026-11-23' });
    const rewritten = await r.t.ok(r.t.admin, 'incidents.update', { ...input, followUp: '周五再看一次' });
    expect(rewritten).toMatchObject({ followUpOpen: true, followUpDoneOn: null });
    expect(await r.t.app.db.selectFrom('incident_child').select('child_id').where('incident_id', '=', fall.id).orderBy('child_id').execute()).toEqual([{ child_id: r.chun }, { child_id: r.ming }]);
  });

  it('voids with a reason: out of the open follow-ups, closed to changes, kept in the list', async () => {
    const r = await incidentRoom();
    const fall = await r.record();
    expect(errorOf(await r.t.call(r.other, 'incidents.void', { id: fall.id, reason: '记错了' })).code).toBe('forbidden');
    await r.t.ok(r.teacher, 'incidents.void', { id: fall.id, reason: '记错了孩子' });
    const list = await r.t.ok(r.teacher, 'incidents.list', {});
    expect(list.rows[0]).toMatchObject({ id: fall.id, voided: true, followUpOpen: false });
    expect((await r.t.ok(r.teacher, 'incidents.list', { openFollowUp: true })).total).toBe(0);
    expect(errorOf(await r.t.call(r.teacher, 'incidents.addNotice', { incidentId: fall.id, whom: 'parent', toldAt: '2026-11-23T16:50:00+08:00', how: 'phone' }))).toEqual({
      code: 'conflict',
      details: { entity: 'already_voided' },
    });
    const audit = JSON.stringify(await r.t.app.db.selectFrom('audit_log').select('details').where('action', '=', 'incidents.void').execute());
    expect(audit).not.toContain('记错了孩子');
  });
});
