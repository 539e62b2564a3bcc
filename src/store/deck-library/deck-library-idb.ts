// The IndexedDB side of the deck library: one record per deck, keyed by deck id, in a database of its own.
import { createStore, del, entries, set } from 'idb-keyval';
import { checkedRecords } from './deck-library-records';
import type { DeckLibraryStorage } from './deck-library-storage';

const DECK_STORE = 'decks';

export function openIdbDeckLibrary(dbName: string): DeckLibraryStorage {
  const store = createStore(dbName, DECK_STORE);
  // `async` turns a missing `indexedDB` (a synchronous ReferenceError inside idb-keyval) into a rejection.
  return {
    load: async () => checkedRecords(await entries<string, unknown>(store)),
    save: async (entry) => set(entry.deck.id, entry, store),
    remove: async (deckId) => del(deckId, store),
  };
}
