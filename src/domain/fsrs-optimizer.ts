// Training FSRS parameters on the learner's own review log with the reference optimizer (fsrs-rs, run as
// WebAssembly by fsrs-browser), then scoring the default and the trained parameters on the same log. The optimizer
// is passed in (`FsrsOptimizer`), so this stays free of WebAssembly: the worker gives it fsrs-browser, tests too.
import { DEFAULT_FSRS_PARAMETERS, evaluateParameters, isFsrsParameterSet, type FsrsEvaluation } from './fsrs-evaluation';
import { checkTrainingSize, fsrsHistories, fsrsItems, packItems, type FsrsItem } from './fsrs-items';
import type { ManualEntry, ReviewEntry } from './progress';

/** fsrs-browser's `Fsrs.computeParameters` (progress pointer left out: nothing can read it while it runs). */
export interface FsrsOptimizer {
  computeParameters(ratings: Uint32Array, deltaTs: Uint32Array, lengths: Uint32Array, enableShortTerm: boolean): ArrayLike<number>;
}

export type TrainingStage = 'preparing' | 'training' | 'evaluating';

export interface TrainingOutcome {
  ok: true;
  parameters: number[];
  defaults: FsrsEvaluation;
  trained: FsrsEvaluation;
  /** Items trained on (repeat reviews of flashcards). */
  items: number;
}

export type TrainingResult = TrainingOutcome | { ok: false; message: string };

export interface TrainingInput {
  log: readonly ReviewEntry[];
  manual: readonly ManualEntry[];
  dayStartHour: number;
}

export function trainingItems(input: TrainingInput): FsrsItem[] {
  return fsrsItems(fsrsHistories(input.log, input.manual, input.dayStartHour));
}

/** Trains on the items and scores both parameter sets on them; the figures are on the same log as Anki shows them. */
export function trainOnItems(items: readonly FsrsItem[], optimizer: FsrsOptimizer, onStage: (stage: TrainingStage) => void = () => {}): TrainingResult {
  const size = checkTrainingSize(items);
  if (!size.ok) return size;
  onStage('training');
  const packed = packItems(items);
  const parameters = Array.from(optimizer.computeParameters(packed.ratings, packed.deltaTs, packed.lengths, true), (value) => Math.round(value * 1e4) / 1e4);
  if (!isFsrsParameterSet(parameters)) return { ok: false, message: `The optimizer gave ${parameters.length} parameters instead of 21; nothing was changed.` };
  onStage('evaluating');
  return {
    ok: true,
    parameters,
    defaults: evaluateParameters(items, DEFAULT_FSRS_PARAMETERS),
    trained: evaluateParameters(items, parameters),
    items: items.length,
  };
}

export function trainParameters(input: TrainingInput, optimizer: FsrsOptimizer, onStage: (stage: TrainingStage) => void = () => {}): TrainingResult {
  onStage('preparing');
  return trainOnItems(trainingItems(input), optimizer, onStage);
}
