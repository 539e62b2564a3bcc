// Renders the whole app at a hash route, as the browser would open it.
import { render } from '@testing-library/react';
import type { Deck } from '../../src/domain/deck';
import { App } from '../../src/app/app';

// The app loads the study store, the dashboard, the storage notice, screens, the search dialog and the notes on
// demand. Loading them once up front means no lazy import is still running when a short test ends and its
// environment is torn down, and no test spends its time on the first load of a module.
await Promise.all([
  import('../../src/store/study-store'),
  import('../../src/features/home/home-dashboard'),
  import('../../src/components/storage-notice'),
  import('../../src/features/notes/chapter-screen'),
  import('../../src/features/stats/stats-screen'),
  import('../../src/features/search/search-dialog'),
  import('virtual:notes'),
]);

export function renderAppAt(hash: string, deck: Deck) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(<App deck={deck} />);
}
