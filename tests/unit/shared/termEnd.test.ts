import { describe, expect, it } from 'vitest';
import { semesterEndOf } from '../../../shared/termEnd';

describe('semesterEndOf: a generated roster ends with the semester', () => {
  it('ends an autumn term on 31 January, not 20 weeks on in the winter holiday', () => {
    // Monday 31 August 2026 is the week school starts; 20 weeks on was 17 January, into the holiday.
    expect(semesterEndOf('2026-08-31', '06-30')).toBe('2027-01-31');
    expect(semesterEndOf('2026-09-07', '06-30')).toBe('2027-01-31');
    expect(semesterEndOf('2026-11-30', '06-30')).toBe('2027-01-31');
    // A week generated from late December or January still ends with that autumn semester.
    expect(semesterEndOf('2026-12-28', '06-30')).toBe('2027-01-31');
    expect(semesterEndOf('2027-01-25', '06-30')).toBe('2027-01-31');
  });

  it('ends a spring term on the settings day, and a summer start goes to the autumn coming', () => {
    expect(semesterEndOf('2027-02-01', '06-30')).toBe('2027-06-30');
    expect(semesterEndOf('2027-02-22', '07-10')).toBe('2027-07-10');
    expect(semesterEndOf('2027-06-28', '06-30')).toBe('2027-06-30');
    expect(semesterEndOf('2027-07-05', '06-30')).toBe('2028-01-31');
  });
});
