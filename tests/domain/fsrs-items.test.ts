import { describe, expect, it } from 'vitest';
import { checkTrainingSize, fsrsHistories, fsrsItems, packItems, studyDaysBetween } from '../../src/domain/fsrs-items';
import { logLoss, predictItems, recallBin, rmseBins, DEFAULT_FSRS_PARAMETERS } from '../../src/domain/fsrs-evaluation';
import { Rating, State, type Grade, type ReviewEntry } from '../../src/domain/progress';

const HOUR = 3_600_000;
const DAY0 = Date.UTC(2026, 2, 2, 0); // TZ=UTC in tests: 00:00, so 04:00 starts the study day.

function entry(cardId: string, at: number, rating: Grade, origin: ReviewEntry['origin'] = 'review'): ReviewEntry {
  return { cardId, at, rating, stateBefore: State.Review, durationMs: 5000, origin };
}

describe('review log to FSRS items', () => {
  it('counts gaps in study days: a review at 2 am belongs to the evening before', () => {
    expect(studyDaysBetween(DAY0 + 22 * HOUR, DAY0 + 26 * HOUR, 4)).toBe(0);
    expect(studyDaysBetween(DAY0 + 22 * HOUR, DAY0 + 29 * HOUR, 4)).toBe(1);
    expect(studyDaysBetween(DAY0 + 10 * HOUR, DAY0 + 9 * HOUR, 4)).toBe(0);
  });

  it('keeps flashcard grades per card in time order, leaves quiz answers out and restarts after a forget', () => {
    const log = [
      entry('a', DAY0 + 10 * HOUR, Rating.Good),
      entry('b', DAY0 + 11 * HOUR, Rating.Again),
      entry('a', DAY0 + 10 * HOUR + 86_400_000 * 3, Rating.Again),
      entry('a', DAY0 + 12 * HOUR + 86_400_000 * 3, Rating.Good, 'quiz'),
      entry('a', DAY0 + 13 * HOUR + 86_400_000 * 3, Rating.Hard),
      entry('a', DAY0 + 10 * HOUR + 86_400_000 * 10, Rating.Easy),
      entry('a', DAY0 + 10 * HOUR + 86_400_000 * 20, Rating.Good),
    ];
    const manual = [{ cardId: 'a', at: DAY0 + 86_400_000 * 15, action: 'forget' as const }];
    expect(fsrsHistories(log, manual, 4)).toEqual([
      [
        { rating: Rating.Good, deltaT: 0 },
        { rating: Rating.Again, deltaT: 3 },
        { rating: Rating.Hard, deltaT: 0 },
        { rating: Rating.Easy, deltaT: 7 },
      ],
      [{ rating: Rating.Good, deltaT: 0 }],
      [{ rating: Rating.Again, deltaT: 0 }],
    ]);
    const items = fsrsItems(fsrsHistories(log, manual, 4));
    expect(items.map((item) => item.length)).toEqual([2, 3, 4]);
    expect(packItems(items)).toEqual({
      ratings: new Uint32Array([3, 1, 3, 1, 2, 3, 1, 2, 4]),
      deltaTs: new Uint32Array([0, 3, 0, 3, 0, 0, 3, 0, 7]),
      lengths: new Uint32Array([2, 3, 4]),
    });
  });

  it('accepts a log with enough repeat reviews and long-term ones', () => {
    const item = [
      { rating: Rating.Good, deltaT: 0 },
      { rating: Rating.Good, deltaT: 2 },
    ] as const;
    expect(checkTrainingSize(Array.from({ length: 400 }, () => item))).toEqual({ ok: true });
    expect(checkTrainingSize(Array.from({ length: 399 }, () => item)).ok).toBe(false);
  });
});

describe('log loss and RMSE (bins)', () => {
  it('scores predictions as the FSRS benchmark does', () => {
    const predictions = [
      { recall: 0.9, recalled: 1 as const },
      { recall: 0.9, recalled: 0 as const },
    ];
    expect(logLoss(predictions)).toBeCloseTo((-Math.log(0.9) - Math.log(0.1)) / 2, 10);
    // Both in one bin: mean prediction 0.9, observed 0.5.
    expect(rmseBins(predictions)).toBeCloseTo(0.4, 10);
    expect(recallBin(0)).toBe(0);
    expect(recallBin(1)).toBe(19);
    expect(recallBin(0.5)).toBe(3);
  });

  it('predicts only reviews a day or more after the previous one, from the state before them', () => {
    const sameDay = [
      { rating: Rating.Good, deltaT: 0 },
      { rating: Rating.Good, deltaT: 0 },
    ] as const;
    const later = [
      { rating: Rating.Good, deltaT: 0 },
      { rating: Rating.Again, deltaT: 2 },
    ] as const;
    const predictions = predictItems([sameDay, later], DEFAULT_FSRS_PARAMETERS);
    expect(predictions).toHaveLength(1);
    expect(predictions[0].recalled).toBe(0);
    // First Good: stability w[2] = 2.3065 days; two days on, recall is just above 90%.
    expect(predictions[0].recall).toBeGreaterThan(0.9);
    expect(predictions[0].recall).toBeLessThan(0.92);
  });
});
