import { describe, expect, it } from 'vitest';
import { isoWeekMonday, weekLabel } from '../../../shared/weekLabel';

describe('a week in words', () => {
  it('says the week number and its Monday to Sunday, the ISO code only as a detail elsewhere', () => {
    expect(weekLabel('2026-W49', 'zh-CN')).toBe('第49周（11月30日—12月6日）');
    expect(weekLabel('2026-W49', 'en')).toBe('Week 49 (30 Nov – 6 Dec)');
    expect(weekLabel('2026-W01', 'zh-CN')).toBe('第1周（2025年12月29日—2026年1月4日）');
  });

  it('names the years of a week that turns the year (2026 has 53 weeks)', () => {
    expect(weekLabel('2026-W53', 'zh-CN')).toBe('第53周（2026年12月28日—2027年1月3日）');
    expect(weekLabel('2026-W53', 'en')).toBe('Week 53 (28 Dec 2026 – 3 Jan 2027)');
    expect(weekLabel('2027-W01', 'en')).toBe('Week 1 (4 Jan – 10 Jan)');
  });

  it('finds Mondays and refuses weeks a year does not have', () => {
    expect(isoWeekMonday('2026-W53')?.toISOString().slice(0, 10)).toBe('2026-12-28');
    expect(isoWeekMonday('2025-W01')?.toISOString().slice(0, 10)).toBe('2024-12-30');
    expect(isoWeekMonday('2027-W53')).toBeNull();
    expect(weekLabel('2027-W53', 'zh-CN')).toBe('2027-W53');
  });
});
