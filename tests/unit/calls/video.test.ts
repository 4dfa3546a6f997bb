// Video calls (issue 20): each device takes one call at a time, one fair rotation and one 30-day rule
// over both, and every call from before the column reads as a phone call.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { tempDir } from '../helpers';
import { auditText, errorOf, room, type Room } from './callsRoom';

const DAY = 24 * 60;

async function videoRoom(start?: string): Promise<Room> {
  const r = await room(start);
  await r.t.ok(r.t.admin, 'settings.update', { videoCallPc: true });
  return r;
}

describe('video calls: the device', () => {
  it('offers video only where the room has a video computer (视频通话电脑), at the kiosk, for teachers and in the log', async () => {
    const r = await room();
    const a = await r.child('张小明');
    expect((await r.t.ok(r.teacher, 'settings.get', {})).videoCallPc).toBe(false);
    const noDevice = { code: 'conflict', details: { entity: 'no_video_device' } };
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: a.mother, channel: 'video' }))).toEqual(noDevice);
    expect(errorOf(await r.t.call(r.teacher, 'calls.book', { childId: a.id, parentId: a.mother, channel: 'video' }))).toEqual(noDevice);
    const log = { childId: a.id, parentId: a.mother, channel: 'video', outcome: 'talked', durationMinutes: 5 } as const;
    expect(errorOf(await r.t.call(r.teacher, 'calls.log', log))).toEqual(noDevice);
    expect(await r.t.app.db.selectFrom('call_booking').select('id').execute()).toEqual([]);

    await r.t.ok(r.t.admin, 'settings.update', { videoCallPc: true });
    const status = await r.t.ok(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: a.mother, channel: 'video' });
    expect(status.booking).toMatchObject({ parentRelation: 'mother', channel: 'video', status: 'waiting' });
    expect((await r.t.app.db.selectFrom('call_booking').select('channel').executeTakeFirstOrThrow()).channel).toBe('video');
    expect(await auditText(r.t)).toContain('\\"channel\\":\\"video\\"');
  });

  it('runs one call per device: a second phone call is refused, a video call runs beside the phone', async () => {
    const r = await videoRoom();
    const [a, b, c, d] = [await r.child('安安'), await r.child('贝贝'), await r.child('丛丛'), await r.child('丁丁')];
    const phoneA = await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.father });
    const phoneB = await r.t.ok(r.teacher, 'calls.book', { childId: b.id, parentId: b.father, channel: 'phone' });
    const videoC = await r.t.ok(r.teacher, 'calls.book', { childId: c.id, parentId: c.mother, channel: 'video' });
    const videoD = await r.t.ok(r.teacher, 'calls.book', { childId: d.id, parentId: d.mother, channel: 'video' });

    const onPhone = await r.t.ok(r.teacher, 'calls.start', { bookingId: phoneA.bookingId });
    expect(errorOf(await r.t.call(r.teacher, 'calls.start', { bookingId: phoneB.bookingId }))).toEqual({ code: 'conflict', details: { entity: 'phone_in_progress' } });
    const onVideo = await r.t.ok(r.teacher, 'calls.start', { bookingId: videoC.bookingId });
    expect(onVideo).toMatchObject({ status: 'calling', channel: 'video' });
    expect(errorOf(await r.t.call(r.teacher, 'calls.start', { bookingId: videoD.bookingId }))).toEqual({ code: 'conflict', details: { entity: 'video_in_progress' } });

    // Ending the video call frees the video computer only.
    await r.t.ok(r.teacher, 'calls.finish', { callId: onVideo.callId ?? 0, outcome: 'talked' });
    expect(errorOf(await r.t.call(r.teacher, 'calls.start', { bookingId: phoneB.bookingId })).details?.entity).toBe('phone_in_progress');
    expect((await r.t.ok(r.teacher, 'calls.start', { bookingId: videoD.bookingId })).status).toBe('calling');
    await r.t.ok(r.teacher, 'calls.finish', { callId: onPhone.callId ?? 0, outcome: 'talked' });
    expect((await r.t.ok(r.teacher, 'calls.start', { bookingId: phoneB.bookingId })).status).toBe('calling');

    const calls = await r.t.app.db.selectFrom('call').select(['child_id', 'channel']).orderBy('id').execute();
    expect(calls).toEqual([
      { child_id: a.id, channel: 'phone' },
      { child_id: c.id, channel: 'video' },
      { child_id: d.id, channel: 'video' },
      { child_id: b.id, channel: 'phone' },
    ]);
  });

  it('shows each booking its channel and the next to dial on each device', async () => {
    const r = await videoRoom();
    const [a, b, c, d] = [await r.child('安安'), await r.child('贝贝'), await r.child('丛丛'), await r.child('丁丁')];
    for (const [x, channel] of [
      [a, 'phone'],
      [b, 'video'],
      [c, 'phone'],
      [d, 'video'],
    ] as const) {
      await r.t.ok(r.teacher, 'calls.book', { childId: x.id, parentId: x.mother, channel });
      r.advance(1);
    }
    const queue = await r.t.ok(r.teacher, 'calls.queue', {});
    expect(queue.map((q) => [q.childId, q.channel, q.nextOnDevice])).toEqual([
      [a.id, 'phone', true],
      [b.id, 'video', true],
      [c.id, 'phone', false],
      [d.id, 'video', false],
    ]);
    // A call on the phone makes the next phone booking the next; the video's next stays.
    await r.t.ok(r.teacher, 'calls.start', { bookingId: queue[0]?.bookingId ?? 0 });
    const after = await r.t.ok(r.teacher, 'calls.queue', {});
    expect(after.map((q) => [q.childId, q.status, q.nextOnDevice])).toEqual([
      [a.id, 'calling', false],
      [b.id, 'waiting', true],
      [c.id, 'waiting', true],
      [d.id, 'waiting', false],
    ]);
  });
});

describe('video calls: the fair rotation and the 30-day rule count both', () => {
  it('puts a child who talked by video yesterday after one who last talked by phone three days ago', async () => {
    const r = await videoRoom();
    const [a, b] = [await r.child('安安'), await r.child('贝贝')];
    await r.t.ok(r.teacher, 'calls.log', { childId: a.id, parentId: a.mother, channel: 'video', outcome: 'talked', durationMinutes: 8, endedMinutesAgo: DAY });
    await r.t.ok(r.teacher, 'calls.log', { childId: b.id, parentId: b.mother, channel: 'phone', outcome: 'talked', durationMinutes: 3, endedMinutesAgo: 3 * DAY });
    await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.mother, channel: 'phone' });
    r.advance(1);
    await r.t.ok(r.teacher, 'calls.book', { childId: b.id, parentId: b.mother, channel: 'video' });
    const queue = await r.t.ok(r.teacher, 'calls.queue', {});
    expect(queue.map((q) => [q.childId, q.daysSinceAnyTalk, q.daysSinceTalkWithParent])).toEqual([
      [b.id, 3, 3],
      [a.id, 1, 1],
    ]);
  });

  it('a video call that talked resets the 30 days; a video call unanswered does not', async () => {
    const r = await videoRoom('2026-10-01T10:00:00+08:00');
    const [a, b] = [await r.child('安安'), await r.child('贝贝')];
    r.at('2026-11-23T10:00:00+08:00');
    const overdue = async () => (await r.t.ok(r.teacher, 'calls.overdue', {})).rows.map((c) => c.childId);
    expect(await overdue()).toEqual([a.id, b.id]);

    const booked = await r.t.ok(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: a.mother, channel: 'video' });
    const started = await r.t.ok(r.teacher, 'calls.start', { bookingId: booked.booking?.id ?? 0 });
    r.advance(6);
    await r.t.ok(r.teacher, 'calls.finish', { callId: started.callId ?? 0, outcome: 'talked' });
    await r.t.ok(r.teacher, 'calls.log', { childId: b.id, parentId: b.mother, channel: 'video', outcome: 'no_answer', durationMinutes: 0 });
    expect(await overdue()).toEqual([b.id]);

    r.at('2026-12-22T10:00:00+08:00'); // 29 days after the video call
    expect(await overdue()).toEqual([b.id]);
    r.at('2026-12-23T10:00:00+08:00'); // 30 days; never talked comes first
    expect(await overdue()).toEqual([b.id, a.id]);
  });
});

describe('video calls: the log', () => {
  it('says which channel each call was on, booked or logged', async () => {
    const r = await videoRoom();
    const a = await r.child('张小明');
    const entry = await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.mother, channel: 'video' });
    const started = await r.t.ok(r.teacher, 'calls.start', { bookingId: entry.bookingId });
    r.advance(4);
    expect((await r.t.ok(r.teacher, 'calls.finish', { callId: started.callId ?? 0, outcome: 'talked' })).channel).toBe('video');
    r.advance(10);
    await r.t.ok(r.teacher, 'calls.log', { childId: a.id, parentId: a.father, outcome: 'talked', durationMinutes: 2 });
    const history = await r.t.ok(r.teacher, 'calls.history', { childId: a.id });
    expect(history.map((h) => [h.parentRelation, h.channel, h.booked])).toEqual([
      ['father', 'phone', false],
      ['mother', 'video', true],
    ]);
  });
});

describe('video calls: rows from before the column', () => {
  it('reads every booking and call written before migration 0024 as a phone call', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'room.sqlite');
    const old = await openDatabase({ file, targetVersion: 20 });
    const at = '2026-11-01T10:00:00+08:00';
    // Links point at rows this test does not build; the foreign keys are not what it is about.
    old.sqlite.pragma('foreign_keys = OFF');
    old.sqlite.prepare('insert into call_booking (child_id, parent_id, booked_at, status, created_at, updated_at) values (1, 1, ?, ?, ?, ?)').run(at, 'done', at, at);
    old.sqlite
      .prepare('insert into call (child_id, parent_id, booking_id, started_at, ended_at, duration_seconds, outcome, created_at, updated_at) values (1, 1, 1, ?, ?, 60, ?, ?, ?)')
      .run(at, at, 'talked', at, at);
    await old.close();

    const upgraded = await openDatabase({ file, backupDir: path.join(dir, 'bk') });
    try {
      expect(await upgraded.db.selectFrom('call_booking').select('channel').execute()).toEqual([{ channel: 'phone' }]);
      expect(await upgraded.db.selectFrom('call').select('channel').execute()).toEqual([{ channel: 'phone' }]);
      // Only the two devices there are.
      expect(() => upgraded.sqlite.prepare("update call set channel = 'fax'").run()).toThrow(/CHECK/);
    } finally {
      await upgraded.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
