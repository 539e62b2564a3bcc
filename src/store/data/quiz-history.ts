// The quiz history as the store keeps it: finished quizzes oldest first, each once, with the results pages of the
// newest kept whole within a budget, so quizzes never crowd out the progress they share localStorage with.
import type { QuizRecord } from '../../domain/quiz-record';

/**
 * Characters of stored results pages the history keeps: about 130 ten-question quizzes with a few mistakes each
 * (7 KB a page; 50 questions take about 33 KB), half what 10,000 cards with 20 reviews take. Past it, the oldest
 * quizzes keep their score and missed cards only.
 */
export const MAX_RESULTS_CHARS = 1_000_000;

/** The history with each record's results page dropped once the newer ones hold `budget` characters. */
export function withResultsWithinBudget(history: readonly QuizRecord[], budget = MAX_RESULTS_CHARS): QuizRecord[] {
  let used = 0;
  let changed = false;
  const kept = [...history];
  for (let index = kept.length - 1; index >= 0; index -= 1) {
    const { results, ...summary } = kept[index];
    if (!results) continue;
    used += JSON.stringify(results).length;
    if (used <= budget) continue;
    kept[index] = summary;
    changed = true;
  }
  return changed ? kept : (history as QuizRecord[]);
}

/** `history` with `record` in its place by finishing time (a record whose id is there already changes nothing). */
export function withQuizRecord(history: readonly QuizRecord[], record: QuizRecord, budget = MAX_RESULTS_CHARS): QuizRecord[] {
  if (history.some((existing) => existing.id === record.id)) return history as QuizRecord[];
  const next = [...history, record].sort((a, b) => a.finishedAt - b.finishedAt);
  return withResultsWithinBudget(next, budget);
}
