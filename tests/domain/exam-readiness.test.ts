import { createEmptyCard, fsrs, generatorParameters, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { examReadiness, spreadEvenly, type ExamReadinessInput } from '../../src/domain/exam-readiness';
import { defaultStudySettings, type CardProgress } from '../../src/domain/progress';
import {
  apiServer,
  apiServerReverse,
  dockerSwarm,
  dockerSwarmReverse,
  insightsDeck,
  kubelet,
  kubeletReverse,
  kubeProxy,
  kubeProxyReverse,
  masterComponents,
  nomad,
  nomadReverse,
  options,
  recallAfter,
  reviewedAt,
  scheduler,
  schedulerReverse,
  selfHealing,
  selfHealingReverse,
} from './mastery-test-deck';
import { active, DAY_MS, learningState, MINUTE_MS, NOW, suspended } from './srs-test-cards';
import { deckLog, deckProgress } from '../study-data-kit';

/** Tuesday 1 Dec 2026, local midnight (TZ=UTC); NOW is Friday 27 Nov, 09:00. */
const EXAM = Date.UTC(2026, 11, 1);
const utc = (month: number, day: number, hour: number) => Date.UTC(2026, month - 1, day, hour);

// Recall on exam day in the comments: whole days since the last review, stability.
const progress: Record<string, CardProgress> = {
  [nomad.id]: active(reviewedAt(EXAM - 20 * DAY_MS, 120, 100)), // 20 d, S 120: 0.977, due long after
  [nomadReverse.id]: active(reviewedAt(EXAM - 18 * DAY_MS, 20)), // 18 d, S 20: 0.907, due 2 days after
  [dockerSwarm.id]: active(reviewedAt(NOW - 9 * DAY_MS, 10)), // 12 d, S 10: 0.887, due tomorrow
  [dockerSwarmReverse.id]: active(reviewedAt(NOW - 7 * DAY_MS, 5)), // 10 d, S 5: 0.846, overdue
  [apiServer.id]: active(learningState(NOW + 10 * MINUTE_MS)), // 3 d, S 2.3: 0.881, learning step due today
  [scheduler.id]: suspended(reviewedAt(NOW - 30 * DAY_MS, 3)),
  [masterComponents.id]: active(reviewedAt(NOW - DAY_MS, 30)), // 4 d, S 30: 0.981
  [kubelet.id]: active(reviewedAt(utc(11, 20, 23), 10)), // 10 d, S 10: 0.9, due 30 Nov 23:00
};

const input: ExamReadinessInput = {
  deck: insightsDeck,
  progress: deckProgress(progress),
  log: deckLog([]),
  now: NOW,
  examDate: EXAM,
  desiredRetention: 0.9,
  settings: defaultStudySettings,
  options,
};

const newCardIds = [selfHealing, selfHealingReverse, apiServerReverse, schedulerReverse, kubeletReverse, kubeProxy, kubeProxyReverse].map((card) => card.id);

describe('exam readiness: predicted recall on exam day', () => {
  const readiness = examReadiness(input);

  it('counts the study days left, today included and the exam day not', () => {
    expect(readiness).toMatchObject({ today: '2026-11-27', examDay: '2026-12-01', daysLeft: 4, examPassed: false, evaluatedAt: EXAM, target: 0.9 });
  });

  it('predicts recall at the start of the exam day exactly as ts-fsrs does', () => {
    const reference = fsrs(generatorParameters({ enable_fuzz: false })).get_retrievability(
      {
        ...createEmptyCard(new Date(NOW - 9 * DAY_MS)),
        state: State.Review,
        stability: 10,
        difficulty: 5,
        scheduled_days: 10,
        reps: 4,
        due: new Date(NOW + DAY_MS),
        last_review: new Date(NOW - 9 * DAY_MS),
      },
      new Date(EXAM),
      false,
    );
    expect(reference).toBe(recallAfter(12, 10));
    const onlyDocker = examReadiness({ ...input, deck: { ...insightsDeck, cards: [dockerSwarm] } });
    expect(onlyDocker.deck.averageRecallOnExamDay).toBe(reference);
  });

  it('averages recall per chapter over studied cards and counts new cards as at risk', () => {
    expect(readiness.chapters).toEqual([
      {
        chapterId: 'container-orchestration',
        cards: 6,
        studied: 4,
        newCards: 2,
        averageRecallOnExamDay: (recallAfter(20, 120) + recallAfter(18, 20) + recallAfter(12, 10) + recallAfter(10, 5)) / 4,
        atRisk: 4,
        suspended: 0,
      },
      {
        chapterId: 'kubernetes-architecture',
        cards: 8,
        studied: 3,
        newCards: 5,
        averageRecallOnExamDay: (recallAfter(3, 2.3) + recallAfter(4, 30) + recallAfter(10, 10)) / 3,
        atRisk: 6,
        suspended: 1,
      },
      { chapterId: 'installing-kubernetes', cards: 0, studied: 0, newCards: 0, averageRecallOnExamDay: null, atRisk: 0, suspended: 0 },
    ]);
    expect(readiness.deck).toMatchObject({ cards: 14, studied: 7, newCards: 7, atRisk: 10, suspended: 1 });
  });

  it('orders cards to cram by lowest recall on exam day, new cards last in deck order, suspended ones never', () => {
    expect(readiness.cramOrder).toEqual([
      dockerSwarmReverse.id,
      apiServer.id,
      dockerSwarm.id,
      kubelet.id,
      nomadReverse.id,
      nomad.id,
      masterComponents.id,
      ...newCardIds,
    ]);
  });

  it('leaves reverse cards out when the learner does not study them', () => {
    const forwardOnly = examReadiness({ ...input, settings: { ...defaultStudySettings, studyReverseCards: false } });
    expect(forwardOnly.deck).toMatchObject({ cards: 7, studied: 5, newCards: 2, atRisk: 4 });
    expect(forwardOnly.cramOrder).toEqual([apiServer.id, dockerSwarm.id, kubelet.id, nomad.id, masterComponents.id, selfHealing.id, kubeProxy.id]);
  });
});

describe('exam readiness: daily plan', () => {
  it('adds the reviews already due before the exam, by day, to the new cards spread over the days left', () => {
    expect(examReadiness(input).plan).toEqual({
      scheduledReviews: 4,
      extraReviews: 0,
      newCards: 7,
      totalReviews: 11,
      reviewsToday: 4,
      reviewsPerDay: 3,
      days: [
        { day: '2026-11-27', scheduled: 2, catchUp: 2, total: 4 },
        { day: '2026-11-28', scheduled: 1, catchUp: 2, total: 3 },
        { day: '2026-11-29', scheduled: 0, catchUp: 2, total: 2 },
        { day: '2026-11-30', scheduled: 1, catchUp: 1, total: 2 },
      ],
    });
  });

  it('adds studied cards below a target higher than the schedule keeps them, which the schedule would not show in time', () => {
    const strict = examReadiness({ ...input, desiredRetention: 0.95 });
    expect(strict.deck.atRisk).toBe(12);
    expect(strict.plan).toMatchObject({ scheduledReviews: 4, extraReviews: 1, newCards: 7, totalReviews: 12, reviewsPerDay: 3 });
    expect(strict.plan.days.map((day) => day.catchUp)).toEqual([2, 2, 2, 2]);
  });

  it('puts everything on today when the exam is today, and predicts recall from now', () => {
    const now = utc(12, 1, 10);
    const today = examReadiness({ ...input, now });
    expect(today).toMatchObject({ today: '2026-12-01', daysLeft: 0, examPassed: false, evaluatedAt: now });
    expect(today.plan.days).toHaveLength(1);
    expect(today.plan.days[0]).toMatchObject({ day: '2026-12-01', catchUp: 7 });
    expect(today.plan.reviewsToday).toBe(today.plan.totalReviews);
    expect(today.plan.reviewsPerDay).toBe(0);
  });

  it('counts the small hours before 4 am as the study day before the exam day', () => {
    const lateNight = examReadiness({ ...input, now: utc(12, 1, 2) });
    expect(lateNight).toMatchObject({ today: '2026-11-30', daysLeft: 1, examPassed: false });
    expect(lateNight.plan.days.map((day) => day.day)).toEqual(['2026-11-30']);
  });

  it('plans nothing once the exam day has passed', () => {
    const after = examReadiness({ ...input, now: utc(12, 3, 9) });
    expect(after).toMatchObject({ daysLeft: 0, examPassed: true });
    expect(after.plan).toEqual({ scheduledReviews: 0, extraReviews: 0, newCards: 0, totalReviews: 0, reviewsToday: 0, reviewsPerDay: 0, days: [] });
  });

  it('takes today’s due reviews from the review queue: a buried sibling and those past the review limit come tomorrow', () => {
    // Docker Swarm's reverse is overdue; Docker Swarm itself was graded today, so its sibling waits for tomorrow.
    const log = [
      { cardId: dockerSwarm.id, at: NOW - 30 * MINUTE_MS, rating: 3 as const, stateBefore: State.Review, durationMs: 5_000, origin: 'review' as const },
    ];
    const buried = examReadiness({ ...input, log: deckLog(log) });
    expect(buried.plan.days.map((day) => day.scheduled)).toEqual([1, 2, 0, 1]);
    // A review limit of 0 today leaves only the learning step (API Server) for today.
    const limited = examReadiness({ ...input, settings: { ...defaultStudySettings, reviewsPerDay: 0 } });
    expect(limited.plan.days.map((day) => day.scheduled)).toEqual([1, 2, 0, 1]);
    expect(limited.plan.scheduledReviews).toBe(4);
  });

  it('says how many reviews today covers what is due today, however the rest averages out', () => {
    // Every forward card overdue and a month to go: today needs them all, the later days far fewer.
    const forward = insightsDeck.cards.filter((card) => !card.reverse);
    const overdue = Object.fromEntries(forward.map((card) => [card.id, active(reviewedAt(NOW - 20 * DAY_MS, 5))]));
    const plan = examReadiness({ ...input, progress: deckProgress(overdue), examDate: Date.UTC(2026, 11, 27) }).plan;
    expect(plan.days[0]).toMatchObject({ scheduled: forward.length });
    expect(plan.reviewsToday).toBe(plan.days[0]!.total);
    expect(plan.reviewsToday).toBeGreaterThan(Math.ceil(plan.totalReviews / plan.days.length));
    expect(plan.reviewsPerDay).toBe(Math.max(...plan.days.slice(1).map((day) => day.total)));
  });

  it('spreads a count over days as evenly as whole numbers allow, larger shares first', () => {
    expect(spreadEvenly(7, 4)).toEqual([2, 2, 2, 1]);
    expect(spreadEvenly(3, 5)).toEqual([1, 1, 1, 0, 0]);
    expect(spreadEvenly(0, 2)).toEqual([0, 0]);
  });
});
