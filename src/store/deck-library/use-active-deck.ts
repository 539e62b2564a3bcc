// The deck every screen shows: the built-in deck or the imported deck the learner chose.
// The app's deck library is made on first use; tests and other roots can provide their own through the context.
import { createContext, use, useContext, useEffect } from 'react';
import { useStore } from 'zustand';
import type { Deck } from '../../domain/deck';
import { builtInDeckSource } from './built-in-deck';
import { createDeckLibrary, selectActiveSource, type DeckLibrary, type DeckLibraryState } from './deck-library';
import { createIdbDeckLibraryStorage } from './deck-library-idb-storage';
import type { DeckSource } from './deck-source';

let appLibrary: DeckLibrary | null = null;

function browserLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Some private modes throw on merely reading `localStorage`.
    return null;
  }
}

/** The app's own library: IndexedDB for decks, localStorage for the active deck id, synced with other tabs. */
export function appDeckLibrary(): DeckLibrary {
  appLibrary ??= createDeckLibrary({
    builtIn: builtInDeckSource(),
    storage: createIdbDeckLibraryStorage(),
    activeDeckStorage: browserLocalStorage(),
    tabSyncSource: typeof window === 'undefined' ? null : window,
  });
  return appLibrary;
}

/** A library to use instead of the app's (tests); null means the app's. */
export const DeckLibraryContext = createContext<DeckLibrary | null>(null);

export function useDeckLibrary(): DeckLibrary {
  return useContext(DeckLibraryContext) ?? appDeckLibrary();
}

/** A part of the library's state; the selector should return stored objects, so renders happen only on change. */
export function useDeckLibraryState<T>(selector: (state: DeckLibraryState) => T): T {
  return useStore(useDeckLibrary(), selector);
}

const waitsForStoredDeck = (state: DeckLibraryState) => state.status === 'pending' && state.activeDeckId !== state.builtIn.outline.id;

/**
 * The active deck. While the stored decks are read (once, at start), a screen whose active deck is an imported one
 * suspends instead of showing the built-in deck for a moment; if they cannot be read, the built-in deck is shown.
 */
export function useActiveSource(): DeckSource {
  const library = useDeckLibrary();
  const waiting = useStore(library, waitsForStoredDeck);
  const source = useStore(library, selectActiveSource);
  // Read at start even when the built-in deck is active, so deck lists and the switcher are ready.
  useEffect(() => {
    void library.getState().load();
  }, [library]);
  if (waiting) use(library.getState().load());
  return source;
}

/** The whole deck of a source: a component that needs every card suspends until they have loaded. */
export function useLoadedDeck(source: DeckSource): Deck {
  return source.loaded() ?? use(source.load());
}
