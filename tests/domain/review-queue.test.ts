import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/deck';
import { defaultStudySettings, State, type CardProgress, type Grade, type ReviewEntry, type StudySettings } from '../../src/domain/progress';
import { buildReviewQueue, dueToday, nextCardId, type QueueInput } from '../../src/domain/review-queue';
import type { StudyScope } from '../../src/domain/study-scope';
import { gradeCard, newSchedulingState } from '../../src/domain/scheduler';
import { deckLog, deckProgress } from '../study-data-kit';
import {
  ARCHITECTURE,
  DAY_MS,
  MINUTE_MS,
  NOW,
  active,
  apiServer,
  apiServerReverse,
  definitionPair,
  dockerSwarm,
  dockerSwarmReverse,
  etcd,
  etcdReverse,
  kubelet,
  kubeletReverse,
  learningState,
  masterComponents,
  nomad,
  nomadReverse,
  reviewState,
  scheduler,
  schedulerReverse,
  suspended,
} from './srs-test-cards';

const [pod, podReverse] = definitionPair(ARCHITECTURE, 'Pod', 'Scheduling unit of Kubernetes, one or more containers');
const [kubeProxy, kubeProxyReverse] = definitionPair(ARCHITECTURE, 'Kube-proxy', 'network proxy on each WN');

/** Deck order as the pipeline gives it: chapter 3 cards, then chapter 1 cards. */
const deck: Card[] = [
  kubelet,
  kubeletReverse,
  apiServer,
  apiServerReverse,
  scheduler,
  schedulerReverse,
  etcd,
  etcdReverse,
  masterComponents,
  pod,
  podReverse,
  kubeProxy,
  kubeProxyReverse,
  nomad,
  nomadReverse,
  dockerSwarm,
  dockerSwarmReverse,
];

/** 27 Nov 2026 04:00 UTC: the study day of NOW (09:00) began here. */
const TODAY_START = Date.UTC(2026, 10, 27, 4, 0);

/** Progress and log written as a plain record and array. */
type InputOverrides = Partial<Omit<QueueInput, 'settings' | 'progress' | 'log'>> & {
  progress?: Record<string, CardProgress>;
  log?: readonly ReviewEntry[];
  settings?: Partial<StudySettings>;
};

function input(overrides: InputOverrides = {}): QueueInput {
  return {
    cards: deck,
    now: NOW,
    scope: { kind: 'deck' },
    ...overrides,
    progress: deckProgress(overrides.progress ?? {}),
    log: deckLog(overrides.log ?? []),
    settings: { ...defaultStudySettings, ...overrides.settings },
  };
}

function entry(card: Card, at: number, stateBefore: State, origin: ReviewEntry['origin'] = 'review', rating: Grade = 3): ReviewEntry {
  return { cardId: card.id, at, rating, stateBefore, durationMs: 5000, origin };
}

function queueIds(queueInput: QueueInput): string[] {
  return buildReviewQueue(queueInput).cardIds;
}

/** Every case also checks that the cheap `nextCardId` agrees with the head of the full queue. */
function expectQueue(queueInput: QueueInput, expected: Card[]): void {
  const ids = queueIds(queueInput);
  expect(ids).toEqual(expected.map((card) => card.id));
  expect(nextCardId(queueInput)).toBe(ids[0] ?? null);
}

const inPastDays = (days: number) => NOW - days * DAY_MS;

describe('buildReviewQueue: a deck never studied', () => {
  it('offers new cards in deck order, one card per note (reverse siblings wait for another day)', () => {
    const queueInput = input();
    expectQueue(queueInput, [kubelet, apiServer, scheduler, etcd, masterComponents, pod, kubeProxy, nomad, dockerSwarm]);
    expect(buildReviewQueue(queueInput).counts).toEqual({
      learning: 0,
      review: 0,
      new: 9,
      newLeftToday: 20,
      reviewsLeftToday: 200,
      reviewedToday: 0,
      quizAnswersToday: 0,
    });
  });

  it('a card with no progress entry is new, like one whose state is New', () => {
    const withNewState = input({ progress: { [kubelet.id]: active(newSchedulingState(inPastDays(3))) } });
    expect(queueIds(withNewState)).toEqual(queueIds(input()));
  });
});

describe('buildReviewQueue: order', () => {
  const progress: Record<string, CardProgress> = {
    [scheduler.id]: active(learningState(NOW - 20 * MINUTE_MS, State.Relearning)),
    [etcd.id]: active(learningState(NOW - 5 * MINUTE_MS)),
    [apiServer.id]: active(reviewState(inPastDays(5))),
    [kubelet.id]: active(reviewState(inPastDays(2))),
    [nomad.id]: active(reviewState(inPastDays(2))),
    [dockerSwarm.id]: active(reviewState(NOW + 10 * 60 * MINUTE_MS)), // 19:00 today
    [masterComponents.id]: active(reviewState(Date.UTC(2026, 10, 28, 5, 0))), // tomorrow 05:00
  };

  it('learning cards due first (by due), then reviews due today (by due, ties in deck order), then new cards', () => {
    expectQueue(input({ progress }), [scheduler, etcd, apiServer, kubelet, nomad, dockerSwarm, pod, kubeProxy]);
    expect(buildReviewQueue(input({ progress })).counts).toMatchObject({ learning: 2, review: 4, new: 2 });
  });

  it('a review due before tomorrow 04:00 is due today; one due after it is not', () => {
    const justBefore = { ...progress, [masterComponents.id]: active(reviewState(Date.UTC(2026, 10, 28, 3, 59))) };
    expect(queueIds(input({ progress: justBefore }))).toContain(masterComponents.id);
    expect(queueIds(input({ progress }))).not.toContain(masterComponents.id);
  });

  it('learning cards due within 20 minutes come last, after everything else; later ones not at all', () => {
    const ahead = {
      ...progress,
      [masterComponents.id]: active(learningState(NOW + 15 * MINUTE_MS)),
      [kubeProxyReverse.id]: active(learningState(NOW + 12 * MINUTE_MS)),
    };
    // kube-proxy's reverse was just studied, so kube-proxy itself is buried for today.
    expectQueue(input({ progress: ahead }), [scheduler, etcd, apiServer, kubelet, nomad, dockerSwarm, pod, kubeProxyReverse, masterComponents]);
    const tooFar = { ...progress, [masterComponents.id]: active(learningState(NOW + 21 * MINUTE_MS)) };
    expect(queueIds(input({ progress: tooFar }))).not.toContain(masterComponents.id);
  });

  it('when nothing else is left, the next card is a learning card due soon', () => {
    const only: Record<string, CardProgress> = {};
    for (const card of deck) only[card.id] = active(reviewState(NOW + 3 * DAY_MS));
    only[etcd.id] = active(learningState(NOW + 8 * MINUTE_MS));
    expectQueue(input({ progress: only }), [etcd]);
    only[etcd.id] = active(learningState(NOW + 30 * MINUTE_MS));
    expectQueue(input({ progress: only }), []);
    expect(nextCardId(input({ progress: only }))).toBeNull();
  });
});

describe('buildReviewQueue: daily new-card limit', () => {
  it('shows at most newCardsPerDay new cards', () => {
    expectQueue(input({ settings: { newCardsPerDay: 3 } }), [kubelet, apiServer, scheduler]);
    expectQueue(input({ settings: { newCardsPerDay: 0 } }), []);
  });

  it('counts cards introduced today (from reviews or quizzes) against the limit', () => {
    const progress = {
      [kubelet.id]: active(learningState(NOW + 5 * MINUTE_MS)),
      [apiServer.id]: active(learningState(NOW + 6 * MINUTE_MS)),
    };
    const log = [entry(kubelet, NOW - 5 * MINUTE_MS, 0), entry(apiServer, NOW - 4 * MINUTE_MS, 0, 'quiz', 1)];
    const queueInput = input({ progress, log, settings: { newCardsPerDay: 3 } });
    expectQueue(queueInput, [scheduler, kubelet, apiServer]);
    expect(buildReviewQueue(queueInput).counts).toMatchObject({ newLeftToday: 1, new: 1, learning: 2, reviewedToday: 1 });
  });

  it('cards introduced before 04:00 belong to yesterday and do not count', () => {
    const progress = { [kubelet.id]: active(reviewState(NOW + 2 * DAY_MS)) };
    const log = [entry(kubelet, TODAY_START - MINUTE_MS, 0)];
    expect(buildReviewQueue(input({ progress, log, settings: { newCardsPerDay: 3 } })).counts.newLeftToday).toBe(3);
    const atDayStart = [entry(kubelet, TODAY_START, 0)];
    expect(buildReviewQueue(input({ progress, log: atDayStart, settings: { newCardsPerDay: 3 } })).counts.newLeftToday).toBe(2);
  });

  it('a fresh study day gives a fresh allowance', () => {
    const log = [entry(kubelet, NOW, 0), entry(apiServer, NOW, 0)];
    const tomorrow = Date.UTC(2026, 10, 28, 4, 0);
    expect(buildReviewQueue(input({ log, now: tomorrow - 1, settings: { newCardsPerDay: 2 } })).counts.newLeftToday).toBe(0);
    expect(buildReviewQueue(input({ log, now: tomorrow, settings: { newCardsPerDay: 2 } })).counts.newLeftToday).toBe(2);
  });
});

describe('buildReviewQueue: daily review limit', () => {
  const dueReviews: Record<string, CardProgress> = {
    [kubelet.id]: active(reviewState(inPastDays(3))),
    [apiServer.id]: active(reviewState(inPastDays(2))),
    [scheduler.id]: active(reviewState(inPastDays(1))),
  };

  it('caps review cards, most overdue first', () => {
    expectQueue(input({ progress: dueReviews, settings: { reviewsPerDay: 2 } }), [kubelet, apiServer]);
  });

  it('new cards share what is left of the review limit', () => {
    expectQueue(input({ progress: dueReviews, settings: { reviewsPerDay: 4 } }), [kubelet, apiServer, scheduler, etcd]);
  });

  it("today's review and new-card grades use up the limit; learning steps and quiz answers do not", () => {
    const progress = { ...dueReviews, [pod.id]: active(learningState(NOW - MINUTE_MS)) };
    const log = [
      entry(nomad, NOW - 30 * MINUTE_MS, 2),
      entry(pod, NOW - 20 * MINUTE_MS, 0),
      entry(pod, NOW - 11 * MINUTE_MS, 1),
      entry(dockerSwarm, NOW - 10 * MINUTE_MS, 2, 'quiz'),
      entry(etcd, TODAY_START - MINUTE_MS, 2),
    ];
    const queueInput = input({ progress, log, settings: { reviewsPerDay: 3 } });
    expectQueue(queueInput, [pod, kubelet]);
    expect(buildReviewQueue(queueInput).counts).toEqual({
      learning: 1,
      review: 1,
      new: 0,
      newLeftToday: 19,
      reviewsLeftToday: 1,
      reviewedToday: 3,
      quizAnswersToday: 1,
    });
  });

  it('learning cards are still shown once the limit is reached, so no card is stuck mid-steps', () => {
    const progress = { ...dueReviews, [pod.id]: active(learningState(NOW - MINUTE_MS)) };
    expectQueue(input({ progress, settings: { reviewsPerDay: 0 } }), [pod]);
  });
});

describe('buildReviewQueue: sibling burying', () => {
  it('a card whose sibling was reviewed today waits until tomorrow', () => {
    const progress = {
      [kubelet.id]: active(reviewState(NOW + 5 * DAY_MS)),
      [kubeletReverse.id]: active(reviewState(inPastDays(1))),
    };
    const log = [entry(kubelet, NOW - 60 * MINUTE_MS, 2)];
    expect(queueIds(input({ progress, log }))).not.toContain(kubeletReverse.id);
    const tomorrow = Date.UTC(2026, 10, 28, 9, 0);
    expect(queueIds(input({ progress, log, now: tomorrow }))).toContain(kubeletReverse.id);
  });

  it("a sibling's last review today buries the card even without a log entry", () => {
    const progress = {
      [apiServer.id]: active({ ...reviewState(NOW + 3 * DAY_MS), lastReview: NOW - 60 * MINUTE_MS }),
      [apiServerReverse.id]: active(reviewState(inPastDays(1))),
    };
    expect(queueIds(input({ progress }))).not.toContain(apiServerReverse.id);
  });

  it('a review before 04:00 was yesterday and buries nothing today', () => {
    const progress = {
      [kubelet.id]: active(reviewState(NOW + 5 * DAY_MS)),
      [kubeletReverse.id]: active(reviewState(inPastDays(1))),
    };
    expect(queueIds(input({ progress, log: [entry(kubelet, TODAY_START - MINUTE_MS, 2)] }))).toContain(kubeletReverse.id);
    expect(queueIds(input({ progress, log: [entry(kubelet, TODAY_START, 2)] }))).not.toContain(kubeletReverse.id);
    const lastReviewAt = (lastReview: number) => ({
      ...progress,
      [kubelet.id]: active({ ...reviewState(NOW + 5 * DAY_MS), lastReview }),
    });
    expect(queueIds(input({ progress: lastReviewAt(TODAY_START - MINUTE_MS) }))).toContain(kubeletReverse.id);
    expect(queueIds(input({ progress: lastReviewAt(TODAY_START) }))).not.toContain(kubeletReverse.id);
  });

  it('only the first of two due siblings is queued (review before new, earlier due first)', () => {
    const bothReviews = {
      [etcd.id]: active(reviewState(inPastDays(1))),
      [etcdReverse.id]: active(reviewState(inPastDays(4))),
    };
    const ids = queueIds(input({ progress: bothReviews }));
    expect(ids).toContain(etcdReverse.id);
    expect(ids).not.toContain(etcd.id);
    const reviewAndNew = { [etcdReverse.id]: active(reviewState(inPastDays(1))) };
    const mixed = queueIds(input({ progress: reviewAndNew }));
    expect(mixed).toContain(etcdReverse.id);
    expect(mixed).not.toContain(etcd.id);
  });

  it("learning steps of a card go on, and a sibling's learning does not hide the card being learnt", () => {
    const progress = {
      [kubelet.id]: active(learningState(NOW - MINUTE_MS)),
      [kubeletReverse.id]: active(learningState(NOW - 2 * MINUTE_MS, State.Relearning)),
    };
    const log = [entry(kubelet, NOW - 11 * MINUTE_MS, 0), entry(kubeletReverse, NOW - 12 * MINUTE_MS, 2, 'review', 1)];
    const ids = queueIds(input({ progress, log }));
    expect(ids.slice(0, 2)).toEqual([kubeletReverse.id, kubelet.id]);
  });

  it('a buried sibling does not use up a new-card slot', () => {
    const log = [entry(kubeletReverse, NOW - 60 * MINUTE_MS, 0, 'quiz')];
    const progress = { [kubeletReverse.id]: active(reviewState(NOW + 2 * DAY_MS)) };
    expectQueue(input({ progress, log, settings: { newCardsPerDay: 3 } }), [apiServer, scheduler]);
  });
});

describe('buildReviewQueue: what is never queued', () => {
  it('suspended cards, whatever their state', () => {
    const progress = {
      [kubelet.id]: suspended(reviewState(inPastDays(2))),
      [apiServer.id]: suspended(learningState(NOW - MINUTE_MS)),
      [scheduler.id]: suspended(newSchedulingState(inPastDays(1))),
      [etcd.id]: active(reviewState(inPastDays(2))),
    };
    const ids = queueIds(input({ progress }));
    expect(ids).not.toContain(kubelet.id);
    expect(ids).not.toContain(apiServer.id);
    expect(ids).not.toContain(scheduler.id);
    expect(ids[0]).toBe(etcd.id);
  });

  it('reverse cards when the learner studies only term → definition', () => {
    const progress = {
      [kubeletReverse.id]: active(learningState(NOW - MINUTE_MS)),
      [apiServerReverse.id]: active(reviewState(inPastDays(2))),
    };
    const withReverse = queueIds(input({ progress }));
    expect(withReverse.slice(0, 2)).toEqual([kubeletReverse.id, apiServerReverse.id]);
    const forwardOnly = queueIds(input({ progress, settings: { studyReverseCards: false } }));
    expect(forwardOnly.some((id) => id.endsWith('/reverse'))).toBe(false);
    // Kubelet's reverse was studied today, so the forward card waits for tomorrow.
    expect(forwardOnly).toEqual([apiServer.id, scheduler.id, etcd.id, masterComponents.id, pod.id, kubeProxy.id, nomad.id, dockerSwarm.id]);
  });

  it('progress of cards that are no longer in the notes is ignored and left untouched', () => {
    const orphanId = 'kubernetes-architecture/definition/kubelet-cri-shims';
    const progress: Record<string, CardProgress> = {
      [orphanId]: active(learningState(NOW - MINUTE_MS)),
      'kubernetes-architecture/definition/docker-shim': active(reviewState(inPastDays(9))),
    };
    const log = [{ ...entry(kubelet, NOW - MINUTE_MS, 0), cardId: orphanId }];
    const queueInput = input({ progress, log });
    const before = structuredClone(queueInput.progress);
    const queue = buildReviewQueue(queueInput);
    expect(queue.cardIds).toEqual(queueIds(input({ log })));
    expect(queue.cardIds).not.toContain(orphanId);
    expect(queue.counts.learning).toBe(0);
    expect(queueInput.progress).toEqual(before);
  });
});

describe('buildReviewQueue: scope', () => {
  const progress = {
    [kubelet.id]: active(reviewState(inPastDays(2))),
    [nomad.id]: active(reviewState(inPastDays(3))),
  };

  it.each<[string, StudyScope, Card[]]>([
    ['the whole deck', { kind: 'deck' }, [nomad, kubelet, apiServer, scheduler, etcd, masterComponents, pod, kubeProxy, dockerSwarm]],
    ['one chapter', { kind: 'chapter', chapterId: 'container-orchestration' }, [nomad, dockerSwarm]],
    ['one section', { kind: 'section', sectionId: ARCHITECTURE.sectionId }, [kubelet, apiServer, scheduler, etcd, masterComponents, pod, kubeProxy]],
    ['chosen cards', { kind: 'cards', cardIds: [etcdReverse.id, kubelet.id, nomadReverse.id] }, [kubelet, etcdReverse, nomadReverse]],
    ['an unknown chapter', { kind: 'chapter', chapterId: 'installing-kubernetes' }, []],
  ])('%s', (_name, scope, expected) => {
    expectQueue(input({ progress, scope }), expected);
  });

  it('siblings outside the scope still bury cards inside it', () => {
    const log = [entry(nomad, NOW - MINUTE_MS, 2)];
    const scope: StudyScope = { kind: 'cards', cardIds: [nomadReverse.id] };
    expectQueue(input({ log, scope }), []);
  });
});

describe('the queue after real grading', () => {
  it('a new card graded Good comes back after its 10-minute step, then leaves for days', () => {
    const options = { desiredRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: false };
    const cards = [kubelet, kubeletReverse, apiServer];
    const settings = { ...defaultStudySettings, newCardsPerDay: 1 };
    const progress: Record<string, CardProgress> = {};
    const log: ReviewEntry[] = [];
    const at = (now: number): QueueInput => ({ cards, progress: deckProgress(progress), log: deckLog(log), settings, now, scope: { kind: 'deck' } });
    const grade = (card: Card, rating: Grade, now: number) => {
      const state = progress[card.id]?.scheduling ?? newSchedulingState(now);
      const result = gradeCard(state, rating, now, options);
      progress[card.id] = active(result.next);
      log.push(entry(card, now, result.entryStateBefore, 'review', rating));
    };

    expect(nextCardId(at(NOW))).toBe(kubelet.id);
    grade(kubelet, 3, NOW);
    expect(queueIds(at(NOW))).toEqual([kubelet.id]); // within the learn-ahead window, nothing else left
    expect(queueIds(at(NOW + 10 * MINUTE_MS))).toEqual([kubelet.id]);
    grade(kubelet, 3, NOW + 10 * MINUTE_MS);
    expect(progress[kubelet.id].scheduling.state).toBe(2);
    expect(queueIds(at(NOW + 11 * MINUTE_MS))).toEqual([]);
    expect(buildReviewQueue(at(NOW + 11 * MINUTE_MS)).counts).toMatchObject({ newLeftToday: 0, reviewedToday: 2 });
    const tomorrow = Date.UTC(2026, 10, 28, 9, 0);
    expect(queueIds(at(tomorrow))).toEqual([kubeletReverse.id]);
  });
});

describe('dueToday', () => {
  const overdue = (days: number) => active(reviewState(NOW - days * DAY_MS));

  it('tells the queue’s due cards from learning steps later today and from what the queue holds back until tomorrow', () => {
    const progress: Record<string, CardProgress> = {
      [kubelet.id]: overdue(3),
      [kubeletReverse.id]: overdue(2), // its sibling comes first: buried
      [apiServer.id]: overdue(1),
      [scheduler.id]: overdue(1), // past the review limit of 2
      [etcd.id]: active(learningState(NOW + 5 * MINUTE_MS)), // within the learn-ahead window
      [pod.id]: active(learningState(NOW + 3 * 60 * MINUTE_MS)), // a step later today
      [nomad.id]: suspended(reviewState(NOW - DAY_MS)),
      [dockerSwarm.id]: active(reviewState(NOW + DAY_MS)), // tomorrow
    };
    const due = dueToday(input({ progress, settings: { reviewsPerDay: 2 } }));
    expect(due).toEqual({ queued: [kubelet.id, apiServer.id, etcd.id], laterToday: [pod.id], heldBack: [kubeletReverse.id, scheduler.id] });
    expect(due.queued.length).toBe(buildReviewQueue(input({ progress, settings: { reviewsPerDay: 2 } })).counts.learning + 2);
  });

  it('leaves reverse cards out when they are not studied', () => {
    const progress = { [kubeletReverse.id]: overdue(2), [apiServerReverse.id]: active(learningState(NOW + 3 * 60 * MINUTE_MS)) };
    expect(dueToday(input({ progress, settings: { studyReverseCards: false } }))).toEqual({ queued: [], laterToday: [], heldBack: [] });
    expect(dueToday(input({ progress }))).toEqual({ queued: [kubeletReverse.id], laterToday: [apiServerReverse.id], heldBack: [] });
  });
});
