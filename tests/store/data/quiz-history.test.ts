// The quiz history keeps each finished quiz once, in finishing order, and the results pages of the newest within a
// budget: past it, the oldest quizzes keep their score and missed cards, so quizzes never crowd out progress.
import { describe, expect, it } from 'vitest';
import type { QuizRecord, QuizResults } from '../../../src/domain/quiz-record';
import { withQuizRecord, withResultsWithinBudget } from '../../../src/store/data/quiz-history';
import { kubeletChoice } from '../../fixtures/quiz-questions';
import { gradeAnswer } from '../../../src/domain/quiz-grade';

const T0 = Date.UTC(2026, 10, 27, 9, 0);
const MINUTE = 60_000;

const tally = { questions: 1, correct: 0, points: 0, ratio: 0 };
const results: QuizResults = {
  total: tally,
  answered: 1,
  byChapter: { 'kubernetes-architecture': tally },
  byFormat: { 'multiple-choice': tally },
  mistakes: [{ number: 1, question: kubeletChoice, result: gradeAnswer(kubeletChoice, { format: 'multiple-choice', choice: 0 }) }],
  schedule: { graded: 1 },
};
const RESULTS_CHARS = JSON.stringify(results).length;

function record(index: number, withResults = true): QuizRecord {
  const base: QuizRecord = {
    id: `quiz-${index}`,
    deckId: 'kubernetes',
    startedAt: T0 + index * MINUTE,
    finishedAt: T0 + (index + 1) * MINUTE,
    mode: 'practice',
    questionCount: 1,
    score: 0,
    wrongCardIds: [kubeletChoice.cardId],
  };
  return withResults ? { ...base, results } : base;
}

const summary = ({ results: _results, ...rest }: QuizRecord) => rest;

describe('the quiz history', () => {
  it('keeps each quiz once, in the order they finished', () => {
    const history = withQuizRecord(withQuizRecord([record(2)], record(0)), record(1));
    expect(history.map((entry) => entry.id)).toEqual(['quiz-0', 'quiz-1', 'quiz-2']);
    expect(withQuizRecord(history, { ...record(1), score: 1 })).toBe(history);
  });

  it('keeps the results pages of the newest quizzes within its budget, the oldest as score and misses only', () => {
    const history = [record(0), record(1), record(2), record(3, false), record(4)];
    const budget = 2 * RESULTS_CHARS;
    expect(withResultsWithinBudget(history, budget)).toEqual([summary(record(0)), summary(record(1)), record(2), record(3, false), record(4)]);
    // Within the budget, the very same history.
    expect(withResultsWithinBudget(history, 4 * RESULTS_CHARS)).toBe(history);
    expect(withQuizRecord(history.slice(0, 2), record(2), budget).map((entry) => entry.results !== undefined)).toEqual([false, true, true]);
  });
});
