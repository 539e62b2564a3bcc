// The dashboard's figures as plain types, kept apart from the code that computes them (dashboard-counts.ts), so the
// home screen can show its layout before that code and the store have loaded.
import type { StudyStreak } from '../../domain/review-stats';

export interface StudyCounts {
  /** Learning and relearning cards due now (or within the learn-ahead window). */
  learning: number;
  /** Review cards due today, within the review limit. */
  review: number;
  /** New cards that may be introduced now, within the new-card and review limits. */
  new: number;
}

export interface DashboardCounts {
  deck: StudyCounts;
  /** Chapter id → its counts, as a review of that chapter alone would have them. */
  chapters: ReadonlyMap<string, StudyCounts>;
  /** Grades given in review sessions today. */
  reviewedToday: number;
  /** Quiz answers that graded a card today (not counted as reviews). */
  quizAnswersToday: number;
}

export interface Dashboard {
  counts: DashboardCounts;
  streak: StudyStreak;
  newCardsPerDay: number;
}

/** Cards due now: learning and review. */
export const dueCount = (counts: StudyCounts) => counts.learning + counts.review;
