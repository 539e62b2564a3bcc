// The review route over a test's store and clock (screen-test-kit.tsx), and cards put into a scheduling state.
import { emptyCardMap, withCard } from '../../../src/domain/card-map';
import type { Deck } from '../../../src/domain/deck';
import { State, type SchedulingState } from '../../../src/domain/progress';
import { ReviewRoute } from '../../../src/features/review/review-route';
import type { StudyStore } from '../../../src/store/create-study-store';
import { DAY, renderAt } from '../screen-test-kit';

export function renderReview(hash: string, deck: Deck, store: StudyStore, clock: () => number) {
  return renderAt(hash, store, <ReviewRoute deck={deck} clock={clock} />);
}

/** Puts a card into a given scheduling state, as if it had been studied before. */
export function setScheduling(store: StudyStore, deckId: string, cardId: string, scheduling: SchedulingState, suspended = false) {
  store.setState((state) => ({
    progress: { ...state.progress, [deckId]: withCard(state.progress[deckId] ?? emptyCardMap(), cardId, { scheduling, suspended }) },
  }));
}

/** A review card last seen `daysAgo` days before `now`, due at `now`, with `lapses` lapses. */
export function reviewState(now: number, { daysAgo = 10, lapses = 0 }: { daysAgo?: number; lapses?: number } = {}): SchedulingState {
  return {
    due: now,
    stability: daysAgo,
    difficulty: 5,
    scheduledDays: daysAgo,
    learningSteps: 0,
    reps: lapses + 3,
    lapses,
    state: State.Review,
    lastReview: now - daysAgo * DAY,
  };
}
