// `#/review` on a deck whose chapters load on demand (the built-in deck): the review starts as soon as the chapters
// that can hold today's cards are in (src/domain/review-chapters.ts), while the rest of the deck loads; then the
// session goes on over the whole deck, the same queue. A deck already whole is reviewed at once.
import { use, useEffect, useState } from 'react';
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

/** The chapters today's review needs, as the store has it now; the source gives the same promise for the same chapters. */
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

export function ReviewSourceRoute({ source, store = useStudyStore, clock = Date.now }: ReviewSourceRouteProps) {
  const [searchParams] = useSearchParams();
  const [wholeDeck, setWholeDeck] = useState(source.loaded);
  useEffect(() => {
    if (wholeDeck) return;
    let mounted = true;
    // A failure leaves the review on the chapters it has; another screen will say what went wrong.
    source.load().then(
      (deck) => mounted && setWholeDeck(deck),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [source, wholeDeck]);
  const deck = wholeDeck ?? use(chaptersDeck(source, searchParams.toString(), { store, clock }));
  return <ReviewRoute deck={deck} store={store} clock={clock} />;
}
