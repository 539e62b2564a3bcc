// A deck's progress in the study store, for the deck screens: how much there is, and forgetting it when the learner
// deletes the deck and asks for that too (by default progress stays, orphaned, as for cards gone from the notes).
import { hasCard } from '../../domain/card-map';
import type { StudyStore } from '../create-study-store';
import { own } from '../data/own-key';
import type { StudyState } from '../study-state';

export interface DeckProgressSize {
  /** Cards with any progress. */
  cards: number;
  reviews: number;
}

export function deckProgressSize(state: Pick<StudyState, 'progress' | 'log'>, deckId: string): DeckProgressSize {
  return { cards: own(state.progress, deckId)?.size ?? 0, reviews: own(state.log, deckId)?.size ?? 0 };
}

/** Ids of `cardIds` that have progress in the deck. */
export function cardsWithProgress(state: Pick<StudyState, 'progress'>, deckId: string, cardIds: readonly string[]): string[] {
  const progress = own(state.progress, deckId);
  return progress ? cardIds.filter((cardId) => hasCard(progress, cardId)) : [];
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!Object.hasOwn(record, key)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * Removes the deck's card progress, review log, undo records, quiz history and quiz in progress; other decks and
 * settings stay.
 * Another tab that still holds this deck's progress brings it back when it next saves (the store has no per-deck
 * reset time yet, unlike "reset all progress").
 */
export function forgetDeckProgress(store: StudyStore, deckId: string): void {
  store.setState((state) => ({
    progress: without(state.progress, deckId),
    log: without(state.log, deckId),
    manualLog: without(state.manualLog, deckId),
    cardChangedAt: without(state.cardChangedAt, deckId),
    undoneReviews: without(state.undoneReviews, deckId),
    quizHistory: state.quizHistory.filter((record) => record.deckId !== deckId),
    quizSessions: without(state.quizSessions, deckId),
    session: { ...state.session, undoStack: state.session.undoStack.filter((step) => step.deckId !== deckId) },
  }));
}
