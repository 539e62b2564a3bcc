// The app's study store, loaded on demand: the store (scheduler, codec, schemas) is too big for the initial page,
// so the shell and the header's theme toggle load it with a dynamic import, once.
import type { useStudyStore as StudyStoreHook } from './study-store';

export type StudyStoreApi = typeof StudyStoreHook;

let loadedStore: StudyStoreApi | null = null;
let storeLoading: Promise<StudyStoreApi> | null = null;

/** The app's study store, loaded once. */
export function loadStudyStore(): Promise<StudyStoreApi> {
  storeLoading ??= import('./study-store').then(({ useStudyStore }) => (loadedStore = useStudyStore));
  return storeLoading;
}

/** The app's study store if it has loaded, otherwise null. */
export function loadedStudyStore(): StudyStoreApi | null {
  return loadedStore;
}
