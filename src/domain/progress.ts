// Learner progress in memory: plain data with dates as epoch milliseconds.
// ts-fsrs works with Date objects; conversion happens only in the scheduler wrapper.
import type { Grade, State } from 'ts-fsrs';
import { cardEntries, type CardMap } from './card-map';
import type { ReviewLog } from './review-log';

/**
 * ts-fsrs's names for a card's state (New, Learning, Review, Relearning) and for a rating (a `Grade` is one a learner
 * gives: Again, Hard, Good, Easy). Code compares with these names, never with the numbers they stand for.
 */
export { Rating, State } from 'ts-fsrs';
export type { Grade } from 'ts-fsrs';

/** FSRS memory state of one card (ts-fsrs `Card` with epoch-ms dates). */
export interface SchedulingState {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: number | null;
}

/** One grade in the review log. */
export interface ReviewEntry {
  cardId: string;
  /** When the grade was given. */
  at: number;
  rating: Grade;
  /** Scheduling state of the card just before this grade. */
  stateBefore: State;
  /** Time spent on the card before grading, in ms (capped when stored). */
  durationMs: number;
  /** Where the grade came from: a review session or a quiz answer. */
  origin: 'review' | 'quiz';
}

/**
 * A change to a card's schedule made by hand rather than by a grade (ts-fsrs calls these Rating.Manual). It is logged
 * like a grade, so that replaying a card's log (card-replay.ts) gives the state the card has.
 * - `forget`: the card became new again (reset), as `newSchedulingState(at)`.
 */
export interface ManualEntry {
  cardId: string;
  /** When the change was made; with the deck and card, its identity (no two entries of a card share a time). */
  at: number;
  action: 'forget';
}

/** A card's flag, as Anki's first four: a mark the learner sets, with no effect on scheduling. */
export const CARD_FLAGS = ['red', 'orange', 'green', 'blue'] as const;
export type CardFlag = (typeof CARD_FLAGS)[number];

/** Everything kept about one card. Cards that vanished from the notes keep their entry (orphaned, never deleted). */
export interface CardProgress {
  scheduling: SchedulingState;
  suspended: boolean;
  /** Absent for a card with no flag (every card stored before flags existed). */
  flag?: CardFlag;
}

export interface StudySettings {
  newCardsPerDay: number;
  reviewsPerDay: number;
  /** FSRS desired retention, 0.70–0.97. */
  desiredRetention: number;
  maximumIntervalDays: number;
  /** Hour (0–23, local time) at which a study day starts, as in Anki. */
  dayStartHour: number;
  /** Whether definition → term (reverse) cards are studied too. */
  studyReverseCards: boolean;
  /** Exam day as epoch ms at local midnight, or null. */
  examDate: number | null;
  theme: 'system' | 'light' | 'dark';
  /** FSRS parameters trained on the learner's reviews (21 numbers); absent for ts-fsrs's defaults. */
  fsrsParameters?: number[];
  /** The parameters in use before the last change, so the learner can go back (absent: the defaults). */
  previousFsrsParameters?: number[];
}

export const defaultStudySettings: StudySettings = {
  newCardsPerDay: 20,
  reviewsPerDay: 200,
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  dayStartHour: 4,
  studyReverseCards: true,
  examDate: null,
  theme: 'system',
};

/** Leech threshold: a card with this many lapses is flagged (Anki's default). */
export const LEECH_LAPSES = 8;

/** The ids of the suspended cards in a deck's progress: left out of review queues and quizzes. */
export function suspendedCardIds(progress: DeckProgress): Set<string> {
  const ids = new Set<string>();
  for (const [cardId, card] of cardEntries(progress)) if (card.suspended) ids.add(cardId);
  return ids;
}

/** One deck's progress, by card id (sharded: see card-map.ts). */
export type DeckProgress = CardMap<CardProgress>;

/** One deck's review log, by month (see review-log.ts). */
export type DeckLog = ReviewLog<ReviewEntry>;
