import { describe, expect, it } from 'vitest';
import { Rating, State, type CardProgress, type Grade, type ReviewEntry } from '../../src/domain/progress';
import { cardsGradedByQuizToday, decideQuizGrades, evidenceOf, summariseOutcomes, type CardGrade, type QuizEvidence } from '../../src/domain/quiz-schedule';
import { gradeCard, newSchedulingState } from '../../src/domain/scheduler';
import { DAY_MS, MINUTE_MS, NOW } from './srs-test-cards';
import { deckLog, deckProgress } from '../study-data-kit';

const OPTIONS = { desiredRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: false };
const HOUR_MS = 60 * MINUTE_MS;
const DAY_START_HOUR = 4;

/** A card graded Good four times over nine days: in review, with an interval of weeks (the had 19 days). */
function matureCard(): CardProgress {
  let scheduling = newSchedulingState(NOW - 30 * DAY_MS);
  for (const at of [NOW - 30 * DAY_MS, NOW - 30 * DAY_MS + 10 * MINUTE_MS, NOW - 28 * DAY_MS, NOW - 21 * DAY_MS])
    scheduling = gradeCard(scheduling, Rating.Good, at, OPTIONS).next;
  return { scheduling, suspended: false };
}

function learningCard(): CardProgress {
  return { scheduling: gradeCard(newSchedulingState(NOW - HOUR_MS), Rating.Good, NOW - HOUR_MS, OPTIONS).next, suspended: false };
}

const progress: Record<string, CardProgress> = {
  mature: matureCard(),
  learning: learningCard(),
  fresh: { scheduling: newSchedulingState(NOW - DAY_MS), suspended: false },
  suspended: { ...matureCard(), suspended: true },
  'quizzed-today': matureCard(),
  'quizzed-yesterday': matureCard(),
  'reviewed-today': matureCard(),
};

const entry = (cardId: string, at: number, origin: ReviewEntry['origin']): ReviewEntry => ({
  cardId,
  at,
  rating: Rating.Good,
  stateBefore: State.Review,
  durationMs: 5000,
  origin,
});

/** Today began at 04:00; a quiz at 03:00 belongs to yesterday's study day. */
const log: ReviewEntry[] = [
  entry('quizzed-yesterday', NOW - 6 * HOUR_MS, 'quiz'),
  entry('quizzed-today', NOW - 2 * HOUR_MS, 'quiz'),
  entry('reviewed-today', NOW - HOUR_MS, 'review'),
];

const grade = (cardId: string, rating: Grade, evidence: QuizEvidence = 'recognition'): CardGrade => ({ cardId, grade: rating, durationMs: 7000, evidence });
const decide = (grades: CardGrade[], practiceOnly = false) =>
  decideQuizGrades({ grades, progress: deckProgress(progress), log: deckLog(log), now: NOW, dayStartHour: DAY_START_HOUR, practiceOnly });

describe('what a quiz answer does to the schedule', () => {
  it('tells recall (typing, listing) from recognition (picking among shown options)', () => {
    expect(['multiple-choice', 'true-false', 'typed', 'list-recall', 'matching'].map((format) => evidenceOf(format as never))).toEqual([
      'recognition',
      'recognition',
      'recall',
      'recall',
      'recognition',
    ]);
  });

  it('grades cards already studied as answered: right Good, a missed recall Again, partial credit Hard', () => {
    expect(decide([grade('mature', Rating.Good), grade('learning', Rating.Again), grade('reviewed-today', Rating.Hard, 'recall')])).toEqual([
      { cardId: 'mature', outcome: 'graded', grade: Rating.Good, durationMs: 7000 },
      { cardId: 'learning', outcome: 'graded', grade: Rating.Again, durationMs: 7000 },
      // A review earlier today does not stop a quiz grade: only quizzes are limited to one a day.
      { cardId: 'reviewed-today', outcome: 'graded', grade: Rating.Hard, durationMs: 7000 },
    ]);
    expect(decide([grade('mature', Rating.Again, 'recall')])).toEqual([{ cardId: 'mature', outcome: 'graded', grade: Rating.Again, durationMs: 7000 }]);
  });

  it('never sends a card in review to relearning for one wrong pick among shown options', () => {
    expect(progress.mature.scheduling.state).toBe(State.Review);
    expect(progress.mature.scheduling.scheduledDays).toBe(36);
    expect(decide([grade('mature', Rating.Again)])).toEqual([{ cardId: 'mature', outcome: 'not-lapsed' }]);
    // A learning card has no interval to lose: a wrong pick restarts its steps.
    expect(decide([grade('learning', Rating.Again)])).toEqual([{ cardId: 'learning', outcome: 'graded', grade: Rating.Again, durationMs: 7000 }]);
  });

  it('leaves new cards new, and suspended cards as they are', () => {
    expect(decide([grade('fresh', Rating.Good), grade('never-seen', Rating.Again, 'recall'), grade('suspended', Rating.Good)])).toEqual([
      { cardId: 'fresh', outcome: 'new-card' },
      { cardId: 'never-seen', outcome: 'new-card' },
      { cardId: 'suspended', outcome: 'suspended' },
    ]);
  });

  it('grades a card by quizzes at most once a study day', () => {
    expect(decide([grade('quizzed-today', Rating.Again, 'recall'), grade('quizzed-yesterday', Rating.Good)])).toEqual([
      { cardId: 'quizzed-today', outcome: 'graded-today' },
      { cardId: 'quizzed-yesterday', outcome: 'graded', grade: Rating.Good, durationMs: 7000 },
    ]);
    // Twice in one batch: the first counts.
    expect(decide([grade('mature', Rating.Good), grade('mature', Rating.Again, 'recall')]).map((decision) => decision.outcome)).toEqual([
      'graded',
      'graded-today',
    ]);
    // A miss that was not a grade leaves the day's one quiz grade to come.
    expect(decide([grade('mature', Rating.Again), grade('mature', Rating.Again, 'recall')]).map((decision) => decision.outcome)).toEqual([
      'not-lapsed',
      'graded',
    ]);
    expect(cardsGradedByQuizToday(deckLog(log), NOW, DAY_START_HOUR)).toEqual(new Set(['quizzed-today']));
    // At 03:30 the study day is still the one that began yesterday at 04:00: the 03:00 quiz belongs to it.
    expect(cardsGradedByQuizToday(deckLog(log.slice(0, 1)), NOW - 5.5 * HOUR_MS, DAY_START_HOUR)).toEqual(new Set(['quizzed-yesterday']));
  });

  it('changes nothing in practice only', () => {
    expect(decide([grade('mature', Rating.Good), grade('learning', Rating.Again, 'recall')], true)).toEqual([
      { cardId: 'mature', outcome: 'practice-only' },
      { cardId: 'learning', outcome: 'practice-only' },
    ]);
  });

  it('counts what happened, by outcome', () => {
    expect(summariseOutcomes(['graded', 'new-card', 'graded', 'not-lapsed'])).toEqual({ graded: 2, 'new-card': 1, 'not-lapsed': 1 });
    expect(summariseOutcomes([])).toEqual({});
  });
});
