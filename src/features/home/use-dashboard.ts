// The dashboard's figures, kept current: they follow the store (a grade here or in another tab) and the clock.
// Only the chapters a learner has touched are read (src/domain/review-chapters.ts): on a big deck, a first visit
// reads no chapter at all, and every figure is still exact.
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Deck } from '../../domain/deck';
import { notesOf, touchedChapters } from '../../domain/review-chapters';
import { studyDayStart } from '../../domain/study-day';
import type { StudyStore } from '../../store/create-study-store';
import type { DeckSource } from '../../store/deck-library/deck-source';
import { selectSettings } from '../../store/study-selectors';
import { useStudyStore, useDeckProgress, useDeckLog } from '../../store/study-store-context';
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

type Loaded = { key: string; deck: Deck } | { key: string; error: unknown };

/**
 * A deck of these chapters (or more: the whole deck once it is in), or null while they load; a deck with no chapter
 * at once when none is asked for. A failure to load is thrown, for the route's error boundary to show.
 */
function useChapters(source: DeckSource, chapterIds: readonly string[]): Deck | null {
  const key = chapterIds.join('\n');
  const whole = source.loaded();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const none = useMemo<Deck>(() => ({ id: source.outline.id, title: source.outline.title, chapters: [], cards: [], warnings: [] }), [source]);
  useEffect(() => {
    if (whole || key === '') return;
    let current = true;
    source.loadChapters(key.split('\n')).then(
      (deck) => current && setLoaded({ key, deck }),
      (error: unknown) => current && setLoaded({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [source, whole, key]);
  if (whole) return whole;
  if (key === '') return none;
  if (loaded?.key !== key) return null;
  if ('error' in loaded) throw loaded.error;
  return loaded.deck;
}

export interface DashboardState {
  /** Null while the chapters it needs load. */
  dashboard: Dashboard | null;
  /** The touched chapters' cards (or all of them), the ones the dashboard was made from; null while they load. */
  deck: Deck | null;
}

export function useDashboard(source: DeckSource, clock: Clock): DashboardState {
  const store = useStudyStore();
  const { outline } = source;
  const progress = useDeckProgress(outline.id);
  const log = useDeckLog(outline.id);
  const settings = useStore(store, selectSettings);
  const now = useNow(store, clock);
  const touched = useMemo(
    () => touchedChapters(outline, progress, log, studyDayStart(now, settings.dayStartHour)),
    [outline, progress, log, now, settings.dayStartHour],
  );
  const deck = useChapters(source, touched);
  const counts = useMemo(() => {
    if (deck === null) return null;
    const read = new Set(deck.chapters.map((chapter) => chapter.id));
    const untouched = outline.chapters.filter((chapter) => !read.has(chapter.id)).map((chapter) => ({ chapterId: chapter.id, notes: notesOf(chapter) }));
    return dashboardCounts({ cards: deck.cards, untouched, progress, log, settings, now });
  }, [deck, outline, progress, log, settings, now]);
  const streak = useMemo(() => studyStreak(log, now, settings), [log, now, settings]);
  const dashboard = useMemo(
    () => (counts === null ? null : { counts, streak, newCardsPerDay: settings.newCardsPerDay }),
    [counts, streak, settings.newCardsPerDay],
  );
  return { dashboard, deck };
}
