// The decks the learner can study: the built-in deck (from content/, built with the app) and decks imported in the
// browser, plus which one is active. Imported decks live in a DeckLibraryStorage (IndexedDB in the app); the active
// deck id has its own small localStorage key, read synchronously so the first render knows which deck to wait for.
// Progress is not kept here: the study store keys it by deck id, so each deck has its own.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Deck } from '../../domain/deck';
import type { StorageEventSource } from '../create-study-store';
import type { DeckLibraryStorage, DeckSourceFile, ImportedDeck, LoadedDecks } from './deck-library-storage';
import { deckSource, type DeckSource } from './deck-source';
import type { RawStorage } from '../persist/guarded-storage';

export const ACTIVE_DECK_KEY = 'study-deck:active-deck';
/** Bumped on every library change, so other tabs know to read the library again. */
export const DECK_LIBRARY_CHANGED_KEY = 'study-deck:deck-library-changed';
export const MAX_DECK_TITLE_LENGTH = 120;

/** `pending` until the stored decks have been read; `unavailable` when they cannot be (no IndexedDB). */
export type DeckLibraryStatus = 'pending' | 'ready' | 'unavailable';

/** What an import produces: the built deck and the note texts it was built from. */
export interface DeckDraft {
  deck: Deck;
  sources: DeckSourceFile[];
}

export interface DeckLibraryState {
  /** The deck built with the app; its cards load when a screen needs them. */
  builtIn: DeckSource;
  /** Imported decks, oldest first. */
  decks: ImportedDeck[];
  /** The built-in deck's id or an imported deck's id (the built-in deck is used while that one is not there). */
  activeDeckId: string;
  status: DeckLibraryStatus;
  /** The last storage problem, in words, for a notice; null when everything was kept. */
  problem: string | null;
  unreadable: LoadedDecks['unreadable'];
  /** Reads the stored decks once; later calls return the same promise. Never rejects. */
  load: () => Promise<void>;
  /** Reads the stored decks and the active deck id again (another tab changed them). */
  refresh: () => Promise<void>;
  /**
   * Adds a deck under an id no other deck has (the title's slug, then `-2`, `-3`, …); activating it is the caller's
   * choice. A change the storage did not keep stays in memory for this visit (`kept: false`, and `problem` says why).
   */
  addDeck: (draft: DeckDraft, now: number, title?: string) => Promise<LibraryChange<ImportedDeck>>;
  /** Replaces an imported deck's notes and cards, keeping its id (so its progress) and its title. */
  updateDeck: (deckId: string, draft: DeckDraft, now: number) => Promise<LibraryChange<ImportedDeck>>;
  renameDeck: (deckId: string, title: string, now: number) => Promise<LibraryChange<ImportedDeck>>;
  /** Removes an imported deck (its progress is the study store's, untouched here); the built-in deck becomes active if it was. */
  deleteDeck: (deckId: string, now: number) => Promise<LibraryChange<null>>;
  activateDeck: (deckId: string) => void;
  dismissProblem: () => void;
}

export interface LibraryChange<T> {
  result: T;
  /** False when the storage failed to keep the change. */
  kept: boolean;
}

export type DeckLibrary = StoreApi<DeckLibraryState> & {
  /** Stops listening to other tabs. */
  stopTabSync: () => void;
};

export interface DeckLibraryOptions {
  builtIn: DeckSource;
  storage: DeckLibraryStorage;
  /** Holds the active deck id; null keeps it in memory only. */
  activeDeckStorage: RawStorage | null;
  /** Source of `storage` events from other tabs; null turns syncing off. */
  tabSyncSource?: StorageEventSource | null;
}

/** Trimmed, inner whitespace collapsed; null when nothing is left. */
export function normaliseDeckTitle(title: string): string | null {
  const clean = title.replace(/\s+/g, ' ').trim().slice(0, MAX_DECK_TITLE_LENGTH).trim();
  return clean === '' ? null : clean;
}

/** `base`, else `base-2`, `base-3`, …: the first one not taken. */
export function uniqueDeckId(base: string, taken: ReadonlySet<string>): string {
  const start = base === '' ? 'notes' : base;
  let id = start;
  for (let count = 2; taken.has(id); count += 1) id = `${start}-${count}`;
  return id;
}

/** The active deck: an imported one, or the built-in one (also while the chosen one is not there). */
export function selectActiveSource(state: Pick<DeckLibraryState, 'decks' | 'activeDeckId' | 'builtIn'>): DeckSource {
  const imported = state.decks.find((entry) => entry.deck.id === state.activeDeckId);
  return imported ? deckSource(imported.deck) : state.builtIn;
}

export const findImportedDeck = (state: Pick<DeckLibraryState, 'decks'>, deckId: string): ImportedDeck | undefined =>
  state.decks.find((entry) => entry.deck.id === deckId);

const reasonOf = (error: unknown) => (error instanceof Error ? error.message || error.name : String(error));

function readKey(storage: RawStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeKey(storage: RawStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Private mode or a full storage: the choice lasts for this visit only, which is all that is possible.
  }
}

export function createDeckLibrary(options: DeckLibraryOptions): DeckLibrary {
  const { builtIn, storage, activeDeckStorage } = options;
  const builtInId = builtIn.outline.id;
  let loading: Promise<void> | null = null;
  let changes = 0;

  const store = createStore<DeckLibraryState>()((set, get) => {
    const requireImported = (deckId: string) => {
      if (!findImportedDeck(get(), deckId)) throw new Error(`There is no imported deck "${deckId}"`);
    };

    /** Keeps a change; a storage failure leaves it in memory and says so. */
    const persist = async <T>(write: () => Promise<void>, now: number, result: T): Promise<LibraryChange<T>> => {
      try {
        await write();
        changes += 1;
        writeKey(activeDeckStorage, DECK_LIBRARY_CHANGED_KEY, `${now}:${changes}`);
        if (get().problem) set({ problem: null });
        return { result, kept: true };
      } catch (error) {
        set({ problem: `This browser did not keep the change (${reasonOf(error)}); it lasts until this page is closed.` });
        return { result, kept: false };
      }
    };

    const readStored = async () => {
      try {
        const loaded = await storage.load();
        set({ decks: loaded.decks, unreadable: loaded.unreadable, status: 'ready' });
      } catch (error) {
        set({ status: 'unavailable', problem: `Imported decks cannot be read in this browser (${reasonOf(error)}).` });
      }
    };

    const activate = (deckId: string) => {
      set({ activeDeckId: deckId });
      writeKey(activeDeckStorage, ACTIVE_DECK_KEY, deckId);
    };

    return {
      builtIn,
      decks: [],
      activeDeckId: readKey(activeDeckStorage, ACTIVE_DECK_KEY) ?? builtInId,
      status: 'pending',
      problem: null,
      unreadable: [],

      // Changes no state until the read is done, so a component may call it while rendering.
      load: () => {
        loading ??= readStored();
        return loading;
      },

      refresh: async () => {
        await get().load();
        await readStored();
        set({ activeDeckId: readKey(activeDeckStorage, ACTIVE_DECK_KEY) ?? builtInId });
      },

      addDeck: async (draft, now, title) => {
        await get().load();
        const taken = new Set([builtInId, ...get().decks.map((entry) => entry.deck.id)]);
        const id = uniqueDeckId(draft.deck.id, taken);
        const deckTitle = normaliseDeckTitle(title ?? draft.deck.title) ?? draft.deck.title;
        const entry: ImportedDeck = { deck: { ...draft.deck, id, title: deckTitle }, sources: draft.sources, importedAt: now, updatedAt: now };
        set({ decks: [...get().decks, entry] });
        return persist(() => storage.save(entry), now, entry);
      },

      updateDeck: async (deckId, draft, now) => {
        await get().load();
        requireImported(deckId);
        const previous = findImportedDeck(get(), deckId)!;
        const entry: ImportedDeck = {
          ...previous,
          deck: { ...draft.deck, id: deckId, title: previous.deck.title },
          sources: draft.sources,
          updatedAt: now,
        };
        set({ decks: get().decks.map((item) => (item.deck.id === deckId ? entry : item)) });
        return persist(() => storage.save(entry), now, entry);
      },

      renameDeck: async (deckId, title, now) => {
        await get().load();
        requireImported(deckId);
        const clean = normaliseDeckTitle(title);
        if (!clean) throw new Error('A deck needs a name');
        const previous = findImportedDeck(get(), deckId)!;
        if (previous.deck.title === clean) return { result: previous, kept: true };
        const entry: ImportedDeck = { ...previous, deck: { ...previous.deck, title: clean }, updatedAt: now };
        set({ decks: get().decks.map((item) => (item.deck.id === deckId ? entry : item)) });
        return persist(() => storage.save(entry), now, entry);
      },

      deleteDeck: async (deckId, now) => {
        await get().load();
        requireImported(deckId);
        set({ decks: get().decks.filter((item) => item.deck.id !== deckId) });
        if (get().activeDeckId === deckId) activate(builtInId);
        return persist(() => storage.remove(deckId), now, null);
      },

      activateDeck: (deckId) => {
        if (deckId !== builtInId && get().status === 'ready') requireImported(deckId);
        activate(deckId);
      },

      dismissProblem: () => set({ problem: null }),
    };
  });

  const source = options.tabSyncSource ?? null;
  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    if (key === ACTIVE_DECK_KEY || key === DECK_LIBRARY_CHANGED_KEY || key === null) void store.getState().refresh();
  };
  source?.addEventListener('storage', onStorage);

  return Object.assign(store, { stopTabSync: () => source?.removeEventListener('storage', onStorage) });
}
