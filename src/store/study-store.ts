// The app's one study store: localStorage, fuzz on, synced with other tabs.
// Tests build their own with createStudyStore (create-study-store.ts).
import builtInDeck from 'virtual:deck';
import { createStudyStore } from './create-study-store';

export const useStudyStore = createStudyStore({ enableFuzz: true });

// Progress kept under ids the built-in deck's cards had before a chapter or section was renamed follows them.
if (builtInDeck.idMoves) useStudyStore.getState().moveCards(builtInDeck.id, builtInDeck.idMoves);
