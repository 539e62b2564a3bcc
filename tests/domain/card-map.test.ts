import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cardEntries,
  cardIds,
  cardMapOf,
  cardRecordOf,
  cardValue,
  changedCardIds,
  emptyCardMap,
  hasCard,
  cardMapOfShards,
  cardShard,
  CARD_MAP_SHARDS,
  withCard,
  withCards,
  withoutCard,
  type CardMap,
} from '../../src/domain/card-map';

// Ids as the notes make them, plus ids that are Object.prototype members.
const idArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'kubernetes-architecture/definition/kubelet'),
  fc.string({ minLength: 1, maxLength: 12 }).map((text) => `notes/definition/${text}`),
);

type Step = { kind: 'set'; cardId: string; value: number } | { kind: 'delete'; cardId: string };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), cardId: idArb, value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), cardId: idArb }),
);

function apply(map: CardMap<number>, model: Map<string, number>, step: Step): CardMap<number> {
  if (step.kind === 'set') {
    model.set(step.cardId, step.value);
    return withCard(map, step.cardId, step.value);
  }
  model.delete(step.cardId);
  return withoutCard(map, step.cardId);
}

describe('card map', () => {
  it('holds what a plain map of the same changes holds, and earlier versions keep theirs', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        const model = new Map<string, number>();
        let map = emptyCardMap<number>();
        const versions: [CardMap<number>, [string, number][]][] = [];
        for (const step of steps) {
          map = apply(map, model, step);
          versions.push([map, [...model].sort()]);
        }
        expect(map.size).toBe(model.size);
        for (const [cardId, value] of model) {
          expect(cardValue(map, cardId)).toBe(value);
          expect(hasCard(map, cardId)).toBe(true);
        }
        expect(cardIds(map).sort()).toEqual([...model.keys()].sort());
        expect(new Map(Object.entries(cardRecordOf(map)))).toEqual(model);
        // Built in one go or change by change: the same shape.
        expect(cardMapOf(model)).toEqual(map);
        for (const [version, entries] of versions) expect(cardEntries(version).sort()).toEqual(entries);
      }),
    );
  });

  it('finds nothing for an id it does not hold, even a prototype member', () => {
    const map = cardMapOf({ 'basics/definition/pod': 1 });
    for (const cardId of ['constructor', 'toString', '__proto__', 'basics/definition/node']) {
      expect(cardValue(map, cardId)).toBeUndefined();
      expect(hasCard(map, cardId)).toBe(false);
    }
    expect(cardValue(undefined, 'basics/definition/pod')).toBeUndefined();
  });

  it('keeps `__proto__` as an entry, not a prototype', () => {
    const map = withCard(emptyCardMap<number>(), '__proto__', 7);
    expect(cardValue(map, '__proto__')).toBe(7);
    expect(Object.getPrototypeOf(cardRecordOf(map))).toBe(Object.prototype);
    expect(Object.keys(cardRecordOf(map))).toEqual(['__proto__']);
  });

  it('copies one shard a change and shares the others', () => {
    const before = cardMapOf(Array.from({ length: 1000 }, (_, index) => [`deck/definition/card-${index}`, index] as const));
    const after = withCard(before, 'deck/definition/card-5', -1);
    const copied = after.shards.filter((shard, index) => shard !== before.shards[index]);
    expect(copied).toHaveLength(1);
    expect(cardValue(before, 'deck/definition/card-5')).toBe(5);
  });

  it('tells which cards changed between two versions, either way', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), fc.array(stepArb, { maxLength: 10 }), (first, then) => {
        const model = new Map<string, number>();
        let base = emptyCardMap<number>();
        for (const step of first) base = apply(base, model, step);
        const before = new Map(model);
        let next = base;
        for (const step of then) next = apply(next, model, step);
        const expected = new Set([...before.keys(), ...model.keys()].filter((cardId) => before.get(cardId) !== model.get(cardId)));
        expect(changedCardIds(base, next)).toEqual(expected);
        expect(changedCardIds(next, base)).toEqual(expected);
      }),
    );
  });

  it('is the same map when a card it does not hold is removed', () => {
    const map = cardMapOf({ 'basics/definition/pod': 1 });
    expect(withoutCard(map, 'basics/definition/node')).toBe(map);
    expect(withoutCard(map, 'basics/definition/pod')).toEqual(emptyCardMap());
  });

  it('sets many cards at once as one change after another would, copying each shard they fall in once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(idArb, fc.integer()), { maxLength: 30 }), fc.array(fc.tuple(idArb, fc.integer()), { maxLength: 30 }), (first, then) => {
        const base = cardMapOf(first);
        const oneByOne = then.reduce((map, [cardId, value]) => withCard(map, cardId, value), base);
        const together = withCards(base, then);
        expect(together).toEqual(oneByOne);
        for (let index = 0; index < CARD_MAP_SHARDS; index += 1) {
          if (oneByOne.shards[index] === base.shards[index]) expect(cardShard(together, index)).toEqual(base.shards[index]);
        }
      }),
    );
    const base = cardMapOf({ 'basics/definition/pod': 1 });
    expect(withCards(base, [])).toBe(base);
  });

  it('is rebuilt from its shards as the same map', () => {
    const map = cardMapOf(Array.from({ length: 300 }, (_, index) => [`deck/definition/card-${index}`, index] as const));
    expect(cardMapOfShards((index) => cardShard(map, index))).toEqual(map);
    expect(cardMapOfShards(() => ({}))).toBe(emptyCardMap());
    expect(cardShard(undefined, 3)).toEqual({});
  });
});
