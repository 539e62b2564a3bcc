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
  const fsrs = new fsrsBrowser.Fsrs();
  return {
    computeParameters: (ratings, deltaTs, lengths, enableShortTerm) => fsrs.computeParameters(ratings, deltaTs, lengths, undefined, enableShortTerm),
  };
}
