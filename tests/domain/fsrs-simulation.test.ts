import { describe, expect, it } from 'vitest';
import { DEFAULT_FSRS_PARAMETERS } from '../../src/domain/fsrs-evaluation';
import { retentionWorkloads, simulateStudy, type SimulationInput } from '../../src/domain/fsrs-simulation';
import { defaultStudySettings, Rating, type SchedulingState } from '../../src/domain/progress';
import { gradeCard, newSchedulingState, schedulerOptionsFrom } from '../../src/domain/scheduler';

const NOW = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;
const options = schedulerOptionsFrom(defaultStudySettings, false);

/** 300 cards studied over the last 40 days (Good, then Good when due), 200 never studied. */
function deckStates(): (SchedulingState | null)[] {
  const studied = Array.from({ length: 300 }, (_, index) => {
    let state = gradeCard(newSchedulingState(NOW - 40 * DAY), Rating.Good, NOW - (40 - (index % 30)) * DAY, options).next;
    state = gradeCard(state, Rating.Good, state.due + 60_000, options).next;
    if (state.due < NOW - 5 * DAY) state = gradeCard(state, Rating.Good, state.due, options).next;
    return state;
  });
  return [...studied, ...Array.from({ length: 200 }, () => null)];
}

const base: SimulationInput = {
  cards: deckStates(),
  parameters: DEFAULT_FSRS_PARAMETERS,
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  newCardsPerDay: 20,
  reviewsPerDay: 200,
  minutesPerDay: Number.POSITIVE_INFINITY,
  secondsPerReview: 10,
  secondsPerNewCard: 30,
  now: NOW,
  dayStartHour: 4,
  days: 30,
  seed: 7,
  runs: 4,
};

describe('simulated study with FSRS', () => {
  it('is exact for a seed, and another seed draws other outcomes', () => {
    expect(simulateStudy(base)).toEqual(simulateStudy(base));
    expect(simulateStudy({ ...base, seed: 8 }).days).not.toEqual(simulateStudy(base).days);
  });

  it('introduces new cards within the daily limit until none is left', () => {
    const { days } = simulateStudy(base);
    expect(days.slice(0, 10).map((day) => day.newCards)).toEqual(Array.from({ length: 10 }, () => 20));
    expect(days.reduce((sum, day) => sum + day.newCards, 0)).toBe(200);
  });

  it('keeps each day within the minutes given, and more minutes a day means more recalled at the end', () => {
    const short = simulateStudy({ ...base, minutesPerDay: 5 });
    const long = simulateStudy({ ...base, minutesPerDay: 30 });
    for (const day of short.days) expect(day.minutes).toBeLessThanOrEqual(5);
    expect(long.recallAtEnd).toBeGreaterThan(short.recallAtEnd);
  });

  it('asks for more reviews a day the higher the desired retention', () => {
    const workloads = retentionWorkloads(base);
    expect(workloads.map((workload) => workload.retention)).toEqual([0.8, 0.85, 0.9, 0.95]);
    const reviews = workloads.map((workload) => workload.reviewsPerDay);
    for (let index = 1; index < reviews.length; index += 1) expect(reviews[index]).toBeGreaterThan(reviews[index - 1]);
    console.info(workloads.map((w) => `${w.retention}: ${w.reviewsPerDay.toFixed(1)}/day, recall ${w.recallAfter.toFixed(3)}`).join('; '));
  });
});
