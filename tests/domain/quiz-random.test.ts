import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, normaliseSeed } from '../../src/domain/random';

describe('createRng', () => {
  it('repeats its sequence for a seed', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.int(1, 6));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays within bounds and reaches both ends', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 5 }), (seed, min, span) => {
        const rng = createRng(seed);
        const values = Array.from({ length: 200 }, () => rng.int(min, min + span));
        expect(values.every((value) => Number.isInteger(value) && value >= min && value <= min + span)).toBe(true);
        expect(new Set(values)).toEqual(new Set(Array.from({ length: span + 1 }, (_, offset) => min + offset)));
      }),
    );
  });

  it('shuffles into a permutation without touching the input', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const copy = [...items];
        const shuffled = createRng(seed).shuffle(items);
        expect(items).toEqual(copy);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('picks from the list and refuses an empty one or a reversed range', () => {
    const rng = createRng(1);
    expect(['a', 'b', 'c']).toContain(rng.pick(['a', 'b', 'c']));
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(() => rng.int(3, 2)).toThrow(RangeError);
  });

  it('turns any number into a 32-bit seed', () => {
    expect(normaliseSeed(1_764_000_000_123)).toBe(1_764_000_000_123 | 0);
    expect(normaliseSeed(2.9)).toBe(2);
    expect(normaliseSeed(Number.NaN)).toBe(0);
    const fromTime = createRng(1_764_000_000_123);
    expect(fromTime.int(0, 1000)).toBe(createRng(1_764_000_000_123 | 0).int(0, 1000));
  });
});
