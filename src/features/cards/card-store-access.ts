// The card browser's one door to the study store: what it reads (a deck's progress, review log, manual changes and
// settings) and the changes it makes. Everything else in the feature works on plain domain values.
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { CardChange } from '../../domain/card-changes';
import type { ManualEntry } from '../../domain/progress';
import { own } from '../../store/data/own-key';
import { selectSettings } from '../../store/study-selectors';
import { changeCards, undoCardChanges, type CardsChanged } from '../../store/card-changes';
import type { StudyState } from '../../store/study-state';
import { useStudyStore, useDeckProgress, useDeckLog } from '../../store/study-store-context';

export type { CardsChanged };

const NO_MANUAL: ManualEntry[] = [];
const selectDeckManualLog = (deckId: string) => (state: StudyState) => own(state.manualLog, deckId) ?? NO_MANUAL;

/** A deck's study data, re-read when it changes. */
export function useCardStudyData(deckId: string) {
  const store = useStudyStore();
  const progress = useDeckProgress(deckId);
  const log = useDeckLog(deckId);
  const manualLog = useStore(
    store,
    useMemo(() => selectDeckManualLog(deckId), [deckId]),
  );
  const settings = useStore(store, selectSettings);
  return { progress, log, manualLog, settings };
}

/** The changes the browser makes to cards, each returning what it did (for undo). */
export function useCardActions(deckId: string) {
  const store = useStudyStore();
  return useMemo(
    () => ({
      change: (cardIds: readonly string[], change: CardChange, now: number): CardsChanged => changeCards(store, deckId, cardIds, change, now),
      undo: (changed: CardsChanged, now: number): number => undoCardChanges(store, changed, now),
    }),
    [store, deckId],
  );
}
