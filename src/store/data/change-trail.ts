// A deck's card states and its review log are big (10,000 entries, 200,000 reviews) and are copied with one change at a
// time. Each copy made here notes what changed, so code that compares two versions (the storage encoder) reads the
// notes instead of comparing every entry. Notes name versions by number, not by object, so no old copy is kept alive;
// only the latest notes are kept, and a comparison that finds a note missing says so (null), to compare in full.
import { setOwn } from './own-key';

interface Note {
  /** The version this one was copied from. */
  base: number;
  /** Keys set or deleted (records). */
  keys?: readonly string[];
  /** Items added and removed (arrays). */
  added?: readonly unknown[];
  removed?: readonly unknown[];
}

/** Enough for every copy made between two saves, even in a burst (a quiz grading many cards at once). */
const MAX_NOTES = 4096;
const versions = new WeakMap<object, number>();
const notes = new Map<number, Note>();
let lastVersion = 0;

function versionOf(value: object): number {
  let version = versions.get(value);
  if (version === undefined) {
    version = ++lastVersion;
    versions.set(value, version);
  }
  return version;
}

function note(next: object, base: object, change: Omit<Note, 'base'>): void {
  notes.set(versionOf(next), { base: versionOf(base), ...change });
  if (notes.size > MAX_NOTES) notes.delete(notes.keys().next().value!);
}

/** The notes from `base` to `next`, newest first; null when they are not all known. */
function notesBetween(next: object, base: object): Note[] | null {
  const target = versions.get(base);
  let version = versions.get(next);
  if (target === undefined || version === undefined) return null;
  const found: Note[] = [];
  while (version !== target) {
    const step = notes.get(version);
    if (!step) return null;
    found.push(step);
    version = step.base;
  }
  return found;
}

/** A copy of `record` with `key` set to `value` (a loop over the keys: faster than spreading 10,000 of them). */
export function recordWith<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  const next: Record<string, T> = {};
  for (const own of Object.keys(record)) {
    if (own === '__proto__') setOwn(next, own, record[own]);
    else next[own] = record[own];
  }
  setOwn(next, key, value);
  note(next, record, { keys: [key] });
  return next;
}

/** A copy of `record` with every `[key, value]` of `entries` set: one copy for many keys (a change to many cards). */
export function recordWithMany<T>(record: Readonly<Record<string, T>>, entries: ReadonlyArray<readonly [string, T]>): Record<string, T> {
  const next: Record<string, T> = {};
  for (const own of Object.keys(record)) {
    if (own === '__proto__') setOwn(next, own, record[own]);
    else next[own] = record[own];
  }
  for (const [key, value] of entries) setOwn(next, key, value);
  note(next, record, { keys: entries.map(([key]) => key) });
  return next;
}

/** The keys set or deleted between two versions of a record, or null when that is not known. */
export function keysChangedSince(next: object, base: object): Set<string> | null {
  if (next === base) return new Set();
  const steps = notesBetween(next, base);
  if (!steps) return null;
  return new Set(steps.flatMap((step) => step.keys ?? []));
}

/** A copy of `items` with `item` inserted at `index` (one copy of the array), noted. */
export function arrayWith<T>(items: readonly T[], index: number, item: T): T[] {
  const next = index === items.length ? items.concat([item]) : items.slice(0, index).concat([item], items.slice(index));
  note(next, items, { added: [item] });
  return next;
}

/** A copy of `items` without the item at `index`, noted. */
export function arrayWithout<T>(items: readonly T[], index: number): T[] {
  const next = items.slice(0, index).concat(items.slice(index + 1));
  note(next, items, { removed: [items[index]] });
  return next;
}

/** Items added and removed between two versions of an array, or null when that is not known. */
export function itemsChangedSince<T>(next: readonly T[], base: readonly T[]): { added: T[]; removed: T[] } | null {
  if (next === base) return { added: [], removed: [] };
  const steps = notesBetween(next, base);
  if (!steps) return null;
  const added = new Set<T>();
  const removed: T[] = [];
  // Oldest first: an item added and removed again in between is neither.
  for (const step of steps.reverse()) {
    for (const item of (step.added ?? []) as T[]) added.add(item);
    for (const item of (step.removed ?? []) as T[]) {
      if (added.has(item)) added.delete(item);
      else removed.push(item);
    }
  }
  return { added: [...added], removed };
}
