// Renders the review route as the app does (hash routing with the query in the hash), over a real store with
// in-memory storage, fuzz off, and a clock the test moves.
import { render } from '@testing-library/react';
import { afterEach } from 'vitest';
import { Router } from 'wouter';
import type { Deck } from '../../../src/domain/deck';
import { State, type SchedulingState } from '../../../src/domain/progress';
import { useHashPath, useHashSearch } from '../../../src/app/hash-location';
import { createStudyStore, type StudyStore } from '../../../src/store/create-study-store';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { ReviewRoute } from '../../../src/features/review/review-route';

/** 27 Nov 2026, 09:00 UTC (TZ is UTC in tests). */
export const T0 = Date.UTC(2026, 10, 27, 9, 0);
export const SECOND = 1000;
export const MINUTE = 60_000;
export const DAY = 86_400_000;

const stores: StudyStore[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.stopTabSync();
  window.history.replaceState(null, '', '/');
});

export function makeStore(): StudyStore {
  const store = createStudyStore({ storage: createMemoryStorage(), enableFuzz: false, tabSyncSource: null, clock: () => T0 });
  stores.push(store);
  return store;
}

/** A clock that stands still until the test moves it. */
export function makeClock(start = T0) {
  let now = start;
  return {
    now: () => now,
    set: (at: number) => {
      now = at;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export function renderReview(hash: string, deck: Deck, store: StudyStore, clock: () => number) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(
    <Router hook={useHashPath} searchHook={useHashSearch}>
      <StudyStoreContext value={store}><ReviewRoute deck={deck} clock={clock} /></StudyStoreContext>
    </Router>,
  );
}

/** Puts a card into a given scheduling state, as if it had been studied before. */
export function setScheduling(store: StudyStore, deckId: string, cardId: string, scheduling: SchedulingState, suspended = false) {
  store.setState((state) => ({
    progress: { ...state.progress, [deckId]: { ...state.progress[deckId], [cardId]: { scheduling, suspended } } },
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
