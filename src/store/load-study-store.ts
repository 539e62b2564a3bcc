// The app's study store, loaded on demand: the store (scheduler, codec, schemas) is too big for the initial page,
// so the shell and the header's theme toggle load it with a dynamic import, once.
import type { StudyStore } from './create-study-store';

let loadedStore: StudyStore | null = null;
let storeLoading: Promise<StudyStore> | null = null;

/** The app's study store, loaded once. */
export function loadStudyStore(): Promise<StudyStore> {
  storeLoading ??= import('./study-store').then(({ appStudyStore }) => (loadedStore = appStudyStore()));
  return storeLoading;
}

/** The app's study store if it has loaded, otherwise null. */
export function loadedStudyStore(): StudyStore | null {
  return loadedStore;
}
