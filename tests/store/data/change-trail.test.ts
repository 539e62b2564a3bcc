import { describe, expect, it } from 'vitest';
import { arrayWith, arrayWithout, itemsChangedSince, keysChangedSince, recordWith } from '../../../src/store/data/change-trail';

describe('copies that note what changed', () => {
  it('tell the keys set since an earlier version, over several copies', () => {
    const first: Record<string, number> = { a: 1, b: 2 };
    const second = recordWith(first, 'b', 3);
    const third = recordWith(second, 'c', 4);
    expect(third).toEqual({ a: 1, b: 3, c: 4 });
    expect(first).toEqual({ a: 1, b: 2 });
    expect(keysChangedSince(third, first)).toEqual(new Set(['b', 'c']));
    expect(keysChangedSince(third, third)).toEqual(new Set());
  });

  it('say they do not know when a version was not copied from the other', () => {
    const first: Record<string, number> = { a: 1 };
    const other = { ...first, a: 2 };
    expect(keysChangedSince(recordWith(other, 'b', 1), first)).toBeNull();
    expect(keysChangedSince(first, recordWith(first, 'b', 1))).toBeNull();
  });

  it('keep ids such as __proto__ as entries of their own', () => {
    const record = JSON.parse('{"__proto__": 1, "toString": 2}') as Record<string, number>;
    const next = recordWith(record, 'constructor', 3);
    expect(Object.keys(next)).toEqual(['__proto__', 'toString', 'constructor']);
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });

  it('tell the items added and removed, an item added then removed being neither', () => {
    const a = { n: 1 };
    const b = { n: 2 };
    const c = { n: 3 };
    const first = [a];
    const second = arrayWith(first, 1, b);
    const third = arrayWith(second, 0, c);
    const fourth = arrayWithout(third, 2);
    const fifth = arrayWithout(fourth, 1);
    expect(fifth).toEqual([c]);
    expect(itemsChangedSince(fifth, first)).toEqual({ added: [c], removed: [a] });
    expect(itemsChangedSince(third, first)).toEqual({ added: [b, c], removed: [] });
    expect(itemsChangedSince([...fifth], first)).toBeNull();
  });
});
