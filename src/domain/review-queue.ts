// What to review now, in Anki's order: learning cards that are due, then review cards due today, then new cards,
// within the daily limits; siblings are buried for the day. Pure: the clock is `input.now`.
import { logEntriesSince } from './review-log';
import { cardValue } from './card-map';
import type { Card } from './deck';
import { State, type CardProgress, type StudySettings, type DeckProgress, type DeckLog } from './progress';
import { nextStudyDayStart, studyDayStart } from './study-day';
import { scopeFilter, type StudyScope } from './study-scope';

/** The settings a day's queue depends on. */
export type QueueSettings = Pick<StudySettings, 'newCardsPerDay' | 'reviewsPerDay' | 'dayStartHour' | 'studyReverseCards'>;

export interface QueueInput {
  cards: readonly Card[];
  progress: DeckProgress;
  log: DeckLog;
  settings: QueueSettings;
  now: number;
  scope: StudyScope;
}

export interface QueueCounts {
  /** Learning and relearning cards in the queue (due now, or within the learn-ahead window). */
  learning: number;
  /** Review cards in the queue. */
  review: number;
  /** New cards in the queue. */
  new: number;
  /** New cards that may still be introduced today. */
  newLeftToday: number;
  /** Review and new cards that may still be shown today. */
  reviewsLeftToday: number;
  /** Grades given in review sessions today (every step, learning included). */
  reviewedToday: number;
  /** Quiz answers that graded a card today: never counted as reviews, shown beside them as quiz answers. */
  quizAnswersToday: number;
}

/** The count a card belongs to, as Anki colours them: new, learning (and relearning), review. */
export type CardCategory = 'new' | 'learning' | 'review';

export function cardCategory(progress: CardProgress | undefined): CardCategory {
  const state = progress?.scheduling.state ?? State.New;
  if (state === State.New) return 'new';
  return state === State.Review ? 'review' : 'learning';
}

export interface ReviewQueue {
  cardIds: string[];
  counts: QueueCounts;
}

/** Anki's "learn ahead limit": learning cards due this soon are shown when nothing else is left. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** What today's log and progress say about limits and burying. */
export interface TodayActivity {
  /** Review-origin grades today. */
  reviewedToday: number;
  /** Quiz-origin grades today. */
  quizAnswersToday: number;
  /** Review-origin grades of new or review cards today; learning steps do not use up the review limit (Anki). */
  reviewLimitUsed: number;
  /** Grades of new cards today, from reviews or quizzes: each introduced a card. */
  introducedToday: number;
  /** Cards graded today (any origin), by note: their siblings are buried until tomorrow. */
  studiedCardsByNote: Map<string, Set<string>>;
}

export function summariseToday(cards: readonly Card[], progress: DeckProgress, log: DeckLog, dayStart: number): TodayActivity {
  let reviewedToday = 0;
  let quizAnswersToday = 0;
  let reviewLimitUsed = 0;
  let introducedToday = 0;
  const loggedCardIds = new Set<string>();
  // Only the months that can hold today's reviews are read; within them every entry is checked.
  for (const entry of logEntriesSince(log, dayStart)) {
    loggedCardIds.add(entry.cardId);
    if (entry.stateBefore === State.New) introducedToday += 1;
    if (entry.origin === 'quiz') quizAnswersToday += 1;
    if (entry.origin !== 'review') continue;
    reviewedToday += 1;
    if (entry.stateBefore === State.New || entry.stateBefore === State.Review) reviewLimitUsed += 1;
  }
  // A last review today counts as studied even when the log lacks it (e.g. trimmed or merged from another tab).
  const studiedCardsByNote = new Map<string, Set<string>>();
  for (const card of cards) {
    const lastReview = cardValue(progress, card.id)?.scheduling.lastReview;
    const studied = loggedCardIds.has(card.id) || (lastReview != null && lastReview >= dayStart);
    if (!studied) continue;
    const studiedOfNote = studiedCardsByNote.get(card.noteId) ?? new Set<string>();
    studiedOfNote.add(card.id);
    studiedCardsByNote.set(card.noteId, studiedOfNote);
  }
  return { reviewedToday, quizAnswersToday, reviewLimitUsed, introducedToday, studiedCardsByNote };
}

function wholeLimit(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0;
}

type Slot = 'learning' | 'learn-ahead' | 'review' | 'new' | 'none';

interface QueueContext {
  now: number;
  dayEnd: number;
  learnAheadUntil: number;
  inScope: (card: Card) => boolean;
  studyReverseCards: boolean;
  progress: DeckProgress;
  today: TodayActivity;
  newLeftToday: number;
  reviewsLeftToday: number;
}

function queueContext(input: QueueInput): QueueContext {
  const { settings, now } = input;
  const today = summariseToday(input.cards, input.progress, input.log, studyDayStart(now, settings.dayStartHour));
  return {
    now,
    dayEnd: nextStudyDayStart(now, settings.dayStartHour),
    learnAheadUntil: now + LEARN_AHEAD_MS,
    inScope: scopeFilter(input.scope),
    studyReverseCards: settings.studyReverseCards,
    progress: input.progress,
    today,
    newLeftToday: Math.max(0, wholeLimit(settings.newCardsPerDay) - today.introducedToday),
    reviewsLeftToday: Math.max(0, wholeLimit(settings.reviewsPerDay) - today.reviewLimitUsed),
  };
}

/** Where a card belongs in today's queue, before limits and burying. */
function slotOf(card: Card, context: QueueContext): Slot {
  if (card.reverse && !context.studyReverseCards) return 'none';
  if (!context.inScope(card)) return 'none';
  const progress = cardValue(context.progress, card.id);
  if (!progress) return 'new';
  if (progress.suspended) return 'none';
  const { state, due } = progress.scheduling;
  if (state === State.New) return 'new';
  if (state === State.Review) return due < context.dayEnd ? 'review' : 'none';
  if (due <= context.now) return 'learning';
  return due <= context.learnAheadUntil ? 'learn-ahead' : 'none';
}

/** A sibling (same note, another card) was graded today. */
function buriedBySiblingStudiedToday(card: Card, today: TodayActivity): boolean {
  const studied = today.studiedCardsByNote.get(card.noteId);
  if (!studied) return false;
  return studied.size > 1 || !studied.has(card.id);
}

interface Candidate {
  card: Card;
  index: number;
  due: number;
}

function byDueThenDeckOrder(a: Candidate, b: Candidate): number {
  return a.due - b.due || a.index - b.index;
}

function dueOf(card: Card, context: QueueContext): number {
  return cardValue(context.progress, card.id)?.scheduling.due ?? 0;
}

export function buildReviewQueue(input: QueueInput): ReviewQueue {
  const context = queueContext(input);
  const learning: Candidate[] = [];
  const learnAhead: Candidate[] = [];
  const reviews: Candidate[] = [];
  const fresh: Candidate[] = [];
  input.cards.forEach((card, index) => {
    const slot = slotOf(card, context);
    if (slot === 'none') return;
    const candidate = { card, index, due: dueOf(card, context) };
    if (slot === 'learning') learning.push(candidate);
    else if (slot === 'learn-ahead') learnAhead.push(candidate);
    else if (slot === 'review') reviews.push(candidate);
    else fresh.push(candidate);
  });
  learning.sort(byDueThenDeckOrder);
  learnAhead.sort(byDueThenDeckOrder);
  reviews.sort(byDueThenDeckOrder);

  // Review and new cards share the review limit; each note gets at most one of them per day.
  let budget = context.reviewsLeftToday;
  const notesInQueue = new Set<string>();
  const takeUnburied = (candidates: Candidate[], limit: number): Card[] => {
    const taken: Card[] = [];
    for (const { card } of candidates) {
      if (taken.length >= limit) break;
      if (notesInQueue.has(card.noteId) || buriedBySiblingStudiedToday(card, context.today)) continue;
      notesInQueue.add(card.noteId);
      taken.push(card);
    }
    return taken;
  };
  const queuedReviews = takeUnburied(reviews, budget);
  budget -= queuedReviews.length;
  const queuedNew = takeUnburied(fresh, Math.min(context.newLeftToday, budget));

  const ordered = [...learning.map((c) => c.card), ...queuedReviews, ...queuedNew, ...learnAhead.map((c) => c.card)];
  return {
    cardIds: ordered.map((card) => card.id),
    counts: {
      learning: learning.length + learnAhead.length,
      review: queuedReviews.length,
      new: queuedNew.length,
      newLeftToday: context.newLeftToday,
      reviewsLeftToday: context.reviewsLeftToday,
      reviewedToday: context.today.reviewedToday,
      quizAnswersToday: context.today.quizAnswersToday,
    },
  };
}

/**
 * How today's due cards stand, for every count of "due today" (Home, Review, the Stats forecast, the exam plan):
 * - `queued`: learning and review cards in today's queue (due now, or learning within the learn-ahead window);
 * - `laterToday`: learning cards due later today, which join the queue when due;
 * - `heldBack`: review cards due today that the queue holds back, as a sibling was studied today or the review
 *   limit is reached: they come tomorrow.
 * New cards are not due; suspended cards and reverse cards the learner does not study are left out.
 */
export interface DueToday {
  queued: string[];
  laterToday: string[];
  heldBack: string[];
}

export function dueToday(input: QueueInput): DueToday {
  const context = queueContext(input);
  const queued = buildReviewQueue(input).cardIds.filter((cardId) => cardCategory(cardValue(input.progress, cardId)) !== 'new');
  const inQueue = new Set(queued);
  const laterToday: string[] = [];
  const heldBack: string[] = [];
  for (const card of input.cards) {
    const progress = cardValue(input.progress, card.id);
    if (!progress || progress.suspended || inQueue.has(card.id) || !context.inScope(card)) continue;
    if (card.reverse && !context.studyReverseCards) continue;
    const { state, due } = progress.scheduling;
    if (state === State.New || due >= context.dayEnd) continue;
    (state === State.Review ? heldBack : laterToday).push(card.id);
  }
  return { queued, laterToday, heldBack };
}

function isEarlier(candidate: Candidate, best: Candidate | null): boolean {
  return best === null || byDueThenDeckOrder(candidate, best) < 0;
}

/**
 * The head of `buildReviewQueue(input).cardIds`, found in one pass without sorting or building the queue.
 * The first review or new card is never buried by a card ahead of it, so only today's log can bury it.
 */
export function nextCardId(input: QueueInput): string | null {
  const context = queueContext(input);
  let learning: Candidate | null = null;
  let learnAhead: Candidate | null = null;
  let review: Candidate | null = null;
  let firstNew: Card | null = null;
  const { cards } = input;
  for (let index = 0; index < cards.length; index += 1) {
    const card = cards[index];
    const slot = slotOf(card, context);
    if (slot === 'none') continue;
    if (slot === 'new') {
      if (firstNew === null && !buriedBySiblingStudiedToday(card, context.today)) firstNew = card;
      continue;
    }
    const candidate = { card, index, due: dueOf(card, context) };
    if (slot === 'learning') {
      if (isEarlier(candidate, learning)) learning = candidate;
    } else if (slot === 'learn-ahead') {
      if (isEarlier(candidate, learnAhead)) learnAhead = candidate;
    } else if (!buriedBySiblingStudiedToday(card, context.today) && isEarlier(candidate, review)) {
      review = candidate;
    }
  }
  if (learning) return learning.card.id;
  if (review && context.reviewsLeftToday > 0) return review.card.id;
  if (firstNew && Math.min(context.newLeftToday, context.reviewsLeftToday) > 0) return firstNew.id;
  return learnAhead?.card.id ?? null;
}
