// Seeded randomness for the domain: the same seed always gives the same sequence,
// so quizzes are reproducible and tests can pin them.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Rng {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability 1/2. */
  coin(): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
}

/** Any finite number becomes a 32-bit integer seed (e.g. `Date.now()` from the UI). */
export function normaliseSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) | 0 : 0;
}

export function createRng(seed: number): Rng {
  const generator = xoroshiro128plus(normaliseSeed(seed));
  const int = (min: number, max: number): number => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Invalid integer range [${min}, ${max}]`);
    }
    return min === max ? min : uniformInt(generator, min, max);
  };
  return {
    int,
    coin: () => int(0, 1) === 1,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
      return items[int(0, items.length - 1)];
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
  };
}
