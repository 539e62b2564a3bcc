// The dashboard on the real notes and a real store: today's counts, the streak, each chapter's counts and links.
import { act, screen, within } from '@testing-library/react';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { Rating, type Grade } from '../../../src/domain/progress';
import { cardValue } from '../../../src/domain/card-map';
import { buildReviewQueue } from '../../../src/domain/review-queue';
import type { StudyScope } from '../../../src/domain/study-scope';
import { HomeScreen } from '../../../src/features/home/home-screen';
import { deckSource } from '../../../src/store/deck-library/deck-source';
import { STORAGE_KEY, type StudyStore } from '../../../src/store/create-study-store';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { DAY, HOUR, makeTestStore, MINUTE, renderInApp, T0, waitForHomeFigures } from './screen-harness';
import { deckLog, deckProgress } from '../../study-data-kit';
import { unreadMonthCount } from '../../../src/domain/review-log';

const deck: Deck = builtDeck;
const KUBELET = 'kubernetes-architecture/definition/kubelet';
const POD = 'kubernetes-architecture/definition/pod';
const ETCD = 'kubernetes-architecture/definition/etcd';

/** Renders Home and waits for its figures, which load with the store code. */
async function renderHome(store: StudyStore, now: number) {
  const clock = () => now;
  renderInApp(
    <StudyStoreContext value={store}>
      <HomeScreen source={deckSource(deck)} clock={clock} />
    </StudyStoreContext>,
  );
  await waitForHomeFigures();
}

function todayPanel(): HTMLElement {
  return screen.getByRole('region', { name: 'Today' });
}

/** The big figure under a label, and the line under it. */
function stat(container: HTMLElement, label: string): { figure: number; detail: string | null } {
  const term = within(container).getByText(label, { selector: 'dt' });
  const figure = term.nextElementSibling;
  return { figure: Number(figure?.textContent), detail: figure?.nextElementSibling?.textContent ?? null };
}

function chapterItem(title: string): HTMLElement {
  return screen.getByRole('listitem', { name: title });
}

/** Due and New of a chapter, as shown. */
function chapterToday(title: string): { due: number; new: number } {
  const item = chapterItem(title);
  return { due: stat(item, 'Due').figure, new: stat(item, 'New').figure };
}

function queueCounts(store: StudyStore, now: number, scope: StudyScope) {
  const { progress, log, settings } = store.getState();
  return buildReviewQueue({ cards: deck.cards, progress: progress[deck.id] ?? deckProgress({}), log: log[deck.id] ?? deckLog([]), settings, now, scope })
    .counts;
}

function grade(store: StudyStore, cardId: string, rating: Grade, at: number) {
  store.getState().gradeCard(deck.id, cardId, rating, at, 4_000);
}

/** Distinct notes (forward cards) in a chapter: siblings are never new on the same day. */
const newNotesIn = (chapterId: string) => new Set(deck.cards.filter((card) => card.chapterId === chapterId).map((card) => card.noteId)).size;

describe('home dashboard on a fresh store', () => {
  it('shows nothing due, the daily new-card limit as new today, nothing reviewed and no streak', async () => {
    await renderHome(makeTestStore(), T0);
    const today = todayPanel();
    expect(stat(today, 'Due now')).toEqual({ figure: 0, detail: '0 learning · 0 to review' });
    expect(stat(today, 'New today')).toEqual({ figure: Math.min(20, new Set(deck.cards.map((card) => card.noteId)).size), detail: 'up to 20 new cards a day' });
    expect(stat(today, 'New today').figure).toBe(20);
    expect(stat(today, 'Reviewed today').figure).toBe(0);
    expect(stat(today, 'Day streak')).toEqual({ figure: 0, detail: 'Review a card to start one' });
    expect(within(today).getByRole('link', { name: 'Start review' })).toHaveAttribute('href', '#/review');
  });

  it('gives each chapter its own due and new counts and a Study link to a review of that chapter', async () => {
    const store = makeTestStore();
    await renderHome(store, T0);
    for (const chapter of deck.chapters.filter((candidate) => !candidate.empty)) {
      const expected = queueCounts(store, T0, { kind: 'chapter', chapterId: chapter.id });
      expect(chapterToday(chapter.title), chapter.title).toEqual({ due: 0, new: expected.new });
      expect(expected.new).toBe(Math.min(20, newNotesIn(chapter.id)));
      expect(within(chapterItem(chapter.title)).getByRole('link', { name: `Study ${chapter.title}` })).toHaveAttribute(
        'href',
        `#/review?chapter=${chapter.id}`,
      );
    }
    // Chapter 2 has fewer notes than the daily limit: all of them are new today.
    expect(chapterToday('Kubernetes').new).toBe(newNotesIn('kubernetes'));
    expect(newNotesIn('kubernetes')).toBeLessThan(20);
  });

  it('says the chapter without notes has none yet, with nothing to study', async () => {
    await renderHome(makeTestStore(), T0);
    const installing = chapterItem('Installing Kubernetes');
    expect(installing).toHaveTextContent('No notes yet');
    expect(within(installing).queryByRole('link', { name: /^Study/ })).not.toBeInTheDocument();
    expect(within(installing).queryByRole('term')).not.toBeInTheDocument();
  });
});

describe('home dashboard after studying', () => {
  it('counts today’s grades, the learning cards now due, and fewer new cards left', async () => {
    const store = makeTestStore();
    grade(store, KUBELET, Rating.Again, T0 - 30 * MINUTE); // Again: back in a minute
    grade(store, POD, Rating.Good, T0 - 30 * MINUTE); // Good: back in ten minutes
    grade(store, ETCD, Rating.Good, T0 - 5 * MINUTE); // Good: back at T0 + 5 min, within the 20-minute learn-ahead window
    await renderHome(store, T0);

    const today = todayPanel();
    expect(stat(today, 'Reviewed today').figure).toBe(3);
    expect(stat(today, 'Due now')).toEqual({ figure: 3, detail: '3 learning · 0 to review' });
    expect(stat(today, 'New today').figure).toBe(17);
    expect(stat(today, 'Day streak')).toEqual({ figure: 1, detail: 'day · studied today' });

    const deckCounts = queueCounts(store, T0, { kind: 'deck' });
    expect([deckCounts.learning + deckCounts.review, deckCounts.new, deckCounts.reviewedToday]).toEqual([3, 17, 3]);
    const architecture = queueCounts(store, T0, { kind: 'chapter', chapterId: 'kubernetes-architecture' });
    expect(chapterToday('Kubernetes Architecture')).toEqual({ due: 3, new: architecture.new });
    expect(architecture.new).toBe(17);
    expect(chapterToday('Container Orchestration').due).toBe(0);
  });

  it('updates when the store changes while it is shown', async () => {
    const store = makeTestStore();
    await renderHome(store, T0);
    act(() => grade(store, KUBELET, Rating.Again, T0));
    expect(stat(todayPanel(), 'Reviewed today').figure).toBe(1);
    expect(stat(todayPanel(), 'Due now').figure).toBe(1);
    expect(chapterToday('Kubernetes Architecture').due).toBe(1);

    act(() => void store.getState().updateSettings({ newCardsPerDay: 5 }, T0));
    expect(stat(todayPanel(), 'New today')).toEqual({ figure: 4, detail: 'up to 5 new cards a day' });
  });

  it('updates when another tab grades a card (storage event)', async () => {
    const storage = createMemoryStorage();
    const events = new EventTarget();
    const shown = makeTestStore(storage, { tabSyncSource: events });
    const otherTab = makeTestStore(storage);
    await renderHome(shown, T0);
    expect(stat(todayPanel(), 'Reviewed today').figure).toBe(0);

    grade(otherTab, KUBELET, Rating.Good, T0 - MINUTE);
    grade(otherTab, POD, Rating.Good, T0 - MINUTE);
    act(() => void events.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY })));
    expect(stat(todayPanel(), 'Reviewed today').figure).toBe(2);
    expect(stat(todayPanel(), 'New today').figure).toBe(18);
  });

  it('shows review cards as due on the day they fall due', async () => {
    const store = makeTestStore();
    // Good twice a day apart turns a new card into a review card due some days later.
    grade(store, KUBELET, Rating.Good, T0 - 10 * DAY);
    grade(store, KUBELET, Rating.Good, T0 - 10 * DAY + 10 * MINUTE);
    const due = cardValue(store.getState().progress[deck.id], KUBELET)!.scheduling;
    expect(due.state).toBe(2);
    await renderHome(store, due.due + HOUR);
    expect(stat(todayPanel(), 'Due now')).toEqual({ figure: 1, detail: '0 learning · 1 to review' });
    expect(chapterToday('Kubernetes Architecture').due).toBe(1);
  });
});

describe('day streak', () => {
  function storeStudiedOn(times: number[], dayStartHour = 4) {
    const store = makeTestStore();
    store.getState().updateSettings({ dayStartHour }, T0 - 30 * DAY);
    const cards = deck.cards.filter((card) => !card.reverse);
    times.forEach((at, index) => grade(store, cards[index]!.id, 3, at));
    return store;
  }

  it('counts consecutive study days ending today', async () => {
    await renderHome(storeStudiedOn([T0 - 2 * DAY, T0 - DAY, T0 - HOUR]), T0);
    expect(stat(todayPanel(), 'Day streak')).toEqual({ figure: 3, detail: 'days · studied today' });
  });

  it('still counts a streak that ended yesterday, and asks to study today to keep it', async () => {
    await renderHome(storeStudiedOn([T0 - 2 * DAY, T0 - DAY]), T0);
    expect(stat(todayPanel(), 'Day streak')).toEqual({ figure: 2, detail: 'days · study today to keep it' });
  });

  it('is broken by a day without study', async () => {
    await renderHome(storeStudiedOn([T0 - 3 * DAY, T0 - 2 * DAY]), T0);
    expect(stat(todayPanel(), 'Day streak').figure).toBe(0);
  });

  it('counts a grade before the day-start hour for the day before', async () => {
    // 26 Nov 09:00 and 27 Nov 02:00: with days starting at 04:00 both are 26 Nov; at midnight they are two days.
    const times = [T0 - DAY, Date.UTC(2026, 10, 27, 2, 0)];
    await renderHome(storeStudiedOn(times, 4), T0);
    expect(stat(todayPanel(), 'Day streak')).toEqual({ figure: 1, detail: 'day · study today to keep it' });
  });

  it('counts the same grades as two days when the day starts at midnight', async () => {
    const times = [T0 - DAY, Date.UTC(2026, 10, 27, 2, 0)];
    await renderHome(storeStudiedOn(times, 0), T0);
    expect(stat(todayPanel(), 'Day streak')).toEqual({ figure: 2, detail: 'days · studied today' });
  });
});

describe('home dashboard over a long history', () => {
  it('shows the counts and the streak after reading only the months they reach back to', async () => {
    const storage = createMemoryStorage();
    const writer = makeTestStore(storage);
    const cards = deck.cards.filter((card) => !card.reverse);
    // A grade a month for two years, then one each of the last three days.
    for (let month = 24; month >= 1; month -= 1) grade(writer, cards[month % cards.length]!.id, 3, T0 - month * 31 * DAY);
    for (const daysAgo of [2, 1, 0]) grade(writer, cards[30 + daysAgo]!.id, 3, T0 - daysAgo * DAY - HOUR);
    writer.stopTabSync();

    const store = makeTestStore(storage);
    expect(unreadMonthCount(store.getState().log[deck.id])).toBe(store.getState().log[deck.id]!.months.length);
    await renderHome(store, T0);
    expect(stat(todayPanel(), 'Day streak')).toEqual({ figure: 3, detail: 'days · studied today' });
    expect(stat(todayPanel(), 'Reviewed today').figure).toBe(1);
    // Today's figures and the streak read the last month; the two years before it stay unread.
    expect(unreadMonthCount(store.getState().log[deck.id])).toBeGreaterThanOrEqual(22);
  });
});
