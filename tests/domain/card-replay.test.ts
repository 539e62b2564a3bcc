import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardTimeline, isUntouchedNewState, replayCard, type CardLogEntry } from '../../src/domain/card-replay';
import { type Grade, type ManualEntry, type ReviewEntry, State } from '../../src/domain/progress';
import { gradeCard, newSchedulingState, type SchedulerOptions } from '../../src/domain/scheduler';

const T0 = Date.UTC(2026, 10, 27, 9, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;
const CARD = 'kubernetes-architecture/definition/kubelet';
const fuzzed: SchedulerOptions = { desiredRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: true };
const unfuzzed: SchedulerOptions = { ...fuzzed, enableFuzz: false };

const review = (at: number, rating: Grade): ReviewEntry => ({ cardId: CARD, at, rating, stateBefore: State.New, durationMs: 5000, origin: 'review' });
const forget = (at: number): ManualEntry => ({ cardId: CARD, at, action: 'forget' });

/** Grades a card step by step as the store does, each grade when the card is due (plus `late`). */
function gradedOnDueDates(grades: Grade[], options: SchedulerOptions, late = 0) {
  let state = newSchedulingState(T0);
  const log: ReviewEntry[] = [];
  let at = T0;
  for (const grade of grades) {
    at = Math.max(at + 1000, state.due + late);
    state = gradeCard(state, grade, at, options).next;
    log.push(review(at, grade));
  }
  return { state, log };
}

describe('replaying a card’s log', () => {
  it('gives the state grading gave, with fuzz on', () => {
    const { state, log } = gradedOnDueDates([3, 3, 3, 1, 3, 4, 3, 3], fuzzed, 3 * 3_600_000);
    expect(replayCard(log, fuzzed)).toEqual(state);
  });

  it('is deterministic under fuzz: ts-fsrs seeds it from the review time and the card, so a replay repeats exactly', () => {
    const { log } = gradedOnDueDates([3, 3, 3, 3, 3, 3], fuzzed);
    const once = replayCard(log, fuzzed);
    expect(replayCard([...log], fuzzed)).toEqual(once);
    // Fuzz does move long intervals, so the check above is about fuzz and not about its absence.
    expect(replayCard(log, unfuzzed)?.due).not.toBe(once?.due);
  });

  it('makes the card new at the time of a forget, and grades after it start from new', () => {
    const { log } = gradedOnDueDates([3, 3, 3], unfuzzed);
    const forgotAt = log.at(-1)!.at + DAY;
    expect(replayCard([...log, forget(forgotAt)], unfuzzed)).toEqual(newSchedulingState(forgotAt));
    const again = review(forgotAt + MINUTE, 3);
    expect(replayCard([...log, forget(forgotAt), again], unfuzzed)).toEqual(gradeCard(newSchedulingState(forgotAt), 3, again.at, unfuzzed).next);
  });

  it('is null for a card with no entries, and a new card’s creation time does not change a first grade', () => {
    expect(replayCard([], fuzzed)).toBeNull();
    const first = review(T0 + DAY, 3);
    expect(replayCard([first], fuzzed)).toEqual(gradeCard(newSchedulingState(T0 - 30 * DAY), 3, first.at, fuzzed).next);
  });

  it('orders grades and manual changes by time', () => {
    const entries: CardLogEntry[] = cardTimeline([review(T0 + 2 * MINUTE, 3), review(T0, 1)], [forget(T0 + MINUTE)]);
    expect(entries.map((entry) => entry.at)).toEqual([T0, T0 + MINUTE, T0 + 2 * MINUTE]);
  });

  it('equals grading in turn for any log of grades and forgets', () => {
    const step = fc.record({ gap: fc.integer({ min: 1, max: 60 * 24 * 90 }), grade: fc.constantFrom<Grade | 0>(0, 1, 2, 3, 4) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), fc.boolean(), (steps, fuzz) => {
        const options = fuzz ? fuzzed : unfuzzed;
        let at = T0;
        let state = newSchedulingState(T0);
        const entries: CardLogEntry[] = [];
        for (const { gap, grade } of steps) {
          at += gap * MINUTE;
          if (grade === 0) {
            entries.push(forget(at));
            state = newSchedulingState(at);
          } else {
            entries.push(review(at, grade));
            state = gradeCard(state, grade, at, options).next;
          }
        }
        const replayed = replayCard(entries, options);
        if (replayed === null) expect(isUntouchedNewState(state)).toBe(true);
        else expect(replayed).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});
