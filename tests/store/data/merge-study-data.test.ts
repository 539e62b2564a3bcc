import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newSchedulingState } from '../../../src/domain/scheduler';
import { Rating, State } from '../../../src/domain/progress';
import { mergeStudyData } from '../../../src/store/data/merge-study-data';
import { compareReviewEntries, emptyStudyData, type StudyData, deckCardValue } from '../../../src/store/data/study-data';
import { cardEntries } from '../../../src/domain/card-map';
import { logArray, studyData } from '../../study-data-kit';
import { studyDataFrom, twoTabsArb } from '../study-data-arbitraries';
import { DECK, KUBELET, MINUTE, T0 } from '../store-test-kit';

/** Hundreds of generated cases each: more than the default 5 s on a busy machine (a limit, not a speed check). */
const PROPERTY_TEST_OPTIONS = { timeout: 60_000 };

const reviewKey = (cardId: string, at: number) => `${cardId}@${at}`;

function reviewKeys(data: StudyData): Set<string> {
  return new Set(Object.values(data.log).flatMap((log) => logArray(log).map((entry) => reviewKey(entry.cardId, entry.at))));
}

function undoneKeys(...data: StudyData[]): Set<string> {
  return new Set(
    data.flatMap((d) =>
      Object.values(d.undoneReviews).flatMap((cards) => Object.entries(cards).flatMap(([cardId, times]) => times.map((at) => reviewKey(cardId, at)))),
    ),
  );
}

describe('merging two tabs', PROPERTY_TEST_OPTIONS, () => {
  it('loses no review: every review either tab has is kept, unless undone or reset', () => {
    fc.assert(
      fc.property(twoTabsArb, ([mine, theirs]) => {
        const merged = mergeStudyData(mine, theirs);
        const undone = undoneKeys(mine, theirs);
        const resetAt = merged.progressResetAt ?? -Infinity;
        const kept = reviewKeys(merged);
        for (const data of [mine, theirs]) {
          for (const log of Object.values(data.log)) {
            for (const entry of logArray(log)) {
              const key = reviewKey(entry.cardId, entry.at);
              if (entry.at > resetAt && !undone.has(key)) expect(kept.has(key)).toBe(true);
            }
          }
        }
        for (const key of undone) expect(kept.has(key)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every manual change (forget) either tab has, once, in canonical order, unless reset', () => {
    fc.assert(
      fc.property(twoTabsArb, ([mine, theirs]) => {
        const merged = mergeStudyData(mine, theirs);
        const resetAt = merged.progressResetAt ?? -Infinity;
        const keys = (data: StudyData) =>
          Object.entries(data.manualLog).flatMap(([deckId, entries]) => entries.map((entry) => `${deckId}:${reviewKey(entry.cardId, entry.at)}`));
        const expected = new Set([...keys(mine), ...keys(theirs)].filter((key) => Number(key.split('@').at(-1)) > resetAt));
        expect(keys(merged).sort()).toEqual([...expected].sort());
        for (const entries of Object.values(merged.manualLog)) expect([...entries].sort(compareReviewEntries)).toEqual(entries);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the later change of each card and the merged logs in canonical order', () => {
    fc.assert(
      fc.property(twoTabsArb, ([mine, theirs]) => {
        const merged = mergeStudyData(mine, theirs);
        for (const [deckId, cards] of Object.entries(merged.cardChangedAt)) {
          for (const [cardId, at] of cardEntries(cards)) {
            const sides = [mine, theirs].map((d) => deckCardValue(d.cardChangedAt, deckId, cardId) ?? -Infinity);
            expect(at).toBe(Math.max(...sides));
            expect(at).toBeGreaterThan(merged.progressResetAt ?? -Infinity);
          }
        }
        for (const entries of Object.values(merged.log).map((log) => logArray(log))) {
          expect([...entries].sort(compareReviewEntries)).toEqual(entries);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('converges: once each tab merges the merged data, both hold exactly the same', () => {
    fc.assert(
      fc.property(twoTabsArb, ([mine, theirs]) => {
        const merged = mergeStudyData(mine, theirs);
        expect(mergeStudyData(mine, merged)).toEqual(merged);
        expect(mergeStudyData(theirs, merged)).toEqual(merged);
        expect(mergeStudyData(merged, merged)).toEqual(merged);
      }),
      { numRuns: 300 },
    );
  });

  it('takes stored data unchanged into a fresh tab', () => {
    const dataArb = fc
      .uniqueArray(fc.stringMatching(/^[a-z/]{1,12}$/), { minLength: 1, maxLength: 8 })
      .chain((cardIds) => studyDataFrom({ cardIds, earlyResetsOnly: true }));
    fc.assert(
      fc.property(dataArb, (stored) => {
        expect(mergeStudyData(emptyStudyData(), stored)).toEqual(stored);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps this tab's objects when the other side adds nothing, so nothing re-renders", () => {
    fc.assert(
      fc.property(twoTabsArb, ([mine, theirs]) => {
        const merged = mergeStudyData(mine, theirs);
        const again = mergeStudyData(merged, merged);
        for (const deckId of Object.keys(merged.progress)) expect(again.progress[deckId]).toBe(merged.progress[deckId]);
        for (const deckId of Object.keys(merged.log)) expect(again.log[deckId]).toBe(merged.log[deckId]);
      }),
    );
  });

  it('lets an undo win over the grade it undid, and a reset over older progress', () => {
    const graded = { scheduling: { ...newSchedulingState(T0), reps: 1, state: State.Learning, lastReview: T0 }, suspended: false };
    const entry = { cardId: KUBELET, at: T0, rating: Rating.Good as const, stateBefore: State.New as const, durationMs: 5000, origin: 'review' as const };
    const withGrade = studyData({
      progress: { [DECK]: { [KUBELET]: graded } },
      cardChangedAt: { [DECK]: { [KUBELET]: T0 } },
      log: { [DECK]: [entry] },
    });
    const undone = studyData({
      progress: { [DECK]: { [KUBELET]: { scheduling: newSchedulingState(T0), suspended: false } } },
      cardChangedAt: { [DECK]: { [KUBELET]: T0 + 1000 } },
      undoneReviews: { [DECK]: { [KUBELET]: [T0] } },
    });
    for (const merged of [mergeStudyData(withGrade, undone), mergeStudyData(undone, withGrade)]) {
      expect(deckCardValue(merged.progress, DECK, KUBELET)!.scheduling.reps).toBe(0);
      expect(merged.log[DECK]).toBeUndefined();
    }
    const reset: StudyData = { ...emptyStudyData(), progressResetAt: T0 + MINUTE };
    expect(mergeStudyData(withGrade, reset).progress).toEqual({});
    expect(mergeStudyData(reset, withGrade).log).toEqual({});
  });
});
