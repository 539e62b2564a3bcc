// Where an import goes: a new deck, or a new version of an imported deck. Notes from the same files (or with the
// same title) most likely update the deck they made before.
import type { ImportedDeck } from '../../store/deck-library/deck-library-storage';
import type { DeckDraft } from '../../store/deck-library/deck-library';

export const NEW_DECK = 'new';

const sameFiles = (entry: ImportedDeck, draft: DeckDraft) => {
  const paths = new Set(entry.sources.map((source) => source.path));
  return paths.size === draft.sources.length && draft.sources.every((source) => paths.has(source.path));
};

/** An imported deck's id for "update it", or NEW_DECK. Pasted notes have no file name to go by. */
export function suggestedTarget(decks: readonly ImportedDeck[], draft: DeckDraft, pasted: boolean): string {
  const byFiles = pasted ? undefined : decks.find((entry) => sameFiles(entry, draft));
  const match = byFiles ?? decks.find((entry) => entry.deck.id === draft.deck.id);
  return match?.deck.id ?? NEW_DECK;
}
