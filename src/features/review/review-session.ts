// The review session's pure core: what to show next, when the next card becomes available, and what a
// finished session adds up to. The clock is always a parameter.
import { cardValue } from '../../domain/card-map';
import type { Deck } from '../../domain/deck';
import type { CardProgress, Grade } from '../../domain/progress';
import { cardCategory, LEARN_AHEAD_MS, nextCardId, type CardCategory, type QueueInput } from '../../domain/review-queue';
import { scopeFilter, type StudyScope } from '../../domain/study-scope';
import { nextStudyDayStart, studyDayStart } from '../../domain/study-day';
import { selectDeckLog, selectDeckProgress } from '../../store/study-selectors';
import type { StudyState } from '../../store/study-state';

export type ReviewView =
  | {
      kind: 'card';
      cardId: string;
      side: 'front' | 'back';
      /** When the card was put on screen: time on card runs from here to the grade. */
      shownAt: number;
      /** When the answer was shown (interval previews are computed at it), or null on the front. */
      revealedAt: number | null;
    }
  /** Only learning cards are left, and the first comes back later today (Anki's "next card in 3m"). */
  | { kind: 'waiting'; cardId: string; availableAt: number }
  | { kind: 'finished' };

export function queueInputOf(state: StudyState, deck: Deck, scope: StudyScope, now: number): QueueInput {
  return {
    cards: deck.cards,
    progress: selectDeckProgress(deck.id)(state),
    log: selectDeckLog(deck.id)(state),
    settings: state.settings,
    now,
    scope,
  };
}

/** Same scheduling and suspension; a merge from another tab may copy unchanged progress into new objects. */
export function sameProgress(a: CardProgress | undefined, b: CardProgress | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const [x, y] = [a.scheduling, b.scheduling];
  return a.suspended === b.suspended && x.state === y.state && x.due === y.due && x.reps === y.reps && x.lastReview === y.lastReview;
}

export interface NextAvailable {
  at: number;
  category: CardCategory;
  cardId: string;
}

/**
 * When the next card can be shown: now if the queue has one; otherwise a learning card when it comes within the
 * learn-ahead window, a review card on the study day it is due (tomorrow at the earliest, since today's queue is
 * used up), a new card tomorrow. Null when nothing in scope will ever come (all suspended, or no new cards allowed).
 */
export function nextAvailable(input: QueueInput): NextAvailable | null {
  const { settings, now } = input;
  const head = nextCardId(input);
  if (head) return { at: now, category: cardCategory(cardValue(input.progress, head)), cardId: head };
  const inScope = scopeFilter(input.scope);
  const dayEnd = nextStudyDayStart(now, settings.dayStartHour);
  const newCardsCome = settings.newCardsPerDay > 0 && settings.reviewsPerDay > 0;
  let best: NextAvailable | null = null;
  for (const card of input.cards) {
    if ((card.reverse && !settings.studyReverseCards) || !inScope(card)) continue;
    const progress = cardValue(input.progress, card.id);
    if (progress?.suspended) continue;
    const category = cardCategory(progress);
    let at: number;
    if (category === 'new') {
      if (!newCardsCome) continue;
      at = dayEnd;
    } else if (category === 'review') {
      at = Math.max(studyDayStart(progress!.scheduling.due, settings.dayStartHour), dayEnd);
    } else {
      at = Math.max(progress!.scheduling.due - LEARN_AHEAD_MS, now);
    }
    if (best === null || at < best.at) best = { at, category, cardId: card.id };
  }
  return best;
}

/** What the session shows at `now`: the head of the queue, a wait for a learning card due later today, or the end. */
export function chooseView(input: QueueInput): ReviewView {
  const next = nextAvailable(input);
  if (next && next.at <= input.now) return { kind: 'card', cardId: next.cardId, side: 'front', shownAt: input.now, revealedAt: null };
  if (next && next.category === 'learning' && next.at < nextStudyDayStart(input.now, input.settings.dayStartHour)) {
    return { kind: 'waiting', cardId: next.cardId, availableAt: next.at };
  }
  return { kind: 'finished' };
}

/** One grade given in this session. */
export interface SessionGrade {
  cardId: string;
  rating: Grade;
  at: number;
  /** As stored in the review log (whole seconds, capped). */
  durationMs: number;
}

export interface SessionSummary {
  cardsReviewed: number;
  answers: number;
  againCount: number;
  /** Share of answers that were Again, 0–1; null before any answer. */
  againRate: number | null;
  timeSpentMs: number;
  byGrade: Record<Grade, number>;
}

export function summariseSession(grades: readonly SessionGrade[]): SessionSummary {
  const byGrade: Record<Grade, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let timeSpentMs = 0;
  for (const grade of grades) {
    byGrade[grade.rating] += 1;
    timeSpentMs += grade.durationMs;
  }
  return {
    cardsReviewed: new Set(grades.map((grade) => grade.cardId)).size,
    answers: grades.length,
    againCount: byGrade[1],
    againRate: grades.length === 0 ? null : byGrade[1] / grades.length,
    timeSpentMs,
    byGrade,
  };
}

/** True when the scope holds new cards that could be studied (none suspended, reverse cards only if studied). */
export function hasNewCards(input: QueueInput): boolean {
  const inScope = scopeFilter(input.scope);
  return input.cards.some((card) => {
    if ((card.reverse && !input.settings.studyReverseCards) || !inScope(card)) return false;
    const progress = cardValue(input.progress, card.id);
    return !progress?.suspended && cardCategory(progress) === 'new';
  });
}
