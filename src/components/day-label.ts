// Day keys ("2026-11-27", as the domain's study days and exam day are keyed) in words. A key names a calendar date,
// not a moment, so it is read and written in UTC: no time zone can move it to the day before.

const styles = {
  /** "27 Nov" */
  short: { day: 'numeric', month: 'short' },
  /** "Fri 27 Nov" */
  weekday: { weekday: 'short', day: 'numeric', month: 'short' },
  /** "Friday 27 November 2026" */
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "Nov" */
  month: { month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DayLabelStyle = keyof typeof styles;

// Made on first use: building a formatter is slow, and most screens that load this module show no date at first.
const formats: Partial<Record<DayLabelStyle, Intl.DateTimeFormat>> = {};
const formatFor = (style: DayLabelStyle) => (formats[style] ??= new Intl.DateTimeFormat('en-GB', { ...styles[style], timeZone: 'UTC' }));

const DAY_MS = 86_400_000;

export function dayKeyTime(key: string): number {
  return Date.parse(`${key}T00:00:00Z`);
}

export function dayKeyOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The key `days` calendar days after `key` (before it when negative). */
export function addDays(key: string, days: number): string {
  return dayKeyOf(dayKeyTime(key) + days * DAY_MS);
}

/** Monday 0 … Sunday 6. */
export function weekdayOf(key: string): number {
  return (new Date(dayKeyTime(key)).getUTCDay() + 6) % 7;
}

/** The parts joined by spaces: ICU versions differ on the commas between them. */
export function formatDayKey(key: string, style: DayLabelStyle = 'short'): string {
  return formatFor(style)
    .formatToParts(dayKeyTime(key))
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}
