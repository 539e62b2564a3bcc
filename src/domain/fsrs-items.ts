// The review log as FSRS training items, as fsrs-rs (the reference optimizer) takes them: for each card, its grades in
// time order with the days between them (study days, so a late-night review counts for the evening it began; the
// first grade's gap is 0), and one item per grade after the first: the card's history up to and including it.
// Quiz answers are left out: a multiple-choice or typed quiz answer is recognition with cues, not the recall a
// flashcard grade is, and FSRS's model is fitted to recall. A `forget` starts the card's history over, as a card
// reset in Anki does.
import type { Grade, ManualEntry, ReviewEntry } from './progress';
import { cardTimeline, entriesByCard, isManualEntry } from './card-replay';
import { studyDayStart } from './study-day';

export interface FsrsReview {
  rating: Grade;
  /** Whole study days since the previous grade of this history (0 for the first, and for a grade the same day). */
  deltaT: number;
}

/** One card's reviews up to and including the one whose outcome the model predicts. */
export type FsrsItem = readonly FsrsReview[];

/** fsrs-rs refuses to train on fewer items than this; below it the app says so before loading anything. */
export const MIN_TRAINING_ITEMS = 400;
/** Grades the model predicts (a gap of a day or more); the learner needs this many for the figures to mean much. */
export const MIN_LONG_TERM_REVIEWS = 200;

const DAY_MS = 86_400_000;

/** Study days between two times; a clock that went backwards counts as the same day. */
export function studyDaysBetween(earlier: number, later: number, dayStartHour: number): number {
  const days = Math.round((studyDayStart(later, dayStartHour) - studyDayStart(earlier, dayStartHour)) / DAY_MS);
  return Math.max(0, days);
}

/** One card's flashcard histories (a `forget` starts a new one), each as reviews with their gaps. */
export function cardHistories(entries: ReturnType<typeof cardTimeline>, dayStartHour: number): FsrsReview[][] {
  const histories: FsrsReview[][] = [];
  let current: FsrsReview[] = [];
  let lastAt: number | null = null;
  for (const entry of entries) {
    if (isManualEntry(entry)) {
      if (current.length > 0) histories.push(current);
      current = [];
      lastAt = null;
      continue;
    }
    if (entry.origin === 'quiz') continue;
    current.push({ rating: entry.rating, deltaT: lastAt === null ? 0 : studyDaysBetween(lastAt, entry.at, dayStartHour) });
    lastAt = entry.at;
  }
  if (current.length > 0) histories.push(current);
  return histories;
}

/** Every prefix of a history with at least two grades: the items fsrs-rs trains on. */
export function itemsOfHistory(history: readonly FsrsReview[]): FsrsItem[] {
  const items: FsrsItem[] = [];
  for (let length = 2; length <= history.length; length += 1) items.push(history.slice(0, length));
  return items;
}

/** Each card's flashcard histories from the whole log, cards in the order their first entry appears. */
export function fsrsHistories(log: readonly ReviewEntry[], manual: readonly ManualEntry[], dayStartHour: number): FsrsReview[][] {
  const reviews = entriesByCard(log);
  const manualByCard = entriesByCard(manual);
  const histories: FsrsReview[][] = [];
  for (const [cardId, cardReviews] of reviews) {
    histories.push(...cardHistories(cardTimeline(cardReviews, manualByCard.get(cardId) ?? []), dayStartHour));
  }
  return histories;
}

export function fsrsItems(histories: readonly (readonly FsrsReview[])[]): FsrsItem[] {
  return histories.flatMap(itemsOfHistory);
}

/** The last review of an item is a long-term one (a day or more after the one before): what the model predicts. */
export function isLongTermItem(item: FsrsItem): boolean {
  return item[item.length - 1].deltaT > 0;
}

export type TrainingCheck = { ok: true } | { ok: false; message: string };

/** Whether there is enough to train on; otherwise a message saying what is missing. */
export function checkTrainingSize(items: readonly FsrsItem[]): TrainingCheck {
  const longTerm = items.filter(isLongTermItem).length;
  if (items.length >= MIN_TRAINING_ITEMS && longTerm >= MIN_LONG_TERM_REVIEWS) return { ok: true };
  return {
    ok: false,
    message:
      `Not enough reviews to train on yet: training needs at least ${MIN_TRAINING_ITEMS} repeat reviews of flashcards, ` +
      `${MIN_LONG_TERM_REVIEWS} of them a day or more after the one before (you have ${items.length} and ${longTerm}). ` +
      'Quiz answers do not count. Keep reviewing and try again later.',
  };
}

/** The flat arrays fsrs-browser's `computeParameters` takes: every item's ratings and gaps end to end, and lengths. */
export function packItems(items: readonly FsrsItem[]): { ratings: Uint32Array; deltaTs: Uint32Array; lengths: Uint32Array } {
  const total = items.reduce((sum, item) => sum + item.length, 0);
  const ratings = new Uint32Array(total);
  const deltaTs = new Uint32Array(total);
  const lengths = new Uint32Array(items.length);
  let offset = 0;
  items.forEach((item, index) => {
    lengths[index] = item.length;
    for (const review of item) {
      ratings[offset] = review.rating;
      deltaTs[offset] = review.deltaT;
      offset += 1;
    }
  });
  return { ratings, deltaTs, lengths };
}
