// A review started on the chapters reviewChapters names must be the very review of the whole deck: the same cards in
// the same order, the same counts, whatever the progress, today's log and the limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNotes } from '../../bench/generate-notes';
import type { Deck } from '../../src/domain/deck';
import { outlineOf } from '../../src/domain/deck-outline';
import {
  defaultStudySettings,
  Rating,
  State,
  type CardProgress,
  type DeckLog,
  type DeckProgress,
  type ReviewEntry,
  type StudySettings,
} from '../../src/domain/progress';
import { reviewChapters } from '../../src/domain/review-chapters';
import { buildReviewQueue } from '../../src/domain/review-queue';
import type { StudyScope } from '../../src/domain/study-scope';
import { buildDeck } from '../../src/pipeline/build-deck';
import { deckLog, deckProgress } from '../study-data-kit';
import { DAY_MS, MINUTE_MS, NOW } from './srs-test-cards';

// Many small chapters, so that which ones a review needs matters.
const deck: Deck = buildDeck([{ path: 'notes.md', text: generateNotes({ bytes: 60_000, seed: 5 }) }]);
const outline = outlineOf(deck);

// Progress mostly in the first chapters, as a learner's is, so that what is left new there decides how far to go.
const firstChapterCards = deck.cards.filter((card) => card.chapterId === deck.chapters[0]!.id).length;
const progressEntry = fc.record({
  card: fc.oneof({ weight: 3, arbitrary: fc.nat(firstChapterCards + 20) }, { weight: 1, arbitrary: fc.nat(deck.cards.length - 1) }),
  state: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
  dueInMinutes: fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }),
  reviewedMinutesAgo: fc.option(fc.integer({ min: 0, max: 3 * 24 * 60 }), { nil: null }),
  suspended: fc.boolean(),
});
type ProgressShape = typeof progressEntry extends fc.Arbitrary<infer T> ? T : never;
const logEntry = fc.record({
  card: fc.nat(deck.cards.length - 1),
  minutesAgo: fc.nat(30 * 60),
  stateBefore: fc.constantFrom(State.New, State.Learning, State.Review, State.Relearning),
  quiz: fc.boolean(),
});
type LogShape = typeof logEntry extends fc.Arbitrary<infer T> ? T : never;
const settings = fc.record({
  newCardsPerDay: fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constant(20)),
  reviewsPerDay: fc.integer({ min: 0, max: 300 }),
  studyReverseCards: fc.boolean(),
  dayStartHour: fc.constantFrom(0, 4),
});
const scope: fc.Arbitrary<StudyScope> = fc.oneof(
  fc.constant({ kind: 'deck' } as const),
  fc.constantFrom(...outline.chapters.map((chapter) => ({ kind: 'chapter', chapterId: chapter.id }) as const)),
  fc.constantFrom(...deck.chapters.flatMap((chapter) => chapter.sections.map((section) => ({ kind: 'section', sectionId: section.id }) as const))),
  fc
    .array(fc.nat(deck.cards.length - 1), { minLength: 1, maxLength: 4 })
    .map((at) => ({ kind: 'cards', cardIds: at.map((index) => deck.cards[index]!.id) }) as const),
);

function progressOf(entries: Array<ProgressShape>): DeckProgress {
  const progress: Record<string, CardProgress> = {};
  for (const entry of entries) {
    progress[deck.cards[entry.card]!.id] = {
      suspended: entry.suspended,
      scheduling: {
        due: NOW + entry.dueInMinutes * MINUTE_MS,
        stability: 3,
        difficulty: 5,
        scheduledDays: 1,
        learningSteps: 0,
        reps: entry.state === 0 ? 0 : 2,
        lapses: 0,
        state: entry.state,
        lastReview: entry.reviewedMinutesAgo === null ? null : NOW - entry.reviewedMinutesAgo * MINUTE_MS,
      },
    };
  }
  return deckProgress(progress);
}

const logOf = (entries: Array<LogShape>): DeckLog =>
  deckLog(
    entries.map((entry) => ({
      cardId: deck.cards[entry.card]!.id,
      at: NOW - entry.minutesAgo * MINUTE_MS,
      rating: Rating.Good,
      stateBefore: entry.stateBefore,
      durationMs: 4000,
      origin: entry.quiz ? 'quiz' : 'review',
    })),
  );

describe('chapters a review draws from', () => {
  it('make the same review as the whole deck, for any progress, log, limits and scope', () => {
    fc.assert(
      fc.property(
        fc.array(progressEntry, { maxLength: 160 }),
        fc.array(logEntry, { maxLength: 30 }),
        settings,
        scope,
        (entries, logged, limits, reviewScope) => {
          const progress = progressOf(entries);
          const log = logOf(logged);
          const studySettings: StudySettings = { ...defaultStudySettings, ...limits };
          const chapterIds = new Set(reviewChapters({ outline, progress, log, settings: studySettings, now: NOW, scope: reviewScope }));
          const input = { progress, log, settings: studySettings, now: NOW, scope: reviewScope };
          const whole = buildReviewQueue({ ...input, cards: deck.cards });
          const part = buildReviewQueue({ ...input, cards: deck.cards.filter((card) => chapterIds.has(card.chapterId)) });
          expect(part).toEqual(whole);
          // The whole deck's review too, for the counts shown beside any review.
          expect(buildReviewQueue({ ...input, scope: { kind: 'deck' }, cards: deck.cards.filter((card) => chapterIds.has(card.chapterId)) })).toEqual(
            buildReviewQueue({ ...input, scope: { kind: 'deck' }, cards: deck.cards }),
          );
        },
      ),
      { numRuns: 400, seed: 1234 },
    );
  }, 60_000);

  it('is only the first chapter on a first visit, and every chapter with progress later', () => {
    const first = reviewChapters({ outline, progress: deckProgress({}), log: deckLog([]), settings: defaultStudySettings, now: NOW, scope: { kind: 'deck' } });
    expect(first).toEqual([outline.chapters[0]!.id]);

    const last = outline.chapters.at(-1)!;
    const lastCard = deck.cards.findLast((card) => card.chapterId === last.id)!;
    const progress = progressOf([{ card: deck.cards.indexOf(lastCard), state: 2, dueInMinutes: -60, reviewedMinutesAgo: 3 * 24 * 60, suspended: false }]);
    expect(reviewChapters({ outline, progress, log: deckLog([]), settings: defaultStudySettings, now: NOW, scope: { kind: 'deck' } })).toEqual([
      outline.chapters[0]!.id,
      last.id,
    ]);
  });

  it('goes on to the next chapter when the first has no new cards left', () => {
    const firstChapter = deck.chapters[0]!.id;
    const studied = deck.cards.flatMap((card, at) =>
      card.chapterId === firstChapter ? [{ card: at, state: 2 as const, dueInMinutes: 10 * 24 * 60, reviewedMinutesAgo: 2 * 24 * 60, suspended: false }] : [],
    );
    const progress = progressOf(studied);
    const chapterIds = reviewChapters({ outline, progress, log: deckLog([]), settings: defaultStudySettings, now: NOW, scope: { kind: 'deck' } });
    expect(chapterIds.slice(0, 2)).toEqual([firstChapter, outline.chapters[1]!.id]);
    const input = { progress, log: deckLog([]), settings: defaultStudySettings, now: NOW, scope: { kind: 'deck' } as const };
    const queue = buildReviewQueue({ ...input, cards: deck.cards.filter((card) => chapterIds.includes(card.chapterId)) });
    expect(queue).toEqual(buildReviewQueue({ ...input, cards: deck.cards }));
    expect(queue.counts.new).toBe(20);
  });

  it('needs no chapter for new cards once today’s are all introduced', () => {
    const log = deckLog(
      Array.from({ length: 20 }, (_, at): ReviewEntry => ({
        cardId: `gone/definition/${at}`,
        at: NOW - at * MINUTE_MS,
        rating: Rating.Good,
        stateBefore: State.New,
        durationMs: 1,
        origin: 'review',
      })),
    );
    expect(reviewChapters({ outline, progress: deckProgress({}), log, settings: defaultStudySettings, now: NOW, scope: { kind: 'deck' } })).toEqual([]);
    expect(reviewChapters({ outline, progress: deckProgress({}), log, settings: defaultStudySettings, now: NOW + DAY_MS, scope: { kind: 'deck' } })).toEqual([
      outline.chapters[0]!.id,
    ]);
  });
});
