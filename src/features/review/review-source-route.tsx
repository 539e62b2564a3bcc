// `#/review` on a deck whose chapters load on demand (the built-in deck): the review starts as soon as the chapters
// that can hold today's cards are in (src/domain/review-chapters.ts), while the rest of the deck loads; then the
// session goes on over the whole deck, the same queue. A deck already whole is reviewed at once.
import { startTransition, useEffect, useState } from 'react';
import { useSearchParams } from 'wouter';
import type { Deck } from '../../domain/deck';
import { reviewChapters } from '../../domain/review-chapters';
import type { DeckSource } from '../../store/deck-library/deck-source';
import { selectDeckLog, selectDeckProgress, selectSettings } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store';
import { ReviewRoute } from './review-route';
import { scopeFromQuery } from './review-scope';
import type { ReviewEnvironment } from './use-review-session';

interface ReviewSourceRouteProps extends Partial<ReviewEnvironment> {
  source: DeckSource;
}

/** The chapters today's review needs, as the store has it now. */
function chaptersDeck(source: DeckSource, query: string, { store, clock }: ReviewEnvironment): Promise<Deck> {
  const state = store.getState();
  const deckId = source.outline.id;
  const chapterIds = reviewChapters({
    outline: source.outline,
    progress: selectDeckProgress(deckId)(state),
    log: selectDeckLog(deckId)(state),
    settings: selectSettings(state),
    now: clock(),
    scope: scopeFromQuery(new URLSearchParams(query)),
  });
  return source.loadChapters(chapterIds);
}

/** Runs `task` when the browser is idle (soon after, where it cannot tell). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

export function ReviewSourceRoute({ source, store = useStudyStore, clock = Date.now }: ReviewSourceRouteProps) {
  const [searchParams] = useSearchParams();
  const [wholeDeck, setWholeDeck] = useState(source.loaded);
  // Once the first card is up and the page is idle, the rest of the deck loads, and the session goes on over it
  // (the end of a session offers every chapter); a failure leaves it on the chapters it has.
  useEffect(() => {
    if (wholeDeck) return;
    let mounted = true;
    const cancel = whenIdle(() => {
      source.load().then(
        (deck) => mounted && startTransition(() => setWholeDeck(deck)),
        () => undefined,
      );
    });
    return () => {
      mounted = false;
      cancel();
    };
  }, [source, wholeDeck]);
  const query = searchParams.toString();
  const [chapters, setChapters] = useState<{ query: string; deck: Deck } | { query: string; error: unknown } | null>(null);
  useEffect(() => {
    if (wholeDeck) return;
    let current = true;
    chaptersDeck(source, query, { store, clock }).then(
      (deck) => current && setChapters({ query, deck }),
      (error: unknown) => current && setChapters({ query, error }),
    );
    return () => {
      current = false;
    };
  }, [source, query, store, clock, wholeDeck]);
  if (wholeDeck) return <ReviewRoute deck={wholeDeck} store={store} clock={clock} />;
  if (chapters?.query !== query) {
    return (
      <p className="screen container loading" role="status">
        Loading…
      </p>
    );
  }
  // Shown by the route's error boundary (offline, with the chapters never cached).
  if ('error' in chapters) throw chapters.error;
  return <ReviewRoute deck={chapters.deck} store={store} clock={clock} />;
}
