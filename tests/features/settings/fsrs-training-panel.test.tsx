// Settings › Memory model over a real store, with the real optimizer (fsrs-rs as WebAssembly) called directly
// instead of through the worker: a tiny log is refused with the threshold, a real one is trained and scored, and the
// trained parameters are applied only after confirming, then undone with one button.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFsrsSyntheticLog } from '../../../bench/fsrs-synthetic-log';
import { trainParameters } from '../../../src/domain/fsrs-optimizer';
import { SettingsScreen } from '../../../src/features/settings/settings-screen';
import { FsrsTrainingPanel } from '../../../src/features/settings/fsrs/fsrs-training-panel';
import type { TrainingRunner, TrainingStep } from '../../../src/features/settings/fsrs/fsrs-training-messages';
import type { StudyStore } from '../../../src/store/create-study-store';
import { StudyStoreContext } from '../../../src/store/study-store-context';
import { loadFsrsOptimizer } from '../../fsrs-wasm-node';
import { deckLog } from '../../study-data-kit';
import { deck, renderInApp } from '../weak-topics/insights-harness';
import { makeStore, T0, DAY } from '../screen-test-kit';

function withLog(cards: number, reviewsPerCard: number): StudyStore {
  const store = makeStore();
  const log = makeFsrsSyntheticLog({ cards, reviewsPerCard, seed: 5, start: T0 - 400 * DAY });
  store.setState({ log: { [deck.id]: deckLog(log) } });
  return store;
}

function renderPanel(store: StudyStore, runner: TrainingRunner) {
  renderInApp(
    <StudyStoreContext value={store}>
      <FsrsTrainingPanel clock={() => T0} runner={runner} />
    </StudyStoreContext>,
    '#/settings',
  );
}

const directRunner =
  (steps: TrainingStep[]): TrainingRunner =>
  async (input, onStep) => {
    const optimizer = await loadFsrsOptimizer();
    steps.push('loading');
    onStep('loading');
    return trainParameters(input, optimizer, (step) => {
      steps.push(step);
      onStep(step);
    });
  };

describe('Train on my reviews', () => {
  it('sits in Settings under Memory model', () => {
    renderInApp(
      <StudyStoreContext value={makeStore()}>
        <SettingsScreen deck={deck} clock={() => T0} />
      </StudyStoreContext>,
      '#/settings',
    );
    const section = screen.getByRole('region', { name: 'Memory model' });
    expect(within(section).getByRole('button', { name: 'Train on my reviews' })).toBeEnabled();
    expect(section).toHaveTextContent('The schedule uses the default FSRS parameters.');
  });

  it('refuses a log that is too small, saying the threshold, without starting the optimizer', async () => {
    const user = userEvent.setup();
    const steps: TrainingStep[] = [];
    renderPanel(withLog(30, 4), directRunner(steps));
    await user.click(screen.getByRole('button', { name: 'Train on my reviews' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not enough reviews to train on yet: training needs at least 400 repeat reviews of flashcards, 200 of them a day or more after the one before (you have 90 and 90).',
    );
    expect(steps).toEqual([]);
  });

  it('trains, shows both scores, applies the trained parameters after confirming and goes back to the defaults', async () => {
    const user = userEvent.setup();
    const steps: TrainingStep[] = [];
    const store = withLog(150, 6);
    renderPanel(store, directRunner(steps));
    await user.click(screen.getByRole('button', { name: 'Train on my reviews' }));
    const table = await screen.findByRole('table', {}, { timeout: 60_000 });
    expect(steps).toEqual(['loading', 'preparing', 'training', 'evaluating']);
    expect(table).toHaveTextContent('How well each set predicts your 750 reviews (lower is better)');
    const [defaultRow, trainedRow] = within(table).getAllByRole('row').slice(1);
    const defaultLoss = Number(within(defaultRow).getAllByRole('cell')[0].textContent);
    const trainedLoss = Number(within(trainedRow).getAllByRole('cell')[0].textContent);
    expect(trainedLoss).toBeLessThan(defaultLoss);
    expect(store.getState().settings.fsrsParameters).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Use these parameters…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm new parameters' });
    await user.click(within(confirm).getByRole('button', { name: 'Use the trained parameters' }));
    expect(store.getState().settings.fsrsParameters).toHaveLength(21);
    expect(screen.getByRole('status')).toHaveTextContent('Now using the parameters trained on your reviews.');

    await user.click(screen.getByRole('button', { name: 'Go back to the default parameters' }));
    expect(store.getState().settings.fsrsParameters).toBeUndefined();
    expect(store.getState().settings.previousFsrsParameters).toHaveLength(21);
    expect(screen.getByRole('button', { name: 'Go back to the previous parameters' })).toBeInTheDocument();
  }, 90_000);
});
