// A time taken, as the review summary, the quiz results and the stats print it.

const MINUTE_S = 60;
const HOUR_MIN = 60;

/**
 * "45 s", "6 min 12 s", "1 h 3 min". With `wholeMinutes` (totals over days), a minute or more is rounded to the
 * minute: "2 min" for 90 s.
 */
export function formatDuration(ms: number, { wholeMinutes = false } = {}): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < MINUTE_S) return `${seconds} s`;
  const minutes = wholeMinutes ? Math.round(seconds / MINUTE_S) : Math.floor(seconds / MINUTE_S);
  const restSeconds = wholeMinutes ? 0 : seconds % MINUTE_S;
  if (minutes < HOUR_MIN) return restSeconds === 0 ? `${minutes} min` : `${minutes} min ${restSeconds} s`;
  const hours = Math.floor(minutes / HOUR_MIN);
  const restMinutes = minutes % HOUR_MIN;
  return restMinutes === 0 ? `${hours} h` : `${hours} h ${restMinutes} min`;
}
