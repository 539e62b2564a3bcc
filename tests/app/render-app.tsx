// Renders the whole app at a hash route, as the browser would open it.
import { render } from '@testing-library/react';
import type { Deck } from '../../src/domain/deck';
import { App } from '../../src/app/app';

export function renderAppAt(hash: string, deck: Deck) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(<App deck={deck} />);
}
