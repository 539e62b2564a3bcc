import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/components/duration-text';

describe('a time taken in words', () => {
  it('is said in seconds, minutes and hours, to the second', () => {
    const times = [0, 44_600, 45_000, 60_000, 200_000, 372_000, 3_600_000, 3_780_000, 3_900_000];
    expect(times.map((ms) => formatDuration(ms))).toEqual(['0 s', '45 s', '45 s', '1 min', '3 min 20 s', '6 min 12 s', '1 h', '1 h 3 min', '1 h 5 min']);
  });

  it('is rounded to the minute from a minute up when asked for whole minutes (totals over days)', () => {
    const times = [0, 44_000, 90_000, 59 * 60_000, 60 * 60_000, 65 * 60_000 + 20_000];
    expect(times.map((ms) => formatDuration(ms, { wholeMinutes: true }))).toEqual(['0 s', '44 s', '2 min', '59 min', '1 h', '1 h 5 min']);
  });

  it('is never negative', () => {
    expect(formatDuration(-5_000)).toBe('0 s');
  });
});
