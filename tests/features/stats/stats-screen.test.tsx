// The stats screen on the real notes and a real store with grades given on known days: the heatmap marks today
// with today's count, every chart has a summary as its name and a table of the same figures.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Rating, type Grade } from '../../../src/domain/progress';
import { StatsScreen } from '../../../src/features/stats/stats-screen';
import type { StudyStore } from '../../../src/store/create-study-store';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { deck, ETCD, HOUR, KUBE_PROXY, KUBELET, NOMAD, POD, renderInApp } from '../weak-topics/insights-harness';
import { DAY, makeStore, MINUTE, T0 } from '../screen-test-kit';

function renderStats(store: StudyStore, now = T0) {
  return renderInApp(
    <StudyStoreContext value={store}>
      <StatsScreen deck={deck} clock={() => now} />
    </StudyStoreContext>,
    '#/stats',
  );
}

function grade(store: StudyStore, cardId: string, rating: Grade, at: number, durationMs = 30_000) {
  store.getState().gradeCard(deck.id, cardId, rating, at, durationMs);
}

/** Two grades three days ago (Tuesday 24 Nov), three today (Friday 27 Nov), one of them from a quiz. */
function storeWithHistory(): StudyStore {
  const store = makeStore();
  grade(store, KUBELET, Rating.Good, T0 - 3 * DAY);
  grade(store, POD, Rating.Easy, T0 - 3 * DAY + MINUTE);
  grade(store, KUBE_PROXY, Rating.Again, T0 - HOUR, 45_000);
  grade(store, ETCD, Rating.Good, T0 - 30 * MINUTE, 15_000);
  store.getState().gradeCard(deck.id, NOMAD, Rating.Good, T0 - 10 * MINUTE, 20_000, 'quiz');
  return store;
}

const chart = (title: string) => screen.getByRole('region', { name: title });

describe('stats screen', () => {
  it('draws a year of days in the heatmap, today outlined with its count', () => {
    const { container } = renderStats(storeWithHistory());
    const heatmap = within(chart('Reviews per day')).getByRole('img');
    expect(heatmap).toHaveAccessibleName('Reviews per day over the past year: 5 reviews on 2 days; busiest Fri 27 Nov with 3; today 3.');
    const cells = container.querySelectorAll('.heat-cell');
    expect(cells).toHaveLength(365);
    const today = container.querySelector('[data-day="2026-11-27"]')!;
    expect(today).toHaveAttribute('data-count', '3');
    expect(today).toHaveClass('is-today');
    expect(today.querySelector('title')).toHaveTextContent('Fri 27 Nov (today): 3 reviews');
    expect(container.querySelector('[data-day="2026-11-24"]')).toHaveAttribute('data-count', '2');
    expect(container.querySelector('[data-day="2026-11-25"]')).toHaveAttribute('data-count', '0');
    expect(container.querySelectorAll('.heat-cell.is-today')).toHaveLength(1);
    // The busiest day is the darkest.
    expect(today).toHaveClass('heat-4');
    expect(container.querySelector('[data-day="2026-11-24"]')).toHaveClass('heat-3');
  });

  it('shows the heatmap as a table on request, today first', async () => {
    const user = userEvent.setup();
    renderStats(storeWithHistory());
    const figure = chart('Reviews per day');
    expect(within(figure).queryByRole('table')).toBeNull();
    await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
    const table = within(figure).getByRole('table', { name: /^Reviews per day over the past year/ });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Day', 'Reviews'],
      ['Friday 27 November 2026 (today)', '3'],
      ['Tuesday 24 November 2026', '2'],
    ]);
    expect(within(figure).getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('sums the last 30 days, splitting reviews from quiz answers, with the time spent', async () => {
    const user = userEvent.setup();
    renderStats(storeWithHistory());
    const figure = chart('Last 30 days');
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      'Reviews per day over the last 30 days: 4 reviews and 1 quiz answer on 2 days, 2 min in all; today 3.',
    );
    await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(31);
    expect([...rows[1]!.children].map((cell) => cell.textContent)).toEqual(['Fri 27 Nov', '2', '1', '1 min']);
    expect([...rows[4]!.children].map((cell) => cell.textContent)).toEqual(['Tue 24 Nov', '2', '0', '1 min']);
  });

  it('forecasts the cards falling due, counts card states and the answer buttons', () => {
    renderStats(storeWithHistory());
    const forecast = within(chart('Coming up')).getByRole('img');
    // Four cards in learning are due today (overdue counts today); Pod, answered Easy, comes back in December.
    expect(forecast).toHaveAccessibleName('Cards due over the next 30 days: 5 in all; 4 today, 0 tomorrow; busiest Fri 27 Nov with 4.');
    expect(within(chart('Card states')).getByRole('img')).toHaveAccessibleName(
      `Card states of ${deck.cards.length} cards: ${deck.cards.length - 5} new, 4 learning, 0 relearning, 1 young, 0 mature; 0 suspended, 0 leeches.`,
    );
    expect(within(chart('Answer buttons')).getByRole('img', { name: /new and learning cards/ })).toHaveAccessibleName(
      'Answer buttons for new and learning cards: Again 1 (20%), Hard 0 (0%), Good 3 (60%), Easy 1 (20%).',
    );
  });

  it('draws true retention against the target line, with nothing for weeks without reviews', () => {
    renderStats(storeWithHistory());
    expect(within(chart('True retention')).getByRole('img')).toHaveAccessibleName('True retention by week: no reviews of cards in review yet (target 90%).');
    expect(chart('True retention')).toHaveTextContent('Target 90%');
  });

  it('shows empty charts honestly before any review', () => {
    renderStats(makeStore());
    expect(within(chart('Reviews per day')).getByRole('img')).toHaveAccessibleName('Reviews per day over the past year: none yet.');
    expect(within(chart('Coming up')).getByRole('img')).toHaveAccessibleName('Cards due over the next 30 days: none.');
    expect(within(chart('Leeches')).getByText(/^No leeches/)).toBeInTheDocument();
  });
});
