// The FSRS optimizer (fsrs-rs as WebAssembly, fsrs-browser, single-threaded as the app's worker runs it) on 20,000
// reviews of a simulated learner: the time from the review log to trained parameters and both scores. Node runs the
// same wasm as Chromium's worker; the figure is one run (training is seconds, not milliseconds).
import { makeFsrsSyntheticLog } from './fsrs-synthetic-log';
import { trainParameters } from '../src/domain/fsrs-optimizer';
import { loadFsrsOptimizer } from '../tests/fsrs-wasm-node';
import type { Bench, BenchRow } from './bench-row';

const CARDS = 2_000;
const REVIEWS_PER_CARD = 10;

const bench: Bench = async () => {
  const optimizer = await loadFsrsOptimizer();
  const log = makeFsrsSyntheticLog({ cards: CARDS, reviewsPerCard: REVIEWS_PER_CARD, seed: 20, start: Date.UTC(2025, 0, 6, 9) });
  const quietLog = console.log;
  // fsrs-rs prints each epoch's loss.
  console.log = () => {};
  const start = performance.now();
  const result = trainParameters({ log, manual: [], dayStartHour: 4 }, optimizer);
  const elapsed = performance.now() - start;
  console.log = quietLog;
  if (!result.ok) throw new Error(result.message);
  const rows: BenchRow[] = [
    {
      name: `fsrs optimizer: ${log.length.toLocaleString('en')} reviews (Node, wasm)`,
      value: Math.round(elapsed),
      unit: 'ms',
      note: `${result.items} items; log loss ${result.defaults.logLoss.toFixed(4)} → ${result.trained.logLoss.toFixed(4)}, RMSE (bins) ${result.defaults.rmseBins.toFixed(4)} → ${result.trained.rmseBins.toFixed(4)}`,
    },
  ];
  return rows;
};

export default bench;
