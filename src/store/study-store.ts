// The app's one study store: localStorage, fuzz on, synced with other tabs; made on first use, so merely importing
// this file (a test, the prerender) opens no storage. Components reach it through useStudyStore()
// (study-store-context.ts); tests build their own with createStudyStore (create-study-store.ts).
import { createStudyStore, type StudyStore } from './create-study-store';
import { builtInDeckSource } from './deck-library/built-in-deck';

let appStore: StudyStore | null = null;

export function appStudyStore(): StudyStore {
  if (appStore) return appStore;
  appStore = createStudyStore({ enableFuzz: true });
  // Progress kept under ids the built-in deck's cards had before a chapter or section was renamed follows them.
  const { outline } = builtInDeckSource();
  if (outline.idMoves) appStore.getState().moveCards(outline.id, outline.idMoves);
  return appStore;
}
