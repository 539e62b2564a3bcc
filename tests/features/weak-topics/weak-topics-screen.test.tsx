// The weak topics screen on the real notes and a real store: sections ranked with their reasons in words, the way
// into a session or a quiz on exactly their weakest cards, confused pairs side by side, and what is not started.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WeakTopicsScreen } from '../../../src/features/weak-topics/weak-topics-screen';
import type { StudyStore } from '../../../src/store/create-study-store';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { COMPONENTS_SECTION, deck, HOUR, KUBE_PROXY, KUBELET, POD, quizRecord, renderInApp, reviewCard, setProgress } from './insights-harness';
import { DAY, makeStore, T0 } from '../screen-test-kit';

function renderWeakTopics(store: StudyStore, now = T0) {
  return renderInApp(
    <StudyStoreContext value={store}>
      <WeakTopicsScreen deck={deck} clock={() => now} />
    </StudyStoreContext>,
    '#/weak',
  );
}

/** Kubelet forgotten three times, fading, missed in two quizzes this week and taken for Kube-proxy in both; Pod lapsed once. */
function studiedStore(): StudyStore {
  const store = makeStore();
  setProgress(store, {
    [KUBELET]: reviewCard({ daysAgo: 30, stability: 2, lapses: 3 }),
    [KUBE_PROXY]: reviewCard({ daysAgo: 1, stability: 30 }),
    [POD]: reviewCard({ daysAgo: 2, stability: 20, lapses: 1 }),
  });
  const confusion = { cardId: KUBELET, confusedWithCardId: KUBE_PROXY };
  store.getState().addQuizRecord(quizRecord('quiz-1', T0 - 2 * DAY, [KUBELET], [confusion]));
  store.getState().addQuizRecord(quizRecord('quiz-2', T0 - DAY, [KUBELET], [confusion]));
  return store;
}

const weakList = () => within(screen.getByRole('region', { name: 'Weakest sections' })).getAllByRole('listitem');

describe('weak topics', () => {
  it('says there is nothing to show before anything is studied', () => {
    renderWeakTopics(makeStore());
    expect(screen.getByRole('heading', { level: 2, name: 'Nothing studied yet' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Weakest sections' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Start a review' })).toHaveAttribute('href', '#/review');
  });

  it('ranks the weakest section first and explains why in words', () => {
    renderWeakTopics(studiedStore());
    const [first, second, ...rest] = weakList();
    expect(rest).toEqual([]);
    expect(within(first!).getByRole('heading', { level: 3 })).toHaveTextContent('Explain different components for master and worker nodes');
    expect(within(first!).getByText(/^Missed in/)).toHaveTextContent(
      'Missed in 2 quizzes this week, Kubelet confused with Kube-proxy twice, 82% predicted recall, 3 lapses',
    );
    expect(first).toHaveTextContent('2 of 35 cards studied · weakest: Kubelet');
    expect(within(second!).getByRole('heading', { level: 3 })).toHaveTextContent('Discuss Kubernetes Architecture');
    expect(within(second!).getByText('1 lapse')).toBeInTheDocument();
    expect(second).toHaveTextContent('1 of 8 cards studied · weakest: Pod');
  });

  it('offers a session and a quiz on exactly the weakest cards of each section', () => {
    renderWeakTopics(studiedStore());
    const [first, second] = weakList();
    expect(within(first!).getByRole('link', { name: /^Review these now/ })).toHaveAttribute('href', `#/review?cards=${KUBELET}&custom=1`);
    expect(within(first!).getByRole('link', { name: /^Quiz me on these/ })).toHaveAttribute('href', `#/quiz?cards=${KUBELET}`);
    expect(within(second!).getByRole('link', { name: 'Review these now (1): Discuss Kubernetes Architecture' })).toHaveAttribute(
      'href',
      `#/review?cards=${POD}&custom=1`,
    );
    expect(within(first!).getByRole('link', { name: 'Explain different components for master and worker nodes' })).toHaveAttribute(
      'href',
      `#/chapters/kubernetes-architecture?section=${COMPONENTS_SECTION}`,
    );
  });

  it('shows the most confused pair with both definitions side by side', () => {
    renderWeakTopics(studiedStore());
    const pairs = within(screen.getByRole('region', { name: 'Often confused' })).getAllByRole('listitem');
    expect(pairs).toHaveLength(1);
    const pair = pairs[0]!;
    expect(within(pair).getByRole('heading', { level: 3 })).toHaveTextContent('Kubelet and Kube-proxy');
    expect(pair).toHaveTextContent('Confused twice, last on 26 Nov');
    const sides = within(pair)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.parentElement!);
    expect(sides.map((side) => within(side).getByRole('heading').textContent)).toEqual(['Kubelet', 'Kube-proxy']);
    const answerOf = (cardId: string) => deck.cards.find((card) => card.id === cardId)!.answer;
    expect(sides[0]).toHaveTextContent(answerOf(KUBELET));
    expect(sides[1]).toHaveTextContent(answerOf(KUBE_PROXY));
    expect(within(pair).getByRole('link', { name: /^Review both now/ })).toHaveAttribute('href', `#/review?cards=${KUBELET},${KUBE_PROXY}&custom=1`);
  });

  it('lists sections with no studied card as not started, with a way to start each', () => {
    renderWeakTopics(studiedStore());
    const notStarted = within(screen.getByRole('region', { name: 'Not started' })).getAllByRole('listitem');
    const sectionsWithCards = new Set(deck.cards.map((card) => card.sectionId ?? `${card.chapterId} other`));
    // Every section with cards but the two studied ones.
    expect(notStarted).toHaveLength(sectionsWithCards.size - 2);
    expect(notStarted.map((item) => item.textContent)).not.toContainEqual(expect.stringContaining('Discuss Kubernetes Architecture'));
    const networking = notStarted.find((item) => item.textContent?.startsWith('Networking Challenges'))!;
    expect(networking).toHaveTextContent('Chapter 3: Kubernetes Architecture · 1 card');
    expect(within(networking).getByRole('link', { name: 'Start: Networking Challenges' })).toHaveAttribute(
      'href',
      '#/review?section=kubernetes-architecture/networking-challenges',
    );
    const otherNotes = notStarted.find((item) => item.textContent?.startsWith('Other notes'))!;
    expect(within(otherNotes).getByRole('link', { name: 'Start: Other notes' })).toHaveAttribute('href', '#/review?chapter=container-orchestration');
  });

  it('says so when every studied section is fine', () => {
    const store = makeStore();
    setProgress(store, { [KUBE_PROXY]: reviewCard({ daysAgo: 1, stability: 30 }) });
    renderWeakTopics(store);
    expect(within(screen.getByRole('region', { name: 'Weakest sections' })).queryAllByRole('listitem')).toEqual([]);
    expect(screen.getByText(/^No weak sections right now/)).toHaveTextContent('at or above 90% predicted recall');
    expect(screen.queryByRole('region', { name: 'Often confused' })).toBeNull();
  });

  it('follows the store: a new quiz miss makes a fine section weak', () => {
    const store = makeStore();
    setProgress(store, { [KUBE_PROXY]: reviewCard({ daysAgo: 1, stability: 30 }) });
    renderWeakTopics(store);
    expect(screen.getByText(/^No weak sections right now/)).toBeInTheDocument();
    act(() => store.getState().addQuizRecord(quizRecord('quiz-3', T0 - HOUR, [KUBE_PROXY])));
    expect(within(weakList()[0]!).getByText('Missed in 1 quiz this week')).toBeInTheDocument();
  });
});
