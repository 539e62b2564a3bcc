import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareLogged,
  emptyReviewLog,
  hasLogEntry,
  isMonthRead,
  lazyLogMonth,
  monthSize,
  sameLogMonth,
  unreadMonthCount,
  lastLogEntry,
  logChanges,
  logEntries,
  logEntriesSince,
  logWithout,
  monthOf,
  monthStart,
  reviewLogOf,
  withLogEntry,
  withoutLogEntry,
  type ReviewLog,
} from '../../src/domain/review-log';

interface Entry {
  at: number;
  cardId: string;
}

const JAN_2026 = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

// Times over 14 months, to the second, so several entries share a month and some share a second.
const entryArb: fc.Arbitrary<Entry> = fc.record({
  at: fc.integer({ min: 0, max: 420 * 86_400 }).map((seconds) => JAN_2026 + seconds * 1000),
  cardId: fc.constantFrom('geology/definition/basalt', 'geology/definition/quartz', 'constructor', '__proto__'),
});

const sorted = (entries: readonly Entry[]) => [...entries].sort(compareLogged);

describe('months', () => {
  it('counts months from January 1970 in UTC and finds where each starts', () => {
    expect(monthOf(Date.UTC(1970, 0, 31, 23, 59))).toBe(0);
    expect(monthOf(Date.UTC(2026, 10, 30, 23, 59, 59))).toBe(56 * 12 + 10);
    expect(monthStart(56 * 12 + 11)).toBe(Date.UTC(2026, 11, 1));
    expect(monthOf(monthStart(56 * 12 + 11) - 1)).toBe(56 * 12 + 10);
  });

  it('counts months before 1970 back from it, each starting on its first day', () => {
    expect(monthOf(Date.UTC(1969, 11, 31))).toBe(-1);
    expect(monthStart(-1)).toBe(Date.UTC(1969, 11, 1));
    expect(monthStart(-13)).toBe(Date.UTC(1968, 11, 1));
  });
});

describe('a review log by month', () => {
  it('keeps every entry in canonical order, one chunk per month that has entries', () => {
    const entries = [
      { at: Date.UTC(2026, 2, 1), cardId: 'b' },
      { at: Date.UTC(2026, 0, 5), cardId: 'a' },
      { at: Date.UTC(2026, 2, 1), cardId: 'a' },
    ];
    const log = reviewLogOf(entries);
    expect(log.months.map((month) => month.month)).toEqual([monthOf(Date.UTC(2026, 0, 5)), monthOf(Date.UTC(2026, 2, 1))]);
    expect(logEntries(log)).toEqual([entries[1], entries[2], entries[0]]);
    expect(log.size).toBe(3);
    expect(lastLogEntry(log)).toBe(entries[0]);
  });

  it('inserting an entry copies only its month: the other months stay the same objects', () => {
    const log = reviewLogOf([
      { at: Date.UTC(2026, 0, 5), cardId: 'a' },
      { at: Date.UTC(2026, 1, 5), cardId: 'a' },
    ]);
    const next = withLogEntry(log, { at: Date.UTC(2026, 1, 6), cardId: 'b' });
    expect(next.months[0]).toBe(log.months[0]);
    expect(next.months[1]).not.toBe(log.months[1]);
    expect(log.size).toBe(2);
    expect(next.size).toBe(3);
  });

  it('matches a sorted array under any inserts and removals, and reports exactly what changed', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), fc.array(fc.tuple(fc.boolean(), entryArb), { maxLength: 30 }), (initial, steps) => {
        let log: ReviewLog<Entry> = reviewLogOf(initial);
        let model = sorted(initial);
        for (const [remove, entry] of steps) {
          const before = log;
          if (remove && model.length > 0) {
            const target = model[entry.at % model.length];
            log = withoutLogEntry(log, target);
            model = model.filter((candidate) => candidate !== model.findLast((other) => other.at === target.at && other.cardId === target.cardId));
            expect(logChanges(before, log).removed).toHaveLength(1);
          } else {
            log = withLogEntry(log, entry);
            model = sorted([...model, entry]);
            expect(logChanges(before, log)).toEqual({ added: [entry], removed: [] });
          }
          expect(logEntries(log)).toEqual(model);
          expect(log.size).toBe(model.length);
          expect(log.months.every((month) => month.entries.length > 0 && month.entries.every((item) => monthOf(item.at) === month.month))).toBe(true);
        }
      }),
    );
  });

  it('reads only what lies at or after a time, from the months that can hold it', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 60 }), fc.integer({ min: -30, max: 450 }), (entries, day) => {
        const since = JAN_2026 + day * DAY;
        expect(logEntriesSince(reviewLogOf(entries), since)).toEqual(sorted(entries).filter((entry) => entry.at >= since));
      }),
    );
  });

  it('drops entries a rule picks, keeping months it leaves alone', () => {
    const log = reviewLogOf([
      { at: Date.UTC(2026, 0, 5), cardId: 'a' },
      { at: Date.UTC(2026, 1, 5), cardId: 'b' },
    ]);
    const dropped = logWithout(log, (entry) => entry.cardId === 'b');
    expect(logEntries(dropped)).toEqual([{ at: Date.UTC(2026, 0, 5), cardId: 'a' }]);
    expect(dropped.months[0]).toBe(log.months[0]);
    expect(logWithout(log, () => false)).toBe(log);
    expect(logWithout(log, () => true)).toBe(emptyReviewLog());
  });

  it('finds an entry by card and time, and removing one that is not there changes nothing', () => {
    const log = reviewLogOf([{ at: Date.UTC(2026, 0, 5), cardId: 'a' }]);
    expect(hasLogEntry(log, { at: Date.UTC(2026, 0, 5), cardId: 'a' })).toBe(true);
    expect(hasLogEntry(log, { at: Date.UTC(2026, 0, 5), cardId: 'b' })).toBe(false);
    expect(withoutLogEntry(log, { at: Date.UTC(2026, 5, 5), cardId: 'a' })).toBe(log);
    expect(withoutLogEntry(log, { at: Date.UTC(2026, 0, 5), cardId: 'a' })).toBe(emptyReviewLog());
  });
});

describe('a month read from storage', () => {
  const JANUARY = monthOf(JAN_2026);
  const stored = [
    { at: JAN_2026 + DAY, cardId: 'geology/definition/basalt' },
    { at: JAN_2026 + 2 * DAY, cardId: 'geology/definition/quartz' },
  ];
  function storedMonth(text = 'january text') {
    let decodes = 0;
    const month = lazyLogMonth(
      JANUARY,
      stored.length,
      () => {
        decodes += 1;
        return stored;
      },
      ['ids', text],
    );
    return { month, decodes: () => decodes };
  }

  it('makes its entries once, when they are first read, and knows its size before', () => {
    const { month, decodes } = storedMonth();
    expect(isMonthRead(month)).toBe(false);
    expect(monthSize(month)).toBe(2);
    expect(decodes()).toBe(0);
    expect(month.entries).toEqual(stored);
    expect(month.entries).toBe(month.entries);
    expect(decodes()).toBe(1);
    expect(isMonthRead(month)).toBe(true);
  });

  it('is the same as another month read from the same texts, and not as one read from others, without reading either', () => {
    const first = storedMonth();
    const second = storedMonth();
    expect(sameLogMonth(first.month, second.month)).toBe(true);
    expect(sameLogMonth(first.month, storedMonth('other text').month)).toBe(false);
    expect(sameLogMonth(first.month, { month: JANUARY, entries: stored })).toBe(false);
    expect(first.decodes() + second.decodes()).toBe(0);
  });

  it('is not read to find what changed after a grade in a later month', () => {
    const { month, decodes } = storedMonth();
    const log: ReviewLog<Entry> = { months: [month], size: 2 };
    const graded = withLogEntry(log, { at: Date.UTC(2026, 1, 3), cardId: 'geology/definition/basalt' });
    expect(logChanges(log, graded)).toEqual({ added: [{ at: Date.UTC(2026, 1, 3), cardId: 'geology/definition/basalt' }], removed: [] });
    expect(logChanges(log, { months: [storedMonth().month], size: 2 })).toEqual({ added: [], removed: [] });
    expect(unreadMonthCount(graded)).toBe(1);
    expect(decodes()).toBe(0);
    expect(graded.size).toBe(3);
  });
});
