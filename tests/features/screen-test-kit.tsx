// What the screen tests share: a real study store over memory storage (fuzz off, no tab sync) made fresh for each
// test, a clock that stands still until the test moves it, and a route rendered as the app renders it (hash
// routing with the query in the hash, the store given through its context).
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach } from 'vitest';
import { Router } from 'wouter';
import { useHashPath, useHashSearch } from '../../src/app/hash-location';
import { createStudyStore, type StudyStore } from '../../src/store/create-study-store';
import { createMemoryStorage } from '../../src/store/persist/memory-storage';
import { StudyStoreContext } from '../../src/store/study-store-context';

/** Friday 27 Nov 2026, 09:00 UTC (TZ is UTC in tests). */
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

/** Opens `hash` (`#/review?chapter=…`) and renders `screen` there with `store` as the app's study store. */
export function renderAt(hash: string, store: StudyStore, screen: ReactNode) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(
    <Router hook={useHashPath} searchHook={useHashSearch}>
      <StudyStoreContext value={store}>{screen}</StudyStoreContext>
    </Router>,
  );
}
