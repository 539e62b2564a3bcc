import fc from 'fast-check';
import { createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { defaultStudySettings, Rating, State, type Grade, type SchedulingState } from '../../src/domain/progress';
import {
  formatInterval,
  fromFsrsCard,
  gradeCard,
  isLeech,
  newSchedulingState,
  previewIntervals,
  retrievability,
  schedulerOptionsFrom,
  toFsrsCard,
  undoGrade,
  type SchedulerOptions,
} from '../../src/domain/scheduler';
import { DAY_MS, MINUTE_MS, NOW } from './srs-test-cards';

const options: SchedulerOptions = { desiredRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: false };

/** Grades in turn, each given exactly when the card is due; returns every state reached. */
function gradeOnDueDates(start: SchedulingState, grades: Grade[], opts = options): SchedulingState[] {
  const states: SchedulingState[] = [];
  let state = start;
  for (const grade of grades) {
    state = gradeCard(state, grade, state.due, opts).next;
    states.push(state);
  }
  return states;
}

function graduated(opts = options): SchedulingState {
  const [, review] = gradeOnDueDates(newSchedulingState(NOW), [3, 3], opts);
  return review;
}

describe('newSchedulingState', () => {
  it('is a new card due now that was never reviewed', () => {
    expect(newSchedulingState(NOW)).toEqual({
      due: NOW,
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: State.New,
      lastReview: null,
    });
  });
});

describe('gradeCard on a new card (learning steps 1m, 10m)', () => {
  it('Good moves to the second step, due in 10 minutes', () => {
    const { next, entryStateBefore } = gradeCard(newSchedulingState(NOW), Rating.Good, NOW, options);
    expect(entryStateBefore).toBe(0);
    expect(next.state).toBe(1);
    expect(next.learningSteps).toBe(1);
    expect(next.due).toBe(NOW + 10 * MINUTE_MS);
    expect(next.lastReview).toBe(NOW);
    expect(next.reps).toBe(1);
  });

  it('Again stays on the first step, due in 1 minute, as often as it is pressed', () => {
    const states = gradeOnDueDates(newSchedulingState(NOW), [1, 1, 1]);
    expect(states.map((s) => s.state)).toEqual([1, 1, 1]);
    expect(states.map((s) => s.learningSteps)).toEqual([0, 0, 0]);
    expect(states.map((s) => s.due - s.lastReview!)).toEqual([MINUTE_MS, MINUTE_MS, MINUTE_MS]);
  });

  it('Good on the last step graduates the card to review, due in days', () => {
    const [step, review] = gradeOnDueDates(newSchedulingState(NOW), [3, 3]);
    expect(review.state).toBe(2);
    expect(review.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(review.due).toBe(step.due + review.scheduledDays * DAY_MS);
  });

  it('Easy skips the steps and schedules a review days ahead', () => {
    const { next } = gradeCard(newSchedulingState(NOW), Rating.Easy, NOW, options);
    expect(next.state).toBe(2);
    expect(next.scheduledDays).toBe(8);
    expect(next.due).toBe(NOW + 8 * DAY_MS);
  });
});

describe('gradeCard on a review card', () => {
  it('Again is a lapse: relearning, due in 10 minutes, lapses counted', () => {
    const review = graduated();
    const { next, entryStateBefore } = gradeCard(review, Rating.Again, review.due, options);
    expect(entryStateBefore).toBe(2);
    expect(next.state).toBe(3);
    expect(next.lapses).toBe(1);
    expect(next.due).toBe(review.due + 10 * MINUTE_MS);
    expect(next.stability).toBeLessThan(review.stability);
  });

  it('Good after relearning returns the card to review', () => {
    const review = graduated();
    const [relearning, back] = gradeOnDueDates(review, [1, 3]);
    expect(relearning.state).toBe(3);
    expect(back.state).toBe(2);
    expect(back.lapses).toBe(1);
  });

  it('intervals grow with each Good given on time', () => {
    const states = gradeOnDueDates(graduated(), [3, 3, 3, 3, 3]);
    const intervals = states.map((s) => s.scheduledDays);
    intervals.slice(1).forEach((interval, i) => expect(interval).toBeGreaterThan(intervals[i]));
  });

  it('Hard < Good < Easy for the same review', () => {
    const review = graduated();
    const [hard, good, easy] = ([2, 3, 4] as Grade[]).map((g) => gradeCard(review, g, review.due, options).next);
    expect(hard.scheduledDays).toBeLessThan(good.scheduledDays);
    expect(good.scheduledDays).toBeLessThan(easy.scheduledDays);
  });
});

describe('Easy past Good', () => {
  it('gives Easy a longer interval than Good in every state, fuzz on or off, below the maximum (as Anki ensures)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Grade>(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy), { maxLength: 14 }),
        fc.boolean(),
        fc.nat(5 * DAY_MS),
        (grades, enableFuzz, late) => {
          const opts = { ...options, enableFuzz };
          let state = newSchedulingState(NOW);
          for (const grade of [...grades, Rating.Good as Grade]) {
            const at = state.due + late;
            const preview = previewIntervals(state, at, opts);
            const good = gradeCard(state, Rating.Good, at, opts).next;
            const easy = gradeCard(state, Rating.Easy, at, opts).next;
            expect(easy.due).toBe(preview[Rating.Easy].due);
            if (good.scheduledDays < opts.maximumIntervalDays) expect(easy.due, `state ${state.state}`).toBeGreaterThan(good.due);
            state = gradeCard(state, grade, at, opts).next;
          }
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('settings', () => {
  it('a lower desired retention gives longer intervals, a higher one shorter', () => {
    const goodIntervalAt = (desiredRetention: number) => {
      const opts = { ...options, desiredRetention };
      const states = gradeOnDueDates(newSchedulingState(NOW), [3, 3, 3, 3], opts);
      return states[3].scheduledDays;
    };
    expect(goodIntervalAt(0.8)).toBeGreaterThan(goodIntervalAt(0.9));
    expect(goodIntervalAt(0.9)).toBeGreaterThan(goodIntervalAt(0.95));
  });

  it('desired retention is clamped to 0.70–0.97 and the maximum interval to whole days', () => {
    const opts = (desiredRetention: number, maximumIntervalDays = 365) =>
      schedulerOptionsFrom({ ...defaultStudySettings, desiredRetention, maximumIntervalDays }, false);
    expect(opts(0.5).desiredRetention).toBe(0.7);
    expect(opts(0.99).desiredRetention).toBe(0.97);
    expect(opts(0.85).desiredRetention).toBe(0.85);
    expect(opts(Number.NaN).desiredRetention).toBe(0.9);
    expect(opts(0.9, 0).maximumIntervalDays).toBe(1);
    expect(opts(0.9, 99999).maximumIntervalDays).toBe(36500);
    expect(opts(0.9, 30.4).maximumIntervalDays).toBe(30);
    expect(schedulerOptionsFrom(defaultStudySettings, true)).toEqual({
      desiredRetention: 0.9,
      maximumIntervalDays: 36500,
      enableFuzz: true,
    });
  });

  it('a retention outside the range schedules exactly like its clamp', () => {
    const review = graduated();
    const low = gradeCard(review, Rating.Good, review.due, { ...options, desiredRetention: 0.3 }).next;
    const clamped = gradeCard(review, Rating.Good, review.due, { ...options, desiredRetention: 0.7 }).next;
    expect(low).toEqual(clamped);
  });

  it('the maximum interval caps every interval', () => {
    const capped = { ...options, maximumIntervalDays: 30 };
    const states = gradeOnDueDates(newSchedulingState(NOW), [3, 3, 4, 4, 4, 4, 4], capped);
    const intervals = states.map((s) => s.scheduledDays);
    expect(Math.max(...intervals)).toBe(30);
    expect(states.at(-1)!.due - states.at(-2)!.due).toBe(30 * DAY_MS);
  });

  it('the cap holds for Easy too, where ts-fsrs alone would go past it to keep Good < Easy', () => {
    const capped = { ...options, maximumIntervalDays: 30 };
    const mature = gradeOnDueDates(newSchedulingState(NOW), [3, 3, 4, 4, 4], capped).at(-1)!;
    const preview = previewIntervals(mature, mature.due, capped);
    expect([2, 3, 4].map((g) => preview[g as Grade].due - mature.due)).toEqual([30 * DAY_MS, 30 * DAY_MS, 30 * DAY_MS]);
    expect(gradeCard(mature, Rating.Easy, mature.due, capped).next.scheduledDays).toBe(30);
    expect(preview[4].label).toBe('30d');
  });

  it('with fuzz off the same grade at the same time always gives the same state', () => {
    const review = graduated();
    const runs = [1, 2, 3].map(() => gradeCard(review, Rating.Good, review.due + 2 * DAY_MS, options).next);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('fuzz spreads long intervals around the unfuzzed one, reproducibly for the same review', () => {
    const fuzzed = { ...options, enableFuzz: true };
    const long = gradeOnDueDates(newSchedulingState(NOW), [3, 3, 3, 3, 3]).at(-1)!;
    const reviewTimes = Array.from({ length: 20 }, (_, i) => long.due + i * MINUTE_MS);
    const plain = reviewTimes.map((at) => gradeCard(long, Rating.Good, at, options).next.scheduledDays);
    const spread = reviewTimes.map((at) => gradeCard(long, Rating.Good, at, fuzzed).next.scheduledDays);
    expect(new Set(plain).size).toBe(1);
    expect(new Set(spread).size).toBeGreaterThan(1);
    spread.forEach((days) => expect(Math.abs(days - plain[0])).toBeLessThanOrEqual(Math.ceil(plain[0] * 0.15)));
    expect(reviewTimes.map((at) => gradeCard(long, Rating.Good, at, fuzzed).next.scheduledDays)).toEqual(spread);
  });

  it('a grade given before the last review (clock went back) counts as no time passed', () => {
    const review = graduated();
    const early = gradeCard(review, Rating.Good, review.lastReview! - DAY_MS, options).next;
    const atLastReview = gradeCard(review, Rating.Good, review.lastReview!, options).next;
    expect(early).toEqual(atLastReview);
  });
});

describe('previewIntervals', () => {
  it('shows the learning steps of a new card like Anki: 1m, 6m, 10m, 8d', () => {
    const preview = previewIntervals(newSchedulingState(NOW), NOW, options);
    expect([1, 2, 3, 4].map((g) => preview[g as Grade].label)).toEqual(['1m', '6m', '10m', '8d']);
    expect(preview[1]).toEqual({ grade: 1, due: NOW + MINUTE_MS, label: '1m' });
  });

  it('matches what grading gives, for every grade, on cards in every state', () => {
    const review = graduated();
    const states = [
      newSchedulingState(NOW),
      gradeCard(newSchedulingState(NOW), Rating.Good, NOW, options).next,
      review,
      gradeCard(review, Rating.Again, review.due, options).next,
    ];
    for (const opts of [options, { ...options, enableFuzz: true }]) {
      for (const state of states) {
        const at = state.due + 3 * DAY_MS;
        const preview = previewIntervals(state, at, opts);
        for (const grade of [1, 2, 3, 4] as Grade[]) {
          expect(preview[grade].due).toBe(gradeCard(state, grade, at, opts).next.due);
        }
      }
    }
  });
});

describe('formatInterval', () => {
  it('uses the largest fitting unit, whole for seconds, minutes and days, one decimal beyond', () => {
    expect(formatInterval(30_000)).toBe('30s');
    expect(formatInterval(MINUTE_MS)).toBe('1m');
    expect(formatInterval(10 * MINUTE_MS)).toBe('10m');
    expect(formatInterval(90 * MINUTE_MS)).toBe('1.5h');
    expect(formatInterval(DAY_MS)).toBe('1d');
    expect(formatInterval(29 * DAY_MS)).toBe('29d');
    expect(formatInterval(97 * DAY_MS)).toBe('3.2mo');
    expect(formatInterval(365 * DAY_MS)).toBe('1y');
    expect(formatInterval(420 * DAY_MS)).toBe('1.2y');
  });
});

describe('retrievability', () => {
  it('is null for a card never studied', () => {
    expect(retrievability(newSchedulingState(NOW), NOW + DAY_MS, options)).toBeNull();
  });

  it('decreases day by day after a review', () => {
    const review = graduated();
    const days = [0, 1, 5, 20, 100];
    const values = days.map((d) => retrievability(review, review.lastReview! + d * DAY_MS, options)!);
    expect(values[0]).toBe(1);
    values.slice(1).forEach((value, i) => expect(value).toBeLessThan(values[i]));
  });

  it('is about the desired retention when the card falls due', () => {
    const review = gradeOnDueDates(graduated(), [3, 3]).at(-1)!;
    expect(retrievability(review, review.due, options)).toBeCloseTo(0.9, 2);
  });

  it('matches ts-fsrs get_retrievability', () => {
    const reference = fsrs(generatorParameters({ enable_fuzz: false }));
    const review = gradeOnDueDates(graduated(), [3, 1, 3]).at(-1)!;
    const at = review.due + 17 * DAY_MS;
    expect(retrievability(review, at, options)).toBe(reference.get_retrievability(toFsrsCard(review), new Date(at), false));
  });
});

describe('Date and epoch-ms conversion', () => {
  it('round-trips ts-fsrs cards', () => {
    const review = graduated();
    expect(fromFsrsCard(toFsrsCard(review))).toEqual(review);
    expect(fromFsrsCard(createEmptyCard(new Date(NOW)))).toEqual(newSchedulingState(NOW));
  });
});

describe('undoGrade', () => {
  it('restores the exact state before the grade, including the due date ts-fsrs rollback does not keep', () => {
    const review = graduated();
    const at = review.due + 3 * DAY_MS + 7 * MINUTE_MS;
    const { next, undo } = gradeCard(review, Rating.Again, at, options);
    expect(undo.before).toEqual(review);
    const rolledBackByFsrsAlone = fromFsrsCard(
      fsrs(generatorParameters({ enable_fuzz: false })).rollback(toFsrsCard(next), {
        ...undo.log,
        due: new Date(undo.log.due),
        review: new Date(undo.log.review),
        elapsed_days: undo.log.elapsedDays,
        last_elapsed_days: undo.log.lastElapsedDays,
        scheduled_days: undo.log.scheduledDays,
        learning_steps: undo.log.learningSteps,
      }),
    );
    expect(rolledBackByFsrsAlone.due).toBe(at);
    expect({ ...rolledBackByFsrsAlone, due: review.due }).toEqual(review);
    expect(undoGrade(next, undo, options)).toEqual(review);
  });
});

describe('isLeech', () => {
  it('flags a card at its 8th lapse', () => {
    let state = graduated();
    const lapsesSeen: Array<[number, boolean]> = [];
    for (let lapse = 1; lapse <= 8; lapse += 1) {
      [state] = gradeOnDueDates(state, [1]);
      lapsesSeen.push([state.lapses, isLeech(state)]);
      [state] = gradeOnDueDates(state, [3]);
    }
    expect(lapsesSeen).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [7, false],
      [8, true],
    ]);
    expect(isLeech(state)).toBe(true);
  });
});

describe('trained FSRS parameters', () => {
  const trained = [1.5, 3.5, 7, 18, 6.9, 0.6, 2.4, 0.02, 1.6, 0.12, 1.1, 1.8, 0.08, 0.35, 1.4, 0.4, 2.2, 0.4, 0.1, 0.05, 0.5];

  it('come from the settings and change the schedule and the predicted recall', () => {
    const withTrained = schedulerOptionsFrom({ ...defaultStudySettings, fsrsParameters: trained }, false);
    expect(withTrained.parameters).toEqual(trained);
    const [, defaultGood] = gradeOnDueDates(newSchedulingState(NOW), [Rating.Good, Rating.Good]);
    const [, trainedGood] = gradeOnDueDates(newSchedulingState(NOW), [Rating.Good, Rating.Good], withTrained);
    expect(trainedGood.stability).not.toBeCloseTo(defaultGood.stability, 1);
    const at = trainedGood.lastReview! + 10 * DAY_MS;
    expect(retrievability(trainedGood, at, withTrained)).not.toBeCloseTo(retrievability(trainedGood, at, options)!, 3);
  });
});
