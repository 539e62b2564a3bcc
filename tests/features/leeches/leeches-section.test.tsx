// Leeches on the stats screen, over a real store: listed with their lapses and a link to their note, suspended and
// unsuspended in place, and reset (after a confirmation) into new cards.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StatsScreen } from '../../../src/features/stats/stats-screen';
import type { StudyStore } from '../../../src/store/create-study-store';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { COMPONENTS_SECTION, deck, ETCD, KUBELET, POD, renderInApp, reviewCard, setProgress } from '../weak-topics/insights-harness';
import { makeStore, T0 } from '../screen-test-kit';
import { State } from '../../../src/domain/progress';
import { cardValue } from '../../../src/domain/card-map';

/** Kubelet forgotten 9 times, ETCD 8 times and suspended already; Pod twice (not a leech). */
function storeWithLeeches(): StudyStore {
  const store = makeStore();
  setProgress(
    store,
    {
      [KUBELET]: reviewCard({ daysAgo: 2, stability: 1.5, lapses: 9 }),
      [ETCD]: reviewCard({ daysAgo: 3, stability: 2, lapses: 8 }),
      [POD]: reviewCard({ daysAgo: 3, stability: 8, lapses: 2 }),
    },
    [ETCD],
  );
  return store;
}

function renderLeeches(store: StudyStore) {
  renderInApp(
    <StudyStoreContext value={store}>
      <StatsScreen deck={deck} clock={() => T0} />
    </StudyStoreContext>,
    '#/stats',
  );
  return screen.getByRole('region', { name: 'Leeches' });
}

const leechItems = (section: HTMLElement) => within(within(section).getByRole('list', { name: 'Leeches' })).getAllByRole('listitem');
const progressOf = (store: StudyStore, cardId: string) => cardValue(store.getState().progress[deck.id], cardId);

describe('leeches', () => {
  it('lists the leeches in deck order with their lapses, place and a link to the note', () => {
    const section = renderLeeches(storeWithLeeches());
    const [etcd, kubelet, ...rest] = leechItems(section);
    expect(rest).toEqual([]);
    expect(etcd).toHaveTextContent('8 lapses · Chapter 3: Kubernetes Architecture › Explain different components for master and worker nodes · suspended');
    expect(kubelet).toHaveTextContent('9 lapses · Chapter 3: Kubernetes Architecture › Explain different components for master and worker nodes');
    expect(kubelet).not.toHaveTextContent('suspended');
    const kubeletCard = deck.cards.find((card) => card.id === KUBELET)!;
    expect(kubelet).toHaveTextContent(`From your notes: ${kubeletCard.source.file}:${kubeletCard.source.line}`);
    expect(within(kubelet!).getByRole('link', { name: 'Kubelet' })).toHaveAttribute('href', `#/chapters/kubernetes-architecture?section=${COMPONENTS_SECTION}`);
  });

  it('suspends and unsuspends a leech in place', async () => {
    const user = userEvent.setup();
    const store = storeWithLeeches();
    const section = renderLeeches(store);
    await user.click(within(section).getByRole('button', { name: 'Suspend Kubelet' }));
    expect(progressOf(store, KUBELET)?.suspended).toBe(true);
    expect(within(section).getByRole('button', { name: 'Unsuspend Kubelet' })).toBeInTheDocument();
    expect(within(section).getByRole('status')).toHaveTextContent('Suspended Kubelet: it will not come up in reviews.');
    expect(leechItems(section)[1]).toHaveTextContent('· suspended');

    await user.click(within(section).getByRole('button', { name: 'Unsuspend ETCD' }));
    expect(progressOf(store, ETCD)?.suspended).toBe(false);
    expect(progressOf(store, ETCD)?.scheduling.lapses).toBe(8);
    expect(within(section).getByRole('status')).toHaveTextContent('Unsuspended ETCD: it comes up in reviews again.');
  });

  it('resets a leech only after confirming, and it leaves the list as a new card', async () => {
    const user = userEvent.setup();
    const store = storeWithLeeches();
    const section = renderLeeches(store);
    const reset = within(section).getByRole('button', { name: 'Reset Kubelet' });
    await user.click(reset);
    const confirm = within(section).getByRole('group', { name: 'Reset Kubelet?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(section).queryByRole('group', { name: 'Reset Kubelet?' })).toBeNull();
    expect(reset).toHaveFocus();
    expect(progressOf(store, KUBELET)?.scheduling.lapses).toBe(9);

    await user.click(reset);
    await user.click(within(section).getByRole('button', { name: 'Reset card' }));
    expect(progressOf(store, KUBELET)?.scheduling).toMatchObject({ state: State.New, lapses: 0, reps: 0 });
    expect(leechItems(section)).toHaveLength(1);
    expect(within(section).getByRole('status')).toHaveTextContent('Reset Kubelet: it is a new card again.');
    expect(within(section).getByRole('heading', { level: 2, name: 'Leeches' })).toHaveFocus();
  });
});
