import { describe, expect, it } from 'vitest';
import { State, type CardProgress, type Rating, type ReviewEntry } from '../../src/domain/progress';
import {
  confusionEventsFromQuiz,
  recentQuizMisses,
  weakTopics,
  type ConfusionEvent,
  type QuizMissRecord,
  type WeakTopicsInput,
} from '../../src/domain/weak-topics';
import {
  apiServer,
  apiServerReverse,
  dockerSwarm,
  dockerSwarmReverse,
  FEATURES,
  insightsDeck,
  kubelet,
  kubeletReverse,
  kubeProxy,
  kubeProxyReverse,
  masterComponents,
  MASTER,
  nomad,
  nomadReverse,
  options,
  ORCHESTRATION,
  recallAfter,
  reviewedAt,
  scheduler,
  schedulerReverse,
  WORKER,
} from './mastery-test-deck';
import { active, DAY_MS, MINUTE_MS, NOW, suspended } from './srs-test-cards';
import { deckLog, deckProgress } from '../study-data-kit';

const progress: Record<string, CardProgress> = {
  // Worker node: fading, forgotten three times, missed in quizzes, mixed up with each other.
  [kubelet.id]: active(reviewedAt(NOW - 30 * DAY_MS, 10, 10, 3)),
  [kubeProxy.id]: active(reviewedAt(NOW, 10)),
  [kubeProxyReverse.id]: active(reviewedAt(NOW - 60 * DAY_MS, 20)),
  // Master node: well kept, a few lapses.
  [apiServer.id]: active(reviewedAt(NOW - 10 * DAY_MS, 10)),
  [apiServerReverse.id]: active(reviewedAt(NOW, 10)),
  [scheduler.id]: active(reviewedAt(NOW - 10 * DAY_MS, 10, 10, 1)),
  [schedulerReverse.id]: active(reviewedAt(NOW, 10)),
  [masterComponents.id]: suspended(reviewedAt(NOW - 12 * DAY_MS, 10, 10, 2)),
  // Orchestration options: exactly at the target recall, but missed in a quiz and confused.
  [nomad.id]: active(reviewedAt(NOW - 10 * DAY_MS, 10)),
  [nomadReverse.id]: active(reviewedAt(NOW - 10 * DAY_MS, 10)),
  [dockerSwarm.id]: active(reviewedAt(NOW - 10 * DAY_MS, 10)),
  [dockerSwarmReverse.id]: active(reviewedAt(NOW - 10 * DAY_MS, 10)),
};

const quizzes: QuizMissRecord[] = [
  { id: 'q0', startedAt: NOW - 10 * DAY_MS, finishedAt: NOW - 10 * DAY_MS + 10 * MINUTE_MS, wrongCardIds: [kubelet.id] },
  { id: 'q1', startedAt: NOW - 3 * DAY_MS, finishedAt: NOW - 3 * DAY_MS + 10 * MINUTE_MS, wrongCardIds: [kubelet.id] },
  { id: 'q2', startedAt: NOW - DAY_MS, finishedAt: NOW - DAY_MS + 10 * MINUTE_MS, wrongCardIds: [kubelet.id, kubeProxy.id] },
];

const answered = (cardId: string, at: number, rating: Rating.Again | Rating.Good, origin: ReviewEntry['origin']): ReviewEntry => ({
  cardId,
  at,
  rating,
  stateBefore: State.Review,
  durationMs: 8_000,
  origin,
});

const log: ReviewEntry[] = [
  answered(kubelet.id, NOW - 10 * DAY_MS + 5 * MINUTE_MS, 1, 'quiz'), // quiz q0, too old
  answered(dockerSwarm.id, NOW - 10 * DAY_MS, 1, 'quiz'), // a quiz without record, too old
  answered(kubelet.id, NOW - 3 * DAY_MS + 5 * MINUTE_MS, 1, 'quiz'), // quiz q1, already counted from its record
  answered(nomad.id, NOW - 2 * DAY_MS, 1, 'quiz'), // one quiz without a record: two misses at one moment
  answered(dockerSwarm.id, NOW - 2 * DAY_MS, 1, 'quiz'),
  answered(nomadReverse.id, NOW - 2 * DAY_MS, 3, 'quiz'), // right
  answered(apiServer.id, NOW - DAY_MS, 1, 'review'), // a review lapse, not a quiz miss
];

const confusions: ConfusionEvent[] = [
  { cardId: kubelet.id, confusedWithCardId: kubeProxy.id, at: NOW - 3 * DAY_MS },
  { cardId: kubelet.id, confusedWithCardId: kubeProxy.id, at: NOW - DAY_MS },
  { cardId: kubeletReverse.id, confusedWithCardId: kubeProxyReverse.id, at: NOW - 2 * DAY_MS },
  { cardId: nomad.id, confusedWithCardId: dockerSwarm.id, at: NOW - 5 * DAY_MS },
  { cardId: dockerSwarmReverse.id, confusedWithCardId: nomadReverse.id, at: NOW - 4 * DAY_MS },
  { cardId: nomad.id, confusedWithCardId: dockerSwarm.id, at: NOW - 40 * DAY_MS }, // too old
  { cardId: apiServer.id, confusedWithCardId: 'kubernetes-architecture/definition/removed-term', at: NOW - DAY_MS }, // card gone
];

const input: WeakTopicsInput = { deck: insightsDeck, progress: deckProgress(progress), log: deckLog(log), quizzes, confusions, now: NOW, options };

const workerRecall = (recallAfter(30, 10) + 1 + recallAfter(60, 20)) / 3;
const masterRecall = (0.9 + 1 + 0.9 + 1 + recallAfter(12, 10)) / 5;

describe('weak topics', () => {
  const topics = weakTopics(input);

  it('ranks studied sections by the documented score, weakest first', () => {
    expect(topics.weak.map((topic) => topic.sectionId)).toEqual([WORKER.sectionId, ORCHESTRATION.sectionId, MASTER.sectionId]);
    const [worker, orchestration, master] = topics.weak;
    expect(worker.score).toBeCloseTo(10 * (1 - workerRecall) + 3 / 3 + 3 + 3, 12);
    expect(orchestration.score).toBeCloseTo(10 * (1 - 0.9) + 0 + 2 + 2, 12);
    expect(master.score).toBeCloseTo(10 * (1 - masterRecall) + 3 / 5, 12);
  });

  it('gives each section its reasons as data, strongest first', () => {
    const [worker, orchestration, master] = topics.weak;
    expect(worker).toMatchObject({
      sectionId: WORKER.sectionId,
      chapterId: WORKER.chapterId,
      cards: 4,
      studied: 3,
      lapses: 3,
      quizMisses: 3,
      confusions: 3,
    });
    expect(worker.averageRecall).toBeCloseTo(workerRecall, 12);
    expect(worker.reasons).toEqual([
      { kind: 'quiz-misses', points: 3, misses: 3, quizzes: 2, windowDays: 7 },
      { kind: 'confusions', points: 3, confusions: 3, cardId: kubelet.id, confusedWithCardId: kubeProxy.id, count: 3 },
      { kind: 'low-recall', points: 10 * (1 - worker.averageRecall), averageRecall: worker.averageRecall },
      { kind: 'lapses', points: 1, lapses: 3 },
    ]);
    // Both confusions are once each; the later one (Docker Swarm taken for Nomad) is shown.
    expect(orchestration.reasons).toEqual([
      { kind: 'quiz-misses', points: 2, misses: 2, quizzes: 1, windowDays: 7 },
      { kind: 'confusions', points: 2, confusions: 2, cardId: dockerSwarm.id, confusedWithCardId: nomad.id, count: 1 },
    ]);
    expect(master.reasons).toEqual([{ kind: 'lapses', points: 3 / 5, lapses: 3 }]);
  });

  it('lists the weakest studied cards to review, one per note, without new or suspended ones or cards with no reason', () => {
    const [worker, orchestration, master] = topics.weak;
    // Kube-proxy's reverse is weaker than Kube-proxy: it stands for the note, so the name is listed once.
    expect(worker.weakestCardIds).toEqual([kubelet.id, kubeProxyReverse.id]);
    expect(orchestration.weakestCardIds).toEqual([nomad.id, dockerSwarm.id]);
    expect(master.weakestCardIds).toEqual([scheduler.id]);
    expect(weakTopics({ ...input, weakestCardCount: 1 }).weak[0].weakestCardIds).toEqual([kubelet.id]);
  });

  it('keeps sections with nothing studied apart, as not started', () => {
    expect(topics.notStarted).toEqual([{ sectionId: FEATURES.sectionId, chapterId: FEATURES.chapterId, cards: 2 }]);
    expect(topics.weak.some((topic) => topic.sectionId === FEATURES.sectionId)).toBe(false);
  });

  it('ranks the most confused pairs of notes, either way round, named by their first card in deck order', () => {
    expect(topics.confusedPairs).toEqual([
      { cardId: kubelet.id, otherCardId: kubeProxy.id, count: 3, lastAt: NOW - DAY_MS },
      { cardId: nomad.id, otherCardId: dockerSwarm.id, count: 2, lastAt: NOW - 4 * DAY_MS },
    ]);
  });

  it('leaves out a section that has no reason, and adds low recall when the target is higher', () => {
    const calm = weakTopics({ ...input, log: deckLog([]), quizzes: [], confusions: [] });
    expect(calm.weak.map((topic) => topic.sectionId)).toEqual([WORKER.sectionId, MASTER.sectionId]);
    const strict = weakTopics({ ...input, log: deckLog([]), quizzes: [], confusions: [], targetRecall: 0.95 });
    // Orchestration (recall 0.9, nothing else) now counts, below the master node's lapses.
    expect(strict.weak.map((topic) => topic.sectionId)).toEqual([WORKER.sectionId, MASTER.sectionId, ORCHESTRATION.sectionId]);
    expect(strict.weak[2].reasons).toEqual([{ kind: 'low-recall', points: 10 * (1 - 0.9), averageRecall: 0.9 }]);
  });

  it('looks further back with a longer quiz window', () => {
    const fortnight = weakTopics({ ...input, quizWindowDays: 14, confusionWindowDays: 60 });
    expect(fortnight.weak[0].reasons[0]).toEqual({ kind: 'quiz-misses', points: 4, misses: 4, quizzes: 3, windowDays: 14 });
    expect(fortnight.confusedPairs[1].count).toBe(3);
    const orchestration = fortnight.weak.find((topic) => topic.sectionId === ORCHESTRATION.sectionId)!;
    expect(orchestration).toMatchObject({ quizMisses: 3, confusions: 3 });
  });
});

describe('quiz misses and confusion history', () => {
  it('counts a miss once when both the quiz record and the quiz grade in the log have it', () => {
    expect(recentQuizMisses(log, quizzes, NOW - 7 * DAY_MS)).toEqual([
      { cardId: kubelet.id, quizKey: 'quiz:q1' },
      { cardId: kubelet.id, quizKey: 'quiz:q2' },
      { cardId: kubeProxy.id, quizKey: 'quiz:q2' },
      { cardId: nomad.id, quizKey: `log:${NOW - 2 * DAY_MS}` },
      { cardId: dockerSwarm.id, quizKey: `log:${NOW - 2 * DAY_MS}` },
    ]);
  });

  it('turns a scored quiz’s confusions into events to keep', () => {
    expect(confusionEventsFromQuiz({ [kubelet.id]: kubeProxy.id, [nomad.id]: dockerSwarm.id }, NOW)).toEqual([
      { cardId: kubelet.id, confusedWithCardId: kubeProxy.id, at: NOW },
      { cardId: nomad.id, confusedWithCardId: dockerSwarm.id, at: NOW },
    ]);
  });
});
