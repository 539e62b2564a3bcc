// One grade applied to the study data: the card's new scheduling state, its change time and its log entry. Review
// grades and quiz grades both come through here, so a grade means the same wherever it is given.
import type { Grade, ReviewEntry, SchedulingState } from '../../domain/progress';
import { gradeCard, newSchedulingState, schedulerOptionsFrom, type GradeResult } from '../../domain/scheduler';
import { nextChangeTime, storedReviewDuration } from './stored-time';
import { deckCardValue, withCardValue, withLoggedReview, type StudyData } from './study-data';

/** What a grade reads and changes. */
export type GradedData = Pick<StudyData, 'progress' | 'cardChangedAt' | 'log' | 'progressResetAt' | 'settings'>;

export interface AppliedGrade {
  data: GradedData;
  entry: ReviewEntry;
  /** The card's state before the grade, and what the scheduler gave. */
  before: SchedulingState;
  result: GradeResult;
}

/** `data` with `cardId` graded at `now` (kept to the second, after the card's last change). */
export function withGrade(
  data: GradedData,
  deckId: string,
  cardId: string,
  grade: Grade,
  now: number,
  durationMs: number,
  origin: ReviewEntry['origin'],
  enableFuzz: boolean,
): AppliedGrade {
  const at = nextChangeTime(now, deckCardValue(data.cardChangedAt, deckId, cardId), data.progressResetAt);
  const current = deckCardValue(data.progress, deckId, cardId);
  const before = current?.scheduling ?? newSchedulingState(at);
  const result = gradeCard(before, grade, at, schedulerOptionsFrom(data.settings, enableFuzz));
  const entry: ReviewEntry = { cardId, at, rating: grade, stateBefore: result.entryStateBefore, durationMs: storedReviewDuration(durationMs), origin };
  return {
    data: {
      ...data,
      progress: withCardValue(data.progress, deckId, cardId, { ...current, scheduling: result.next, suspended: current?.suspended ?? false }),
      cardChangedAt: withCardValue(data.cardChangedAt, deckId, cardId, at),
      log: withLoggedReview(data.log, deckId, entry),
    },
    entry,
    before,
    result,
  };
}
