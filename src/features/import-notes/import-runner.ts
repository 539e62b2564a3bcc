// Runs the note reader in the import worker (src/pipeline/browser-import-worker.ts), so a big or odd file never holds
// up the page: progress comes as it goes, and Cancel stops the worker at once. Where there are no workers (tests),
// the same reader runs on the page, loaded on demand. The only way features reach the pipeline: it stays a chunk of
// its own (the worker's), never part of the initial page.
import type { ImportedNotes, ImportProgress, ImportReply, NoteText } from '../../domain/note-import';

/** Why an import did not give notes: the notes themselves, the reader not loading, or the learner's Cancel. */
export class ImportFailure extends Error {
  constructor(
    readonly kind: 'notes' | 'reader' | 'cancelled',
    message: string,
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}

export interface ImportRun {
  /** The notes read; rejects with an ImportFailure. */
  result: Promise<ImportedNotes>;
  /** Stops the reader now; `result` rejects as cancelled. */
  cancel: () => void;
}

const READER_MISSING = 'The note reader could not be loaded. Check the connection and try again.';

function runInWorker(sources: readonly NoteText[], onProgress: (progress: ImportProgress) => void): ImportRun {
  const worker = new Worker(new URL('../../pipeline/browser-import-worker.ts', import.meta.url), { type: 'module', name: 'import' });
  let settle: { resolve: (notes: ImportedNotes) => void; reject: (failure: ImportFailure) => void } | null = null;
  const result = new Promise<ImportedNotes>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (outcome: ImportedNotes | ImportFailure) => {
    worker.terminate();
    if (outcome instanceof ImportFailure) settle?.reject(outcome);
    else settle?.resolve(outcome);
    settle = null;
  };
  worker.addEventListener('message', (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.type === 'ready') return;
    if (reply.type === 'progress') onProgress(reply.progress);
    else if (reply.type === 'done') finish(reply.notes);
    else finish(new ImportFailure('notes', `These notes could not be read: ${reply.reason}.`));
  });
  // The worker's script did not load or run (offline before it was cached, say).
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish(new ImportFailure('reader', READER_MISSING));
  });
  worker.postMessage({ sources });
  return { result, cancel: () => finish(new ImportFailure('cancelled', 'Import cancelled: nothing was added.')) };
}

function runOnPage(sources: readonly NoteText[], onProgress: (progress: ImportProgress) => void): ImportRun {
  let cancelled = false;
  const result = (async () => {
    const reader = await import('../../pipeline/browser-import').catch(() => {
      throw new ImportFailure('reader', READER_MISSING);
    });
    if (cancelled) throw new ImportFailure('cancelled', 'Import cancelled: nothing was added.');
    try {
      return reader.buildImportedDeck(sources, onProgress);
    } catch (error) {
      throw new ImportFailure('notes', `These notes could not be read: ${reader.failureReason(error)}.`);
    }
  })();
  return { result, cancel: () => (cancelled = true) };
}

export function runImport(sources: readonly NoteText[], onProgress: (progress: ImportProgress) => void): ImportRun {
  return typeof Worker === 'undefined' ? runOnPage(sources, onProgress) : runInWorker(sources, onProgress);
}
