// A card's scheduling state rebuilt from its log: every grade (ReviewEntry) and every change made by hand
// (ManualEntry), in time order, replayed with the scheduler. The log is the record; the stored state is a cache of
// this replay, so logs merged from several places (tabs, devices) give one state.
//
// Deterministic: ts-fsrs seeds its fuzz from the review time and the card's state before it (reps, difficulty,
// stability), so replaying the same log with the same options gives the same state, fuzz on or off. The options are
// the ones in force when the grades were given; replaying with other options (another desired retention) reschedules,
// as Anki does when FSRS parameters change.
import type { ManualEntry, ReviewEntry, SchedulingState } from './progress';
import { gradeCard, newSchedulingState, type SchedulerOptions } from './scheduler';

export type CardLogEntry = ReviewEntry | ManualEntry;

export function isManualEntry(entry: CardLogEntry): entry is ManualEntry {
  return 'action' in entry;
}

/** A deck's log entries by card, each card's in the log's order (time order), cards in order of first entry. */
export function entriesByCard<T extends { cardId: string }>(entries: readonly T[] = []): Map<string, T[]> {
  const byCard = new Map<string, T[]>();
  for (const entry of entries) {
    const list = byCard.get(entry.cardId);
    if (list) list.push(entry);
    else byCard.set(entry.cardId, [entry]);
  }
  return byCard;
}

/** One card's grades and manual changes in time order (a card never has two entries at one time). */
export function cardTimeline(reviews: readonly ReviewEntry[], manual: readonly ManualEntry[] = []): CardLogEntry[] {
  return [...reviews, ...manual].sort((a, b) => a.at - b.at);
}

/** The state after one entry: a grade schedules the card; `forget` makes it new at that time. */
export function applyLogEntry(state: SchedulingState | null, entry: CardLogEntry, options: SchedulerOptions): SchedulingState {
  if (isManualEntry(entry)) return newSchedulingState(entry.at);
  // A card graded for the first time starts new; when it was created does not change what a grade gives.
  return gradeCard(state ?? newSchedulingState(entry.at), entry.rating, entry.at, options).next;
}

/**
 * The scheduling state a card's log leads to, or null for a card with no entries (it is new). `entries` are the
 * card's own, in time order (cardTimeline).
 */
export function replayCard(entries: readonly CardLogEntry[], options: SchedulerOptions): SchedulingState | null {
  let state: SchedulingState | null = null;
  for (const entry of entries) state = applyLogEntry(state, entry, options);
  return state;
}

/** True for the state of a card nobody graded since it was created or forgotten (only its creation time differs). */
export function isUntouchedNewState(state: SchedulingState): boolean {
  return (
    state.state === 0 &&
    state.reps === 0 &&
    state.lapses === 0 &&
    state.stability === 0 &&
    state.difficulty === 0 &&
    state.scheduledDays === 0 &&
    state.learningSteps === 0 &&
    state.lastReview === null
  );
}
