import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { defaultStudySettings } from '../../../src/domain/progress';
import { cardValue } from '../../../src/domain/card-map';
import { logArray } from '../../study-data-kit';
import { GRADES, newSchedulingState, previewIntervals, schedulerOptionsFrom } from '../../../src/domain/scheduler';
import { makeCard, makeChapter, makeDeck, makeSection } from '../../components/deck-builders';
import { DAY, makeClock, makeStore, SECOND, T0 } from '../screen-test-kit';
import { renderReview, reviewState, setScheduling } from './review-test-kit';

const realDeck: Deck = builtDeck;

const chapter = makeChapter('basics', 'Basics', 1, [makeSection('basics', 'terms', 'Terms', 2)]);
const other = makeChapter('more', 'More', 2, [makeSection('more', 'extra', 'Extra', 2)]);
const threeCards = makeDeck(
  [chapter, other],
  [
    makeCard({ kind: 'definition', chapterId: 'basics', sectionId: 'basics/terms', prompt: 'Pod', term: 'Pod', answer: 'Smallest deployable unit' }),
    makeCard({ kind: 'definition', chapterId: 'basics', sectionId: 'basics/terms', prompt: 'Node', term: 'Node', answer: 'A machine in the cluster' }),
    makeCard({ kind: 'question', chapterId: 'basics', sectionId: 'basics/terms', prompt: 'What stores cluster state?', answer: 'etcd' }),
  ],
);
const [POD, NODE, STATE] = threeCards.cards.map((card) => card.id) as [string, string, string];

const promptHeading = () => screen.getByRole('heading', { level: 2 });

describe('review screen', () => {
  it('reviews three new cards by keyboard only, logging each grade with its time on card', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderReview('#/review', threeCards, store, clock.now);
    expect(promptHeading()).toHaveTextContent('Pod');
    const sequence: [string, number][] = [];
    for (const key of ['3', '1', '4']) {
      const shown = promptHeading().textContent ?? '';
      clock.advance(5 * SECOND);
      await user.keyboard(' ');
      expect(screen.getByRole('group', { name: 'How well did you recall it?' })).toHaveFocus();
      clock.advance(3 * SECOND);
      await user.keyboard(key);
      sequence.push([shown, Number(key)]);
    }
    expect(sequence).toEqual([
      ['Pod', 3],
      ['Node', 1],
      ['What stores cluster state?', 4],
    ]);
    // Learning cards come back within the learn-ahead window, earliest due first, until they graduate.
    while (screen.queryByRole('button', { name: /Show answer/ })) {
      const shown = promptHeading().textContent ?? '';
      expect(screen.getByRole('button', { name: /Show answer/ })).toHaveFocus();
      clock.advance(5 * SECOND);
      await user.keyboard(' ');
      clock.advance(3 * SECOND);
      await user.keyboard('3');
      sequence.push([shown, 3]);
    }
    expect(sequence).toEqual([
      ['Pod', 3],
      ['Node', 1],
      ['What stores cluster state?', 4],
      ['Node', 3],
      ['Pod', 3],
      ['Node', 3],
    ]);
    const log = logArray(store.getState().log[threeCards.id]);
    expect(log.map((entry) => [entry.cardId, entry.rating, entry.durationMs, entry.origin])).toEqual([
      [POD, 3, 8000, 'review'],
      [NODE, 1, 8000, 'review'],
      [STATE, 4, 8000, 'review'],
      [NODE, 3, 8000, 'review'],
      [POD, 3, 8000, 'review'],
      [NODE, 3, 8000, 'review'],
    ]);
    const progress = store.getState().progress[threeCards.id]!;
    expect([POD, NODE, STATE].map((id) => cardValue(progress, id)!.scheduling.state)).toEqual([2, 2, 2]);

    const summary = screen.getByRole('region', { name: 'Session complete' });
    expect(within(summary).getByRole('heading', { level: 2 })).toHaveFocus();
    const stat = (label: string) => within(summary).getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(stat('Cards reviewed')).toHaveTextContent('3');
    expect(stat('Again rate')).toHaveTextContent('17%1 of 6 answers');
    expect(stat('Time spent')).toHaveTextContent('48 s');
  });

  it('undoes the last grade with Z: the card returns with its answer shown and its state exactly as before', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    const before = reviewState(T0, { daysAgo: 12 });
    setScheduling(store, threeCards.id, NODE, before);
    renderReview('#/review', threeCards, store, clock.now);
    expect(promptHeading()).toHaveTextContent('Node');
    clock.advance(4 * SECOND);
    await user.keyboard(' ');
    clock.advance(2 * SECOND);
    await user.keyboard('1');
    expect(cardValue(store.getState().progress[threeCards.id], NODE)!.scheduling.state).toBe(3);
    expect(promptHeading()).toHaveTextContent('Pod');

    clock.advance(SECOND);
    await user.keyboard('z');
    expect(promptHeading()).toHaveTextContent('Node');
    expect(screen.getByRole('region', { name: 'Answer' })).toHaveTextContent('A machine in the cluster');
    expect(screen.getByRole('group', { name: 'How well did you recall it?' })).toHaveFocus();
    expect(cardValue(store.getState().progress[threeCards.id], NODE)!.scheduling).toEqual(before);
    expect(logArray(store.getState().log[threeCards.id])).toEqual([]);
    expect(screen.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('aria-valuenow', '0');

    // Graded again, it keeps the time already spent on it (6 s before the undo, 3 s after).
    clock.advance(3 * SECOND);
    await user.keyboard('3');
    expect(logArray(store.getState().log[threeCards.id]).map((entry) => [entry.cardId, entry.rating, entry.durationMs])).toEqual([[NODE, 3, 9000]]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(cardValue(store.getState().progress[threeCards.id], NODE)!.scheduling).toEqual(before);
  });

  it('offers Undo only after a grade of this session: never for a quiz’s grade, another deck’s or an earlier session’s', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    setScheduling(store, threeCards.id, NODE, reviewState(T0, { daysAgo: 12 }));
    // A quiz graded Node; another deck's review screen graded one of its cards.
    store.getState().gradeCard(threeCards.id, NODE, 3, T0 - 5 * SECOND, 4000, 'quiz');
    store.getState().gradeCard('another-deck', 'another/definition/card', 3, T0 - 4 * SECOND, 4000);
    const before = { log: store.getState().log, progress: store.getState().progress };
    const undoButton = () => screen.queryByRole('button', { name: /^Undo/ });
    const first = renderReview('#/review', threeCards, store, clock.now);
    expect(undoButton()).toBeNull();
    await user.keyboard('zz');
    expect(screen.getByText('Nothing to undo.')).toBeInTheDocument();
    expect(store.getState().log).toBe(before.log);
    expect(store.getState().progress).toBe(before.progress);

    // A grade here: Undo is offered, and takes back that grade only.
    await user.keyboard(' ');
    await user.keyboard('3');
    expect(undoButton()).toBeInTheDocument();
    await user.keyboard('z');
    expect(undoButton()).toBeNull();
    expect(logArray(store.getState().log[threeCards.id]).map((entry) => entry.origin)).toEqual(['quiz']);
    expect(store.getState().log['another-deck']).toEqual(before.log['another-deck']);

    // A grade left in place, then a new session: its Undo starts empty.
    await user.keyboard(' ');
    await user.keyboard('4');
    const graded = store.getState().log;
    first.unmount();
    renderReview('#/review', threeCards, store, clock.now);
    expect(undoButton()).toBeNull();
    await user.keyboard('z');
    expect(store.getState().log).toBe(graded);
  });

  it('labels each grade button with the interval previewIntervals gives, for a review card and a new card', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    const review = reviewState(T0 - 2 * DAY, { daysAgo: 20 });
    setScheduling(store, threeCards.id, POD, review);
    renderReview('#/review', threeCards, store, clock.now);
    const options = schedulerOptionsFrom(defaultStudySettings, false);

    for (const expected of ['Pod', 'Node']) {
      expect(promptHeading()).toHaveTextContent(expected);
      clock.advance(10 * SECOND);
      await user.keyboard(' ');
      const progress = cardValue(store.getState().progress[threeCards.id], expected === 'Pod' ? POD : NODE);
      const previews = previewIntervals(progress?.scheduling ?? newSchedulingState(clock.now()), clock.now(), options);
      const buttons = within(screen.getByRole('group', { name: 'How well did you recall it?' })).getAllByRole('button');
      expect(buttons.map((button) => button.textContent)).toEqual(
        GRADES.map((grade) => `${['Again', 'Hard', 'Good', 'Easy'][grade - 1]} ${previews[grade].label}${grade}`),
      );
      await user.keyboard('4');
    }
    expect(logArray(store.getState().log[threeCards.id])).toHaveLength(2);
  });

  it('names each grade button with its grade and interval, and its key', async () => {
    const user = userEvent.setup();
    renderReview('#/review', threeCards, makeStore(), makeClock().now);
    await user.click(screen.getByRole('button', { name: /Show answer/ }));
    const group = screen.getByRole('group', { name: 'How well did you recall it?' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4']);
    expect(within(group).getByRole('button', { name: 'Again 1m' })).toBe(buttons[0]);
    expect(within(group).getByRole('button', { name: 'Good 10m' })).toBe(buttons[2]);
    expect(buttons[3]).toHaveAccessibleName(/^Easy \d+d$/);
  });
});

describe('ending early', () => {
  it('sums up the session so far, and keeps reviewing from where it stopped', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderReview('#/review', threeCards, store, clock.now);
    clock.advance(20 * SECOND);
    await user.keyboard(' ');
    await user.keyboard('1');
    await user.click(screen.getByRole('button', { name: 'End session' }));

    const summary = screen.getByRole('region', { name: 'Session ended' });
    expect(within(summary).getByRole('heading', { level: 2 })).toHaveFocus();
    // Pod is back in learning within minutes, and two new cards wait.
    expect(summary).toHaveTextContent('3 more cards are due today.');
    const stat = (label: string) => within(summary).getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(stat('Again rate')).toHaveTextContent('100%1 of 1 answer');
    expect(stat('Time spent')).toHaveTextContent('20 s');
    expect(stat('Next due')).toHaveTextContent('now');
    expect(within(summary).getByRole('list', { name: 'Answers by grade' })).toHaveTextContent('Again 1Hard 0Good 0Easy 0');
    expect(within(summary).getByRole('link', { name: 'Back home' })).toHaveAttribute('href', '#/');
    // Chapters without cards (More) are not offered.
    expect(
      within(summary)
        .getAllByRole('link', { name: /^Chapter/ })
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#/review?chapter=basics']);

    await user.click(within(summary).getByRole('button', { name: 'Keep reviewing' }));
    expect(promptHeading()).toHaveTextContent('Node');
    expect(screen.getByRole('button', { name: /Show answer/ })).toHaveFocus();
  });
});

describe('review scope', () => {
  it('only shows the cards of the chapter in the query, up to the daily new-card limit', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderReview('#/review?chapter=kubernetes-architecture', realDeck, store, clock.now);
    expect(screen.getByRole('heading', { level: 1, name: 'Kubernetes Architecture' })).toBeInTheDocument();
    expect(screen.getByText('Review · Chapter 3')).toBeInTheDocument();
    const counts = within(screen.getByRole('list', { name: 'Cards left' })).getAllByRole('listitem');
    expect(counts.map((item) => item.textContent)).toEqual(['20 new', '0 learning', '0 to review']);

    while (screen.queryByRole('button', { name: /Show answer/ })) {
      clock.advance(5 * SECOND);
      await user.keyboard(' ');
      await user.keyboard('4');
    }
    const log = logArray(store.getState().log[realDeck.id]);
    expect(log).toHaveLength(defaultStudySettings.newCardsPerDay);
    const chapterOf = new Map(realDeck.cards.map((card) => [card.id, card.chapterId]));
    expect(new Set(log.map((entry) => chapterOf.get(entry.cardId)))).toEqual(new Set(['kubernetes-architecture']));
    // Siblings are buried: never a card and its reverse on the same day.
    const noteOf = new Map(realDeck.cards.map((card) => [card.id, card.noteId]));
    expect(new Set(log.map((entry) => noteOf.get(entry.cardId))).size).toBe(log.length);
    expect(screen.getByRole('heading', { level: 2, name: 'Session complete' })).toBeInTheDocument();
  });

  it('says when the chapter in the query is not in the deck', () => {
    renderReview('#/review?chapter=no-such-chapter', realDeck, makeStore(), makeClock().now);
    expect(screen.getByRole('heading', { level: 1, name: 'Chapter not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review all chapters' })).toHaveAttribute('href', '#/review');
    expect(screen.queryByRole('button', { name: /Show answer/ })).not.toBeInTheDocument();
  });
});
