// The deck library's storage in memory: for tests, and a model of what the IndexedDB storage does.
import { checkedRecords } from './deck-library-records';
import type { DeckLibraryStorage } from './deck-library-storage';

/** In memory, copying records in and out as IndexedDB does, so a stored deck never shares objects with the app. */
export function createMemoryDeckLibraryStorage(initial: readonly unknown[] = []): DeckLibraryStorage & { records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  for (const record of initial) {
    const id = (record as { deck?: { id?: unknown } } | null)?.deck?.id;
    records.set(typeof id === 'string' ? id : `record-${records.size + 1}`, structuredClone(record));
  }
  return {
    records,
    load: async () => checkedRecords([...records.entries()].map(([key, value]) => [key, structuredClone(value)])),
    save: async (entry) => {
      records.set(entry.deck.id, structuredClone(entry));
    },
    remove: async (deckId) => {
      records.delete(deckId);
    },
  };
}
