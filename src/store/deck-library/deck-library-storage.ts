// Where imported decks are kept: IndexedDB in the browser (one record per deck, via idb-keyval; deck-library-idb*.ts),
// memory in tests and wherever IndexedDB is missing. Records are checked when read, so one damaged deck never hides
// the others.
import type { Deck } from '../../domain/deck';

/** One note file as it was imported. */
export interface DeckSourceFile {
  /** File name (or `pasted-notes.md`), as it appears in warnings and card sources. */
  path: string;
  text: string;
}

/** A deck made from notes in the browser: the built deck plus the texts it came from, so it can be rebuilt later. */
export interface ImportedDeck {
  /** `deck.id` is unique among imported decks and the built-in deck; `deck.title` is what the learner named it. */
  deck: Deck;
  sources: DeckSourceFile[];
  importedAt: number;
  /** Last import, re-import or rename. */
  updatedAt: number;
}

export interface LoadedDecks {
  decks: ImportedDeck[];
  /** Records that could not be read (key and reason); they are left where they are. */
  unreadable: Array<{ key: string; reason: string }>;
}

export interface DeckLibraryStorage {
  load(): Promise<LoadedDecks>;
  /** Adds or replaces the record of `entry.deck.id`. */
  save(entry: ImportedDeck): Promise<void>;
  remove(deckId: string): Promise<void>;
}
