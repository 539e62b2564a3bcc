// Builds the study store: slices combined, then `persist` on the combined store only, then tab sync.
// The app uses one instance (study-store.ts); tests build their own with their own storage.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Mutate } from 'zustand/vanilla';
import { mergeStudyData } from './data/merge-study-data';
import { decodePersisted, type DamagedRecord, type PersistedStudyData } from './persist/persisted-codec';
import { CURRENT_STORE_VERSION, migratePersisted } from './persist/persisted-migrations';
import { createGuardedStorage, type RawStorage, type SaveResult } from './persist/guarded-storage';
import { createProgressSlice } from './slices/progress-slice';
import { createQuizHistorySlice } from './slices/quiz-history-slice';
import { createQuizSessionSlice } from './slices/quiz-session-slice';
import { createSessionSlice, withStorageReport } from './slices/session-slice';
import { createSettingsSlice } from './slices/settings-slice';
import { createStudyDataEncoder } from './persist/study-data-encoder';
import { studyDataOf, type StudyData } from './data/study-data';
import type { StudyState } from './study-state';

export const STORAGE_KEY = 'study-deck';

/** Where the storage event comes from: the window (other tabs of the same origin). */
export type StorageEventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

export interface StudyStoreOptions {
  /** Fuzz spreads review dates a little (on in the app); off makes grading deterministic for tests. */
  enableFuzz: boolean;
  /** Where data is kept; by default the window's localStorage (looked up on every use, as it may throw). */
  storage?: RawStorage;
  /** Storage key; defaults to `study-deck`. */
  key?: string;
  /** Clock for backup key names and problem reports; defaults to Date.now. */
  clock?: () => number;
  /** Source of `storage` events from other tabs; defaults to the window; null turns syncing off. */
  tabSyncSource?: StorageEventSource | null;
}

export type StudyStore = UseBoundStore<Mutate<StoreApi<StudyState>, [['zustand/persist', PersistedStudyData]]>> & {
  /**
   * Writes `next` to storage, all or nothing, and reads it back; only then does the store take it (with an empty undo
   * stack: its steps belong to the data before). When it cannot be stored, nothing changes and the result says why.
   */
  replaceStudyData: (next: StudyData) => SaveResult;
  /** Reads what another tab stored and merges it in (what a storage event triggers); writes back what it adds. */
  syncFromStorage: () => Promise<void>;
  /** Stops listening to other tabs. */
  stopTabSync: () => void;
};

function browserLocalStorage(): RawStorage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}

/** True for the initial state: nothing studied, no quiz, settings nobody chose. */
function isEmptyStudyData(data: StudyData): boolean {
  return (
    Object.keys(data.progress).length === 0 &&
    Object.keys(data.log).length === 0 &&
    Object.keys(data.manualLog).length === 0 &&
    Object.keys(data.undoneReviews).length === 0 &&
    data.quizHistory.length === 0 &&
    Object.keys(data.quizSessions).length === 0 &&
    data.settingsChangedAt === null &&
    data.progressResetAt === null
  );
}

/** Deck id → numbers of the chunks that held records that could not be read. */
function damagedChunksOf(damaged: readonly DamagedRecord[]): Map<string, Set<number>> {
  const chunks = new Map<string, Set<number>>();
  for (const { deckId, chunk } of damaged) {
    if (deckId === undefined || chunk === undefined) continue;
    let numbers = chunks.get(deckId);
    if (!numbers) chunks.set(deckId, (numbers = new Set()));
    numbers.add(chunk);
  }
  return chunks;
}

function defaultTabSyncSource(): StorageEventSource | null {
  return typeof window === 'undefined' ? null : window;
}

export function createStudyStore(options: StudyStoreOptions): StudyStore {
  const key = options.key ?? STORAGE_KEY;
  const clock = options.clock ?? Date.now;
  const { storage } = options;
  const guarded = createGuardedStorage({ getStorage: storage ? () => storage : browserLocalStorage, clock });
  const encode = createStudyDataEncoder();

  const useStore = create<StudyState>()(
    persist(
      (...slice) => ({
        ...createProgressSlice({ enableFuzz: options.enableFuzz })(...slice),
        ...createSettingsSlice(...slice),
        ...createQuizHistorySlice(...slice),
        ...createQuizSessionSlice({ enableFuzz: options.enableFuzz })(...slice),
        ...createSessionSlice(...slice),
      }),
      {
        name: key,
        version: CURRENT_STORE_VERSION,
        storage: guarded,
        partialize: (state) => encode(studyDataOf(state)),
        migrate: (state, version) => {
          try {
            return migratePersisted(state, version);
          } catch (error) {
            // Checked data that still fails to migrate is set aside like unreadable data, never half-applied.
            guarded.quarantineLastRead('foreign-shape', `migration from schema ${version} failed: ${String(error)}`);
            return null as unknown as PersistedStudyData;
          }
        },
        // On load `current` is the empty initial state: the stored data becomes the store's, and the encoder learns
        // that it is what storage holds (so nothing is encoded again). On a storage event `current` is this tab's
        // data: the stored data is merged in, so neither side loses a grade.
        merge: (persisted, current) => {
          const issue = guarded.takeLoadIssue();
          let next = current;
          if (persisted) {
            const stored = persisted as PersistedStudyData;
            const { data, damaged } = decodePersisted(stored);
            if (isEmptyStudyData(current)) {
              next = { ...current, ...data };
              encode.adopt(stored, data, damagedChunksOf(damaged));
            } else {
              next = { ...current, ...mergeStudyData(studyDataOf(current), data) };
            }
          }
          return issue ? { ...next, session: withStorageReport(next.session, issue) } : next;
        },
      },
    ),
  );

  guarded.connect((issue) => useStore.setState((state) => ({ session: withStorageReport(state.session, issue) })));

  const replaceStudyData = (next: StudyData): SaveResult => {
    const result = guarded.save(key, { state: encode(next), version: CURRENT_STORE_VERSION });
    if (result.ok) useStore.setState((state) => ({ ...next, session: { ...state.session, undoStack: [] } }));
    return result;
  };

  const syncFromStorage = () => {
    const rehydrated = useStore.persist.rehydrate();
    // The guarded storage is synchronous, so the merge has already happened. Rehydrating does not write; writing
    // the merge back now, in the same task, leaves no gap in which this tab could overwrite a newer write with an
    // older view (the guarded storage skips the write when the text is unchanged).
    useStore.setState((state) => state);
    return rehydrated;
  };

  const source = options.tabSyncSource === undefined ? defaultTabSyncSource() : options.tabSyncSource;
  const onStorage = (event: Event) => {
    const changedKey = (event as StorageEvent).key;
    // A null key means the other tab cleared the whole storage: merging puts this tab's data back.
    if (changedKey === key || changedKey === null) void syncFromStorage();
  };
  source?.addEventListener('storage', onStorage);

  return Object.assign(useStore, {
    replaceStudyData,
    syncFromStorage,
    stopTabSync: () => source?.removeEventListener('storage', onStorage),
  });
}
