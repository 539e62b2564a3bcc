// The deck built from content/ with the app (src/pipeline/node/vite-plugin-deck.ts): the outline is part of the
// first page; each chapter's cards and note document are chunks of their own, loaded when a screen needs them and
// precached by the service worker for offline use.
import outline, { chapterLoaders, documentLoaders, loadRest } from 'virtual:deck-outline';
import type { DeckSource } from './deck-source';
import { lazyDeckSource } from './lazy-deck-source';

let builtIn: DeckSource | null = null;

export function builtInDeckSource(): DeckSource {
  builtIn ??= lazyDeckSource(outline, { chapters: chapterLoaders, rest: loadRest, documents: documentLoaders });
  return builtIn;
}
