// The dashboard's figures, kept current: they follow the store (a grade here or in another tab) and the clock.
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Deck } from '../../domain/deck';
import type { StudyStore } from '../../store/create-study-store';
import { selectDeckLog, selectDeckProgress, selectSettings } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store-context';
import { dashboardCounts, studyStreak } from './dashboard-counts';
import type { Dashboard } from './study-counts';

export type Clock = () => number;

/** Learning cards fall due by the minute and days roll over: a minute is fine-grained enough for counts. */
const REFRESH_MS = 60_000;

/** The clock's time, read again on every store change and every minute. */
function useNow(store: StudyStore, clock: Clock): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const refresh = () => setNow(clock());
    const timer = setInterval(refresh, REFRESH_MS);
    const unsubscribe = store.subscribe(refresh);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [store, clock]);
  return now;
}

export function useDashboard(deck: Deck, clock: Clock): Dashboard {
  const store = useStudyStore();
  const progress = useStore(store, useMemo(() => selectDeckProgress(deck.id), [deck.id]));
  const log = useStore(store, useMemo(() => selectDeckLog(deck.id), [deck.id]));
  const settings = useStore(store, selectSettings);
  const now = useNow(store, clock);
  const counts = useMemo(() => dashboardCounts({ cards: deck.cards, progress, log, settings, now }), [deck.cards, progress, log, settings, now]);
  const streak = useMemo(() => studyStreak(log, now, settings.dayStartHour), [log, now, settings.dayStartHour]);
  return useMemo(() => ({ counts, streak, newCardsPerDay: settings.newCardsPerDay }), [counts, streak, settings.newCardsPerDay]);
}
