// Shared set-up for the home and settings screen tests: a real study store over memory storage (fuzz off, no tab
// sync unless asked, a fixed clock) and rendering inside the app's hash router, so links read `#/…`.
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, expect } from 'vitest';
import { Router } from 'wouter';
import { useHashPath, useHashSearch } from '../../../src/app/hash-location';
import { createStudyStore, type StudyStore, type StudyStoreOptions } from '../../../src/store/create-study-store';
import type { RawStorage } from '../../../src/store/persist/guarded-storage';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';

/** 27 Nov 2026, 09:00 UTC (TZ is UTC in tests; study days start at 04:00 by default). */
export const T0 = Date.UTC(2026, 10, 27, 9, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const created: StudyStore[] = [];

afterEach(() => {
  for (const store of created.splice(0)) store.stopTabSync();
  window.history.replaceState(null, '', '/');
});

export function makeTestStore(storage: RawStorage = createMemoryStorage(), options: Partial<StudyStoreOptions> = {}): StudyStore {
  const store = createStudyStore({ storage, enableFuzz: false, tabSyncSource: null, clock: () => T0, ...options });
  created.push(store);
  return store;
}

export function renderInApp(ui: ReactNode) {
  return render(
    <Router hook={useHashPath} searchHook={useHashSearch}>
      {ui}
    </Router>,
  );
}

/** Home draws the deck at once and its figures once the store code has loaded (the first load in a run is slow). */
export async function waitForHomeFigures(): Promise<void> {
  await waitFor(() => expect(screen.getByRole('region', { name: 'Today' })).toHaveAttribute('aria-busy', 'false'), { timeout: 10_000 });
}
