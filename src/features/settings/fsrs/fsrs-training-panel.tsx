// "Train on my reviews": fits FSRS parameters to the learner's own review log with the reference optimizer, shows how
// well the default and the trained parameters predict that log, and applies the trained ones only when the learner
// confirms. The previous parameters are kept, so one button goes back.
import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { checkTrainingSize } from '../../../domain/fsrs-items';
import { trainingItems, type TrainingOutcome } from '../../../domain/fsrs-optimizer';
import type { FsrsEvaluation } from '../../../domain/fsrs-evaluation';
import { ProgressBar } from '../../../components/progress-bar';
import { selectSettings } from '../../../store/study-selectors';
import { useStudyStore } from '../../../store/study-store-context';
import type { TrainingRunner, TrainingStep } from './fsrs-training-messages';
import { trainingInputOf } from './fsrs-training-input';
import { workerTrainingRunner } from './worker-training-runner';

interface FsrsTrainingPanelProps {
  clock: () => number;
  runner?: TrainingRunner;
}

type Run =
  | { kind: 'idle' }
  | { kind: 'running'; step: TrainingStep; items: number }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'trained'; outcome: TrainingOutcome; confirming: boolean }
  | { kind: 'applied' };

const STEPS: readonly TrainingStep[] = ['loading', 'preparing', 'training', 'evaluating'];
const STEP_TEXT: Record<TrainingStep, string> = {
  loading: 'Loading the optimizer',
  preparing: 'Reading your reviews',
  training: 'Training (this can take a minute)',
  evaluating: 'Scoring the default and the trained parameters',
};

const figure = (value: number) => value.toFixed(4);

function EvaluationTable({ defaults, trained }: { defaults: FsrsEvaluation; trained: FsrsEvaluation }) {
  return (
    <table className="fsrs-evaluation">
      <caption>How well each set predicts your {trained.reviews.toLocaleString('en')} reviews (lower is better)</caption>
      <thead>
        <tr>
          <th scope="col">Parameters</th>
          <th scope="col">Log loss</th>
          <th scope="col">RMSE (bins)</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Default</th>
          <td>{figure(defaults.logLoss)}</td>
          <td>{figure(defaults.rmseBins)}</td>
        </tr>
        <tr>
          <th scope="row">Trained</th>
          <td>{figure(trained.logLoss)}</td>
          <td>{figure(trained.rmseBins)}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function FsrsTrainingPanel({ clock, runner = workerTrainingRunner }: FsrsTrainingPanelProps) {
  const store = useStudyStore();
  const settings = useStore(store, selectSettings);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const statusId = useId();

  const train = async () => {
    const state = store.getState();
    const input = trainingInputOf(state, settings.dayStartHour);
    const items = trainingItems(input);
    const size = checkTrainingSize(items);
    if (!size.ok) return setRun({ kind: 'refused', message: size.message });
    setRun({ kind: 'running', step: 'loading', items: items.length });
    try {
      const result = await runner(input, (step) => setRun({ kind: 'running', step, items: items.length }));
      setRun(result.ok ? { kind: 'trained', outcome: result, confirming: false } : { kind: 'refused', message: result.message });
    } catch (error) {
      setRun({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  const apply = (parameters: number[]) => {
    store.getState().updateSettings({ fsrsParameters: parameters, previousFsrsParameters: settings.fsrsParameters }, clock());
    setRun({ kind: 'applied' });
  };

  const goBack = () => {
    store.getState().updateSettings({ fsrsParameters: settings.previousFsrsParameters, previousFsrsParameters: settings.fsrsParameters }, clock());
    setRun({ kind: 'idle' });
  };

  const running = run.kind === 'running';
  return (
    <div className="fsrs-training">
      <p className="small-note settings-hint">
        {settings.fsrsParameters ? 'The schedule uses parameters trained on your reviews.' : 'The schedule uses the default FSRS parameters.'} Training fits the
        memory model to your own flashcard reviews (quiz answers are left out); it runs on this device and sends nothing anywhere.
      </p>
      <div className="settings-actions">
        <button type="button" className="button button-primary" onClick={() => void train()} disabled={running} aria-describedby={statusId}>
          Train on my reviews
        </button>
        {(settings.fsrsParameters || settings.previousFsrsParameters) && (
          <button type="button" className="button" onClick={goBack} disabled={running}>
            {settings.previousFsrsParameters ? 'Go back to the previous parameters' : 'Go back to the default parameters'}
          </button>
        )}
      </div>
      <div id={statusId} className="fsrs-training-status" role="status">
        {run.kind === 'running' && (
          <>
            <p>
              {STEP_TEXT[run.step]}… ({run.items.toLocaleString('en')} reviews)
            </p>
            <ProgressBar
              label="Training progress"
              value={STEPS.indexOf(run.step)}
              max={STEPS.length}
              valueText={`Step ${STEPS.indexOf(run.step) + 1} of ${STEPS.length}: ${STEP_TEXT[run.step]}`}
            />
          </>
        )}
        {run.kind === 'refused' && <p className="settings-status is-invalid">{run.message}</p>}
        {run.kind === 'failed' && <p className="settings-status is-invalid">Training stopped: {run.reason}. Nothing was changed.</p>}
        {run.kind === 'applied' && <p className="settings-status is-saved">Now using the parameters trained on your reviews.</p>}
      </div>
      {run.kind === 'trained' && (
        <div className="fsrs-training-result">
          <EvaluationTable defaults={run.outcome.defaults} trained={run.outcome.trained} />
          {run.confirming ? (
            <div className="fsrs-confirm" role="group" aria-label="Confirm new parameters">
              <p>Schedule your next reviews with the trained parameters? Cards already scheduled keep their due dates.</p>
              <div className="settings-actions">
                <button type="button" className="button button-primary" onClick={() => apply(run.outcome.parameters)}>
                  Use the trained parameters
                </button>
                <button type="button" className="button" onClick={() => setRun({ ...run, confirming: false })}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <div className="settings-actions">
              <button type="button" className="button button-primary" onClick={() => setRun({ ...run, confirming: true })}>
                Use these parameters…
              </button>
              <button type="button" className="button" onClick={() => setRun({ kind: 'idle' })}>
                Keep the current ones
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
