import { afterEach, describe, expect, it } from 'vitest';
import { isSameStudyDay, nextStudyDayStart, studyDayKey, studyDayStart } from '../../src/domain/study-day';

const HOUR_MS = 3_600_000;
const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour, minute);

describe('study days starting at 4 am (TZ=UTC)', () => {
  it('03:59 still belongs to the previous study day, 04:00 starts the next', () => {
    expect(studyDayKey(at(27, 3, 59), 4)).toBe('2026-11-26');
    expect(studyDayKey(at(27, 4, 0), 4)).toBe('2026-11-27');
    expect(studyDayKey(at(27, 23, 59), 4)).toBe('2026-11-27');
  });

  it('a day starts at 04:00 local time and the next one 24 hours later', () => {
    expect(studyDayStart(at(27, 9), 4)).toBe(at(27, 4));
    expect(studyDayStart(at(27, 3, 59), 4)).toBe(at(26, 4));
    expect(studyDayStart(at(27, 4), 4)).toBe(at(27, 4));
    expect(nextStudyDayStart(at(27, 9), 4)).toBe(at(28, 4));
    expect(nextStudyDayStart(at(27, 3, 59), 4)).toBe(at(27, 4));
  });

  it('a late-night session is the same study day as the evening before it', () => {
    expect(isSameStudyDay(at(26, 23), at(27, 3, 59), 4)).toBe(true);
    expect(isSameStudyDay(at(27, 3, 59), at(27, 4), 4)).toBe(false);
    expect(isSameStudyDay(at(27, 4), at(27, 23, 59), 4)).toBe(true);
  });

  it('with a midnight start, days are calendar days', () => {
    expect(studyDayKey(at(27, 0), 0)).toBe('2026-11-27');
    expect(studyDayKey(at(26, 23, 59), 0)).toBe('2026-11-26');
    expect(isSameStudyDay(at(27, 0), at(27, 3), 0)).toBe(true);
  });

  it('crosses month and year ends', () => {
    expect(studyDayKey(Date.UTC(2026, 11, 1, 2), 4)).toBe('2026-11-30');
    expect(studyDayKey(Date.UTC(2027, 0, 1, 3), 4)).toBe('2026-12-31');
    expect(nextStudyDayStart(Date.UTC(2026, 11, 31, 12), 4)).toBe(Date.UTC(2027, 0, 1, 4));
  });
});

describe('study days in a zone with daylight saving time', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('follow local 4 am across the autumn change, making that study day 25 hours long', () => {
    process.env.TZ = 'Europe/Berlin';
    // 25 Oct 2026: clocks go back from 03:00 CEST to 02:00 CET.
    const noon = Date.UTC(2026, 9, 25, 11);
    const start = studyDayStart(noon, 4);
    expect(start).toBe(Date.UTC(2026, 9, 25, 3)); // 04:00 CET
    expect(studyDayStart(start - 1, 4)).toBe(Date.UTC(2026, 9, 24, 2)); // 04:00 CEST
    expect(nextStudyDayStart(noon, 4) - start).toBe(24 * HOUR_MS);
    expect(start - studyDayStart(start - 1, 4)).toBe(25 * HOUR_MS);
    expect(studyDayKey(noon, 4)).toBe('2026-10-25');
  });
});
