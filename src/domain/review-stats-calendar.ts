// A run of consecutive study days around today, built once, so hundreds of thousands of log entries and due dates
// can be put on their study day by a binary search instead of local-time Date arithmetic for each one.
import { studyDayKey, studyDayStart } from './study-day';

export interface StudyDayRange {
  /** Start of each study day, then the end of the last one (one more value than `keys`, ascending). */
  starts: number[];
  /** Calendar date on which each study day began ("2026-11-27"). */
  keys: string[];
  /** Index of the study day containing `now`. */
  today: number;
}

/** The study days from `daysBefore` days before the one containing `now` to `daysAfter` days after it. */
export function studyDaysAround(now: number, daysBefore: number, daysAfter: number, dayStartHour: number): StudyDayRange {
  const today = new Date(studyDayStart(now, dayStartHour));
  const starts: number[] = [];
  const keys: string[] = [];
  // Local dates step over DST changes the way study-day.ts does.
  for (let offset = -daysBefore; offset <= daysAfter + 1; offset += 1) {
    const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset, dayStartHour).getTime();
    starts.push(start);
    if (offset <= daysAfter) keys.push(studyDayKey(start, dayStartHour));
  }
  return { starts, keys, today: daysBefore };
}

/** Index of the study day containing `at`, or -1 when `at` is outside the range. */
export function dayIndexIn(range: Pick<StudyDayRange, 'starts'>, at: number): number {
  const { starts } = range;
  if (!(at >= starts[0]) || at >= starts[starts.length - 1]) return -1;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Whole calendar days from one day key to another ("2026-11-27" → "2026-12-01" is 4). */
export function daysBetweenKeys(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
