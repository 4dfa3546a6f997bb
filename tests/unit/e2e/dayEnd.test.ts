// The e2e room fixture's guard against a test that would run across the room's closing time or midnight.
import { describe, expect, it } from 'vitest';
import { waitForNewDay } from '../../e2e/dayEnd';

const shanghai = (stamp: string) => Date.parse(`${stamp}+08:00`);
const TIMEOUT = 90_000;

describe('waitForNewDay', () => {
  it('lets a test start whenever it ends before the last minutes of the day', () => {
    expect(waitForNewDay(shanghai('2026-12-07T14:00:00'), TIMEOUT)).toBe(0);
    expect(waitForNewDay(shanghai('2026-12-07T00:00:00'), TIMEOUT)).toBe(0);
    expect(waitForNewDay(shanghai('2026-12-07T23:56:29'), TIMEOUT)).toBe(0);
  });

  it('holds a test that could still run at 23:59 until just past midnight', () => {
    expect(waitForNewDay(shanghai('2026-12-07T23:56:31'), TIMEOUT)).toBe(214_000);
    expect(waitForNewDay(shanghai('2026-12-07T23:59:30'), TIMEOUT)).toBe(35_000);
    // At the turn of a year, as any day.
    expect(waitForNewDay(shanghai('2026-12-31T23:58:00'), TIMEOUT)).toBe(125_000);
  });

  it('keeps a longer margin for a longer test', () => {
    expect(waitForNewDay(shanghai('2026-12-07T23:50:00'), 9 * 60_000)).toBe(605_000);
  });
});
