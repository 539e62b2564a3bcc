// The data the store keeps and persists, apart from the actions and the session.
// Keyed by deck id, then card id, so more decks fit later without a migration.
import { defaultStudySettings, type CardProgress, type ManualEntry, type ReviewEntry, type SchedulingState, type StudySettings } from '../../domain/progress';
import type { QuizRecord } from '../../domain/quiz-record';
import type { RunningQuiz } from '../../domain/quiz-session';
import { arrayWith, recordWith } from './change-trail';
import { own } from './own-key';
import { cardValue, emptyCardMap, withCard, withCards, type CardMap } from '../../domain/card-map';
import { compareLogged, emptyReviewLog, withLogEntry, type ReviewLog } from '../../domain/review-log';

export interface StudyData {
  /** Per deck, each card's progress (sharded: a change copies a 64th of the deck). */
  progress: Record<string, CardMap<CardProgress>>;
  /** Per deck, in months, sorted by `at`, then card id (the order `compareReviewEntries` gives). */
  log: Record<string, ReviewLog<ReviewEntry>>;
  /**
   * Per deck, the changes made by hand (a card forgotten), in the same order as `log`. With `log` they are each
   * card's whole history: replaying them (domain/card-replay.ts) gives the card's scheduling state.
   */
  manualLog: Record<string, ManualEntry[]>;
  /**
   * When each card's progress last changed (grade, undo, suspend, reset), by deck and card; same keys as `progress`.
   * Merging with another tab keeps the later change of each card, so an undo or a reset wins over the grade it replaced.
   */
  cardChangedAt: Record<string, CardMap<number>>;
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
export const compareReviewEntries: (a: Pick<ReviewEntry, 'at' | 'cardId'>, b: Pick<ReviewEntry, 'at' | 'cardId'>) => number = compareLogged;

/** A copy of `log` with `entry` inserted in canonical order (almost always at the end): one copy of the array. */
export function withReviewEntry<T extends Pick<ReviewEntry, 'at' | 'cardId'>>(log: readonly T[], entry: T): T[] {
  let index = log.length;
  while (index > 0 && compareReviewEntries(log[index - 1], entry) > 0) index -= 1;
  return arrayWith(log, index, entry);
}

/** `map` with `map[deckId][cardId]` set to `value`: one shard of the deck's map copied, the other decks shared. */
export function withCardValue<T>(map: Readonly<Record<string, CardMap<T>>>, deckId: string, cardId: string, value: T): Record<string, CardMap<T>> {
  return { ...map, [deckId]: withCard(own(map, deckId) ?? emptyCardMap<T>(), cardId, value) };
}

/** `map` with many of one deck's cards set: each shard they fall in copied once. */
export function withCardValues<T>(
  map: Readonly<Record<string, CardMap<T>>>,
  deckId: string,
  entries: ReadonlyArray<readonly [string, T]>,
): Record<string, CardMap<T>> {
  return { ...map, [deckId]: withCards(own(map, deckId) ?? emptyCardMap<T>(), entries) };
}

/** `record` with `record[deckId][cardId]` set to `value` (small per-card records such as undone reviews). */
export function withNestedValue<T>(
  record: Readonly<Record<string, Record<string, T>>>,
  deckId: string,
  cardId: string,
  value: T,
): Record<string, Record<string, T>> {
  return { ...record, [deckId]: recordWith(own(record, deckId) ?? {}, cardId, value) };
}

/** `logs` with `entry` logged in the deck's log, in canonical order: one month of it copied. */
export function withLoggedReview(
  logs: Readonly<Record<string, ReviewLog<ReviewEntry>>>,
  deckId: string,
  entry: ReviewEntry,
): Record<string, ReviewLog<ReviewEntry>> {
  return { ...logs, [deckId]: withLogEntry(own(logs, deckId) ?? emptyReviewLog<ReviewEntry>(), entry) };
}

/** The deck's card value, own entries only (an id such as `constructor` finds nothing unless a card has it). */
export function deckCardValue<T>(map: Readonly<Record<string, CardMap<T>>>, deckId: string, cardId: string): T | undefined {
  return cardValue(own(map, deckId), cardId);
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
