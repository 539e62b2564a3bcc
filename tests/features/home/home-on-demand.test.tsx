// Home on a deck whose chapters load on demand (the built-in deck as the app ships it): the outline is drawn at once,
// a first visit reads no chapter at all, and later only the chapters the learner has touched; the figures are the
// same as from every card, and while a chapter loads they show as not known yet, never as a wrong figure.
import { act, screen, within } from '@testing-library/react';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { Rating } from '../../../src/domain/progress';
import { deckLog, deckProgress } from '../../study-data-kit';
import { encodeDeck, type ChapterPayload } from '../../../src/domain/deck-payload';
import { dashboardCounts } from '../../../src/features/home/dashboard-counts';
import { HomeScreen } from '../../../src/features/home/home-screen';
import { lazyDeckSource, type DeckParts } from '../../../src/store/deck-library/lazy-deck-source';
import type { StudyStore } from '../../../src/store/create-study-store';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { HOUR, makeTestStore, renderInApp, T0, waitForHomeFigures } from './screen-harness';

const deck: Deck = builtDeck;
const payload = encodeDeck(deck);
const ARCHITECTURE = 'kubernetes-architecture';

/** Parts that load when asked and record which chapters were asked for; `hold` keeps a chapter loading until released. */
function recordingParts() {
  const asked: string[] = [];
  const held = new Map<string, () => void>();
  const hold = new Set<string>();
  const chapters: DeckParts['chapters'] = Object.fromEntries(
    Object.entries(payload.chapters).map(([id, chapter]) => [
      id,
      () => {
        asked.push(id);
        const loaded = { default: structuredClone(chapter) as ChapterPayload };
        return hold.has(id) ? new Promise((resolve) => held.set(id, () => resolve(loaded))) : Promise.resolve(loaded);
      },
    ]),
  );
  return { parts: { chapters, rest: () => Promise.resolve({ default: payload.rest }), documents: {} } satisfies DeckParts, asked, hold, held };
}

async function renderHome(store: StudyStore, parts: DeckParts) {
  renderInApp(
    <StudyStoreContext value={store}>
      <HomeScreen source={lazyDeckSource(payload.outline, parts)} clock={() => T0} />
    </StudyStoreContext>,
  );
  await waitForHomeFigures();
}

function figure(label: string): string {
  return within(screen.getByRole('region', { name: 'Today' })).getByText(label, { selector: 'dt' }).nextElementSibling!.textContent!;
}

const chapterFigure = (title: string, label: 'Due' | 'New') =>
  within(screen.getByRole('listitem', { name: title })).getByText(label, { selector: 'dt' }).nextElementSibling!.textContent;

describe('Home on chapters loaded on demand', () => {
  it('reads no chapter on a first visit, and shows the figures every card gives', async () => {
    const { parts, asked } = recordingParts();
    const store = makeTestStore();
    await renderHome(store, parts);
    const expected = dashboardCounts({ cards: deck.cards, progress: deckProgress({}), log: deckLog([]), settings: store.getState().settings, now: T0 });
    expect(figure('New today')).toBe(String(expected.deck.new));
    expect(figure('Due now')).toBe('0');
    expect(chapterFigure('Kubernetes Architecture', 'New')).toBe(String(expected.chapters.get(ARCHITECTURE)!.new));
    expect(screen.getByRole('list', { name: 'Mastery by chapter' })).toBeInTheDocument();
    expect(asked).toEqual([]);
  });

  it('reads only the chapter studied in, showing "–" while it loads and then the figures every card gives', async () => {
    const { parts, asked, hold, held } = recordingParts();
    const store = makeTestStore();
    const kubelet = `${ARCHITECTURE}/definition/kubelet`;
    store.getState().gradeCard(deck.id, kubelet, Rating.Again, T0 - HOUR, 3_000);
    hold.add(ARCHITECTURE);
    renderInApp(
      <StudyStoreContext value={store}>
        <HomeScreen source={lazyDeckSource(payload.outline, parts)} clock={() => T0} />
      </StudyStoreContext>,
    );
    await screen.findByText('Chapters');
    await act(() => Promise.resolve());
    expect(asked).toEqual([ARCHITECTURE]);
    expect(figure('Due now')).toBe('–');
    expect(chapterFigure('Kubernetes Architecture', 'Due')).toBe('–');

    await act(async () => held.get(ARCHITECTURE)!());
    await waitForHomeFigures();
    const { progress, log, settings } = store.getState();
    const expected = dashboardCounts({ cards: deck.cards, progress: progress[deck.id]!, log: log[deck.id]!, settings, now: T0 });
    expect(figure('Due now')).toBe(String(expected.deck.learning + expected.deck.review));
    expect(figure('New today')).toBe(String(expected.deck.new));
    for (const chapter of deck.chapters.filter((candidate) => !candidate.empty)) {
      const counts = expected.chapters.get(chapter.id)!;
      expect(chapterFigure(chapter.title, 'Due'), chapter.id).toBe(String(counts.learning + counts.review));
      expect(chapterFigure(chapter.title, 'New'), chapter.id).toBe(String(counts.new));
    }
    expect(asked).toEqual([ARCHITECTURE]);
  });
});
