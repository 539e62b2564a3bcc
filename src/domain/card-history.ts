// A card's whole history for the card browser's detail pane: every grade (from a review or a quiz) and every forget,
// in time order, each with the interval it left, found by replaying the card's log (card-replay.ts).
import { applyLogEntry, cardTimeline, isManualEntry } from './card-replay';
import type { Grade, ManualEntry, ReviewEntry, SchedulingState } from './progress';
import type { SchedulerOptions } from './scheduler';

export type HistoryLine =
  | { kind: 'grade'; at: number; rating: Grade; origin: ReviewEntry['origin']; /** Until the card was due again, in ms. */ intervalAfterMs: number }
  | { kind: 'forget'; at: number };

/**
 * One card's history, oldest first. The intervals are replayed with today's options (as Anki shows them after the
 * parameters change), so they can differ from the ones given at the time when the desired retention was changed since.
 */
export function cardHistory(reviews: readonly ReviewEntry[], manual: readonly ManualEntry[], options: SchedulerOptions): HistoryLine[] {
  let state: SchedulingState | null = null;
  return cardTimeline(reviews, manual).map((entry): HistoryLine => {
    state = applyLogEntry(state, entry, options);
    if (isManualEntry(entry)) return { kind: 'forget', at: entry.at };
    return { kind: 'grade', at: entry.at, rating: entry.rating, origin: entry.origin, intervalAfterMs: state.due - entry.at };
  });
}
