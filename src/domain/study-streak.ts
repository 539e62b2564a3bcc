// The study streak read from the end of the log: it walks back from the newest review and stops at the first study
// day without one, so Home reads a few days of history rather than all of it (years of reviews, 200,000 of them).
// The same figure as the statistics' streak (review-stats.ts), which builds it from the whole calendar.
import type { DeckLog } from './progress';
import type { StudyStreak } from './review-stats';
import { nextStudyDayStart, studyDayKey, studyDayStart } from './study-day';

/** Consecutive study days with at least one grade, ending today, or yesterday when nothing is done yet today. */
export function studyStreakOf(log: DeckLog, now: number, dayStartHour: number): StudyStreak {
  const today = studyDayStart(now, dayStartHour);
  const tomorrow = nextStudyDayStart(now, dayStartHour);
  const dayBefore = (dayStart: number) => studyDayStart(dayStart - 1, dayStartHour);
  let studiedToday = false;
  let chainEnd: number | null = null;
  let current = Infinity;
  let days = 0;
  walk: for (let month = log.months.length - 1; month >= 0; month -= 1) {
    const entries = log.months[month].entries;
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const { at } = entries[index];
      // Later than now (a clock put back): not part of any day so far.
      if (at >= tomorrow || at >= current) continue;
      const day = studyDayStart(at, dayStartHour);
      if (chainEnd === null) {
        if (day === today) studiedToday = true;
        else if (day !== dayBefore(today)) break walk;
        chainEnd = day;
      } else if (day !== dayBefore(current)) break walk;
      current = day;
      days += 1;
    }
  }
  return chainEnd === null ? { days: 0, lastDay: null, studiedToday } : { days, lastDay: studyDayKey(chainEnd, dayStartHour), studiedToday };
}
