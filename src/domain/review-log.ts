// A deck's review log kept in chunks, one per calendar month (UTC) of the review time. A grade inserts into its
// month's chunk, so it copies a month (a few thousand entries) instead of the whole history (200,000 after years),
// and screens that need only recent reviews (today's counts) read only the last chunks.
// Immutable and structurally shared like card-map.ts: every change returns a new log, months that did not change are
// the same objects, and two logs with the same entries have the same shape (tests compare them with toEqual).
// Entries are in the canonical order: by time, then card id.

export interface LoggedAt {
  readonly at: number;
  readonly cardId: string;
}

export interface LogMonth<T extends LoggedAt> {
  /** Months since January 1970 (UTC) of every entry in it. */
  readonly month: number;
  /** Never empty; sorted canonically. */
  readonly entries: readonly T[];
}

export interface ReviewLog<T extends LoggedAt> {
  /** Oldest month first; only months that hold entries. */
  readonly months: readonly LogMonth<T>[];
  readonly size: number;
}

const EMPTY_LOG: ReviewLog<never> = Object.freeze({ months: Object.freeze([]), size: 0 });

/** What a month read from storage was made from: its stored texts (and lists of them, such as the ids they name). */
export type MonthSource = readonly (string | readonly string[])[];
const storedSources = new WeakMap<LogMonth<LoggedAt>, MonthSource>();
/** Months not read yet, with the number of entries they hold. */
const unread = new WeakMap<LogMonth<LoggedAt>, number>();

/**
 * A month whose entries are made by `decode` when first read: a stored month costs nothing until a screen needs it
 * (opening the store reads only the counts). `source` names what it is made from (the stored texts), so a month read
 * twice from the same texts is known to be the same (sameLogMonth) without reading either.
 */
export function lazyLogMonth<T extends LoggedAt>(month: number, size: number, decode: () => readonly T[], source: MonthSource): LogMonth<T> {
  let entries: readonly T[] | undefined;
  const lazy = { month } as LogMonth<T>;
  // Enumerable, so structural comparisons (tests' toEqual) read the entries like a plain month's.
  Object.defineProperty(lazy, 'entries', {
    enumerable: true,
    get: () => {
      if (entries === undefined) {
        entries = decode();
        unread.delete(lazy);
      }
      return entries;
    },
  });
  storedSources.set(lazy, source);
  unread.set(lazy, size);
  return lazy;
}

/** How many entries a month holds, without reading a month that has not been read. */
export function monthSize(month: LogMonth<LoggedAt>): number {
  return unread.get(month) ?? month.entries.length;
}

/** Whether a month's entries have been made (always, for a month not read from storage). */
export function isMonthRead(month: LogMonth<LoggedAt>): boolean {
  return !unread.has(month);
}

/** Months of a log whose entries have not been made yet (a stored month no screen has read). */
export function unreadMonthCount(log: ReviewLog<LoggedAt> | undefined): number {
  return log ? log.months.filter((month) => unread.has(month)).length : 0;
}

function sameTexts(a: MonthSource | readonly string[] | undefined, b: MonthSource | readonly string[] | undefined): boolean {
  if (a === b) return a !== undefined;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((text, index) => {
    const other = b[index];
    return typeof text === 'string' || typeof other === 'string' ? text === other : sameTexts(text, other);
  });
}

/** Whether two months hold the same entries, known without reading them: the same object, or read from the same texts. */
export function sameLogMonth(a: LogMonth<LoggedAt> | undefined, b: LogMonth<LoggedAt> | undefined): boolean {
  return a !== undefined && (a === b || (a.month === b?.month && sameTexts(storedSources.get(a), storedSources.get(b))));
}

/** Months since January 1970 (UTC) of a time. */
export function monthOf(at: number): number {
  const date = new Date(at);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}

/** The first instant of a month counted by `monthOf`. */
export function monthStart(month: number): number {
  return Date.UTC(1970 + Math.floor(month / 12), ((month % 12) + 12) % 12, 1);
}

/** Chronological, then by card id: one canonical order, so equal logs encode to equal text. */
export function compareLogged(a: LoggedAt, b: LoggedAt): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0;
}

export function emptyReviewLog<T extends LoggedAt>(): ReviewLog<T> {
  return EMPTY_LOG;
}

/** A log of entries already in canonical order (as a stored log is). */
export function reviewLogOfSorted<T extends LoggedAt>(entries: readonly T[]): ReviewLog<T> {
  if (entries.length === 0) return EMPTY_LOG;
  const months: LogMonth<T>[] = [];
  let start = 0;
  let month = monthOf(entries[0].at);
  let nextStart = monthStart(month + 1);
  for (let index = 1; index < entries.length; index += 1) {
    if (entries[index].at < nextStart) continue;
    months.push({ month, entries: entries.slice(start, index) });
    start = index;
    month = monthOf(entries[index].at);
    nextStart = monthStart(month + 1);
  }
  months.push({ month, entries: start === 0 ? entries.slice() : entries.slice(start) });
  return { months, size: entries.length };
}

/** A log of entries in any order. */
export function reviewLogOf<T extends LoggedAt>(entries: readonly T[]): ReviewLog<T> {
  return reviewLogOfSorted([...entries].sort(compareLogged));
}

/** Index of the month in `months`, or where it would be inserted (as ~index). */
function findMonth(months: readonly LogMonth<LoggedAt>[], month: number): number {
  // Almost always the last month: look there first.
  for (let index = months.length - 1; index >= 0; index -= 1) {
    if (months[index].month === month) return index;
    if (months[index].month < month) return ~(index + 1);
  }
  return ~0;
}

function withMonth<T extends LoggedAt>(log: ReviewLog<T>, index: number, entries: readonly T[], sizeChange: number): ReviewLog<T> {
  const months = log.months.slice();
  if (entries.length === 0) months.splice(index, 1);
  else months[index] = { month: log.months[index].month, entries };
  return months.length === 0 ? EMPTY_LOG : { months, size: log.size + sizeChange };
}

/** `log` with `entry` inserted in canonical order (almost always at the end): one month copied. */
export function withLogEntry<T extends LoggedAt>(log: ReviewLog<T>, entry: T): ReviewLog<T> {
  const month = monthOf(entry.at);
  const found = findMonth(log.months, month);
  if (found < 0) {
    const months = log.months.slice();
    months.splice(~found, 0, { month, entries: [entry] });
    return { months, size: log.size + 1 };
  }
  const entries = log.months[found].entries;
  let index = entries.length;
  while (index > 0 && compareLogged(entries[index - 1], entry) > 0) index -= 1;
  const next = index === entries.length ? entries.concat([entry]) : [...entries.slice(0, index), entry, ...entries.slice(index)];
  return withMonth(log, found, next, 1);
}

/** `log` without the entry of that card at that time (the same log when there is none). */
export function withoutLogEntry<T extends LoggedAt>(log: ReviewLog<T>, entry: LoggedAt): ReviewLog<T> {
  const found = findMonth(log.months, monthOf(entry.at));
  if (found < 0) return log;
  const entries = log.months[found].entries;
  const index = entries.findLastIndex((candidate) => candidate.at === entry.at && candidate.cardId === entry.cardId);
  if (index < 0) return log;
  return withMonth(log, found, [...entries.slice(0, index), ...entries.slice(index + 1)], -1);
}

/** `log` without every entry `drop` picks (the same log when it picks none). */
export function logWithout<T extends LoggedAt>(log: ReviewLog<T>, drop: (entry: T) => boolean): ReviewLog<T> {
  let changed = false;
  const months: LogMonth<T>[] = [];
  let size = 0;
  for (const month of log.months) {
    const kept = month.entries.filter((entry) => !drop(entry));
    if (kept.length !== month.entries.length) changed = true;
    if (kept.length > 0) months.push(kept.length === month.entries.length ? month : { month: month.month, entries: kept });
    size += kept.length;
  }
  if (!changed) return log;
  return size === 0 ? EMPTY_LOG : { months, size };
}

const flattened = new WeakMap<ReviewLog<LoggedAt>, readonly LoggedAt[]>();

/** Every entry in canonical order, as one array: made once per log (for screens that read the whole history). */
export function logEntries<T extends LoggedAt>(log: ReviewLog<T> | undefined): readonly T[] {
  if (log === undefined || log.size === 0) return EMPTY_LOG.months as unknown as readonly T[];
  if (log.months.length === 1) return log.months[0].entries;
  let entries = flattened.get(log) as readonly T[] | undefined;
  if (entries === undefined) {
    entries = log.months.flatMap((month) => month.entries);
    flattened.set(log, entries);
  }
  return entries;
}

/** Entries at or after `since`, in canonical order: only the months that can hold them are read. */
export function logEntriesSince<T extends LoggedAt>(log: ReviewLog<T> | undefined, since: number): T[] {
  if (log === undefined) return [];
  const found: T[] = [];
  const firstMonth = monthOf(since);
  let monthIndex = log.months.length - 1;
  while (monthIndex > 0 && log.months[monthIndex].month > firstMonth) monthIndex -= 1;
  for (; monthIndex < log.months.length; monthIndex += 1) {
    for (const entry of log.months[monthIndex]?.entries ?? []) if (entry.at >= since) found.push(entry);
  }
  return found;
}

/** The latest entry, or undefined. */
export function lastLogEntry<T extends LoggedAt>(log: ReviewLog<T> | undefined): T | undefined {
  const last = log?.months.at(-1);
  return last?.entries.at(-1);
}

/** Whether the log holds an entry of that card at that time. */
export function hasLogEntry(log: ReviewLog<LoggedAt> | undefined, entry: LoggedAt): boolean {
  if (log === undefined) return false;
  const found = findMonth(log.months, monthOf(entry.at));
  return found >= 0 && log.months[found].entries.some((candidate) => candidate.at === entry.at && candidate.cardId === entry.cardId);
}

/** Entries removed from and added to `before` to make `after`: what lies between their common start and end. */
function arrayChanges<T>(before: readonly T[], after: readonly T[], into: { added: T[]; removed: T[] }): void {
  const shorter = Math.min(before.length, after.length);
  let suffix = 0;
  while (suffix < shorter && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  let prefix = 0;
  while (prefix < shorter - suffix && before[prefix] === after[prefix]) prefix += 1;
  for (let index = prefix; index < before.length - suffix; index += 1) into.removed.push(before[index]);
  for (let index = prefix; index < after.length - suffix; index += 1) into.added.push(after[index]);
}

/**
 * Entries added to and removed from `previous` to make `next` (by identity): months that are the same object are
 * skipped, and a changed month is compared from both ends, so after one grade this reads little more than one entry.
 */
export function logChanges<T extends LoggedAt>(previous: ReviewLog<T>, next: ReviewLog<T>): { added: T[]; removed: T[] } {
  const changes: { added: T[]; removed: T[] } = { added: [], removed: [] };
  if (previous === next) return changes;
  // Months compared as objects first: a month read from storage and not changed since is never decoded here.
  const before = new Map(previous.months.map((month) => [month.month, month]));
  for (const month of next.months) {
    const old = before.get(month.month);
    before.delete(month.month);
    if (!sameLogMonth(old, month) && old?.entries !== month.entries) arrayChanges(old?.entries ?? [], month.entries, changes);
  }
  for (const { entries } of before.values()) changes.removed.push(...entries);
  return changes;
}
