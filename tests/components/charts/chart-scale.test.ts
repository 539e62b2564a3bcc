// The scales and the calendar layout behind the hand-drawn charts.
import { describe, expect, it } from 'vitest';
import { calendarGrid } from '../../../src/components/charts/calendar-grid';
import { heatLevel, labelledIndexes, niceMax } from '../../../src/components/charts/chart-scale';
import { addDays, formatDayKey, weekdayOf } from '../../../src/components/day-label';

describe('niceMax', () => {
  it('rounds the tallest bar up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 0.4, 1, 3, 7, 10, 11, 38, 200, 201, 4321].map(niceMax)).toEqual([1, 1, 1, 5, 10, 10, 20, 50, 200, 500, 5000]);
  });
});

describe('heatLevel', () => {
  it('is 0 for no reviews and 1–4 in proportion to the busiest day, so a single review still shows', () => {
    expect([0, 1, 25, 26, 50, 75, 99, 100].map((count) => heatLevel(count, 100))).toEqual([0, 1, 1, 2, 2, 3, 4, 4]);
    expect(heatLevel(0, 0)).toBe(0);
  });
});

describe('labelledIndexes', () => {
  it('labels every few bars from the first, and the last', () => {
    expect([...labelledIndexes(30, 6)]).toEqual([0, 6, 12, 18, 24, 29]);
    expect([...labelledIndexes(12, 6)]).toEqual([0, 3, 6, 9, 11]);
    // The last bar takes the place of one too close to it.
    expect([...labelledIndexes(7, 3)]).toEqual([0, 3, 6]);
    expect([...labelledIndexes(8, 3)]).toEqual([0, 4, 7]);
    expect([...labelledIndexes(8, 4)]).toEqual([0, 3, 7]);
    expect([...labelledIndexes(4, 6)]).toEqual([0, 1, 2, 3]);
    expect(labelledIndexes(0, 6).size).toBe(0);
  });
});

describe('day keys', () => {
  it('step over month ends and name weekdays Monday first', () => {
    expect(addDays('2026-11-27', 5)).toBe('2026-12-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-11-30')).toBe(0);
    expect(weekdayOf('2026-11-29')).toBe(6);
    expect(formatDayKey('2026-11-27', 'long')).toBe('Friday 27 November 2026');
    expect(formatDayKey('2026-11-27', 'weekday')).toBe('Fri 27 Nov');
    expect(formatDayKey('2026-11-27')).toBe('27 Nov');
  });
});

describe('calendarGrid', () => {
  const grid = calendarGrid('2025-11-28', '2026-11-27', { '2026-11-27': 3, '2026-11-24': 7 });

  it('puts each day in its week column and weekday row, Monday first', () => {
    expect(grid.cells).toHaveLength(365);
    // 28 Nov 2025 is a Friday: the first column starts on the Monday before.
    expect(grid.cells[0]).toEqual({ day: '2025-11-28', week: 0, weekday: 4, count: 0 });
    expect(grid.cells.at(-1)).toEqual({ day: '2026-11-27', week: 52, weekday: 4, count: 3 });
    expect(grid.weeks).toBe(53);
    expect(grid.busiest).toBe(7);
  });

  it('names each month over the week it begins in, leaving out the first month when it has no room', () => {
    // November 2025 has three days in the grid, too few weeks for its name before December's.
    expect(grid.months[0]).toEqual({ week: 1, label: 'Dec' });
    expect(grid.months.map((month) => month.label)).toEqual(['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov']);
  });
});
