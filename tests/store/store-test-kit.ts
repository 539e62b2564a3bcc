// Shared set-up for store tests: fresh stores per test (as the zustand testing guide asks), fixed clocks, fixtures.
import { cardEntries } from '../../src/domain/card-map';
import { logArray } from '../study-data-kit';
import { readFileSync } from 'node:fs';
import { afterEach, expect } from 'vitest';
import { cardTimeline, isUntouchedNewState, replayCard } from '../../src/domain/card-replay';
import { schedulerOptionsFrom } from '../../src/domain/scheduler';
import type { StudyData } from '../../src/store/data/study-data';
import { createStudyStore, STORAGE_KEY, type StudyStore, type StudyStoreOptions } from '../../src/store/create-study-store';
import type { RawStorage } from '../../src/store/persist/guarded-storage';
import { createMemoryStorage } from '../../src/store/persist/memory-storage';
import { repoPath } from '../paths';

export const DECK = 'kubernetes';
export const KUBELET = 'kubernetes-architecture/definition/kubelet';
export const KUBELET_REVERSE = 'kubernetes-architecture/definition/kubelet/reverse';
export const POD = 'kubernetes-architecture/definition/pod';
export const ETCD = 'kubernetes-architecture/definition/etcd';
/** In the v1 fixture, but no longer a card of the notes (its line is only a URL). */
export const CASE_STUDIES = 'kubernetes/definition/kubernetes-case-studies';

/** 27 Nov 2026, 09:00 UTC (TZ is UTC in tests). */
export const T0 = Date.UTC(2026, 10, 27, 9, 0);
export const MINUTE = 60_000;
export const DAY = 86_400_000;

const created: StudyStore[] = [];

afterEach(() => {
  for (const store of created.splice(0)) store.stopTabSync();
});

/** A store with fuzz off, no tab sync unless asked, a fixed clock, over `storage` (a fresh memory storage by default). */
export function makeStore(storage: RawStorage = createMemoryStorage(), options: Partial<StudyStoreOptions> = {}): StudyStore {
  const store = createStudyStore({ storage, enableFuzz: false, tabSyncSource: null, clock: () => T0, ...options });
  created.push(store);
  return store;
}

export function readStoredFixture(name: string): string {
  return readFileSync(repoPath('tests/fixtures/stored', name), 'utf8');
}

export function storageWith(text: string) {
  return createMemoryStorage({ [STORAGE_KEY]: text });
}

export function storedEnvelope(storage: RawStorage): { version: number; state: Record<string, unknown> } {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
}

/** Undoes the newest undoable grade of any deck, as a review screen does for its own last grade (undoGrade). */
export function undoLast(store: StudyStore) {
  const step = store.getState().session.undoStack.at(-1);
  return step ? store.getState().undoGrade(step.deckId, step.entry) : null;
}

/** Every card of the deck with progress: its stored state equals the replay of its grades and forgets (fuzz on). */
export function expectStatesAreReplays(data: Pick<StudyData, 'settings' | 'progress' | 'log' | 'manualLog'>): void {
  const options = schedulerOptionsFrom(data.settings, true);
  for (const [cardId, progress] of cardEntries(data.progress[DECK])) {
    const timeline = cardTimeline(
      logArray(data.log[DECK]).filter((entry) => entry.cardId === cardId),
      (data.manualLog[DECK] ?? []).filter((entry) => entry.cardId === cardId),
    );
    const replayed = replayCard(timeline, options);
    if (replayed === null) expect(isUntouchedNewState(progress.scheduling), cardId).toBe(true);
    else expect(progress.scheduling, cardId).toEqual(replayed);
  }
}
