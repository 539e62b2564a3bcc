// Export from and import into a study store. An import is written to storage and read back before the store takes
// it (and other tabs merge it); when it cannot be stored, nothing changes and the result says why.
import type { StudyStore } from '../create-study-store';
import type { SaveResult } from '../persist/guarded-storage';
import { applyImport, exportProgressFile, type ImportMode } from './progress-transfer';
import { studyDataOf, type StudyData } from '../data/study-data';

export function exportStoreProgress(store: StudyStore, now: number, appVersion: string): string {
  return exportProgressFile(studyDataOf(store.getState()), now, appVersion);
}

export type ImportResult = { ok: true; data: StudyData } | { ok: false; reason: string };

/** Why an import could not be stored, in words for the learner (nothing was changed). */
export function importFailureReason(result: Extract<SaveResult, { ok: false }>): string {
  switch (result.problem) {
    case 'quota':
      return 'Storage is full: this browser has no room to keep the imported progress. Nothing was replaced; free some space (or merge a smaller file) and try again.';
    case 'unavailable':
      return 'This browser does not let Study Deck save (a private window, or storage turned off), so the import could not be kept. Nothing was replaced.';
    case 'paused':
      return `Saving is paused, so the import could not be kept (${result.detail}). Nothing was replaced.`;
    case 'not-read-back':
      return `The imported progress did not read back as it was written (${result.detail}). Nothing was replaced.`;
  }
}

/**
 * Imports checked data (from parseProgressFile) into the store: written and read back first, then taken by the store
 * with an empty undo stack (its steps belong to the progress before the import).
 */
export function importIntoStore(store: StudyStore, incoming: StudyData, mode: ImportMode): ImportResult {
  const next = applyImport(studyDataOf(store.getState()), incoming, mode);
  const saved = store.replaceStudyData(next);
  return saved.ok ? { ok: true, data: next } : { ok: false, reason: importFailureReason(saved) };
}
