// The app's one study store: localStorage, fuzz on, synced with other tabs; made on first use, so merely importing
// this file (a test, the prerender) opens no storage. Components reach it through useStudyStore()
// (study-store-context.ts); tests build their own with createStudyStore (create-study-store.ts).
import { createStudyStore, type StudyStore } from './create-study-store';

let appStore: StudyStore | null = null;

export function appStudyStore(): StudyStore {
  appStore ??= createStudyStore({ enableFuzz: true });
  return appStore;
}
