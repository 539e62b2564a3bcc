// The data the store keeps and persists, apart from the actions and the session.
// Keyed by deck id, then card id, so more decks fit later without a migration.
import { defaultStudySettings, type CardProgress, type ManualEntry, type ReviewEntry, type SchedulingState, type StudySettings } from '../../domain/progress';
import type { QuizRecord } from '../../domain/quiz-record';
import type { RunningQuiz } from '../../domain/quiz-session';
import { arrayWith, recordWith, recordWithMany } from './change-trail';
import { own } from './own-key';

export interface StudyData {
  progress: Record<string, Record<string, CardProgress>>;
  /** Per deck, sorted by `at`, then card id (the order `compareReviewEntries` gives). */
  log: Record<string, ReviewEntry[]>;
  /**
   * Per deck, the changes made by hand (a card forgotten), in the same order as `log`. With `log` they are each
   * card's whole history: replaying them (domain/card-replay.ts) gives the card's scheduling state.
   */
  manualLog: Record<string, ManualEntry[]>;
  /**
   * When each card's progress last changed (grade, undo, suspend, reset), by deck and card; same keys as `progress`.
   * Merging with another tab keeps the later change of each card, so an undo or a reset wins over the grade it replaced.
   */
  cardChangedAt: Record<string, Record<string, number>>;
  /** Review times (`at`) removed by undo, by deck and card, so a merge with another tab cannot bring them back. */
  undoneReviews: Record<string, Record<string, number[]>>;
  /** Time of the last "reset all progress": anything changed at or before it is gone, in every tab. */
  progressResetAt: number | null;
  settings: StudySettings;
  /** null while the settings are the defaults nobody chose. */
  settingsChangedAt: number | null;
  quizHistory: QuizRecord[];
  /** The quiz in progress in each deck, by deck id (at most one a deck). */
  quizSessions: Record<string, QuizSessionSlot>;
}

/**
 * A deck's quiz in progress, or none (`running: null`: discarded or finished at `changedAt`). Merging keeps each
 * deck's later change, so a quiz discarded in one tab does not come back from another.
 */
export interface QuizSessionSlot {
  changedAt: number;
  running: RunningQuiz | null;
}

export function emptyStudyData(): StudyData {
  return {
    progress: {},
    log: {},
    manualLog: {},
    cardChangedAt: {},
    undoneReviews: {},
    progressResetAt: null,
    settings: { ...defaultStudySettings },
    settingsChangedAt: null,
    quizHistory: [],
    quizSessions: {},
  };
}

/** Just the data fields of a store state (or of any object that has them). */
export function studyDataOf(state: StudyData): StudyData {
  return {
    progress: state.progress,
    log: state.log,
    manualLog: state.manualLog,
    cardChangedAt: state.cardChangedAt,
    undoneReviews: state.undoneReviews,
    progressResetAt: state.progressResetAt,
    settings: state.settings,
    settingsChangedAt: state.settingsChangedAt,
    quizHistory: state.quizHistory,
    quizSessions: state.quizSessions,
  };
}

/** Chronological, then by card id: one canonical order, so equal logs encode to equal text. */
export function compareReviewEntries(a: Pick<ReviewEntry, 'at' | 'cardId'>, b: Pick<ReviewEntry, 'at' | 'cardId'>): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0;
}

/** A copy of `log` with `entry` inserted in canonical order (almost always at the end): one copy of the array. */
export function withReviewEntry<T extends Pick<ReviewEntry, 'at' | 'cardId'>>(log: readonly T[], entry: T): T[] {
  let index = log.length;
  while (index > 0 && compareReviewEntries(log[index - 1], entry) > 0) index -= 1;
  return arrayWith(log, index, entry);
}

/** `map` with `map[deckId][cardId]` set to `value`: the deck's record copied once, the other decks shared. */
export function withCardValue<T>(
  map: Readonly<Record<string, Record<string, T>>>,
  deckId: string,
  cardId: string,
  value: T,
): Record<string, Record<string, T>> {
  return { ...map, [deckId]: recordWith(own(map, deckId) ?? {}, cardId, value) };
}

/** `map` with many of one deck's cards set: the deck's record copied once. */
export function withCardValues<T>(
  map: Readonly<Record<string, Record<string, T>>>,
  deckId: string,
  entries: ReadonlyArray<readonly [string, T]>,
): Record<string, Record<string, T>> {
  return { ...map, [deckId]: recordWithMany(own(map, deckId) ?? {}, entries) };
}

/** The change time a card has when nothing recorded one: its last review, or when it was created. */
export function impliedChangedAt(progress: CardProgress): number {
  return progress.scheduling.lastReview ?? progress.scheduling.due;
}

export function sameSchedulingState(a: SchedulingState, b: SchedulingState): boolean {
  return (
    a === b ||
    (a.due === b.due &&
      a.stability === b.stability &&
      a.difficulty === b.difficulty &&
      a.scheduledDays === b.scheduledDays &&
      a.learningSteps === b.learningSteps &&
      a.reps === b.reps &&
      a.lapses === b.lapses &&
      a.state === b.state &&
      a.lastReview === b.lastReview)
  );
}

export function sameCardProgress(a: CardProgress, b: CardProgress): boolean {
  return a === b || (a.suspended === b.suspended && a.flag === b.flag && sameSchedulingState(a.scheduling, b.scheduling));
}
