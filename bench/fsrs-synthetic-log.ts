// A review log made by a simulated learner whose memory follows known FSRS parameters (seeded): the optimizer test
// and the optimizer bench train on it. Each card is first graded on its start day, then reviewed after intervals
// scattered around what the true model would schedule at 90%, recalled with the true model's probability.
import { FSRSAlgorithm, forgetting_curve, generatorParameters } from 'ts-fsrs';
import { Rating, State, type Grade, type ReviewEntry } from '../src/domain/progress';
import { createRng } from '../src/domain/random';

const DAY_MS = 86_400_000;

/** A learner whose first memories last much longer than the defaults assume, and whose recall then falls off faster. */
export const TRUE_FSRS_PARAMETERS: readonly number[] = [
  1.5, 3.5, 7, 18, 6.9, 0.6, 2.4, 0.02, 1.6, 0.12, 1.1, 1.8, 0.08, 0.35, 1.4, 0.4, 2.2, 0.4, 0.1, 0.05, 0.5,
];

export interface SyntheticLogOptions {
  cards: number;
  reviewsPerCard: number;
  seed: number;
  /** When the first card is first graded (epoch ms, a study day's morning). */
  start: number;
  parameters?: readonly number[];
}

export function makeFsrsSyntheticLog({ cards, reviewsPerCard, seed, start, parameters = TRUE_FSRS_PARAMETERS }: SyntheticLogOptions): ReviewEntry[] {
  const rng = createRng(seed);
  const unit = () => rng.int(0, 0x3fffffff) / 0x40000000;
  const algorithm = new FSRSAlgorithm(generatorParameters({ w: [...parameters], enable_short_term: true }));
  const log: ReviewEntry[] = [];
  for (let card = 0; card < cards; card += 1) {
    const cardId = `synthetic/basic/${card}`;
    let at = start + (card % 60) * DAY_MS + rng.int(0, 8) * 3_600_000;
    const first = unit();
    let rating: Grade = first < 0.2 ? Rating.Again : first < 0.3 ? Rating.Hard : first < 0.9 ? Rating.Good : Rating.Easy;
    let state = algorithm.next_state(null, 0, rating);
    log.push({ cardId, at, rating, stateBefore: State.New, durationMs: 6000, origin: 'review' });
    for (let review = 1; review < reviewsPerCard; review += 1) {
      const scheduled = algorithm.next_interval(state.stability, 0);
      const days = Math.max(1, Math.round(scheduled * (0.4 + 1.2 * unit())));
      at += days * DAY_MS;
      const recalled = unit() < forgetting_curve([...parameters], days, state.stability);
      const pass = unit();
      rating = !recalled ? Rating.Again : pass < 0.1 ? Rating.Hard : pass < 0.92 ? Rating.Good : Rating.Easy;
      log.push({ cardId, at, rating, stateBefore: State.Review, durationMs: 6000, origin: 'review' });
      state = algorithm.next_state(state, days, rating);
    }
  }
  return log;
}
