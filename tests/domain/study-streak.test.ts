// Home reads the streak from the end of the log; the statistics build it from the whole calendar. They must agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultStudySettings, type ReviewEntry } from '../../src/domain/progress';
import { reviewStats } from '../../src/domain/review-stats';
import { studyStreakOf } from '../../src/domain/study-streak';
import { DAY_MS, NOW } from './srs-test-cards';
import { deckLog, deckProgress } from '../study-data-kit';

const HOUR_MS = 3_600_000;

// A grade on each of the last `span` days (and one tomorrow) but the days left out, a few on some days: streaks of
// every length, ending today, yesterday or earlier.
const logArbitrary = fc
  .record({
    span: fc.integer({ min: 0, max: 30 }),
    skipped: fc.uniqueArray(fc.integer({ min: -1, max: 30 }), { maxLength: 4 }),
    times: fc.array(fc.integer({ min: 0, max: DAY_MS - 1 }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ span, skipped, times }) => {
    const entries: ReviewEntry[] = [];
    for (let daysAgo = -1; daysAgo <= span; daysAgo += 1) {
      if (skipped.includes(daysAgo)) continue;
      for (const within of times) {
        entries.push({
          cardId: 'geology/definition/basalt',
          at: NOW - daysAgo * DAY_MS - within,
          rating: 3,
          stateBefore: 2,
          durationMs: 5000,
          origin: 'review',
        });
      }
    }
    return entries;
  });

describe('the study streak read from the end of the log', () => {
  it('is the statistics’ streak, for any log and day start hour', () => {
    fc.assert(
      fc.property(logArbitrary, fc.integer({ min: 0, max: 23 }), (entries, dayStartHour) => {
        const log = deckLog(entries);
        const settings = { ...defaultStudySettings, dayStartHour };
        expect(studyStreakOf(log, NOW, dayStartHour)).toEqual(reviewStats({ cards: [], progress: deckProgress({}), log, now: NOW, settings }).streak);
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('counts today and the days before it, stops at the first day without a grade and ignores grades after now', () => {
    const graded = (at: number): ReviewEntry => ({ cardId: 'geology/definition/basalt', at, rating: 3, stateBefore: 2, durationMs: 5000, origin: 'review' });
    const hour = defaultStudySettings.dayStartHour;
    const threeDays = deckLog([graded(NOW - 5 * DAY_MS), graded(NOW - 2 * DAY_MS), graded(NOW - DAY_MS), graded(NOW), graded(NOW + 2 * DAY_MS)]);
    expect(studyStreakOf(threeDays, NOW, hour)).toMatchObject({ days: 3, studiedToday: true });
    expect(studyStreakOf(deckLog([graded(NOW - DAY_MS)]), NOW, hour)).toMatchObject({ days: 1, studiedToday: false });
    expect(studyStreakOf(deckLog([graded(NOW - 2 * DAY_MS - HOUR_MS)]), NOW, hour)).toEqual({ days: 0, lastDay: null, studiedToday: false });
  });
});
