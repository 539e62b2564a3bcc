// A custom session's core: the listed cards in the listed order, due or not, each once; then the usual queue.
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { defaultStudySettings, Rating, State, type CardProgress } from '../../../src/domain/progress';
import type { QueueInput } from '../../../src/domain/review-queue';
import { customQueueCounts, pendingCustomCards, sessionView } from '../../../src/features/review/custom-session';
import type { SessionGrade } from '../../../src/features/review/review-session';
import { deckLog, deckProgress } from '../../study-data-kit';

const deck: Deck = builtDeck;
const T0 = Date.UTC(2026, 10, 27, 9, 0);
const DAY = 86_400_000;
const KUBELET = 'kubernetes-architecture/definition/kubelet';
const ETCD = 'kubernetes-architecture/definition/etcd';
const POD = 'kubernetes-architecture/definition/pod';

/** In review, last seen 10 days ago, due `dueInDays` from T0. */
function inReview(dueInDays: number, suspended = false): CardProgress {
  return {
    scheduling: {
      due: T0 + dueInDays * DAY,
      stability: 10,
      difficulty: 5,
      scheduledDays: 10,
      learningSteps: 0,
      reps: 3,
      lapses: 0,
      state: State.Review,
      lastReview: T0 - 10 * DAY,
    },
    suspended,
  };
}

function input(progress: Record<string, CardProgress>, cardIds: string[]): QueueInput {
  return { cards: deck.cards, progress: deckProgress(progress), log: deckLog([]), settings: defaultStudySettings, now: T0, scope: { kind: 'cards', cardIds } };
}

const graded = (...cardIds: string[]): SessionGrade[] => cardIds.map((cardId) => ({ cardId, rating: Rating.Good, at: T0, durationMs: 1000 }));

describe('custom review session', () => {
  it('shows the listed cards in the listed order, due or not, each once', () => {
    const progress = { [KUBELET]: inReview(5), [ETCD]: inReview(0), [POD]: inReview(20) };
    const list = [POD, KUBELET, ETCD];
    const view = (grades: SessionGrade[]) => sessionView(input(progress, list), list, grades);
    expect(view([])).toMatchObject({ kind: 'card', cardId: POD, side: 'front', shownAt: T0 });
    expect(view(graded(POD))).toMatchObject({ kind: 'card', cardId: KUBELET });
    expect(view(graded(POD, KUBELET))).toMatchObject({ kind: 'card', cardId: ETCD });
    // Once each is graded (ETCD's grade sends it days ahead), the usual queue of these cards has nothing left.
    const afterGrades = { ...progress, [ETCD]: inReview(8) };
    expect(sessionView(input(afterGrades, list), list, graded(POD, KUBELET, ETCD))).toEqual({ kind: 'finished' });
  });

  it('skips suspended cards and cards no longer in the deck', () => {
    const progress = { [KUBELET]: inReview(5, true), [ETCD]: inReview(3) };
    const list = ['gone/definition/old-card', KUBELET, ETCD];
    expect(pendingCustomCards(input(progress, list), list, [])).toEqual([ETCD]);
  });

  it('without a list, is the usual queue: only due cards', () => {
    const progress = { [KUBELET]: inReview(5), [ETCD]: inReview(0) };
    expect(sessionView(input(progress, [KUBELET, ETCD]), null, [])).toMatchObject({ kind: 'card', cardId: ETCD });
  });

  it('counts the listed cards still to show by state, plus the queue’s others', () => {
    const progress = { [KUBELET]: inReview(5), [ETCD]: inReview(0) };
    const list = [KUBELET, ETCD, POD];
    expect(customQueueCounts(input(progress, list), list, [])).toMatchObject({ new: 1, learning: 0, review: 2 });
    // Pod answered Good: in learning, its next step within the learn-ahead window, so still counted.
    const learning: CardProgress = {
      scheduling: { ...inReview(0).scheduling, state: State.Learning, due: T0 + 10 * 60_000, lastReview: T0 },
      suspended: false,
    };
    const afterGrades = { ...progress, [POD]: learning };
    expect(customQueueCounts(input(afterGrades, list), list, graded(KUBELET, POD))).toMatchObject({ new: 0, learning: 1, review: 1 });
  });
});
