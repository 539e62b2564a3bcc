// The reference optimizer (fsrs-rs as WebAssembly) on a log made by a learner whose memory follows known parameters:
// trained on some cards, the parameters it finds must predict the other cards' reviews better than the defaults.
import { describe, expect, it, vi } from 'vitest';
import { makeFsrsSyntheticLog, TRUE_FSRS_PARAMETERS } from '../../bench/fsrs-synthetic-log';
import { DEFAULT_FSRS_PARAMETERS, evaluateParameters } from '../../src/domain/fsrs-evaluation';
import { MIN_LONG_TERM_REVIEWS, MIN_TRAINING_ITEMS } from '../../src/domain/fsrs-items';
import { trainingItems, trainOnItems, trainParameters } from '../../src/domain/fsrs-optimizer';
import { loadFsrsOptimizer } from '../fsrs-wasm-node';

const START = Date.UTC(2026, 0, 5, 9);

describe('training FSRS parameters with fsrs-rs', () => {
  it('finds parameters that predict held-out reviews better than the defaults', async () => {
    const optimizer = await loadFsrsOptimizer();
    const log = makeFsrsSyntheticLog({ cards: 500, reviewsPerCard: 9, seed: 14, start: START });
    const training = log.filter((entry) => Number(entry.cardId.split('/')[2]) % 5 !== 0);
    const heldOut = log.filter((entry) => Number(entry.cardId.split('/')[2]) % 5 === 0);
    const result = trainParameters({ log: training, manual: [], dayStartHour: 4 }, optimizer);
    if (!result.ok) throw new Error(result.message);
    expect(result.parameters).toHaveLength(21);

    const heldOutItems = trainingItems({ log: heldOut, manual: [], dayStartHour: 4 });
    const defaults = evaluateParameters(heldOutItems, DEFAULT_FSRS_PARAMETERS);
    const trained = evaluateParameters(heldOutItems, result.parameters);
    const truth = evaluateParameters(heldOutItems, TRUE_FSRS_PARAMETERS);
    console.info(
      `held-out ${trained.reviews} reviews: log loss default ${defaults.logLoss.toFixed(4)}, trained ${trained.logLoss.toFixed(4)}, true ${truth.logLoss.toFixed(4)}; ` +
        `RMSE (bins) default ${defaults.rmseBins.toFixed(4)}, trained ${trained.rmseBins.toFixed(4)}, true ${truth.rmseBins.toFixed(4)}; ` +
        `on the training log: default ${result.defaults.logLoss.toFixed(4)} / ${result.defaults.rmseBins.toFixed(4)}, trained ${result.trained.logLoss.toFixed(4)} / ${result.trained.rmseBins.toFixed(4)}`,
    );
    expect(trained.reviews).toBe(100 * 8);
    expect(trained.logLoss).toBeLessThan(defaults.logLoss);
    expect(trained.rmseBins).toBeLessThan(defaults.rmseBins);
    expect(result.trained.logLoss).toBeLessThan(result.defaults.logLoss);
  }, 120_000);

  it('refuses a tiny log with the threshold, without running the optimizer', () => {
    const log = makeFsrsSyntheticLog({ cards: 20, reviewsPerCard: 5, seed: 3, start: START });
    const optimizer = { computeParameters: vi.fn(() => new Float32Array(21)) };
    const result = trainOnItems(trainingItems({ log, manual: [], dayStartHour: 4 }), optimizer);
    expect(result).toEqual({
      ok: false,
      message: `Not enough reviews to train on yet: training needs at least ${MIN_TRAINING_ITEMS} repeat reviews of flashcards, ${MIN_LONG_TERM_REVIEWS} of them a day or more after the one before (you have 80 and 80). Quiz answers do not count. Keep reviewing and try again later.`,
    });
    expect(optimizer.computeParameters).not.toHaveBeenCalled();
  });
});
