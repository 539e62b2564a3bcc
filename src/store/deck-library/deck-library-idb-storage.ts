// The app's deck storage: IndexedDB, its code (deck-library-idb.ts) loaded on first use.
import type { DeckLibraryStorage } from './deck-library-storage';

export const DECK_LIBRARY_DB = 'study-deck-library';

/**
 * IndexedDB through idb-keyval. Its code (and the record checks) load on first use, so they stay out of the initial
 * page; the database opens then too.
 */
export function createIdbDeckLibraryStorage(dbName = DECK_LIBRARY_DB): DeckLibraryStorage {
  let opened: Promise<DeckLibraryStorage> | null = null;
  const open = () => (opened ??= import('./deck-library-idb').then((module) => module.openIdbDeckLibrary(dbName)));
  return {
    load: async () => (await open()).load(),
    save: async (entry) => (await open()).save(entry),
    remove: async (deckId) => (await open()).remove(deckId),
  };
}
