// A parent's best time to call, as files write it, and whether now is a good time: across midnight,
// the weekend, and text the app cannot read (no mark rather than a wrong one).
import { describe, expect, it } from 'vitest';
import { inWindow, parseCallTime } from '../../../shared/callTime';

const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const good = (text: string, weekday: number, hhmm: string) => {
  const windows = parseCallTime(text);
  return windows === null ? null : inWindow(windows, weekday, at(hhmm));
};

describe('best time to call', () => {
  it('reads the ways files write a time', () => {
    expect(parseCallTime('20:00-22:00')).toEqual([{ days: [1, 2, 3, 4, 5, 6, 7], from: at('20:00'), to: at('22:00') }]);
    expect(parseCallTime('晚上8点到10点')).toEqual([{ days: [1, 2, 3, 4, 5, 6, 7], from: at('20:00'), to: at('22:00') }]);
    expect(parseCallTime('晚上8点半以后')?.[0]).toMatchObject({ from: at('20:30'), to: at('22:00') });
    expect(parseCallTime('晚八点后')?.[0]).toMatchObject({ from: at('20:00') });
    expect(parseCallTime('中午12点到1点')?.[0]).toMatchObject({ from: at('12:00'), to: at('13:00') });
    expect(parseCallTime('中午')?.[0]).toMatchObject({ from: at('12:00'), to: at('13:30') });
    expect(parseCallTime('周末全天')).toEqual([{ days: [6, 7], from: 0, to: 24 * 60 }]);
    expect(parseCallTime('工作日晚上')).toEqual([{ days: [1, 2, 3, 4, 5], from: at('19:00'), to: at('22:00') }]);
    expect(parseCallTime('周末')).toEqual([{ days: [6, 7], from: 0, to: 24 * 60 }]);
  });

  it('marks a night-shift window across midnight, into the next day', () => {
    expect(parseCallTime('22:00-01:00')).toEqual([{ days: [1, 2, 3, 4, 5, 6, 7], from: at('22:00'), to: at('01:00') }]);
    expect(parseCallTime('晚上10点到次日1点')?.[0]).toMatchObject({ from: at('22:00'), to: at('01:00') });
    expect(good('22:00-01:00', 3, '23:30')).toBe(true);
    expect(good('22:00-01:00', 4, '00:30')).toBe(true);
    expect(good('22:00-01:00', 4, '01:00')).toBe(false);
    expect(good('22:00-01:00', 3, '21:59')).toBe(false);
    // A weekend night shift: Sunday night runs into Monday's early hours, Friday night does not start one.
    expect(good('周末22:00-02:00', 1, '01:00')).toBe(true);
    expect(good('周末22:00-02:00', 6, '01:00')).toBe(false);
    expect(good('周末22:00-02:00', 5, '23:00')).toBe(false);
  });

  it('says now or not now on the room’s afternoon, and nothing for text it cannot read', () => {
    expect(good('晚上8点以后', 2, '16:30')).toBe(false);
    expect(good('晚上8点以后', 2, '20:15')).toBe(true);
    expect(good('周末全天', 6, '16:30')).toBe(true);
    expect(good('周末全天', 5, '16:30')).toBe(false);
    expect(good('下午', 5, '16:30')).toBe(true);
    expect(good('看他排班', 2, '16:30')).toBeNull();
    expect(good('', 2, '16:30')).toBeNull();
    expect(good('25:00-26:00', 2, '16:30')).toBeNull();
  });
});
