import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/session';
import { methodNames } from '../../../shared/contract';
import type { ApiError, Result } from '../../../shared/errors';
import { createTestApp, type TestApp } from '../helpers';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

interface Room {
  t: TestApp;
  wang: Session;
  li: Session;
  /** Moves the clock and keeps the staff sessions awake (the idle lock would sign them out). */
  at(iso: string): void;
  opening(weekday: number, startTime: string, endTime: string, teachersNeeded?: number): Promise<number>;
  add(date: string, openingId: number, who: Session): Promise<number>;
}

async function room(start = '2026-11-23T10:00:00+08:00'): Promise<Room> {
  const t = await createTestApp();
  t.at(start);
  const wang = await t.signIn('teacher', '王老师');
  const li = await t.signIn('teacher', '李老师');
  return {
    t,
    wang,
    li,
    at: (iso) => t.at(iso),
    opening: async (weekday, startTime, endTime, teachersNeeded = 1) => (await t.ok(t.admin, 'roster.saveOpening', { weekday, startTime, endTime, teachersNeeded })).id,
    add: async (date, openingId, who) => {
      const d = await t.ok(t.admin, 'roster.change', { action: 'add', date, openingId, staffId: who.staffId ?? 0 });
      if (!('id' in d)) throw new Error('not a duty');
      return d.id;
    },
  };
}

async function liveDuties(t: TestApp) {
  return t.app.db.selectFrom('duty').selectAll().where('removed_at', 'is', null).orderBy('date').orderBy('staff_id').execute();
}

describe('roster openings', () => {
  it('creates, lists by weekday and start, updates and archives openings', async () => {
    const r = await room();
    const wed = await r.opening(3, '16:00', '18:00', 2);
    const monLate = await r.opening(1, '16:30', '18:00');
    const monEarly = await r.opening(1, '08:00', '09:00');
    expect((await r.t.ok(r.wang, 'roster.openings', {})).map((o) => o.id)).toEqual([monEarly, monLate, wed]);

    const updated = await r.t.ok(r.t.admin, 'roster.saveOpening', { id: wed, weekday: 4, startTime: '15:00', endTime: '17:30', teachersNeeded: 3 });
    expect(updated).toEqual({ id: wed, weekday: 4, startTime: '15:00', endTime: '17:30', teachersNeeded: 3 });
    expect(await r.t.ok(r.t.admin, 'roster.archiveOpening', { id: monLate })).toEqual({ id: monLate });
    expect((await r.t.ok(r.wang, 'roster.openings', {})).map((o) => o.id)).toEqual([monEarly, wed]);

    expect(errorOf(await r.t.call(r.t.admin, 'roster.archiveOpening', { id: monLate }))).toEqual({ code: 'not_found', details: { entity: 'opening' } });
    expect(errorOf(await r.t.call(r.t.admin, 'roster.saveOpening', { id: monLate, weekday: 1, startTime: '16:30', endTime: '18:00' }))).toMatchObject({
      code: 'not_found',
    });
    // An opening overlapping another on the same weekday is refused; touching end to start is not an overlap.
    const overlap = { code: 'conflict', details: { entity: 'opening_overlap' } };
    expect(errorOf(await r.t.call(r.t.admin, 'roster.saveOpening', { weekday: 4, startTime: '17:00', endTime: '18:30', teachersNeeded: 1 }))).toEqual(overlap);
    expect(errorOf(await r.t.call(r.t.admin, 'roster.saveOpening', { id: monEarly, weekday: 4, startTime: '14:00', endTime: '15:30', teachersNeeded: 1 }))).toEqual(overlap);
    expect((await r.t.ok(r.t.admin, 'roster.saveOpening', { id: wed, weekday: 4, startTime: '15:00', endTime: '17:00', teachersNeeded: 3 })).endTime).toBe('17:00');
    await r.opening(4, '17:00', '18:30');
    await r.opening(1, '16:30', '18:00');
    const badTimes = errorOf(await r.t.call(r.t.admin, 'roster.saveOpening', { weekday: 1, startTime: '18:00', endTime: '16:00' }));
    expect(badTimes.details?.issues).toEqual([{ path: ['endTime'], code: 'range' }]);

    const audit = await r.t.app.db.selectFrom('audit_log').select('action').where('table_name', '=', 'opening').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual([
      'roster.createOpening',
      'roster.createOpening',
      'roster.createOpening',
      'roster.updateOpening',
      'roster.archiveOpening',
      'roster.updateOpening',
      'roster.createOpening',
      'roster.createOpening',
    ]);
  });
});

describe('roster.generate', () => {
  it('creates a duty per teacher on each matching weekday from today to the term end, and re-generates idempotently', async () => {
    const r = await room('2026-11-25T09:00:00+08:00'); // a Wednesday
    const mon = await r.opening(1, '16:00', '18:00', 2);
    const wed = await r.opening(3, '16:00', '18:00');
    const ids = { wang: r.wang.staffId ?? 0, li: r.li.staffId ?? 0 };
    const input = {
      termStart: '2026-11-23',
      termEnd: '2026-12-06',
      pattern: [
        { openingId: mon, staffIds: [ids.wang, ids.li] },
        { openingId: wed, staffIds: [ids.wang] },
      ],
    };

    expect(await r.t.ok(r.t.admin, 'roster.generate', input)).toEqual({ created: 4 });
    const first = await liveDuties(r.t);
    // Monday 23 November is past: only 30 November for Monday, 25 November and 2 December for Wednesday.
    expect(first.map((d) => [d.date, d.opening_id, d.staff_id, d.source])).toEqual([
      ['2026-11-25', wed, ids.wang, 'pattern'],
      ['2026-11-30', mon, ids.wang, 'pattern'],
      ['2026-11-30', mon, ids.li, 'pattern'],
      ['2026-12-02', wed, ids.wang, 'pattern'],
    ]);

    // Single-date changes survive a re-generate; the pattern duties are replaced, not doubled, and a
    // change already holding a pattern slot (王老师 on 2 December) is kept instead of duplicated.
    const extra = await r.add('2026-12-02', wed, r.li);
    await r.t.ok(r.t.admin, 'roster.change', { action: 'remove', dutyId: first[3].id });
    const held = await r.add('2026-12-02', wed, r.wang);
    expect(await r.t.ok(r.t.admin, 'roster.generate', input)).toEqual({ created: 3 });
    const second = await liveDuties(r.t);
    expect(second).toHaveLength(5);
    expect(
      second
        .filter((d) => d.source === 'change')
        .map((d) => d.id)
        .sort(),
    ).toEqual([extra, held].sort());
    expect(second.some((d) => first.some((f) => f.id === d.id))).toBe(false);
    const removed = await r.t.app.db.selectFrom('duty').select('id').where('removed_at', 'is not', null).execute();
    expect(removed).toHaveLength(4);

    // A narrower pattern drops a teacher from the term.
    expect(await r.t.ok(r.t.admin, 'roster.generate', { ...input, pattern: [{ openingId: mon, staffIds: [ids.li] }] })).toEqual({ created: 1 });
    expect((await liveDuties(r.t)).filter((d) => d.opening_id === mon).map((d) => d.staff_id)).toEqual([ids.li]);
  });

  it('names every unknown opening and teacher in the pattern, and is for admins only', async () => {
    const r = await room();
    const mon = await r.opening(1, '16:00', '18:00');
    const archived = await r.opening(2, '16:00', '18:00');
    await r.t.ok(r.t.admin, 'roster.archiveOpening', { id: archived });
    const result = await r.t.call(r.t.admin, 'roster.generate', {
      termStart: '2026-11-23',
      termEnd: '2026-12-31',
      pattern: [
        { openingId: archived, staffIds: [] },
        { openingId: mon, staffIds: [r.wang.staffId ?? 0, 999] },
      ],
    });
    expect(errorOf(result)).toEqual({
      code: 'invalid_input',
      details: {
        issues: [
          { path: ['pattern', 0, 'openingId'], code: 'not_found' },
          { path: ['pattern', 1, 'staffIds', 1], code: 'not_found' },
        ],
      },
    });
    expect(await liveDuties(r.t)).toHaveLength(0);
    expect(errorOf(await r.t.call(r.wang, 'roster.generate', { termStart: '2026-11-23', termEnd: '2026-12-31', pattern: [] }))).toEqual({ code: 'forbidden' });
  });

  it('refuses a term longer than a year (found by the fuzz test: years of duties in one command)', async () => {
    const r = await room();
    const mon = await r.opening(1, '16:00', '18:00');
    const result = await r.t.call(r.t.admin, 'roster.generate', {
      termStart: '2026-09-01',
      termEnd: '2226-01-31',
      pattern: [{ openingId: mon, staffIds: [r.wang.staffId ?? 0] }],
    });
    expect(errorOf(result)).toEqual({ code: 'invalid_input', details: { issues: [{ path: ['termEnd'], code: 'range' }] } });
    expect(await liveDuties(r.t)).toHaveLength(0);
  });
});

describe('roster.change and roster.swap', () => {
  it("adds a teacher on one date of the opening's weekday, refuses doubles and removes duties", async () => {
    const r = await room();
    const mon = await r.opening(1, '16:00', '18:00');
    const id = await r.add('2026-11-30', mon, r.wang);
    const duty = (await r.t.ok(r.wang, 'roster.week', { weekStart: '2026-11-30' })).days[0].openings[0].duties[0];
    expect(duty).toEqual({
      id,
      date: '2026-11-30',
      openingId: mon,
      startTime: '16:00',
      endTime: '18:00',
      staffId: r.wang.staffId,
      staffName: '王老师',
      source: 'change',
    });

    const wrongDay = await r.t.call(r.t.admin, 'roster.change', { action: 'add', date: '2026-12-01', openingId: mon, staffId: r.wang.staffId ?? 0 });
    expect(errorOf(wrongDay)).toEqual({ code: 'invalid_input', details: { issues: [{ path: ['date'], code: 'invalid' }] } });
    const twice = await r.t.call(r.t.admin, 'roster.change', { action: 'add', date: '2026-11-30', openingId: mon, staffId: r.wang.staffId ?? 0 });
    expect(errorOf(twice)).toEqual({ code: 'conflict', details: { entity: 'already_on_duty' } });

    expect(await r.t.ok(r.t.admin, 'roster.change', { action: 'remove', dutyId: id })).toEqual({ removed: id });
    expect((await r.t.ok(r.wang, 'roster.week', { weekStart: '2026-11-30' })).days[0].openings[0].duties).toEqual([]);
    expect(errorOf(await r.t.call(r.t.admin, 'roster.change', { action: 'remove', dutyId: id }))).toEqual({ code: 'not_found', details: { entity: 'duty' } });
    // Removed, a teacher can be put back on the same slot.
    await r.add('2026-11-30', mon, r.wang);
    expect(errorOf(await r.t.call(r.li, 'roster.change', { action: 'remove', dutyId: id }))).toEqual({ code: 'forbidden' });
  });

  it("swaps two teachers' duties and refuses a swap with oneself or one that would double a duty", async () => {
    const r = await room();
    const mon = await r.opening(1, '16:00', '18:00', 2);
    const wed = await r.opening(3, '16:00', '18:00', 2);
    const a = await r.add('2026-11-30', mon, r.wang);
    const b = await r.add('2026-12-02', wed, r.li);
    const [da, db] = await r.t.ok(r.t.admin, 'roster.swap', { dutyA: a, dutyB: b });
    expect(da).toMatchObject({ id: a, date: '2026-11-30', staffName: '李老师', source: 'swap' });
    expect(db).toMatchObject({ id: b, date: '2026-12-02', staffName: '王老师', source: 'swap' });

    const c = await r.add('2026-12-02', wed, r.t.admin);
    expect(errorOf(await r.t.call(r.t.admin, 'roster.swap', { dutyA: a, dutyB: a }))).toEqual({ code: 'conflict', details: { entity: 'same_teacher' } });
    // With 王老师 also on 30 November, handing her a (30 Nov) again would book her twice there;
    // b ↔ c would put the admin on 2 December where she already is.
    await r.add('2026-11-30', mon, r.wang);
    expect(errorOf(await r.t.call(r.t.admin, 'roster.swap', { dutyA: a, dutyB: b }))).toEqual({ code: 'conflict', details: { entity: 'already_on_duty' } });
    expect(errorOf(await r.t.call(r.t.admin, 'roster.swap', { dutyA: b, dutyB: c }))).toEqual({ code: 'conflict', details: { entity: 'already_on_duty' } });
    expect(errorOf(await r.t.call(r.t.admin, 'roster.swap', { dutyA: a, dutyB: 999 }))).toEqual({ code: 'not_found', details: { entity: 'duty' } });
    const audit = await r.t.app.db.selectFrom('audit_log').select('action').where('action', '=', 'roster.swap').execute();
    expect(audit).toHaveLength(1);
  });
});

describe('roster.week', () => {
  it('moves to the Monday and warns of short openings from today on and of teachers booked twice at once', async () => {
    const r = await room('2026-11-25T09:00:00+08:00'); // Wednesday
    const monA = await r.opening(1, '15:00', '17:00', 1);
    const wedA = await r.opening(3, '15:00', '17:00', 2);
    // Overlapping openings are refused now; a room may still hold them from before, so one is written directly.
    const at = '2026-11-20T10:00:00+08:00';
    const wedB = (
      await r.t.app.db
        .insertInto('opening')
        .values({ weekday: 3, start_time: '16:30', end_time: '18:00', teachers_needed: 1, created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const wedC = await r.opening(3, '18:00', '19:00', 1);
    await r.opening(5, '16:00', '18:00', 1);
    await r.add('2026-11-25', wedA, r.wang);
    await r.add('2026-11-25', wedB, r.wang);
    await r.add('2026-11-25', wedC, r.wang);

    const week = await r.t.ok(r.li, 'roster.week', { weekStart: '2026-11-27' });
    expect(week.weekStart).toBe('2026-11-23');
    expect(week.days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(week.days[0].openings.map((o) => o.opening.id)).toEqual([monA]);
    expect(week.days[2].openings.map((o) => o.duties.length)).toEqual([1, 1, 1]);
    // Monday is past (no warning); Wednesday's first opening needs one more; Friday has nobody.
    expect(week.warnings).toEqual([
      { kind: 'short', date: '2026-11-25', openingId: wedA, staffName: null, missing: 1 },
      { kind: 'double', date: '2026-11-25', openingId: wedB, staffName: '王老师', missing: null },
      { kind: 'short', date: '2026-11-27', openingId: expect.any(Number), staffName: null, missing: 1 },
    ]);
  });
});

describe('roles', () => {
  it('refuses every roster and duty method to the kiosk', async () => {
    const t = await createTestApp();
    const names = methodNames.filter((m) => m.startsWith('roster.') || m.startsWith('duty.'));
    expect(names).toHaveLength(11);
    for (const m of names) {
      expect(await t.app.dispatch(m, {}, t.kiosk)).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
