// How components get the study store: the one provided by the nearest <StudyStoreContext value={…}> (tests, other
// roots), otherwise the app's own. The one way a screen reaches the store, as useDeckLibrary() is for the decks.
import { createContext, useContext } from 'react';
import type { StudyStore } from './create-study-store';
import { appStudyStore } from './study-store';

export const StudyStoreContext = createContext<StudyStore | null>(null);

export function useStudyStore(): StudyStore {
  return useContext(StudyStoreContext) ?? appStudyStore();
}
