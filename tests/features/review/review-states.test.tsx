import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { LEECH_LAPSES, Rating, State } from '../../../src/domain/progress';
import { cardValue } from '../../../src/domain/card-map';
import { makeCard, makeChapter, makeDeck, makeDefinition, makeSection } from '../../components/deck-builders';
import { DAY, makeClock, makeStore, MINUTE, SECOND, T0 } from '../screen-test-kit';
import { renderReview, reviewState, setScheduling } from './review-test-kit';

const realDeck: Deck = builtDeck;

const chapter = makeChapter('basics', 'Basics', 1, [makeSection('basics', 'terms', 'Terms', 2)]);
const [kubelet, kubeletReverse] = makeDefinition('basics', 'basics/terms', 'Kubelet', 'Agent that runs on each worker node', 3);
const pod = makeCard({ kind: 'definition', chapterId: 'basics', sectionId: 'basics/terms', prompt: 'Pod', term: 'Pod', answer: 'Smallest deployable unit' });
const cloze = makeCard({
  kind: 'cloze',
  chapterId: 'basics',
  sectionId: 'basics/terms',
  prompt: 'The […] stores the cluster state',
  answer: 'etcd',
  context: 'The etcd stores the cluster state',
});
const smallDeck = makeDeck([chapter], [kubelet!, kubeletReverse!, pod, cloze]);

const promptHeading = () => screen.getByRole('heading', { level: 2 });
const liveRegion = () => screen.getByRole('status');

describe('what a card shows', () => {
  it('shows an enumeration as its lead-in and item count, then the items in order with the source linked', async () => {
    const user = userEvent.setup();
    const card = realDeck.cards.find((candidate) => candidate.id === 'kubernetes-architecture/enumeration/mn-has-following-components')!;
    renderReview(`#/review?cards=${card.id}`, realDeck, makeStore(), makeClock().now);
    const article = screen.getByRole('article', { name: card.prompt });
    expect(article).toHaveTextContent('Name all 4 items');
    expect(within(article).queryByRole('list')).not.toBeInTheDocument();

    await user.keyboard(' ');
    const answer = within(article).getByRole('region', { name: 'Answer' });
    expect(
      within(answer)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['API Server', 'Scheduler', 'Controller Manager', 'ETCD']);
    const source = within(answer).getByRole('link', { name: 'Chapter 3 › Explain different components for master and worker nodes' });
    expect(source).toHaveAttribute('href', `#/chapters/kubernetes-architecture?section=${card.sectionId}&card=${card.id}`);
    expect(answer).toHaveTextContent(`${card.source.file}:${card.source.line}`);
  });

  it('shows a definition’s details as a nested list under its answer', async () => {
    const user = userEvent.setup();
    const card = realDeck.cards.find((candidate) => candidate.id === 'kubernetes-architecture/definition/api-server')!;
    renderReview(`#/review?cards=${card.id}`, realDeck, makeStore(), makeClock().now);
    expect(promptHeading()).toHaveTextContent('API Server');
    expect(screen.getByText('What does it mean?')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(answer).toHaveTextContent(card.answer);
    expect(within(answer).getByRole('listitem')).toHaveTextContent('After executing reqs, resulting state of the cluster is stored in the ETCD');
  });

  it('shows a reverse card’s blank, then the term', async () => {
    const user = userEvent.setup();
    const card = realDeck.cards.find((candidate) => candidate.id === 'container-orchestration/definition/container-orchestration/reverse')!;
    renderReview(`#/review?cards=${card.id}`, realDeck, makeStore(), makeClock().now);
    // The term inside its own definition is blanked, and read out as "blank".
    expect(promptHeading()).toHaveTextContent('[…]blank groups multi-container applications together at scale');
    expect(screen.getByText('Which term is this?')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('region', { name: 'Answer' })).toHaveTextContent(/^Container orchestrationFrom your notes/);
  });

  it('reveals a cloze card’s hidden part, highlighted, in the sentence', async () => {
    const user = userEvent.setup();
    renderReview(`#/review?cards=${cloze.id}`, smallDeck, makeStore(), makeClock().now);
    expect(promptHeading()).toHaveTextContent('The […]blank stores the cluster state');
    await user.keyboard(' ');
    expect(promptHeading()).toHaveTextContent('The etcd stores the cluster state');
    expect(within(promptHeading()).getByText('etcd').tagName).toBe('MARK');
  });
});

describe('announcements and focus', () => {
  it('announces the answer on reveal and the grade with its interval, and moves focus to match', async () => {
    const user = userEvent.setup();
    renderReview('#/review', smallDeck, makeStore(), makeClock().now);
    expect(promptHeading()).toHaveTextContent('Kubelet');
    await user.click(screen.getByRole('button', { name: /Show answer/ }));
    expect(liveRegion()).toHaveTextContent('Answer: Agent that runs on each worker node');
    expect(screen.getByRole('group', { name: 'How well did you recall it?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Good 10m' }));
    expect(liveRegion()).toHaveTextContent('Good: due again in 10 minutes. Next card.');
    expect(screen.getByRole('button', { name: /Show answer/ })).toHaveFocus();
  });

  it('keeps keys pressed in a text field or on a button to themselves', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    renderReview('#/review', smallDeck, store, makeClock().now);
    // Space on the focused button is the button's own click: one reveal, not two actions.
    screen.getByRole('button', { name: /Show answer/ }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('group', { name: 'How well did you recall it?' })).toBeInTheDocument();
    await user.keyboard('{Control>}1{/Control}');
    expect(store.getState().log[smallDeck.id]).toBeUndefined();
  });
});

describe('leeches', () => {
  it(`offers to suspend a card forgotten ${LEECH_LAPSES} times, and suspending keeps it out of the queue`, async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    setScheduling(store, smallDeck.id, pod.id, reviewState(T0, { lapses: LEECH_LAPSES - 1 }));
    renderReview(`#/review?cards=${pod.id}`, smallDeck, store, clock.now);
    await user.keyboard(' ');
    await user.keyboard('1');
    expect(screen.getByText(/you have forgotten “Pod” 8 times/)).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('This card has become a leech: forgotten 8 times.');
    // Relearning brings it straight back; suspending takes it out.
    expect(promptHeading()).toHaveTextContent('Pod');
    await user.click(screen.getByRole('button', { name: 'Suspend card' }));
    expect(cardValue(store.getState().progress[smallDeck.id], pod.id)!.suspended).toBe(true);
    expect(screen.queryByText(/you have forgotten/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Session complete' })).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('Suspended Pod: it will not come up in reviews.');
  });
});

describe('when nothing is due', () => {
  it('says so, with when the next card is due and ways to keep studying', () => {
    const store = makeStore();
    setScheduling(store, smallDeck.id, pod.id, { ...reviewState(T0), due: T0 + 3 * DAY });
    renderReview(`#/review?cards=${pod.id}`, smallDeck, store, makeClock().now);
    const empty = screen.getByRole('region', { name: 'Nothing due' });
    expect(empty).toHaveTextContent('Next card in 3d');
    expect(within(empty).getByRole('link', { name: 'Practise with a quiz' })).toHaveAttribute('href', `#/quiz?cards=${pod.id}`);
    // Kubelet and the cloze card: the reverse of Kubelet waits for another day.
    expect(within(empty).getByRole('link', { name: 'Study new cards (2)' })).toHaveAttribute('href', '#/review');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says when today’s new cards are used up', async () => {
    const store = makeStore();
    store.getState().updateSettings({ newCardsPerDay: 0 }, T0);
    renderReview('#/review', smallDeck, store, makeClock().now);
    expect(screen.getByRole('region', { name: 'Nothing due' })).toHaveTextContent('Nothing is scheduled in this part.');
    act(() => {
      store.getState().updateSettings({ newCardsPerDay: 1 }, T0);
      store.getState().gradeCard(smallDeck.id, pod.id, Rating.Easy, T0 - MINUTE, 0);
    });
    renderReview('#/review', smallDeck, store, makeClock().now);
    expect(screen.getAllByRole('region', { name: 'Nothing due' })[1]).toHaveTextContent('Today’s 1 new cards are done.');
  });

  it('waits for a learning card due later today, and can study it now', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    setScheduling(store, smallDeck.id, pod.id, { ...reviewState(T0), state: State.Relearning, due: T0 + 30 * MINUTE, learningSteps: 0 });
    renderReview(`#/review?cards=${pod.id}`, smallDeck, store, makeClock().now);
    // Learning cards are shown up to 20 minutes early, so this one comes up in 10 minutes.
    expect(screen.getByRole('heading', { level: 2, name: 'Next card in 10m' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Study it now' }));
    expect(promptHeading()).toHaveTextContent('Pod');
    expect(screen.getByRole('button', { name: /Show answer/ })).toHaveFocus();
  });
});

describe('another tab', () => {
  it('replaces the card on screen when it was graded elsewhere before its answer was shown', () => {
    const store = makeStore();
    renderReview('#/review', smallDeck, store, makeClock().now);
    expect(promptHeading()).toHaveTextContent('Kubelet');
    act(() => {
      store.getState().gradeCard(smallDeck.id, kubelet!.id, Rating.Easy, T0 + SECOND, 4000);
    });
    expect(promptHeading()).toHaveTextContent('Pod');
    expect(within(screen.getByRole('list', { name: 'Cards left' })).getAllByRole('listitem')[0]).toHaveTextContent('2 new');
    expect(screen.getByText('reviewed today').parentElement).toHaveTextContent('1 reviewed today');
  });
});
