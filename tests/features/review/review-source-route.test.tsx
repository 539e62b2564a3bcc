// A review on a deck whose chapters load on demand: it starts once the chapters today's cards come from are in (a
// first visit: the first chapters, enough for today's new cards; with a card due in the last chapter, that one too),
// shows the very card a review of every card would, and after the first grade goes on over the whole deck. A review
// with nothing to show ends at once, offering every chapter.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { useHashPath, useHashSearch } from '../../../src/app/hash-location';
import type { Deck } from '../../../src/domain/deck';
import { encodeDeck, type ChapterPayload } from '../../../src/domain/deck-payload';
import { reviewChapters } from '../../../src/domain/review-chapters';
import { buildReviewQueue } from '../../../src/domain/review-queue';
import { ReviewSourceRoute } from '../../../src/features/review/review-source-route';
import { lazyDeckSource, type DeckParts } from '../../../src/store/deck-library/lazy-deck-source';
import type { StudyStore } from '../../../src/store/create-study-store';
import { reviewState, setScheduling } from './review-test-kit';
import { makeStore, T0 } from '../screen-test-kit';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { deckLog, deckProgress } from '../../study-data-kit';

const deck: Deck = builtDeck;
const payload = encodeDeck(deck);
const last = deck.chapters.filter((chapter) => deck.cards.some((card) => card.chapterId === chapter.id)).at(-1)!;

/** The chapters a first review needs, in order: the first ones, until they hold today's new cards. */
function neededAtStart(store: StudyStore): string[] {
  const { progress, log, settings } = store.getState();
  return reviewChapters({
    outline: payload.outline,
    progress: progress[deck.id] ?? deckProgress({}),
    log: log[deck.id] ?? deckLog([]),
    settings,
    now: T0,
    scope: { kind: 'deck' },
  });
}

function recordingParts() {
  const asked: string[] = [];
  const chapters: DeckParts['chapters'] = Object.fromEntries(
    Object.entries(payload.chapters).map(([id, chapter]) => [
      id,
      () => {
        asked.push(id);
        return Promise.resolve({ default: structuredClone(chapter) as ChapterPayload });
      },
    ]),
  );
  return { parts: { chapters, rest: () => Promise.resolve({ default: payload.rest }), documents: {} } satisfies DeckParts, asked };
}

async function renderReview(store: StudyStore, parts: DeckParts) {
  window.history.replaceState(null, '', '/#/review');
  // The chapters load in promises the test settles: the review shows once they are in.
  await act(async () => {
    render(
      <Router hook={useHashPath} searchHook={useHashSearch}>
        <StudyStoreContext value={store}>
          <Suspense fallback={<p>Loading…</p>}>
            <ReviewSourceRoute source={lazyDeckSource(payload.outline, parts)} clock={() => T0} />
          </Suspense>
        </StudyStoreContext>
      </Router>,
    );
  });
}

/** The prompt a review of every card shows first. */
function expectedFirstPrompt(store: StudyStore): string {
  const { progress, log, settings } = store.getState();
  const queue = buildReviewQueue({
    cards: deck.cards,
    progress: progress[deck.id] ?? deckProgress({}),
    log: log[deck.id] ?? deckLog([]),
    settings,
    now: T0,
    scope: { kind: 'deck' },
  });
  return deck.cards.find((card) => card.id === queue.cardIds[0])!.prompt;
}

describe('a review on chapters loaded on demand', () => {
  it('starts on the first chapters alone on a first visit, and reads the rest after the first grade', async () => {
    const user = userEvent.setup();
    const { parts, asked } = recordingParts();
    const store = makeStore();
    await renderReview(store, parts);
    const prompt = await screen.findByRole('heading', { level: 2 }, { timeout: 5000 });
    expect(prompt).toHaveTextContent(expectedFirstPrompt(store));
    const needed = neededAtStart(store);
    expect(needed.length).toBeLessThan(deck.chapters.length - 1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(asked).toEqual(needed);

    await user.click(screen.getByRole('button', { name: /Show answer/ }));
    await user.click(within(screen.getByRole('group', { name: 'How well did you recall it?' })).getByRole('button', { name: /^Good\b/ }));
    await waitFor(() => expect([...asked].sort()).toEqual(deck.chapters.map((chapter) => chapter.id).sort()), { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(expectedFirstPrompt(store));
  });

  it('waits for every chapter when there is nothing to review: its end offers them all', async () => {
    const { parts, asked } = recordingParts();
    const store = makeStore();
    store.getState().updateSettings({ newCardsPerDay: 0 }, T0);
    await renderReview(store, parts);
    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Study another part' })).toBeInTheDocument(), { timeout: 5000 });
    expect([...asked].sort()).toEqual(deck.chapters.map((chapter) => chapter.id).sort());
    const links = within(screen.getByRole('navigation', { name: 'Study another part' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toContain(`Chapter ${last.order}: ${last.title}nothing due`);
  });

  it('reads the chapter of a card due today before starting, and shows that card first', async () => {
    const { parts, asked } = recordingParts();
    const store = makeStore();
    const due = deck.cards.find((card) => card.chapterId === last.id && !card.reverse)!;
    setScheduling(store, deck.id, due.id, reviewState(T0));
    await renderReview(store, parts);
    const prompt = await screen.findByRole('heading', { level: 2 }, { timeout: 5000 });
    expect(prompt).toHaveTextContent(due.prompt);
    const needed = neededAtStart(store);
    expect(needed).toContain(last.id);
    expect(asked.slice(0, needed.length)).toEqual(needed);
  });
});
