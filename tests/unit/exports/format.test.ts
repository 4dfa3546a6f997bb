// localTime computes the wall time from an offset looked up once per quarter hour: it must agree with
// Intl's own answer to the minute, in the room's zone and across daylight-saving changes and odd offsets.
// The bundle's words are looked up once per key: each call still fills in its own values.
import { describe, expect, it } from 'vitest';
import { localTime } from '../../../electron/services/exports/format';
import { textsFor } from '../../../electron/services/exports/texts';

function intl(stamp: string, tz: string): string {
  const parts: Record<string, string> = {};
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const p of f.formatToParts(new Date(stamp))) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

describe('localTime', () => {
  it('agrees with Intl to the minute, every 7 minutes and 13 seconds through DST changes and odd offsets', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns'];
    // Around the spring and autumn changes of 2026 in these zones, and the turn of the year.
    const spans = ['2026-03-07T00:00:00Z', '2026-03-28T00:00:00Z', '2026-04-04T00:00:00Z', '2026-10-03T00:00:00Z', '2026-10-24T00:00:00Z', '2026-10-31T00:00:00Z', '2026-12-31T00:00:00Z'];
    let checked = 0;
    for (const tz of zones) {
      for (const span of spans) {
        const from = Date.parse(span);
        for (let ms = from; ms < from + 3 * 86_400_000; ms += 433_000) {
          const stamp = new Date(ms).toISOString();
          expect(localTime(stamp, tz), `${stamp} in ${tz}`).toBe(intl(stamp, tz));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('reads stamps written with an offset, keeps null empty and refuses what is not a time', () => {
    expect(localTime('2026-12-05T00:10:00+08:00', 'Asia/Shanghai')).toBe('2026-12-05 00:10');
    expect(localTime('2026-12-04T16:10:59.999Z', 'Asia/Shanghai')).toBe('2026-12-05 00:10');
    expect(localTime(null, 'Asia/Shanghai')).toBeNull();
    expect(() => localTime('yesterday', 'Asia/Shanghai')).toThrow(RangeError);
  });
});

describe('textsFor', () => {
  it('fills each call its own values though the words are kept, keeps languages apart and reads an unknown key as itself', () => {
    const zh = textsFor('zh-CN');
    const en = textsFor('en');
    expect(zh.t('sheet.total', { count: 3 })).toBe('合计：3 条');
    expect(zh.t('sheet.total', { count: 16 })).toBe('合计：16 条');
    expect(zh.t('sheet.total')).toBe('合计：{{count}} 条');
    expect(en.t('sheet.total', { count: 16 })).not.toBe(zh.t('sheet.total', { count: 16 }));
    expect(en.t('value.yes')).not.toBe(zh.t('value.yes'));
    expect(zh.t('common:enums.parentRelation.father')).toBe('父亲');
    expect(zh.t('no.such.key')).toBe('no.such.key');
  });
});
