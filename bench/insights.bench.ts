// Insight speed on a large deck: mastery (Home, every render), the Stats screen, weak topics and exam readiness.
import { cardMapOf } from '../src/domain/card-map';
import { reviewLogOf } from '../src/domain/review-log';
import type { Card } from '../src/domain/deck';
import { examReadiness } from '../src/domain/exam-readiness';
import { deckMastery } from '../src/domain/mastery';
import { defaultStudySettings, Rating } from '../src/domain/progress';
import { reviewStats } from '../src/domain/review-stats';
import { schedulerOptionsFrom } from '../src/domain/scheduler';
import { weakTopics, type ConfusionEvent } from '../src/domain/weak-topics';
import type { Bench, BenchRow } from './bench-row';
import { median, percentile, rounded } from './sample-stats';
import { makeSyntheticDeck, makeSyntheticProgress } from './synthetic-deck';

const CARD_COUNT = 10_000;
const REVIEWS_PER_CARD = 20;
const RUNS = 40;
const WARM_UP = 10;
const TARGET_MS = 50;

/** Median and p95 of `RUNS` timed calls after a warm-up; the last result is returned so it cannot be optimised away. */
export function measure<T>(run: () => T): { medianMs: number; p95Ms: number; result: T } {
  let result = run();
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i += 1) {
    const start = performance.now();
    result = run();
    if (i >= WARM_UP) samples.push(performance.now() - start);
  }
  return { medianMs: rounded(median(samples)), p95Ms: rounded(percentile(samples, 0.95)), result };
}

/** Each wrong quiz answer taken for the next card of the same section, as a quiz would record it. */
function syntheticConfusions(cards: readonly Card[], wrongQuizAnswers: { cardId: string; at: number }[]): ConfusionEvent[] {
  const nextInSection = new Map<string, string>();
  cards.forEach((card, index) => {
    const next = cards[index + 1];
    if (next && next.sectionId === card.sectionId && next.noteId !== card.noteId) nextInSection.set(card.id, next.id);
  });
  return wrongQuizAnswers.flatMap(({ cardId, at }) => {
    const other = nextInSection.get(cardId);
    return other ? [{ cardId, confusedWithCardId: other, at }] : [];
  });
}

const insightsBench: Bench = async () => {
  const now = Date.UTC(2026, 10, 27, 9, 0);
  const deck = makeSyntheticDeck(CARD_COUNT, 20261127);
  const history = makeSyntheticProgress(deck, REVIEWS_PER_CARD, 42, now);
  const progress = cardMapOf(history.progress);
  const log = reviewLogOf(history.log);
  const settings = defaultStudySettings;
  const options = schedulerOptionsFrom(settings, true);
  const confusions = syntheticConfusions(
    deck.cards,
    history.log.filter((entry) => entry.origin === 'quiz' && entry.rating === Rating.Again),
  );

  const mastery = measure(() => deckMastery(deck, progress, now, options));
  const stats = measure(() => reviewStats({ cards: deck.cards, progress, log, now, settings }));
  const weak = measure(() => weakTopics({ deck, progress, log, quizzes: [], confusions, now, options }));
  const exam = measure(() =>
    examReadiness({
      deck,
      progress,
      log,
      now,
      examDate: Date.UTC(2026, 11, 27),
      desiredRetention: settings.desiredRetention,
      settings,
      options,
    }),
  );

  const scale = `${CARD_COUNT.toLocaleString('en')} cards × ${REVIEWS_PER_CARD} reviews (${log.size.toLocaleString('en')} log entries)`;
  const timing = (measured: { p95Ms: number }) => `median of ${RUNS}; p95 ${measured.p95Ms} ms`;
  const rows: BenchRow[] = [
    {
      name: `insights: deckMastery by section and chapter, ${scale}`,
      value: mastery.medianMs,
      unit: 'ms',
      target: `≤ ${TARGET_MS} ms`,
      ok: mastery.medianMs <= TARGET_MS,
      note: `${timing(mastery)}; deck recall ${(mastery.result.deck.averageRetrievability! * 100).toFixed(1)}%`,
    },
    {
      name: `insights: reviewStats (heatmap, streak, forecast, retention, buttons), ${scale}`,
      value: stats.medianMs,
      unit: 'ms',
      target: `≤ ${TARGET_MS} ms`,
      ok: stats.medianMs <= TARGET_MS,
      note: `${timing(stats)}; streak ${stats.result.streak.days} days, ${stats.result.forecast[0].due} due today`,
    },
    {
      name: `insights: weakTopics (${confusions.length.toLocaleString('en')} confusions), ${scale}`,
      value: weak.medianMs,
      unit: 'ms',
      note: `${timing(weak)}; ${weak.result.weak.length} weak sections`,
    },
    {
      name: `insights: examReadiness 30 days ahead, ${scale}`,
      value: exam.medianMs,
      unit: 'ms',
      note: `${timing(exam)}; ${exam.result.deck.atRisk} at risk, ${exam.result.plan.reviewsPerDay} reviews a day`,
    },
  ];
  return rows;
};

export default insightsBench;
