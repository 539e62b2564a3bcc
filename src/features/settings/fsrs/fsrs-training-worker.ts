// The FSRS optimizer (fsrs-rs as WebAssembly, fsrs-browser) in a module worker, single-threaded: the thread pool is
// never started, so no SharedArrayBuffer crosses threads and the page needs no cross-origin isolation. The 1.7 MB
// wasm is fetched only when the learner trains.
import initFsrs, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { trainParameters, type TrainingInput } from '../../../domain/fsrs-optimizer';
import type { TrainingMessage } from './fsrs-training-messages';

const post = (message: TrainingMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<TrainingInput>) => {
  void train(event.data);
});

async function train(input: TrainingInput): Promise<void> {
  try {
    post({ kind: 'step', step: 'loading' });
    await initFsrs({ module_or_path: wasmUrl });
    // computeParameters consumes its Fsrs (the wasm object is freed by the call), so each call gets a new one.
    const result = trainParameters(
      input,
      {
        computeParameters: (ratings, deltaTs, lengths, enableShortTerm) => new Fsrs().computeParameters(ratings, deltaTs, lengths, undefined, enableShortTerm),
      },
      (step) => post({ kind: 'step', step }),
    );
    post({ kind: 'done', result });
  } catch (error) {
    post({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
}
