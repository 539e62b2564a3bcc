// Scales for the hand-drawn charts: a round top for the value axis and the colour step of a heatmap cell.

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value` (at least 1), so the axis ends on a round number. */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

export const HEAT_LEVELS = 4;

/** Colour step of a day: 0 for none, else 1–4 in proportion to the busiest day, so any activity shows. */
export function heatLevel(count: number, busiest: number): number {
  if (count <= 0 || busiest <= 0) return 0;
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((count / busiest) * HEAT_LEVELS)));
}

/**
 * Indexes of the bars that get an axis label: every `step`-th from the first, at most `count` of them, and the last
 * (taking the place of the one before it when the two would crowd each other).
 */
export function labelledIndexes(length: number, count: number): Set<number> {
  if (length <= 0) return new Set();
  if (length <= count) return new Set(Array.from({ length }, (_, index) => index));
  const step = Math.ceil((length - 1) / (count - 1));
  const indexes: number[] = [];
  for (let index = 0; index < length - 1; index += step) indexes.push(index);
  const last = length - 1;
  if (last - indexes[indexes.length - 1]! < step * 0.6) indexes.pop();
  indexes.push(last);
  return new Set(indexes);
}
