// What the schedule will ask of the learner, and what they will remember, simulated day by day with FSRS: a seeded
// Monte-Carlo over the deck's cards (fsrs-browser has no simulator). Each simulated day reviews the due cards (most
// overdue first) within the day's review limit and time, then introduces new cards within the new-card limit and
// the time left. A review is recalled with the forgetting curve's probability (Good) or not (Again, then relearnt
// the same day with one Good step); a new card is learnt with Good twice on its day. Memory states follow ts-fsrs
// `next_state` with the parameters given, intervals ts-fsrs's for the desired retention (no fuzz).
// The figures are the mean of several runs (`runs`, each with its own seed drawn from `seed`): exact in tests.
import { cardValue } from './card-map';
import { FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import type { Card } from './deck';
import { Rating, State, type DeckProgress, type ReviewEntry, type SchedulingState } from './progress';
import { createRng } from './random';
import { studyDayStart } from './study-day';

const DAY_MS = 86_400_000;

export interface SimulationInput {
  /** The scheduling state of each card taken into account (suspended ones left out); null for a card never studied. */
  cards: readonly (SchedulingState | null)[];
  parameters: readonly number[];
  desiredRetention: number;
  maximumIntervalDays: number;
  newCardsPerDay: number;
  reviewsPerDay: number;
  /** Study time available each day; Infinity when only the limits hold the day back. */
  minutesPerDay: number;
  /** Time a review takes (the learner's mean when known). */
  secondsPerReview: number;
  /** Time a new card takes to learn on its first day. */
  secondsPerNewCard: number;
  now: number;
  dayStartHour: number;
  /** Study days simulated, today first. */
  days: number;
  seed: number;
  runs: number;
}

export interface SimulatedDay {
  /** Mean reviews that day (relearning steps included, new cards not). */
  reviews: number;
  newCards: number;
  minutes: number;
}

export interface SimulationResult {
  days: SimulatedDay[];
  /** Mean predicted recall over every card when the simulated days are over (a card never studied counts 0). */
  recallAtEnd: number;
}

interface SimCard {
  stability: number;
  difficulty: number;
  /** Day index (today 0; fractional, negative for the past) of the last review, or null for a new card. */
  lastDay: number | null;
  dueDay: number;
}

function algorithmFor(input: SimulationInput): FSRSAlgorithm {
  return new FSRSAlgorithm(
    generatorParameters({
      w: [...input.parameters],
      request_retention: input.desiredRetention,
      maximum_interval: input.maximumIntervalDays,
      enable_fuzz: false,
      enable_short_term: true,
    }),
  );
}

function startingCards(input: SimulationInput, todayStart: number): SimCard[] {
  return input.cards.map((state) => {
    if (!state || state.state === State.New || state.lastReview === null || state.stability <= 0) {
      return { stability: 0, difficulty: 0, lastDay: null, dueDay: Number.POSITIVE_INFINITY };
    }
    return {
      stability: state.stability,
      difficulty: state.difficulty,
      lastDay: (state.lastReview - todayStart) / DAY_MS,
      dueDay: Math.max(0, Math.floor((state.due - todayStart) / DAY_MS)),
    };
  });
}

function runOnce(input: SimulationInput, algorithm: FSRSAlgorithm, seed: number, todayStart: number): SimulationResult {
  const rng = createRng(seed);
  const unit = () => rng.int(0, 0x3fffffff) / 0x40000000;
  const cards = startingCards(input, todayStart);
  const newQueue = cards.filter((card) => card.lastDay === null);
  let nextNew = 0;
  const days: SimulatedDay[] = [];
  const budgetSeconds = input.minutesPerDay * 60;
  const schedule = (card: SimCard, day: number) => {
    card.lastDay = day;
    card.dueDay = day + Math.min(input.maximumIntervalDays, Math.max(1, algorithm.next_interval(card.stability, 0)));
  };
  for (let day = 0; day < input.days; day += 1) {
    let seconds = 0;
    let reviews = 0;
    const due = cards.filter((card) => card.lastDay !== null && card.dueDay <= day).sort((a, b) => a.dueDay - b.dueDay);
    for (const card of due) {
      if (reviews >= input.reviewsPerDay || seconds + input.secondsPerReview > budgetSeconds) break;
      const elapsed = Math.max(0, day - (card.lastDay ?? day));
      const recall = algorithm.forgetting_curve(elapsed, card.stability);
      const recalled = unit() < recall;
      let state = algorithm.next_state({ stability: card.stability, difficulty: card.difficulty }, elapsed, recalled ? Rating.Good : Rating.Again);
      reviews += 1;
      seconds += input.secondsPerReview;
      // The relearning step, when the day has time for it (otherwise it waits for the next day's review).
      if (!recalled && reviews < input.reviewsPerDay && seconds + input.secondsPerReview <= budgetSeconds) {
        state = algorithm.next_state(state, 0, Rating.Good);
        reviews += 1;
        seconds += input.secondsPerReview;
      }
      card.stability = state.stability;
      card.difficulty = state.difficulty;
      schedule(card, day);
    }
    let newCards = 0;
    while (nextNew < newQueue.length && newCards < input.newCardsPerDay && seconds + input.secondsPerNewCard <= budgetSeconds) {
      const card = newQueue[nextNew];
      const state = algorithm.next_state(algorithm.next_state(null, 0, Rating.Good), 0, Rating.Good);
      card.stability = state.stability;
      card.difficulty = state.difficulty;
      schedule(card, day);
      nextNew += 1;
      newCards += 1;
      seconds += input.secondsPerNewCard;
    }
    days.push({ reviews, newCards, minutes: seconds / 60 });
  }
  let recallSum = 0;
  for (const card of cards) {
    if (card.lastDay !== null) recallSum += algorithm.forgetting_curve(Math.max(0, input.days - card.lastDay), card.stability);
  }
  return { days, recallAtEnd: cards.length === 0 ? 0 : recallSum / cards.length };
}

export function simulateStudy(input: SimulationInput): SimulationResult {
  const algorithm = algorithmFor(input);
  const todayStart = studyDayStart(input.now, input.dayStartHour);
  const seeds = createRng(input.seed);
  const runs = Math.max(1, input.runs);
  const totals: SimulatedDay[] = Array.from({ length: input.days }, () => ({ reviews: 0, newCards: 0, minutes: 0 }));
  let recall = 0;
  for (let run = 0; run < runs; run += 1) {
    const result = runOnce(input, algorithm, seeds.int(0, 0x7fffffff), todayStart);
    result.days.forEach((day, index) => {
      totals[index].reviews += day.reviews / runs;
      totals[index].newCards += day.newCards / runs;
      totals[index].minutes += day.minutes / runs;
    });
    recall += result.recallAtEnd / runs;
  }
  return { days: totals, recallAtEnd: recall };
}

/** The desired retentions the settings compare (Anki's usual range). */
export const WORKLOAD_RETENTIONS = [0.8, 0.85, 0.9, 0.95] as const;
export const WORKLOAD_DAYS = 30;

export interface RetentionWorkload {
  retention: number;
  /** Mean reviews a day over the next 30 days. */
  reviewsPerDay: number;
  /** Mean minutes a day (new cards included). */
  minutesPerDay: number;
  /** Mean recall over the cards after 30 days. */
  recallAfter: number;
}

/** Reviews a day for the next 30 days at each retention, daily limits as set, time unlimited. */
export function retentionWorkloads(input: Omit<SimulationInput, 'desiredRetention' | 'days' | 'minutesPerDay'>): RetentionWorkload[] {
  return WORKLOAD_RETENTIONS.map((retention) => {
    const result = simulateStudy({ ...input, desiredRetention: retention, days: WORKLOAD_DAYS, minutesPerDay: Number.POSITIVE_INFINITY });
    const mean = (pick: (day: SimulatedDay) => number) => result.days.reduce((sum, day) => sum + pick(day), 0) / result.days.length;
    return { retention, reviewsPerDay: mean((day) => day.reviews), minutesPerDay: mean((day) => day.minutes), recallAfter: result.recallAtEnd };
  });
}

/** Cards the learner will see: not suspended, reverse cards only when studied. */
export function simulationCards(
  cards: readonly Pick<Card, 'id' | 'reverse'>[],
  progress: DeckProgress,
  studyReverseCards: boolean,
): (SchedulingState | null)[] {
  return cards
    .filter((card) => (studyReverseCards || !card.reverse) && !cardValue(progress, card.id)?.suspended)
    .map((card) => cardValue(progress, card.id)?.scheduling ?? null);
}

/** Review time used when the log has none yet. */
export const DEFAULT_SECONDS_PER_REVIEW = 10;

/** The learner's mean time per flashcard review, in seconds (the default when they have none). */
export function meanSecondsPerReview(log: readonly ReviewEntry[]): number {
  const reviews = log.filter((entry) => entry.origin === 'review' && entry.durationMs > 0);
  if (reviews.length === 0) return DEFAULT_SECONDS_PER_REVIEW;
  return reviews.reduce((sum, entry) => sum + entry.durationMs, 0) / reviews.length / 1000;
}
