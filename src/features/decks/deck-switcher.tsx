// A compact deck switcher for the header or Home: a labelled list of every deck; choosing one makes it active and
// opens its Home. Shown only when there is more than one deck to choose from.
import { useEffect, useId } from 'react';
import { useLocation } from 'wouter';
import { useStore } from 'zustand';
import { useDeckLibrary } from '../../store/deck-library/use-active-deck';
import { selectActiveSource } from '../../store/deck-library/deck-library';
import './decks.css';
import { paths } from '../../config/paths';

export function DeckSwitcher() {
  const library = useDeckLibrary();
  const builtIn = useStore(library, (state) => state.builtIn.outline);
  const decks = useStore(library, (state) => state.decks);
  const activeId = useStore(library, (state) => selectActiveSource(state).outline.id);
  const [, navigate] = useLocation();
  const id = useId();

  useEffect(() => {
    void library.getState().load();
  }, [library]);

  if (decks.length === 0) return null;
  return (
    <div className="deck-switcher">
      <label htmlFor={id} className="deck-switcher-label">
        Deck
      </label>
      <select
        id={id}
        className="deck-switcher-select"
        value={activeId}
        onChange={(event) => {
          navigate(paths.home.href());
          library.getState().activateDeck(event.target.value);
        }}
      >
        <option value={builtIn.id}>{builtIn.title}</option>
        {decks.map((entry) => (
          <option key={entry.deck.id} value={entry.deck.id}>
            {entry.deck.title}
          </option>
        ))}
      </select>
    </div>
  );
}
