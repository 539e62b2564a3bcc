import { describe, expect, it } from 'vitest';
import { defaultStudySettings, Rating, State, type CardProgress, type SchedulingState } from '../../../src/domain/progress';
import type { QueueInput } from '../../../src/domain/review-queue';
import { chooseView, nextAvailable, summariseSession } from '../../../src/features/review/review-session';
import { makeCard, makeChapter, makeDeck } from '../../components/deck-builders';
import { deckLog, deckProgress } from '../../study-data-kit';

const T0 = Date.UTC(2026, 10, 27, 9, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const deck = makeDeck(
  [makeChapter('basics', 'Basics', 1)],
  ['Pod', 'Node', 'Service'].map((prompt) => makeCard({ kind: 'definition', chapterId: 'basics', prompt, term: prompt, answer: `${prompt} means …` })),
);
const [POD, NODE, SERVICE] = deck.cards.map((card) => card.id) as [string, string, string];

function state(partial: Partial<SchedulingState>): CardProgress {
  return {
    suspended: false,
    scheduling: {
      due: T0,
      stability: 5,
      difficulty: 5,
      scheduledDays: 5,
      learningSteps: 0,
      reps: 3,
      lapses: 0,
      state: State.Review,
      lastReview: T0 - 5 * DAY,
      ...partial,
    },
  };
}

function input(progress: Record<string, CardProgress>, settings = defaultStudySettings, now = T0): QueueInput {
  return { cards: deck.cards, progress: deckProgress(progress), log: deckLog([]), settings, now, scope: { kind: 'deck' } };
}

describe('what comes next', () => {
  it('shows the head of the queue', () => {
    expect(chooseView(input({}))).toEqual({ kind: 'card', cardId: POD, side: 'front', shownAt: T0, revealedAt: null });
    expect(nextAvailable(input({}))).toEqual({ at: T0, category: 'new', cardId: POD });
  });

  it('waits for a learning card due later today, from the moment it enters the 20-minute learn-ahead window', () => {
    const progress = {
      [POD]: state({ state: State.Learning, due: T0 + 45 * MINUTE }),
      [NODE]: state({ due: T0 + 3 * DAY }),
      [SERVICE]: state({ due: T0 + 2 * DAY }),
    };
    expect(chooseView(input(progress))).toEqual({ kind: 'waiting', cardId: POD, availableAt: T0 + 25 * MINUTE });
  });

  it('ends when the next card is a review card of another day, which comes at the start of its study day', () => {
    const progress = {
      [POD]: state({ due: T0 + 2 * DAY + 5 * HOUR }),
      [NODE]: state({ due: T0 + 3 * DAY }),
      [SERVICE]: { ...state({ due: T0 }), suspended: true },
    };
    expect(chooseView(input(progress))).toEqual({ kind: 'finished' });
    // Study days start at 4 am: due on 29 Nov at 14:00 means available from 29 Nov, 04:00.
    expect(nextAvailable(input(progress))).toEqual({ at: Date.UTC(2026, 10, 29, 4, 0), category: 'review', cardId: POD });
  });

  it('offers new cards tomorrow when today’s limit is used up, and nothing when new cards are switched off', () => {
    const noNewToday = { ...defaultStudySettings, newCardsPerDay: 0 };
    expect(nextAvailable(input({}, noNewToday))).toBeNull();
    const progress = { [POD]: state({ due: T0 + 10 * DAY }) };
    const log = [NODE, SERVICE].map((cardId) => ({
      cardId,
      at: T0 - HOUR,
      rating: Rating.Good as const,
      stateBefore: State.New as const,
      durationMs: 0,
      origin: 'review' as const,
    }));
    const limited = { ...input(progress, { ...defaultStudySettings, newCardsPerDay: 2 }), log: deckLog(log) };
    expect(chooseView(limited)).toEqual({ kind: 'finished' });
    expect(nextAvailable(limited)).toEqual({ at: Date.UTC(2026, 10, 28, 4, 0), category: 'new', cardId: NODE });
  });
});

describe('session summary', () => {
  it('counts cards, answers, the again rate and the time spent', () => {
    const summary = summariseSession([
      { cardId: POD, rating: Rating.Good, at: T0, durationMs: 8000 },
      { cardId: NODE, rating: Rating.Again, at: T0 + MINUTE, durationMs: 12_000 },
      { cardId: NODE, rating: Rating.Good, at: T0 + 2 * MINUTE, durationMs: 5000 },
      { cardId: SERVICE, rating: Rating.Easy, at: T0 + 3 * MINUTE, durationMs: 60_000 },
    ]);
    expect(summary).toEqual({
      cardsReviewed: 3,
      answers: 4,
      againCount: 1,
      againRate: 0.25,
      timeSpentMs: 85_000,
      byGrade: { [Rating.Again]: 1, [Rating.Hard]: 0, [Rating.Good]: 2, [Rating.Easy]: 1 },
    });
    expect(summariseSession([]).againRate).toBeNull();
  });
});
