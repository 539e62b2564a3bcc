import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grade, SchedulingState } from '../../src/domain/progress';
import { gradeCard, newSchedulingState, undoGrade, type SchedulerOptions } from '../../src/domain/scheduler';
import { DAY_MS, NOW } from './srs-test-cards';

const grade = fc.constantFrom<Grade>(1, 2, 3, 4);
// From seconds to a year: learning steps, same-day reviews, on-time, late and very late reviews.
const delay = fc.oneof(fc.integer({ min: 0, max: DAY_MS }), fc.integer({ min: 0, max: 400 * DAY_MS }));
const step = fc.record({ grade, delay });
const history = fc.array(step, { maxLength: 30 });

function replay(steps: Array<{ grade: Grade; delay: number }>, options: SchedulerOptions) {
  let state: SchedulingState = newSchedulingState(NOW);
  let at = NOW;
  for (const { grade: g, delay: d } of steps) {
    at += d;
    state = gradeCard(state, g, at, options).next;
  }
  return { state, at };
}

describe('undoGrade (ts-fsrs rollback)', () => {
  for (const enableFuzz of [false, true]) {
    it(`restores any reachable state exactly after any grade (fuzz ${enableFuzz ? 'on' : 'off'})`, () => {
      const options: SchedulerOptions = { desiredRetention: 0.9, maximumIntervalDays: 36500, enableFuzz };
      fc.assert(
        fc.property(history, step, (steps, last) => {
          const { state, at } = replay(steps, options);
          const { next, undo } = gradeCard(state, last.grade, at + last.delay, options);
          const restored = undoGrade(next, undo, options);
          expect(restored).toStrictEqual(state);
          Object.keys(state).forEach((key) => {
            expect(Object.is(restored[key as keyof SchedulingState], state[key as keyof SchedulingState])).toBe(true);
          });
        }),
        { numRuns: 300, seed: enableFuzz ? 20261127 : 42 },
      );
    });
  }

  it('restores states reached under a low retention and a short maximum interval', () => {
    const options: SchedulerOptions = { desiredRetention: 0.75, maximumIntervalDays: 45, enableFuzz: true };
    fc.assert(
      fc.property(history, step, (steps, last) => {
        const { state, at } = replay(steps, options);
        const { next, undo } = gradeCard(state, last.grade, at + last.delay, options);
        expect(undoGrade(next, undo, options)).toStrictEqual(state);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('undoing a stack of grades in reverse order walks back to the new card', () => {
    const options: SchedulerOptions = { desiredRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: false };
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        const start = newSchedulingState(NOW);
        let state = start;
        let at = NOW;
        const stack = [];
        for (const { grade: g, delay: d } of steps) {
          at += d;
          const result = gradeCard(state, g, at, options);
          stack.push(result.undo);
          state = result.next;
        }
        while (stack.length > 0) state = undoGrade(state, stack.pop()!, options);
        expect(state).toStrictEqual(start);
      }),
      { numRuns: 100, seed: 3 },
    );
  });
});
