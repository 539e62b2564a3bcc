// The decks this browser has, by id: the built-in deck and the imported ones, for naming each deck's progress.
import { useEffect, useMemo } from 'react';
import { useDeckLibrary, useDeckLibraryState } from '../../store/deck-library/use-active-deck';

export interface DeckName {
  title: string;
  imported: boolean;
}

export function useDeckNames(): ReadonlyMap<string, DeckName> {
  const library = useDeckLibrary();
  const builtInDeck = useDeckLibraryState((state) => state.builtIn.outline);
  const decks = useDeckLibraryState((state) => state.decks);
  useEffect(() => {
    void library.getState().load();
  }, [library]);
  return useMemo(
    () =>
      new Map<string, DeckName>([
        [builtInDeck.id, { title: builtInDeck.title, imported: false }],
        ...decks.map((entry): [string, DeckName] => [entry.deck.id, { title: entry.deck.title, imported: true }]),
      ]),
    [builtInDeck, decks],
  );
}
