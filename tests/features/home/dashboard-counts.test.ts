// The dashboard builds one queue for the whole deck and derives every scope's counts from it; these must be exactly
// what a review of that scope (buildReviewQueue) would count, whatever was studied and whatever the limits.
import fc from 'fast-check';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import { cardIds, withoutCard } from '../../../src/domain/card-map';
import type { Deck } from '../../../src/domain/deck';
import { defaultStudySettings, Rating, State, type Grade } from '../../../src/domain/progress';
import { outlineOf } from '../../../src/domain/deck-outline';
import { notesOf, touchedChapters } from '../../../src/domain/review-chapters';
import { buildReviewQueue } from '../../../src/domain/review-queue';
import type { StudyScope } from '../../../src/domain/study-scope';
import { studyDayStart } from '../../../src/domain/study-day';
import { dashboardCounts, studyStreak } from '../../../src/features/home/dashboard-counts';
import { dueCount } from '../../../src/features/home/study-counts';
import { deckLog, deckProgress } from '../../study-data-kit';
import { DAY, HOUR, makeTestStore, MINUTE, T0 } from './screen-harness';

const deck: Deck = builtDeck;

const grading = fc.record({
  cardIndex: fc.nat({ max: deck.cards.length - 1 }),
  rating: fc.constantFrom<Grade>(1, 2, 3, 4),
  /** Minutes after the first grade; several days of study. */
  minute: fc.nat({ max: 6 * 24 * 60 }),
  origin: fc.constantFrom<'review' | 'quiz'>('review', 'review', 'quiz'),
});

const limits = fc.record({
  newCardsPerDay: fc.oneof(fc.constant(20), fc.nat({ max: 30 })),
  reviewsPerDay: fc.oneof(fc.constant(200), fc.nat({ max: 25 })),
  dayStartHour: fc.nat({ max: 23 }),
  studyReverseCards: fc.boolean(),
});

function countsOf(input: Omit<Parameters<typeof buildReviewQueue>[0], 'scope'>, scope: StudyScope) {
  const { learning, review, new: fresh } = buildReviewQueue({ ...input, scope }).counts;
  return { learning, review, new: fresh };
}

describe('dashboard counts', () => {
  it('equal the review queue’s counts for the deck and for each chapter', () => {
    fc.assert(
      fc.property(fc.array(grading, { maxLength: 60 }), limits, fc.nat({ max: 7 * 24 * 60 }), (grades, settingsChange, nowMinute) => {
        const store = makeTestStore();
        const start = T0 - 7 * DAY;
        expect(store.getState().updateSettings(settingsChange, start).ok).toBe(true);
        const ordered = [...grades].sort((a, b) => a.minute - b.minute);
        for (const { cardIndex, rating, minute, origin } of ordered) {
          store.getState().gradeCard(deck.id, deck.cards[cardIndex]!.id, rating, start + minute * MINUTE, 3_000, origin);
        }
        const { progress, log, settings } = store.getState();
        const input = {
          cards: deck.cards,
          progress: progress[deck.id] ?? deckProgress({}),
          log: log[deck.id] ?? deckLog([]),
          settings,
          now: start + nowMinute * MINUTE,
        };
        const shown = dashboardCounts(input);

        expect(shown.deck).toEqual(countsOf(input, { kind: 'deck' }));
        expect(shown.reviewedToday).toBe(buildReviewQueue({ ...input, scope: { kind: 'deck' } }).counts.reviewedToday);
        for (const chapter of deck.chapters) {
          const expected = countsOf(input, { kind: 'chapter', chapterId: chapter.id });
          const actual = shown.chapters.get(chapter.id) ?? { learning: 0, review: 0, new: 0 };
          expect(actual, chapter.id).toEqual(expected);
        }
      }),
      { numRuns: 60, seed: 20261127 },
    );
  });

  it('are the same from the touched chapters’ cards and the outline of the others as from every card', () => {
    const outline = outlineOf(deck);
    fc.assert(
      fc.property(
        fc.array(grading, { maxLength: 40 }),
        limits,
        fc.nat({ max: 7 * 24 * 60 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (grades, settingsChange, nowMinute, forgotten) => {
          const store = makeTestStore();
          const start = T0 - 7 * DAY;
          expect(store.getState().updateSettings(settingsChange, start).ok).toBe(true);
          for (const { cardIndex, rating, minute, origin } of [...grades].sort((a, b) => a.minute - b.minute)) {
            store.getState().gradeCard(deck.id, deck.cards[cardIndex]!.id, rating, start + minute * MINUTE, 3_000, origin);
          }
          const { progress, log, settings } = store.getState();
          const now = start + nowMinute * MINUTE;
          // Progress forgotten (reset) while today's grades stay in the log: those still bury their siblings.
          let kept = progress[deck.id] ?? deckProgress({});
          const graded = cardIds(kept);
          for (const at of forgotten) if (graded.length > 0) kept = withoutCard(kept, graded[at % graded.length]!);
          const input = { progress: kept, log: log[deck.id] ?? deckLog([]), settings, now };
          const touched = new Set(touchedChapters(outline, input.progress, input.log, studyDayStart(now, settings.dayStartHour)));
          const untouched = outline.chapters
            .filter((chapter) => !touched.has(chapter.id))
            .map((chapter) => ({ chapterId: chapter.id, notes: notesOf(chapter) }));
          const fromTouched = dashboardCounts({ ...input, cards: deck.cards.filter((card) => touched.has(card.chapterId)), untouched });
          expect(fromTouched).toEqual(dashboardCounts({ ...input, cards: deck.cards }));
        },
      ),
      { numRuns: 60, seed: 8_675_309 },
    );
  });

  it('read a chapter whose card was graded today even when its progress was reset: its siblings stay buried', () => {
    const outline = outlineOf(deck);
    const store = makeTestStore();
    const forward = deck.cards.find((card) => !card.reverse && deck.cards.some((other) => other.reverse && other.noteId === card.noteId))!;
    store.getState().gradeCard(deck.id, forward.id, Rating.Good, T0 - HOUR, 3_000);
    const { log, settings } = store.getState();
    const input = { progress: deckProgress({}), log: log[deck.id]!, settings, now: T0 };
    const touched = touchedChapters(outline, input.progress, input.log, studyDayStart(T0, settings.dayStartHour));
    expect(touched).toEqual([forward.chapterId]);
    const untouched = outline.chapters
      .filter((chapter) => chapter.id !== forward.chapterId)
      .map((chapter) => ({ chapterId: chapter.id, notes: notesOf(chapter) }));
    const counts = dashboardCounts({ ...input, cards: deck.cards.filter((card) => card.chapterId === forward.chapterId), untouched });
    expect(counts).toEqual(dashboardCounts({ ...input, cards: deck.cards }));
  });

  it('need no card at all before anything is studied', () => {
    const outline = outlineOf(deck);
    const { settings } = makeTestStore().getState();
    expect(touchedChapters(outline, deckProgress({}), deckLog([]), T0)).toEqual([]);
    const untouched = outline.chapters.map((chapter) => ({ chapterId: chapter.id, notes: notesOf(chapter) }));
    expect(dashboardCounts({ cards: [], untouched, progress: deckProgress({}), log: deckLog([]), settings, now: T0 })).toEqual(
      dashboardCounts({ cards: deck.cards, progress: deckProgress({}), log: deckLog([]), settings, now: T0 }),
    );
  });

  it('cap new cards by the review limit left after due reviews', () => {
    const store = makeTestStore();
    store.getState().updateSettings({ reviewsPerDay: 3, newCardsPerDay: 10 }, T0 - DAY);
    const cards = deck.cards.filter((card) => !card.reverse).slice(0, 2);
    for (const card of cards) store.getState().gradeCard(deck.id, card.id, Rating.Hard, T0 - 2 * HOUR, 3_000);
    const { progress, log, settings } = store.getState();
    const shown = dashboardCounts({ cards: deck.cards, progress: progress[deck.id]!, log: log[deck.id]!, settings, now: T0 });
    // Two new cards introduced today used two of the three allowed: one new card is left; the learning cards are not limited.
    expect(shown.deck).toEqual({ learning: 2, review: 0, new: 1 });
    expect(dueCount(shown.deck)).toBe(2);
    expect(shown.reviewedToday).toBe(2);
  });
});

describe('study streak', () => {
  it('comes from the review log: consecutive study days ending today or yesterday', () => {
    const entry = (at: number) => ({
      cardId: 'x',
      at,
      rating: Rating.Good as Grade,
      stateBefore: State.New as const,
      durationMs: 1_000,
      origin: 'review' as const,
    });
    expect(studyStreak(deckLog([]), T0, defaultStudySettings)).toEqual({ days: 0, lastDay: null, studiedToday: false });
    expect(studyStreak(deckLog([entry(T0 - DAY), entry(T0)]), T0, defaultStudySettings)).toEqual({ days: 2, lastDay: '2026-11-27', studiedToday: true });
    expect(studyStreak(deckLog([entry(T0 - 2 * DAY), entry(T0 - DAY)]), T0, defaultStudySettings)).toEqual({
      days: 2,
      lastDay: '2026-11-26',
      studiedToday: false,
    });
    expect(studyStreak(deckLog([entry(T0 - 3 * DAY), entry(T0 - 2 * DAY)]), T0, defaultStudySettings).days).toBe(0);
  });
});
