// How components get the study store: the one provided by the nearest <StudyStoreContext value={…}> (tests, other
// roots), otherwise the app's own. The one way a screen reaches the store, as useDeckLibrary() is for the decks.
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { CardProgress, ReviewEntry } from '../domain/progress';
import type { CardMap } from '../domain/card-map';
import type { ReviewLog } from '../domain/review-log';
import type { StudyStore } from './create-study-store';
import { selectDeckLog, selectDeckProgress } from './study-selectors';
import { appStudyStore } from './study-store';

export const StudyStoreContext = createContext<StudyStore | null>(null);

export function useStudyStore(): StudyStore {
  return useContext(StudyStoreContext) ?? appStudyStore();
}

/** A deck's card states, re-read when they change. */
export function useDeckProgress(deckId: string): CardMap<CardProgress> {
  return useStore(
    useStudyStore(),
    useMemo(() => selectDeckProgress(deckId), [deckId]),
  );
}

/** A deck's review log, re-read when it changes. */
export function useDeckLog(deckId: string): ReviewLog<ReviewEntry> {
  return useStore(
    useStudyStore(),
    useMemo(() => selectDeckLog(deckId), [deckId]),
  );
}
