// A deck as the app holds it: its outline at once, its cards when they have loaded. An imported deck is whole from
// the start; the built-in deck (built-in-deck.ts) loads its chapters when a screen first needs them.
import type { Deck } from '../../domain/deck';
import { type DeckOutline, outlineOf } from '../../domain/deck-outline';
import type { NoteDocument } from '../../domain/note-document';

export interface DeckSource {
  outline: DeckOutline;
  /** The whole deck when it has loaded, else null. */
  loaded: () => Deck | null;
  /** The whole deck; the same promise until it settles (after a failure, the next call tries again). */
  load: () => Promise<Deck>;
  /**
   * A deck of these chapters (by id, any order) and their cards, for a screen that needs no more; it may hold more
   * chapters (all of them, for a deck already whole).
   */
  loadChapters: (chapterIds: readonly string[]) => Promise<Deck>;
  /** A chapter's note document (null when there is none for it); null for a deck that has no documents. */
  loadDocument: ((chapterId: string) => Promise<NoteDocument | null>) | null;
}

const sources = new WeakMap<Deck, DeckSource>();

/** The source of a deck already at hand; the same object for the same deck. */
export function deckSource(deck: Deck): DeckSource {
  let source = sources.get(deck);
  if (source === undefined) {
    const loaded = Promise.resolve(deck);
    source = { outline: outlineOf(deck), loaded: () => deck, load: () => loaded, loadChapters: () => loaded, loadDocument: null };
    sources.set(deck, source);
  }
  return source;
}
