import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../electron/services/exports/csv';
import { joinName, safeName } from '../../../electron/services/exports/names';
import { correctionDueAt, dueAt, mondayOfWeek, weekOf, weekRange, weeksBetween } from '../../../electron/services/exports/week';

describe('ISO weeks', () => {
  it('names the week of a date, across year ends', () => {
    expect(weekOf('2026-11-16')).toBe('2026-W47');
    expect(weekOf('2026-11-22')).toBe('2026-W47');
    expect(weekOf('2026-12-31')).toBe('2026-W53');
    expect(weekOf('2027-01-03')).toBe('2026-W53');
    expect(weekOf('2027-01-04')).toBe('2027-W01');
    expect(weekOf('2024-12-30')).toBe('2025-W01');
  });

  it('finds the Monday of a week and refuses weeks a year does not have', () => {
    expect(mondayOfWeek('2026-W47')).toBe('2026-11-16');
    expect(mondayOfWeek('2025-W01')).toBe('2024-12-30');
    expect(mondayOfWeek('2026-W53')).toBe('2026-12-28');
    expect(mondayOfWeek('2025-W53')).toBeNull();
    expect(mondayOfWeek('2026-W00')).toBeNull();
    expect(mondayOfWeek('2026-47')).toBeNull();
  });

  it("spans Monday 00:00 to the next Monday 00:00 in the room's zone", () => {
    expect(weekRange('2026-W47', 'Asia/Shanghai')).toEqual({
      week: '2026-W47',
      monday: '2026-11-16',
      sunday: '2026-11-22',
      days: ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'],
      from: '2026-11-16T00:00:00+08:00',
      to: '2026-11-23T00:00:00+08:00',
      timezone: 'Asia/Shanghai',
    });
  });

  it('falls due once the week is over: the export day of the week after, at the export time, local', () => {
    expect(dueAt('2026-11-16', 1, '08:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(dueAt('2026-11-16', 1, '00:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(dueAt('2026-11-16', 5, '19:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-27T11:00:00.000Z');
    // 2026-W53 (28 Dec 2026 – 3 Jan 2027) falls due on Monday 4 January 2027.
    expect(dueAt('2026-12-28', 1, '08:00', 'Asia/Shanghai').toISOString()).toBe('2027-01-04T00:00:00.000Z');
  });

  it('sends a correction at the next export time of any day', () => {
    expect(correctionDueAt('2026-11-30T07:00:00+08:00', '08:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(correctionDueAt('2026-11-30T08:00:00+08:00', '08:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(correctionDueAt('2026-11-30T10:00:00+08:00', '08:00', 'Asia/Shanghai').toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('lists the weeks between two dates, oldest first', () => {
    expect(weeksBetween('2026-12-23', '2027-01-11')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weeksBetween('2026-11-18', '2026-11-16')).toEqual(['2026-W47']);
  });
});

describe('CSV fields (RFC 4180)', () => {
  it('quotes a field with a comma, a quote or a line break, doubling quotes; leaves the rest alone', () => {
    expect(csvField('张小明')).toBe('张小明');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('一\r二')).toBe('"一\r二"');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
  });

  it('starts with a BOM and ends each row with CRLF', () => {
    expect(
      toCsv(
        ['姓名', '备注'],
        [
          ['小红', 'a,"b"'],
          ['小明', null],
        ],
      ).toString('utf8'),
    ).toBe('\uFEFF姓名,备注\r\n小红,"a,""b"""\r\n小明,\r\n');
  });
});

describe('bundle names', () => {
  it('replaces what Windows refuses in a file name and leaves out empty parts', () => {
    expect(safeName('青山/小学: "一"部*?<>|')).toBe('青山_小学_ _一_部_____');
    expect(safeName(' .留守之家. ')).toBe('留守之家');
    expect(joinName('青山小学', '', '2026-W47')).toBe('青山小学-2026-W47');
  });
});
