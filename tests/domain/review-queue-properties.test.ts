import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/deck';
import { defaultStudySettings, Rating, State, type CardProgress, type ReviewEntry, type SchedulingState } from '../../src/domain/progress';
import { buildReviewQueue, nextCardId, type QueueInput } from '../../src/domain/review-queue';
import type { StudyScope } from '../../src/domain/study-scope';
import { nextStudyDayStart, studyDayStart } from '../../src/domain/study-day';
import { cardEntries, cardValue } from '../../src/domain/card-map';
import { logEntries } from '../../src/domain/review-log';
import { deckLog, deckProgress } from '../study-data-kit';
import { DAY_MS, MINUTE_MS, NOW, definitionPair, enumerationCard, learningState, reviewState } from './srs-test-cards';

const CHAPTERS = ['container-orchestration', 'kubernetes', 'kubernetes-architecture'];

const noteArb = fc.record({
  chapter: fc.constantFrom(...CHAPTERS),
  section: fc.integer({ min: 1, max: 3 }),
  withReverse: fc.boolean(),
});

function deckFrom(notes: Array<{ chapter: string; section: number; withReverse: boolean }>): Card[] {
  return notes.flatMap((note, i) => {
    const place = { chapterId: note.chapter, sectionId: `${note.chapter}/section-${note.section}` };
    if (!note.withReverse) return [enumerationCard(place, `Lead-in ${i}`, ['one', 'two'])];
    return definitionPair(place, `Term ${i}`, `Definition ${i}`);
  });
}

const stateArb: fc.Arbitrary<SchedulingState | null> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -2 * DAY_MS, max: 0 }).map((offset) => ({ ...reviewState(NOW), state: State.New, reps: 0, lastReview: null, due: NOW + offset })),
  fc.tuple(fc.integer({ min: -90, max: 90 }), fc.constantFrom<1 | 3>(1, 3)).map(([minutes, code]) => learningState(NOW + minutes * MINUTE_MS, code)),
  fc.integer({ min: -10 * 24 * 60, max: 10 * 24 * 60 }).map((minutes) => reviewState(NOW + minutes * MINUTE_MS)),
);

const inputArb: fc.Arbitrary<QueueInput> = fc
  .array(noteArb, { minLength: 1, maxLength: 25 })
  .map(deckFrom)
  .chain((cards) => {
    const cardIndex = fc.integer({ min: 0, max: cards.length - 1 });
    const progressArb = fc.array(fc.tuple(stateArb, fc.boolean(), fc.integer({ min: 0, max: 9 })), {
      minLength: cards.length,
      maxLength: cards.length,
    });
    const logArb = fc.array(
      fc.record({
        card: cardIndex,
        minutesAgo: fc.integer({ min: 0, max: 36 * 60 }),
        stateBefore: fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3),
        origin: fc.constantFrom<'review' | 'quiz'>('review', 'review', 'quiz'),
      }),
      { maxLength: 20 },
    );
    const scopeArb: fc.Arbitrary<StudyScope> = fc.oneof(
      fc.constant({ kind: 'deck' as const }),
      fc.constantFrom(...CHAPTERS).map((chapterId) => ({ kind: 'chapter' as const, chapterId })),
      fc.constantFrom(...CHAPTERS).map((c) => ({ kind: 'section' as const, sectionId: `${c}/section-1` })),
      fc.uniqueArray(cardIndex, { maxLength: cards.length }).map((ix) => ({ kind: 'cards' as const, cardIds: ix.map((i) => cards[i].id) })),
    );
    const settingsArb = fc.record({
      newCardsPerDay: fc.integer({ min: 0, max: 12 }),
      reviewsPerDay: fc.integer({ min: 0, max: 20 }),
      studyReverseCards: fc.boolean(),
      dayStartHour: fc.integer({ min: 0, max: 23 }),
    });
    return fc.record({ progress: progressArb, log: logArb, scope: scopeArb, settings: settingsArb }).map(({ progress, log, scope, settings }): QueueInput => {
      const progressById: Record<string, CardProgress> = {};
      progress.forEach(([state, isSuspended, suspendRoll], i) => {
        if (state) progressById[cards[i].id] = { scheduling: state, suspended: isSuspended && suspendRoll === 0 };
      });
      const entries: ReviewEntry[] = log.map((e) => ({
        cardId: cards[e.card].id,
        at: NOW - e.minutesAgo * MINUTE_MS,
        rating: Rating.Good,
        stateBefore: e.stateBefore,
        durationMs: 4000,
        origin: e.origin,
      }));
      return {
        cards,
        progress: deckProgress(progressById),
        log: deckLog(entries),
        settings: { ...defaultStudySettings, ...settings },
        now: NOW,
        scope,
      };
    });
  });

function slotOf(input: QueueInput, id: string): 'learning' | 'learn-ahead' | 'review' | 'new' {
  const scheduling = cardValue(input.progress, id)?.scheduling;
  if (!scheduling || scheduling.state === State.New) return 'new';
  if (scheduling.state === State.Review) return 'review';
  return scheduling.due <= input.now ? 'learning' : 'learn-ahead';
}

const SLOT_ORDER = ['learning', 'review', 'new', 'learn-ahead'];

describe('review queue properties', () => {
  it('nextCardId is always the head of the full queue', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(nextCardId(input)).toBe(buildReviewQueue(input).cardIds[0] ?? null);
      }),
      { numRuns: 500, seed: 1127 },
    );
  });

  it('the queue respects scope, suspension, the reverse setting, limits, burying and slot order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = structuredClone(input);
        const { cardIds, counts } = buildReviewQueue(input);
        const byId = new Map(input.cards.map((card) => [card.id, card]));
        const dayStart = studyDayStart(input.now, input.settings.dayStartHour);
        const studiedToday = new Set(
          logEntries(input.log)
            .filter((e) => e.at >= dayStart)
            .map((e) => e.cardId),
        );
        for (const [id, progress] of cardEntries(input.progress)) {
          if ((progress.scheduling.lastReview ?? -Infinity) >= dayStart) studiedToday.add(id);
        }

        expect(new Set(cardIds).size).toBe(cardIds.length);
        const slots = cardIds.map((id) => slotOf(input, id));
        expect(slots.map((s) => SLOT_ORDER.indexOf(s))).toEqual([...slots.map((s) => SLOT_ORDER.indexOf(s))].sort((a, b) => a - b));

        const notesOfReviewAndNew = new Set<string>();
        cardIds.forEach((id, i) => {
          const card = byId.get(id)!;
          expect(cardValue(input.progress, id)?.suspended ?? false).toBe(false);
          if (!input.settings.studyReverseCards) expect(card.reverse).toBe(false);
          const scope = input.scope;
          if (scope.kind === 'chapter') expect(card.chapterId).toBe(scope.chapterId);
          if (scope.kind === 'section') expect(card.sectionId).toBe(scope.sectionId);
          if (scope.kind === 'cards') expect(scope.cardIds).toContain(id);
          if (slots[i] === 'review' || slots[i] === 'new') {
            expect(notesOfReviewAndNew.has(card.noteId)).toBe(false);
            notesOfReviewAndNew.add(card.noteId);
            const siblingsStudied = input.cards.filter((c) => c.noteId === card.noteId && c.id !== id && studiedToday.has(c.id));
            expect(siblingsStudied).toEqual([]);
          }
        });

        expect(counts.learning + counts.review + counts.new).toBe(cardIds.length);
        expect(counts.new).toBeLessThanOrEqual(counts.newLeftToday);
        expect(counts.review + counts.new).toBeLessThanOrEqual(counts.reviewsLeftToday);
        expect(counts.newLeftToday).toBeLessThanOrEqual(input.settings.newCardsPerDay);
        expect(counts.reviewsLeftToday).toBeLessThanOrEqual(input.settings.reviewsPerDay);
        expect(buildReviewQueue(input)).toEqual({ cardIds, counts });
        expect(input).toEqual(before);
      }),
      { numRuns: 500, seed: 2026 },
    );
  });

  it('every due, unburied card in scope is queued when the limits allow', () => {
    const generous = inputArb.map((input) => ({
      ...input,
      settings: { ...input.settings, newCardsPerDay: 1000, reviewsPerDay: 1000 },
      log: deckLog([]),
      scope: { kind: 'deck' as const },
    }));
    fc.assert(
      fc.property(generous, (input) => {
        const queued = new Set(buildReviewQueue(input).cardIds);
        const dayStart = studyDayStart(input.now, input.settings.dayStartHour);
        const dayEnd = nextStudyDayStart(input.now, input.settings.dayStartHour);
        for (const card of input.cards) {
          const progress = cardValue(input.progress, card.id);
          if (progress?.suspended || (card.reverse && !input.settings.studyReverseCards)) continue;
          const state = progress?.scheduling;
          const dueLearning = state && (state.state === State.Learning || state.state === State.Relearning) && state.due <= input.now;
          const dueReview = state?.state === State.Review && state.due < dayEnd;
          if (dueLearning) expect(queued.has(card.id)).toBe(true);
          // A due review or new card is missing only when a card of its note is queued instead, or was studied today.
          if (dueReview || !state || state.state === State.New) {
            const siblings = input.cards.filter((c) => c.noteId === card.noteId);
            const noteRepresented = siblings.some(
              (c) =>
                (c.id !== card.id && (cardValue(input.progress, c.id)?.scheduling.lastReview ?? -Infinity) >= dayStart) ||
                (queued.has(c.id) && ['review', 'new'].includes(slotOf(input, c.id))),
            );
            expect(queued.has(card.id) || noteRepresented).toBe(true);
          }
        }
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
