// Review speed on a large deck: picking the next card after each grade, and building the whole queue for the dashboard.
import { cardMapOf, cardValue, withCard } from '../src/domain/card-map';
import { reviewLogOf, withLogEntry } from '../src/domain/review-log';
import type { Card } from '../src/domain/deck';
import { defaultStudySettings, Rating } from '../src/domain/progress';
import { buildReviewQueue, nextCardId, type QueueInput } from '../src/domain/review-queue';
import { gradeCard, newSchedulingState, schedulerOptionsFrom } from '../src/domain/scheduler';
import type { Bench, BenchRow } from './bench-row';
import { median, percentile, rounded } from './sample-stats';
import { makeSyntheticDeck, makeSyntheticProgress } from './synthetic-deck';

const CARD_COUNT = 10_000;
const REVIEWS_PER_CARD = 20;
const GRADES_MEASURED = 400;
const QUEUE_BUILDS_MEASURED = 60;
const WARM_UP = 20;
const NEXT_CARD_TARGET_MS = 16;

const reviewBench: Bench = async () => {
  const now = Date.UTC(2026, 10, 27, 9, 0);
  const deck = makeSyntheticDeck(CARD_COUNT, 20261127);
  const history = makeSyntheticProgress(deck, REVIEWS_PER_CARD, 42, now);
  const options = schedulerOptionsFrom(defaultStudySettings, true);
  // Unlimited reviews keep the session going for every measured grade; the default limits are used for the dashboard.
  const sessionSettings = { ...defaultStudySettings, reviewsPerDay: 100_000, newCardsPerDay: 100_000 };
  let progress = cardMapOf(history.progress);
  let log = reviewLogOf(history.log);
  const cards: Card[] = deck.cards;
  const sessionInput = (at: number): QueueInput => ({ cards, progress, log, settings: sessionSettings, now: at, scope: { kind: 'deck' } });

  const nextCardMs: number[] = [];
  const gradeMs: number[] = [];
  let at = now;
  let cardId = nextCardId(sessionInput(at));
  for (let i = 0; i < WARM_UP + GRADES_MEASURED && cardId !== null; i += 1) {
    const gradeStart = performance.now();
    const state = cardValue(progress, cardId)?.scheduling ?? newSchedulingState(at);
    const result = gradeCard(state, i % 7 === 0 ? Rating.Again : Rating.Good, at, options);
    const gradeEnd = performance.now();
    progress = withCard(progress, cardId, { scheduling: result.next, suspended: false });
    log = withLogEntry(log, { cardId, at, rating: Rating.Good, stateBefore: result.entryStateBefore, durationMs: 6000, origin: 'review' });
    at += 8000;
    const nextStart = performance.now();
    cardId = nextCardId(sessionInput(at));
    const nextEnd = performance.now();
    if (i >= WARM_UP) {
      gradeMs.push(gradeEnd - gradeStart);
      nextCardMs.push(nextEnd - nextStart);
    }
  }

  const dashboardInput: QueueInput = { cards, progress, log, settings: defaultStudySettings, now: at, scope: { kind: 'deck' } };
  const queueMs: number[] = [];
  let counts = buildReviewQueue(dashboardInput).counts;
  for (let i = 0; i < WARM_UP + QUEUE_BUILDS_MEASURED; i += 1) {
    const start = performance.now();
    counts = buildReviewQueue(dashboardInput).counts;
    if (i >= WARM_UP) queueMs.push(performance.now() - start);
  }

  const nextCardMedian = rounded(median(nextCardMs));
  const scale = `${CARD_COUNT.toLocaleString('en')} cards × ${REVIEWS_PER_CARD} reviews (${log.size.toLocaleString('en')} log entries)`;
  const rows: BenchRow[] = [
    {
      name: `review: nextCardId after a grade, ${scale}`,
      value: nextCardMedian,
      unit: 'ms',
      target: `≤ ${NEXT_CARD_TARGET_MS} ms`,
      ok: nextCardMedian <= NEXT_CARD_TARGET_MS,
      note: `median of ${nextCardMs.length}; p95 ${rounded(percentile(nextCardMs, 0.95))} ms`,
    },
    {
      name: 'review: gradeCard (ts-fsrs, fuzz on)',
      value: rounded(median(gradeMs)),
      unit: 'ms',
      note: `median of ${gradeMs.length}`,
    },
    {
      name: `review: buildReviewQueue for dashboard counts, ${scale}`,
      value: rounded(median(queueMs)),
      unit: 'ms',
      note: `median of ${queueMs.length}; p95 ${rounded(percentile(queueMs, 0.95))} ms; due now: ${counts.learning} learning, ${counts.review} review, ${counts.new} new`,
    },
  ];
  return rows;
};

export default reviewBench;
