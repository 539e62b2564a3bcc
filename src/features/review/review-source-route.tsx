// `#/review` on a deck whose chapters load on demand (the built-in deck): the review starts as soon as the chapters
// that can hold today's cards are in (src/domain/review-chapters.ts); the rest of the deck loads once the learner
// has graded a card (when the browser is idle), and the session goes on over the whole deck, with the same queue.
// A review with nothing to show goes straight to its end, which offers every chapter: that waits for the whole deck.
// A deck already whole is reviewed at once.
import { startTransition, useEffect, useState } from 'react';
import { useSearchParams } from 'wouter';
import type { Deck } from '../../domain/deck';
import { reviewChapters } from '../../domain/review-chapters';
import { buildReviewQueue } from '../../domain/review-queue';
import { scopeFromQuery } from '../../config/paths';
import type { DeckSource } from '../../store/deck-library/deck-source';
import type { StudyStore } from '../../store/create-study-store';
import type { StudyState } from '../../store/study-state';
import { selectDeckLog, selectDeckProgress, selectSettings } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store-context';
import { ReviewRoute } from './review-route';
import type { ReviewEnvironment } from './use-review-session';

interface ReviewSourceRouteProps extends Partial<ReviewEnvironment> {
  source: DeckSource;
}

/** What deciding the chapters reads: the store as it is now and the clock. */
interface StudyNow extends ReviewEnvironment {
  store: StudyStore;
}

function studyInput(state: StudyState, deckId: string) {
  return { progress: selectDeckProgress(deckId)(state), log: selectDeckLog(deckId)(state), settings: selectSettings(state) };
}

/** The chapters today's review needs, as the store has it now. */
function chaptersDeck(source: DeckSource, query: string, { store, clock }: StudyNow): Promise<Deck> {
  const scope = scopeFromQuery(new URLSearchParams(query));
  const chapterIds = reviewChapters({ outline: source.outline, ...studyInput(store.getState(), source.outline.id), now: clock(), scope });
  return source.loadChapters(chapterIds);
}

/** Whether a review of these chapters has no card to show now: its screen is the end, which lists every chapter. */
function nothingToShow(deck: Deck, query: string, { store, clock }: StudyNow): boolean {
  const scope = scopeFromQuery(new URLSearchParams(query));
  return buildReviewQueue({ cards: deck.cards, ...studyInput(store.getState(), deck.id), now: clock(), scope }).cardIds.length === 0;
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

type Chapters = { query: string; deck: Deck; ended: boolean } | { query: string; error: unknown };

function Loading() {
  return (
    <p className="screen container loading" role="status">
      Loading…
    </p>
  );
}

export function ReviewSourceRoute({ source, clock = Date.now }: ReviewSourceRouteProps) {
  const store = useStudyStore();
  const [searchParams] = useSearchParams();
  const query = searchParams.toString();
  const [wholeDeck, setWholeDeck] = useState(source.loaded);
  const [chapters, setChapters] = useState<Chapters | null>(null);

  useEffect(() => {
    if (wholeDeck) return;
    let current = true;
    chaptersDeck(source, query, { store, clock }).then(
      (deck) => current && setChapters({ query, deck, ended: nothingToShow(deck, query, { store, clock }) }),
      (error: unknown) => current && setChapters({ query, error }),
    );
    return () => {
      current = false;
    };
  }, [source, query, store, clock, wholeDeck]);

  // The rest of the deck: at once for a review that ends straight away, else after the first grade, when idle.
  // A failure leaves the session on the chapters it has.
  const ended = chapters !== null && 'deck' in chapters && chapters.ended;
  const started = chapters !== null && 'deck' in chapters;
  useEffect(() => {
    if (wholeDeck || !started) return;
    let mounted = true;
    let cancelIdle = () => {};
    const loadRest = () => {
      cancelIdle = whenIdle(() => {
        source.load().then(
          (deck) => mounted && startTransition(() => setWholeDeck(deck)),
          () => undefined,
        );
      });
    };
    let unsubscribe = () => {};
    if (ended) loadRest();
    else {
      unsubscribe = store.subscribe(() => {
        unsubscribe();
        loadRest();
      });
    }
    return () => {
      mounted = false;
      unsubscribe();
      cancelIdle();
    };
  }, [source, store, wholeDeck, started, ended]);

  if (wholeDeck) return <ReviewRoute deck={wholeDeck} clock={clock} />;
  if (chapters?.query !== query) return <Loading />;
  // Shown by the route's error boundary (offline, with the chapters never cached).
  if ('error' in chapters) throw chapters.error;
  if (chapters.ended) return <Loading />;
  return <ReviewRoute deck={chapters.deck} clock={clock} />;
}
