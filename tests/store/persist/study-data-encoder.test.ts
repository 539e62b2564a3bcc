import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { State, type Grade, type ReviewEntry } from '../../../src/domain/progress';
import { mergeStudyData } from '../../../src/store/data/merge-study-data';
import { encodeStudyData } from '../../../src/store/persist/persisted-codec';
import { createStudyDataEncoder } from '../../../src/store/persist/study-data-encoder';
import { withReviewEntry, type StudyData } from '../../../src/store/data/study-data';
import { cardProgressArb, studyDataArb, studyDataFrom, timeArb } from '../study-data-arbitraries';

/** Hundreds of generated cases each: more than the default 5 s on a busy machine (a limit, not a speed check). */
const PROPERTY_TEST_OPTIONS = { timeout: 60_000 };

const DECKS = ['kubernetes', 'linux-basics'];
const CARDS = ['kubernetes-architecture/definition/kubelet', 'kubernetes-architecture/definition/pod', 'a/b/c', 'toString'];

type Edit = (data: StudyData) => StudyData;

/** Edits as the store makes them: new objects for what changed, the rest shared. */
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc
    .record({ deckId: fc.constantFrom(...DECKS), cardId: fc.constantFrom(...CARDS), at: timeArb, rating: fc.constantFrom<Grade>(1, 2, 3, 4), progress: cardProgressArb })
    .map(({ deckId, cardId, at, rating, progress }): Edit => (data) => {
      const entry: ReviewEntry = { cardId, at, rating, stateBefore: State.Review, durationMs: 7000, origin: 'review' };
      return {
        ...data,
        progress: { ...data.progress, [deckId]: { ...data.progress[deckId], [cardId]: progress } },
        cardChangedAt: { ...data.cardChangedAt, [deckId]: { ...data.cardChangedAt[deckId], [cardId]: at } },
        log: { ...data.log, [deckId]: withReviewEntry(data.log[deckId] ?? [], entry) },
      };
    }),
  fc.record({ deckId: fc.constantFrom(...DECKS), pick: fc.nat() }).map(({ deckId, pick }): Edit => (data) => {
    const log = data.log[deckId];
    if (!log || log.length === 0) return data;
    const index = pick % log.length;
    const removed = log[index];
    const rest = [...log.slice(0, index), ...log.slice(index + 1)];
    const deckUndone = data.undoneReviews[deckId] ?? {};
    const earlier = Object.hasOwn(deckUndone, removed.cardId) ? deckUndone[removed.cardId] : [];
    const undone = { ...deckUndone, [removed.cardId]: [...earlier, removed.at].sort((a, b) => a - b) };
    const nextLog = { ...data.log, [deckId]: rest };
    if (rest.length === 0) delete nextLog[deckId];
    return { ...data, log: nextLog, undoneReviews: { ...data.undoneReviews, [deckId]: undone } };
  }),
  fc.record({ deckId: fc.constantFrom(...DECKS), cardId: fc.constantFrom(...CARDS), progress: cardProgressArb, shift: fc.integer({ min: 0, max: 5 }) }).map(
    ({ deckId, cardId, progress, shift }): Edit => (data) => ({
      ...data,
      progress: { ...data.progress, [deckId]: { ...data.progress[deckId], [cardId]: progress } },
      cardChangedAt: {
        ...data.cardChangedAt,
        [deckId]: { ...data.cardChangedAt[deckId], [cardId]: (progress.scheduling.lastReview ?? progress.scheduling.due) + shift * 1000 },
      },
    }),
  ),
  studyDataFrom({ cardIds: CARDS }).map((other): Edit => (data) => mergeStudyData(data, other)),
  // Only a change time moves (the same progress object).
  fc.record({ deckId: fc.constantFrom(...DECKS), pick: fc.nat(), shift: fc.integer({ min: 1, max: 5 }) }).map(({ deckId, pick, shift }): Edit => (data) => {
    const times = data.cardChangedAt[deckId];
    const cardIds = times ? Object.keys(times) : [];
    if (cardIds.length === 0) return data;
    const cardId = cardIds[pick % cardIds.length];
    return { ...data, cardChangedAt: { ...data.cardChangedAt, [deckId]: { ...times, [cardId]: times[cardId] + shift * 1000 } } };
  }),
);

describe('the caching encoder', PROPERTY_TEST_OPTIONS, () => {
  it('writes exactly what the full encoder writes, after any sequence of edits', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(studyDataArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), (initial, edits) => {
        const encode = createStudyDataEncoder();
        let data = initial;
        expect(JSON.stringify(encode(data))).toBe(JSON.stringify(encodeStudyData(data)));
        for (const edit of edits) {
          data = edit(data);
          expect(JSON.stringify(encode(data))).toBe(JSON.stringify(encodeStudyData(data)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reuses the encoding of a deck that did not change', () => {
    const encode = createStudyDataEncoder();
    fc.assert(
      fc.property(studyDataArb, (data) => {
        const first = encode(data);
        const second = encode({ ...data, settings: { ...data.settings, theme: 'dark' } });
        for (const deckId of Object.keys(first.decks)) expect(second.decks[deckId]).toBe(first.decks[deckId]);
      }),
    );
  });
});
