// 许久未来 (issue 16 point 5): a child on the roll not seen for Settings.notSeenWeeks weeks the room was
// open. Real calendars: a week with only a Saturday visit is open, the winter holiday and weeks the PC
// was off are not, the running week is not counted until it is over, a newcomer is not "absent".
import { describe, expect, it } from 'vitest';
import { careRoom, type CareRoom } from './room';

/** A kiosk visit of an hour at this local time. */
async function visit(r: CareRoom, childId: number, at: string): Promise<void> {
  r.at(`${at}:00+08:00`);
  await r.t.ok(r.t.kiosk, 'kiosk.checkIn', { childId });
  r.at(`${at.slice(0, 11)}${String(Number(at.slice(11, 13)) + 1).padStart(2, '0')}${at.slice(13)}:00+08:00`);
  await r.t.ok(r.t.kiosk, 'kiosk.checkOut', { childId });
}

const brief = async (r: CareRoom) => {
  const seen = await r.t.ok(r.teacher, 'care.notSeen', {});
  return { since: seen.since, children: seen.children.map((c) => [c.childName, c.lastVisitAt?.slice(0, 10) ?? null, c.openWeeksMissed, c.surrogateName]) };
};

describe('children not seen lately', () => {
  it('lists who missed the last three open weeks, counting a Saturday-only week and never the running one', async () => {
    const r = await careRoom('2026-10-12T09:00:00+08:00');
    const regular = await r.child('张小明');
    const stopped = await r.child('李华');
    await r.child('赵敏', { surrogateStaffId: null });
    // 11-02, 11-09 (a Saturday only), 11-16, 11-23: the room's open weeks; 10-26 the PC was off.
    await visit(r, regular.id, '2026-10-19T15:00');
    await visit(r, stopped.id, '2026-10-20T15:00');
    await visit(r, regular.id, '2026-11-03T15:00');
    await visit(r, regular.id, '2026-11-14T10:00');
    await visit(r, regular.id, '2026-11-17T15:00');
    await visit(r, regular.id, '2026-11-24T15:00');
    r.at('2026-11-25T09:00:00+08:00');
    await r.child('王小红'); // never came, but joined on 25 November: not listed below

    // Monday of week 49: the running week has no visit yet and does not count.
    r.at('2026-11-30T08:00:00+08:00');
    expect(await brief(r)).toEqual({
      since: '2026-11-09',
      // Never came, on the roll since before all five open weeks: the longest absent first.
      children: [
        ['赵敏', null, 5, null],
        ['李华', '2026-10-20', 4, '王老师'],
      ],
    });
    // She comes back on Friday: listed no more. The newcomer, who joined after those weeks began, never is.
    await visit(r, stopped.id, '2026-12-04T15:00');
    expect((await brief(r)).children.map((c) => c[0])).toEqual(['赵敏']);

    // The admin asks for five weeks: now the Saturday-only week and the week before count too.
    await r.t.ok(r.t.admin, 'settings.update', { notSeenWeeks: 5 });
    expect(await brief(r)).toMatchObject({ since: '2026-10-19', children: [['赵敏', null, 5, null]] });
    expect((await r.t.call(r.t.admin, 'settings.update', { notSeenWeeks: 0 })).ok).toBe(false);
  });

  it('does not count the winter holiday: a child who came before it is not absent after it', async () => {
    const r = await careRoom('2026-12-28T09:00:00+08:00');
    const before = await r.child('张小明');
    const others = await r.child('李华');
    for (const day of ['2027-01-05', '2027-01-12', '2027-01-19']) await visit(r, others.id, `${day}T15:00`);
    await visit(r, before.id, '2027-01-20T15:00');
    // Closed from 25 January to 28 February; the first week back is still running.
    await visit(r, others.id, '2027-03-02T15:00');
    r.at('2027-03-05T17:00:00+08:00');
    expect(await brief(r)).toEqual({ since: '2027-01-04', children: [] });
    // One week after the holiday without her: still within three open weeks.
    r.at('2027-03-09T09:00:00+08:00');
    expect((await brief(r)).children).toEqual([]);
  });

  it('counts nothing before the room has been open for that many weeks', async () => {
    const r = await careRoom('2026-11-02T09:00:00+08:00');
    const child = await r.child('张小明');
    await r.child('李华');
    await visit(r, child.id, '2026-11-03T15:00');
    r.at('2026-11-12T09:00:00+08:00');
    expect(await brief(r)).toEqual({ since: null, children: [] });
  });
});
