import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { State, type Grade, type ManualEntry, type ReviewEntry, Rating } from '../../../src/domain/progress';
import { mergeStudyData } from '../../../src/store/data/merge-study-data';
import { cardBucket, encodeStudyData, type PersistedStudyData } from '../../../src/store/persist/persisted-codec';
import { createStudyDataEncoder } from '../../../src/store/persist/study-data-encoder';
import { compareReviewEntries, emptyStudyData, withCardValue, withLoggedReview, withReviewEntry, type StudyData } from '../../../src/store/data/study-data';
import { cardIds, cardValue } from '../../../src/domain/card-map';
import { logWithout } from '../../../src/domain/review-log';
import { cardProgressArb, studyDataArb, studyDataFrom, timeArb } from '../study-data-arbitraries';
import { logArray, studyData, deckLog } from '../../study-data-kit';

/** Hundreds of generated cases each: more than the default 5 s on a busy machine (a limit, not a speed check). */
const PROPERTY_TEST_OPTIONS = { timeout: 60_000 };

const DECKS = ['kubernetes', 'linux-basics'];
const CARDS = ['kubernetes-architecture/definition/kubelet', 'kubernetes-architecture/definition/pod', 'a/b/c', 'toString'];

type Edit = (data: StudyData) => StudyData;

/** Edits as the store makes them: new objects for what changed, the rest shared. */
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc
    .record({
      deckId: fc.constantFrom(...DECKS),
      cardId: fc.constantFrom(...CARDS),
      at: timeArb,
      rating: fc.constantFrom<Grade>(1, 2, 3, 4),
      progress: cardProgressArb,
    })
    .map(({ deckId, cardId, at, rating, progress }): Edit => (data) => {
      const entry: ReviewEntry = { cardId, at, rating, stateBefore: State.Review, durationMs: 7000, origin: 'review' };
      return {
        ...data,
        progress: withCardValue(data.progress, deckId, cardId, progress),
        cardChangedAt: withCardValue(data.cardChangedAt, deckId, cardId, at),
        log: withLoggedReview(data.log, deckId, entry),
      };
    }),
  fc.record({ deckId: fc.constantFrom(...DECKS), pick: fc.nat() }).map(({ deckId, pick }): Edit => (data) => {
    const log = data.log[deckId];
    if (!log || log.size === 0) return data;
    const entries = logArray(log);
    const removed = entries[pick % entries.length];
    const rest = logWithout(log, (entry) => entry === removed);
    const deckUndone = data.undoneReviews[deckId] ?? {};
    const earlier = Object.hasOwn(deckUndone, removed.cardId) ? deckUndone[removed.cardId] : [];
    const undone = { ...deckUndone, [removed.cardId]: [...earlier, removed.at].sort((a, b) => a - b) };
    const nextLog = { ...data.log, [deckId]: rest };
    if (rest.size === 0) delete nextLog[deckId];
    return { ...data, log: nextLog, undoneReviews: { ...data.undoneReviews, [deckId]: undone } };
  }),
  fc
    .record({ deckId: fc.constantFrom(...DECKS), cardId: fc.constantFrom(...CARDS), progress: cardProgressArb, shift: fc.integer({ min: 0, max: 5 }) })
    .map(({ deckId, cardId, progress, shift }): Edit => (data) => ({
      ...data,
      progress: withCardValue(data.progress, deckId, cardId, progress),
      cardChangedAt: withCardValue(data.cardChangedAt, deckId, cardId, (progress.scheduling.lastReview ?? progress.scheduling.due) + shift * 1000),
    })),
  studyDataFrom({ cardIds: CARDS }).map(
    (other): Edit =>
      (data) =>
        mergeStudyData(data, other),
  ),
  // Only a change time moves (the same progress object).
  fc.record({ deckId: fc.constantFrom(...DECKS), pick: fc.nat(), shift: fc.integer({ min: 1, max: 5 }) }).map(({ deckId, pick, shift }): Edit => (data) => {
    const times = data.cardChangedAt[deckId];
    const ids = cardIds(times);
    if (ids.length === 0) return data;
    const cardId = ids[pick % ids.length];
    return { ...data, cardChangedAt: withCardValue(data.cardChangedAt, deckId, cardId, cardValue(times, cardId)! + shift * 1000) };
  }),
);

/** A forget, as resetCard logs it. */
const forgetArb: fc.Arbitrary<Edit> = fc
  .record({ deckId: fc.constantFrom(...DECKS), cardId: fc.constantFrom(...CARDS), at: timeArb })
  .map(({ deckId, cardId, at }): Edit => (data) => {
    const entry: ManualEntry = { cardId, at, action: 'forget' };
    const manual = data.manualLog[deckId] ?? [];
    if (manual.some((known) => known.cardId === cardId && known.at === at)) return data;
    return { ...data, manualLog: { ...data.manualLog, [deckId]: withReviewEntry(manual, entry) } };
  });

/** A deck's progress forgotten whole (a deck deleted with its progress). */
const dropDeckArb: fc.Arbitrary<Edit> = fc.constantFrom(...DECKS).map((deckId): Edit => (data) => {
  const without = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([id]) => id !== deckId));
  return {
    ...data,
    progress: without(data.progress),
    cardChangedAt: without(data.cardChangedAt),
    log: without(data.log),
    manualLog: without(data.manualLog),
    undoneReviews: without(data.undoneReviews),
  };
});

const allEditsArb = fc.oneof(editArb, forgetArb, dropDeckArb);

/** What the caching encoder gives equals what the full encoder gives (with the same number of chunks). */
function expectSameAsFull(encoded: PersistedStudyData, data: StudyData): void {
  const full = encodeStudyData(data, (deckId) => encoded.decks[deckId]?.buckets);
  expect(JSON.stringify(encoded)).toBe(JSON.stringify(full));
}

describe('the caching encoder', PROPERTY_TEST_OPTIONS, () => {
  it('writes exactly what the full encoder writes, after any sequence of edits, whether it encoded or read the data first', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(studyDataArb, fc.array(allEditsArb, { minLength: 1, maxLength: 12 }), fc.boolean(), (initial, edits, readFirst) => {
        const encode = createStudyDataEncoder();
        let data = initial;
        if (readFirst) encode.adopt(encodeStudyData(data), data);
        expectSameAsFull(encode(data), data);
        for (const edit of edits) {
          data = edit(data);
          expectSameAsFull(encode(data), data);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does so over many chunks, as a deck grows past its number of chunks, and after reading', () => {
    const ids = Array.from({ length: 400 }, (_, index) => `chapter-${index % 7}/definition/card-${index}`);
    const cardEditArb = fc.record({
      card: fc.nat({ max: ids.length - 1 }),
      at: timeArb,
      rating: fc.constantFrom<Grade>(1, 2, 3, 4),
      progress: cardProgressArb,
      kind: fc.nat({ max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(cardEditArb, { maxLength: 25 }), fc.boolean(), (steps, readFirst) => {
        let data: StudyData = { ...emptyStudyData(), progress: {}, log: {}, cardChangedAt: {} };
        // 300 cards with a review each: two chunks of them.
        const log: ReviewEntry[] = ids.slice(0, 300).map((cardId, index) => ({
          cardId,
          at: Date.UTC(2026, 0, 1) + index * 60_000,
          rating: Rating.Good,
          stateBefore: State.New,
          durationMs: 4000,
          origin: 'review',
        }));
        data = { ...data, log: { kubernetes: deckLog(log) } };
        const encode = createStudyDataEncoder();
        if (readFirst) encode.adopt(encodeStudyData(data), data);
        expectSameAsFull(encode(data), data);
        for (const { card, at, rating, progress, kind } of steps) {
          const cardId = ids[card];
          const deck = logArray(data.log.kubernetes);
          if (kind === 0) {
            // 100 more cards at once: the deck passes its number of chunks.
            const more = ids.slice(300).map((id, index): ReviewEntry => ({
              cardId: id,
              at: at + index * 1000,
              rating: Rating.Good,
              stateBefore: State.New,
              durationMs: 0,
              origin: 'quiz',
            }));
            data = { ...data, log: { ...data.log, kubernetes: deckLog([...deck, ...more].sort(compareReviewEntries)) } };
          } else if (kind === 1 && deck.length > 0) {
            data = { ...data, log: { ...data.log, kubernetes: deckLog(deck.filter((entry) => entry !== deck[card % deck.length])) } };
          } else {
            const entry: ReviewEntry = { cardId, at, rating, stateBefore: State.Learning, durationMs: 1000, origin: 'review' };
            data = {
              ...data,
              progress: withCardValue(data.progress, 'kubernetes', cardId, progress),
              cardChangedAt: withCardValue(data.cardChangedAt, 'kubernetes', cardId, at),
              log: withLoggedReview(data.log, 'kubernetes', entry),
            };
          }
          expectSameAsFull(encode(data), data);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reuses every chunk that did not change: a deck untouched, and in a graded deck all chunks but the card’s', () => {
    const encode = createStudyDataEncoder();
    fc.assert(
      fc.property(studyDataArb, (data) => {
        const first = encode(data);
        const second = encode({ ...data, settings: { ...data.settings, theme: 'dark' } });
        for (const deckId of Object.keys(first.decks)) expect(second.decks[deckId]).toBe(first.decks[deckId]);
      }),
    );
    const ids = Array.from({ length: 1000 }, (_, index) => `chapter/definition/card-${index}`);
    const log = ids.map((cardId, index): ReviewEntry => ({
      cardId,
      at: Date.UTC(2026, 0, 1) + index * 1000,
      rating: Rating.Good,
      stateBefore: State.New,
      durationMs: 1000,
      origin: 'review',
    }));
    const data = studyData({ log: { kubernetes: log } });
    const read = encodeStudyData(data);
    encode.adopt(read, data);
    const graded = ids[500];
    const after = encode({ ...data, log: { kubernetes: deckLog([...log, { ...log[500], at: Date.UTC(2026, 1, 1) }]) } });
    const changed = Object.keys(after.decks.kubernetes.chunks).filter((index) => after.decks.kubernetes.chunks[index] !== read.decks.kubernetes.chunks[index]);
    expect(read.decks.kubernetes.buckets).toBe(8);
    expect(changed).toEqual([String(cardBucket(graded, 8))]);
  });
});
