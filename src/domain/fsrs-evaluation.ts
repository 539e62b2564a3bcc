// How well a set of FSRS parameters predicts a review log, with the two figures the FSRS benchmark and Anki report:
// - log loss: the mean of −[y·ln p + (1−y)·ln(1−p)] over the predicted reviews (y = 1 when recalled, i.e. not Again);
// - RMSE (bins): predictions grouped into 20 bins on a log scale of predicted recall (fsrs-rs `get_bin`), then the
//   root of the count-weighted mean squared gap between each bin's mean prediction and its observed recall rate.
// The prediction for a review is ts-fsrs's forgetting curve at its gap, from the memory state the reviews before it
// lead to (ts-fsrs `next_state` with the same parameters): what the scheduler itself would predict. Only reviews a
// day or more after the one before are predicted (a same-day step is short-term memory, not the forgetting curve).
import { FSRSAlgorithm, default_w, forgetting_curve, generatorParameters, type FSRSState } from 'ts-fsrs';
import { isLongTermItem, type FsrsItem } from './fsrs-items';
import { Rating } from './progress';
import { FSRS_PARAMETER_COUNT } from './scheduler';

/** ts-fsrs's defaults: the parameters every learner starts with. */
export const DEFAULT_FSRS_PARAMETERS: readonly number[] = [...default_w];

export interface Prediction {
  /** Predicted probability of recall, 0–1. */
  recall: number;
  /** 1 when the review was not Again. */
  recalled: 0 | 1;
}

export interface FsrsEvaluation {
  logLoss: number;
  rmseBins: number;
  /** Reviews predicted. */
  reviews: number;
}

const algorithms = new Map<string, FSRSAlgorithm>();

/** ts-fsrs's algorithm (memory-state formulas) for a set of parameters, short-term steps on as the scheduler has them. */
export function fsrsAlgorithm(parameters: readonly number[]): FSRSAlgorithm {
  const key = parameters.join(',');
  let algorithm = algorithms.get(key);
  if (!algorithm) {
    algorithm = new FSRSAlgorithm(generatorParameters({ w: [...parameters], enable_short_term: true }));
    algorithms.set(key, algorithm);
  }
  return algorithm;
}

/** The memory state after a sequence of reviews. */
export function memoryStateAfter(reviews: FsrsItem, parameters: readonly number[]): FSRSState {
  const algorithm = fsrsAlgorithm(parameters);
  let state: FSRSState | null = null;
  for (const review of reviews) state = algorithm.next_state(state, review.deltaT, review.rating);
  if (!state) throw new RangeError('A memory state needs at least one review');
  return state;
}

/** Predicted recall for the last review of each long-term item, with what happened. */
export function predictItems(items: readonly FsrsItem[], parameters: readonly number[]): Prediction[] {
  const predictions: Prediction[] = [];
  for (const item of items) {
    if (item.length < 2 || !isLongTermItem(item)) continue;
    const last = item[item.length - 1];
    const state = memoryStateAfter(item.slice(0, -1), parameters);
    predictions.push({ recall: forgetting_curve([...parameters], last.deltaT, state.stability), recalled: last.rating === Rating.Again ? 0 : 1 });
  }
  return predictions;
}

// Predictions of exactly 0 or 1 would make the log loss infinite.
const EPSILON = 1e-7;

export function logLoss(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return Number.NaN;
  let sum = 0;
  for (const { recall, recalled } of predictions) {
    const p = Math.min(1 - EPSILON, Math.max(EPSILON, recall));
    sum -= recalled === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / predictions.length;
}

const BINS = 20;

/** fsrs-rs's bin of a prediction: 20 bins, narrower towards high recall where most predictions are. */
export function recallBin(recall: number): number {
  const binned = Math.floor(Math.exp(recall * Math.log(BINS + 1))) - 1;
  return Math.min(BINS - 1, Math.max(0, binned));
}

export function rmseBins(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return Number.NaN;
  const bins = new Map<number, { count: number; predicted: number; observed: number }>();
  for (const { recall, recalled } of predictions) {
    const key = recallBin(recall);
    const bin = bins.get(key) ?? { count: 0, predicted: 0, observed: 0 };
    bin.count += 1;
    bin.predicted += recall;
    bin.observed += recalled;
    bins.set(key, bin);
  }
  let weighted = 0;
  for (const { count, predicted, observed } of bins.values()) weighted += count * (predicted / count - observed / count) ** 2;
  return Math.sqrt(weighted / predictions.length);
}

export function evaluateParameters(items: readonly FsrsItem[], parameters: readonly number[]): FsrsEvaluation {
  const predictions = predictItems(items, parameters);
  return { logLoss: logLoss(predictions), rmseBins: rmseBins(predictions), reviews: predictions.length };
}

/** 21 finite numbers: a parameter set ts-fsrs and fsrs-rs both take. */
export function isFsrsParameterSet(value: readonly number[]): boolean {
  return value.length === FSRS_PARAMETER_COUNT && value.every(Number.isFinite);
}
