// Settings › desired retention: the workload of each retention, simulated on the learner's own cards when asked.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../../src/features/settings/settings-screen';
import { Rating } from '../../../src/domain/progress';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { deck, renderInApp } from '../weak-topics/insights-harness';
import { makeStore, T0, DAY } from '../screen-test-kit';

describe('workload of each desired retention', () => {
  it('shows reviews a day for the next 30 days at 0.80 to 0.95, more the higher the retention', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    // Every card of the deck studied once, 3 to 12 days ago.
    deck.cards.forEach((card, index) => store.getState().gradeCard(deck.id, card.id, Rating.Good, T0 - (3 + (index % 10)) * DAY, 8000));
    renderInApp(
      <StudyStoreContext value={store}>
        <SettingsScreen deck={deck} clock={() => T0} />
      </StudyStoreContext>,
      '#/settings',
    );
    const study = screen.getByRole('region', { name: 'Study' });
    expect(within(study).queryByRole('table')).toBeNull();
    await user.click(within(study).getByRole('button', { name: 'Compare the workload of each retention' }));
    const table = within(study).getByRole('table');
    expect(table).toHaveTextContent('The next 30 days at each desired retention (simulated with your cards, limits and default parameters)');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['0.80', '0.85', '0.90', '0.95']);
    const reviews = rows.map((row) => Number(within(row).getAllByRole('cell')[0].textContent));
    expect(reviews[3]).toBeGreaterThan(reviews[0]);
    expect(rows[2]).toHaveAttribute('aria-current', 'true');
  });
});
