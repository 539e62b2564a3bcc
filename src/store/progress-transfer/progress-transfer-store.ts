// Export from and import into a study store. The store persists the change like any other (and other tabs merge it).
import type { StudyStore } from '../create-study-store';
import { applyImport, exportProgressFile, type ImportMode } from './progress-transfer';
import { studyDataOf, type StudyData } from '../data/study-data';

export function exportStoreProgress(store: StudyStore, now: number, appVersion: string): string {
  return exportProgressFile(studyDataOf(store.getState()), now, appVersion);
}

/**
 * Imports checked data (from parseProgressFile) into the store and returns what the store now holds. The undo stack
 * is emptied: its steps belong to the progress before the import.
 */
export function importIntoStore(store: StudyStore, incoming: StudyData, mode: ImportMode): StudyData {
  const next = applyImport(studyDataOf(store.getState()), incoming, mode);
  store.setState((state) => ({ ...next, session: { ...state.session, undoStack: [] } }));
  return next;
}
