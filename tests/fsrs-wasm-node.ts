// fsrs-browser (fsrs-rs as WebAssembly) in Node, single-threaded as the app's worker runs it: the wasm bytes are
// instantiated synchronously. Its thread-pool helper listens on `self` when imported, which Node lacks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FsrsOptimizer } from '../src/domain/fsrs-optimizer';

export async function loadFsrsOptimizer(): Promise<FsrsOptimizer> {
  const scope = globalThis as { self?: unknown };
  scope.self ??= new EventTarget();
  const fsrsBrowser = await import('fsrs-browser');
  const wasmPath = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
  fsrsBrowser.initSync({ module: readFileSync(wasmPath) });
  // computeParameters consumes its Fsrs (the wasm object is freed by the call): a new one for each call.
  return {
    computeParameters: (ratings, deltaTs, lengths, enableShortTerm) =>
      new fsrsBrowser.Fsrs().computeParameters(ratings, deltaTs, lengths, undefined, enableShortTerm),
  };
}
