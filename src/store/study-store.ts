// The app's one study store: localStorage, fuzz on, synced with other tabs.
// Tests build their own with createStudyStore (create-study-store.ts).
import { createStudyStore } from './create-study-store';

export const useStudyStore = createStudyStore({ enableFuzz: true });
