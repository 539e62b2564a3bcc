// The stats put each grade on its study day by a cursor and a binary search; here they must agree with studyDayKey.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultStudySettings, type ReviewEntry } from '../../src/domain/progress';
import { reviewStats } from '../../src/domain/review-stats';
import { studyDayKey } from '../../src/domain/study-day';
import { DAY_MS, NOW } from './srs-test-cards';
import { deckLog, deckProgress } from '../study-data-kit';

const entryArbitrary = fc.record({
  cardId: fc.constantFrom('a', 'b', 'c'),
  at: fc.integer({ min: NOW - 500 * DAY_MS, max: NOW + 2 * DAY_MS }),
  rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  stateBefore: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  durationMs: fc.integer({ min: 0, max: 60_000 }),
  origin: fc.constantFrom('review' as const, 'quiz' as const),
});

describe('review stats for any log', () => {
  it('count each grade on the study day studyDayKey gives it, sorted or not, for any day start hour', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 200 }), fc.boolean(), fc.integer({ min: 0, max: 23 }), (entries, sorted, dayStartHour) => {
        const log: ReviewEntry[] = sorted ? [...entries].sort((a, b) => a.at - b.at) : entries;
        const stats = reviewStats({ cards: [], progress: deckProgress({}), log: deckLog(log), now: NOW, settings: { ...defaultStudySettings, dayStartHour } });
        const expected: Record<string, number> = {};
        for (const entry of log) {
          const day = studyDayKey(entry.at, dayStartHour);
          if (day >= stats.heatmap.firstDay && day <= stats.today) expected[day] = (expected[day] ?? 0) + 1;
        }
        expect(stats.heatmap.counts).toEqual(expected);
        const buttons = stats.answerButtons.all;
        expect(buttons[1] + buttons[2] + buttons[3] + buttons[4]).toBe(log.length);
        const recent = stats.recentDays.reduce((sum, day) => sum + day.reviews + day.quizAnswers, 0);
        expect(recent).toBe(
          Object.entries(expected)
            .filter(([day]) => day >= stats.recentDays[0].day)
            .reduce((sum, [, count]) => sum + count, 0),
        );
      }),
      { seed: 20261127, numRuns: 200 },
    );
  });
});
