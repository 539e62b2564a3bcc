// What the Settings screen and the training worker say to each other.
import type { TrainingInput, TrainingResult, TrainingStage } from '../../../domain/fsrs-optimizer';

export type TrainingStep = 'loading' | TrainingStage;

export type TrainingMessage = { kind: 'step'; step: TrainingStep } | { kind: 'done'; result: TrainingResult } | { kind: 'failed'; reason: string };

/** Runs training somewhere (the worker in the app, a direct call in tests), reporting each step. */
export type TrainingRunner = (input: TrainingInput, onStep: (step: TrainingStep) => void) => Promise<TrainingResult>;
