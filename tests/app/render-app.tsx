// Renders the whole app at a hash route, as the browser would open it.
import { render } from '@testing-library/react';
import builtDeck from 'virtual:deck';
import type { Deck } from '../../src/domain/deck';
import { App } from '../../src/app/app';
import { builtInDeckSource } from '../../src/store/deck-library/built-in-deck';
import { deckSource } from '../../src/store/deck-library/deck-source';

// The app loads the study store, the dashboard, the storage notice, screens, the search dialog and the built deck's
// chapters on demand. Loading them once up front means no lazy import is still running when a short test ends and its
// environment is torn down, and no test spends its time on the first load of a module or of the deck's chunks.
const builtIn = builtInDeckSource();
await Promise.all([
  import('../../src/store/study-store'),
  import('../../src/features/home/home-dashboard'),
  import('../../src/components/storage-notice'),
  import('../../src/features/notes/chapter-screen'),
  import('../../src/features/stats/stats-screen'),
  import('../../src/features/search/search-dialog'),
  builtIn.load(),
  ...builtIn.outline.chapters.map((chapter) => builtIn.loadDocument?.(chapter.id)),
]);

/** The built deck (`virtual:deck`) is opened as the app opens it: its outline first, its chapters loaded on demand. */
export function renderAppAt(hash: string, deck: Deck) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(<App source={deck === builtDeck ? builtInDeckSource() : deckSource(deck)} />);
}
