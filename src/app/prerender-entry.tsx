// Build time only (loaded by src/app/build/prerender-plugin.ts): Home of the built-in deck as HTML for index.html's
// root, so the page paints before the script has downloaded. The tree is the browser's own (AppRoot); parts that
// need stored study data (the dashboard's figures, the storage notice) are drawn by their fallbacks, as the
// browser's first render draws them.
import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { renderToPipeableStream } from 'react-dom/server';
import { builtInDeckSource } from '../store/deck-library/built-in-deck';
import { DeckLibraryContext } from '../store/deck-library/use-active-deck';
import { createDeckLibrary } from '../store/deck-library/deck-library';
import { createMemoryDeckLibraryStorage } from '../store/deck-library/deck-library-memory';
import type { DeckSource } from '../store/deck-library/deck-source';
import { AppRoot } from './app-root';

const LEFT_TO_THE_BROWSER = new Error('Drawn in the browser: it needs stored study data.');

/** A library holding only the built-in deck, active: what a first visit has (no storage on the server). */
function builtInOnlyLibrary(builtIn: DeckSource) {
  return createDeckLibrary({ builtIn, storage: createMemoryDeckLibraryStorage(), activeDeckStorage: null, tabSyncSource: null });
}

/**
 * Home (`#/`) of the deck as the HTML React draws in the browser's first render. Everything still loading when the
 * page's frame is ready is cut off at once, so the result never depends on how fast lazy modules load.
 */
export function renderHomeHtml(source: DeckSource = builtInDeckSource()): Promise<string> {
  return new Promise((resolve, reject) => {
    const { pipe, abort } = renderToPipeableStream(
      <DeckLibraryContext value={builtInOnlyLibrary(source)}>
        <AppRoot />
      </DeckLibraryContext>,
      {
        // Written out only once the cut-off parts are settled, so they are inline fallbacks marked for the browser
        // (no streaming scripts in the page).
        onShellReady: () => abort(LEFT_TO_THE_BROWSER),
        onAllReady() {
          const html = new PassThrough();
          text(html).then(resolve, reject);
          pipe(html);
        },
        onShellError: reject,
        onError(error) {
          if (error === LEFT_TO_THE_BROWSER) return;
          // Anything else failing on the server fails the build rather than shipping a half-drawn page.
          reject(error);
        },
      },
    );
  });
}

export default renderHomeHtml;
