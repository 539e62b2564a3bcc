// "Review these now" on the weak topics screen leads to a session of exactly the section's weakest cards, in their
// order, including cards that are not due yet, each graded as usual; "Quiz me on these" leads to a quiz on them.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { ReviewRoute } from '../../../src/features/review/review-route';
import { WeakTopicsScreen } from '../../../src/features/weak-topics/weak-topics-screen';
import type { StudyStore } from '../../../src/store/create-study-store';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { deck, ETCD, KUBE_PROXY, KUBELET, POD, renderInApp, reviewCard, setProgress } from './insights-harness';
import { DAY, makeStore, T0 } from '../screen-test-kit';
import { State } from '../../../src/domain/progress';
import { cardValue } from '../../../src/domain/card-map';
import { logArray } from '../../study-data-kit';

const API_SERVER = 'kubernetes-architecture/definition/api-server';

function renderWeakTopicsAndReview(store: StudyStore) {
  const clock = () => T0;
  return renderInApp(
    <Switch>
      <Route path="/weak">
        <StudyStoreContext value={store}>
          <WeakTopicsScreen deck={deck} clock={clock} />
        </StudyStoreContext>
      </Route>
      <Route path="/review">
        <StudyStoreContext value={store}>
          <ReviewRoute deck={deck} clock={clock} />
        </StudyStoreContext>
      </Route>
    </Switch>,
    '#/weak',
  );
}

/** In the master/worker components section: four fading or lapsed cards, only ETCD due today. API Server is fine. */
function storeWithWeakSection(): StudyStore {
  const store = makeStore();
  setProgress(store, {
    [KUBELET]: reviewCard({ daysAgo: 30, stability: 2, lapses: 3, dueInDays: 5 }),
    [ETCD]: reviewCard({ daysAgo: 20, stability: 4, lapses: 1, dueInDays: 0 }),
    [KUBE_PROXY]: reviewCard({ daysAgo: 12, stability: 6, dueInDays: 3 }),
    [API_SERVER]: reviewCard({ daysAgo: 1, stability: 40, dueInDays: 39 }),
    [POD]: reviewCard({ daysAgo: 3, stability: 30, lapses: 1, dueInDays: 27 }),
  });
  return store;
}

const cardIdsIn = (href: string) => new URLSearchParams(href.split('?')[1]).get('cards')!.split(',');
const promptOf = (cardId: string) => deck.cards.find((card) => card.id === cardId)!.prompt;

describe('review these now', () => {
  it('starts a session with exactly the weakest cards, due or not, and grades them as usual', async () => {
    const user = userEvent.setup();
    const store = storeWithWeakSection();
    renderWeakTopicsAndReview(store);
    const first = within(screen.getByRole('region', { name: 'Weakest sections' })).getAllByRole('listitem')[0]!;
    const link = within(first).getByRole('link', { name: /^Review these now/ });
    const weakest = cardIdsIn(link.getAttribute('href')!);
    // Weakest first: Kubelet (three lapses, lowest recall), then ETCD, then Kube-proxy; API Server is fine.
    expect(weakest).toEqual([KUBELET, ETCD, KUBE_PROXY]);

    await user.click(link);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('3 selected cards');
    expect(screen.getByRole('list', { name: 'Cards left' })).toHaveTextContent('0 new0 learning3 to review');

    const shown: string[] = [];
    for (let step = 0; step < weakest.length; step += 1) {
      shown.push(screen.getByRole('heading', { level: 2 }).textContent ?? '');
      await user.click(screen.getByRole('button', { name: /Show answer/ }));
      await user.click(within(screen.getByRole('group', { name: 'How well did you recall it?' })).getByRole('button', { name: /^Good/ }));
    }
    expect(shown).toEqual(weakest.map(promptOf));
    expect(screen.getByRole('heading', { level: 2, name: 'Session complete' })).toBeInTheDocument();

    const progress = store.getState().progress[deck.id]!;
    for (const cardId of weakest) expect(cardValue(progress, cardId)!.scheduling.lastReview).toBe(T0);
    expect(cardValue(progress, API_SERVER)!.scheduling.lastReview).toBe(T0 - DAY);
    // The log keeps grades given at one moment in card id order.
    expect(logArray(store.getState().log[deck.id]).map((entry) => [entry.cardId, entry.rating, entry.origin])).toEqual(
      [...weakest].sort().map((cardId) => [cardId, 3, 'review']),
    );
  });

  it('goes on with the usual queue once the list is done: a card answered Again comes back for its learning step', async () => {
    const user = userEvent.setup();
    const store = storeWithWeakSection();
    renderWeakTopicsAndReview(store);
    const second = within(screen.getByRole('region', { name: 'Weakest sections' })).getAllByRole('listitem')[1]!;
    expect(within(second).getByRole('heading', { level: 3 })).toHaveTextContent('Discuss Kubernetes Architecture');
    await user.click(within(second).getByRole('link', { name: /^Review these now/ }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(promptOf(POD));
    await user.click(screen.getByRole('button', { name: /Show answer/ }));
    await user.click(within(screen.getByRole('group', { name: 'How well did you recall it?' })).getByRole('button', { name: /^Again/ }));
    // The list is done; Pod relearns in 10 minutes, within the learn-ahead window, so it comes straight back.
    expect(cardValue(store.getState().progress[deck.id], POD)!.scheduling).toMatchObject({ state: State.Relearning, lapses: 2 });
    expect(screen.getByRole('list', { name: 'Cards left' })).toHaveTextContent('0 new1 learning0 to review');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(promptOf(POD));
    await user.click(screen.getByRole('button', { name: /Show answer/ }));
    await user.click(within(screen.getByRole('group', { name: 'How well did you recall it?' })).getByRole('button', { name: /^Good/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'Session complete' })).toBeInTheDocument();
  });
});
