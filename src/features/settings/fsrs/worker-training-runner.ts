// Training in a Web Worker: one worker per run, ended when it answers.
import type { TrainingRunner, TrainingMessage } from './fsrs-training-messages';

export const workerTrainingRunner: TrainingRunner = (input, onStep) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./fsrs-training-worker.ts', import.meta.url), { type: 'module', name: 'fsrs-training' });
    worker.addEventListener('message', (event: MessageEvent<TrainingMessage>) => {
      const message = event.data;
      if (message.kind === 'step') return onStep(message.step);
      worker.terminate();
      if (message.kind === 'done') resolve(message.result);
      else reject(new Error(message.reason));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the training worker could not start'));
    });
    worker.postMessage(input);
  });
