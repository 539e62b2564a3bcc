// Times and durations as the store keeps them.

/** Longest time counted for one review, as Anki caps it: a card left open over lunch is not 40 minutes of study. */
export const MAX_REVIEW_DURATION_MS = 60_000;

const SECOND_MS = 1000;

/**
 * Times are kept to the whole second: the compact codec stores seconds, so what is in memory equals what a reload
 * reads back, and merge keys (card id + time) agree between tabs.
 */
export function toWholeSecond(ms: number): number {
  return Math.floor(ms / SECOND_MS) * SECOND_MS;
}

/**
 * The time a change to a card is recorded at: `now` to the second, but always at least a second after the card's
 * previous change and after the last reset, so "latest change wins" orders the changes of one card as they happened.
 */
export function nextChangeTime(now: number, previousChange: number | undefined, resetAt: number | null): number {
  let at = toWholeSecond(now);
  if (previousChange !== undefined) at = Math.max(at, previousChange + SECOND_MS);
  if (resetAt !== null) at = Math.max(at, resetAt + SECOND_MS);
  return at;
}

/** Duration as stored: whole seconds, 0–60 s; a missing or negative time counts as 0. */
export function storedReviewDuration(durationMs: number): number {
  if (!Number.isFinite(durationMs) || durationMs <= 0) return 0;
  return Math.min(MAX_REVIEW_DURATION_MS, Math.round(durationMs / SECOND_MS) * SECOND_MS);
}
