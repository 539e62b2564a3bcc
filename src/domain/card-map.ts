// A deck's per-card values kept in shards by a stable hash of the card id. Changing one card copies its shard (a 64th
// of the deck) and the list of shards, not every card: on a 10,000-card deck about 160 entries instead of 10,000.
// Immutable and structurally shared: every change returns a new map, earlier maps stay valid (React and zustand
// compare by identity), and two maps with the same cards have the same shape (so tests compare them with toEqual).

export interface CardMap<T> {
  /** `SHARD_COUNT` records; a card is in shard `shardOf(cardId)`. */
  readonly shards: readonly Readonly<Record<string, T>>[];
  /** Cards in the map. */
  readonly size: number;
}

const SHARD_COUNT = 64;
const EMPTY_SHARD: Readonly<Record<string, never>> = Object.freeze({});
const EMPTY_MAP: CardMap<never> = Object.freeze({ shards: Object.freeze(Array.from({ length: SHARD_COUNT }, () => EMPTY_SHARD)), size: 0 });

/** FNV-1a (32 bits) of the id's UTF-16 units: the same number in every tab and every version. */
export function hashCardId(cardId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < cardId.length; i += 1) {
    hash ^= cardId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The shard a card is kept in. */
export function shardOf(cardId: string): number {
  return hashCardId(cardId) & (SHARD_COUNT - 1);
}

/** Sets an own entry (an id such as `__proto__` is an entry, never a prototype). */
function put<T>(record: Record<string, T>, cardId: string, value: T): void {
  if (cardId === '__proto__') Object.defineProperty(record, cardId, { value, writable: true, enumerable: true, configurable: true });
  else record[cardId] = value;
}

export function emptyCardMap<T>(): CardMap<T> {
  return EMPTY_MAP;
}

/** A map of the entries of `record` (or of `[id, value]` pairs). */
export function cardMapOf<T>(record: Readonly<Record<string, T>> | Iterable<readonly [string, T]>): CardMap<T> {
  const shards: Record<string, T>[] = [];
  let size = 0;
  const add = (cardId: string, value: T) => {
    const shard = (shards[shardOf(cardId)] ??= {});
    if (!Object.hasOwn(shard, cardId)) size += 1;
    put(shard, cardId, value);
  };
  if (Symbol.iterator in record) for (const [cardId, value] of record as Iterable<readonly [string, T]>) add(cardId, value);
  else {
    // A record's keys are distinct: no entry arrays, no lookups (opening the store makes one of 10,000 cards).
    const plain = record as Readonly<Record<string, T>>;
    for (const cardId of Object.keys(plain)) put((shards[shardOf(cardId)] ??= {}), cardId, plain[cardId]);
    size = Object.keys(plain).length;
  }
  if (size === 0) return EMPTY_MAP;
  return { shards: Array.from({ length: SHARD_COUNT }, (_, index) => shards[index] ?? EMPTY_SHARD), size };
}

/** The number of shards every map has; shard `index` of two maps holds the same card ids. */
export const CARD_MAP_SHARDS = SHARD_COUNT;

/** Shard `index` of a map (empty for a missing map). */
export function cardShard<T>(map: CardMap<T> | undefined, index: number): Readonly<Record<string, T>> {
  return map === undefined ? EMPTY_SHARD : map.shards[index];
}

/** A map of shards made by `shardAt(index)` for every index: each shard holds only cards that belong in it. */
export function cardMapOfShards<T>(shardAt: (index: number) => Readonly<Record<string, T>>): CardMap<T> {
  let size = 0;
  const shards = Array.from({ length: SHARD_COUNT }, (_, index) => {
    const shard = shardAt(index);
    const count = Object.keys(shard).length;
    size += count;
    return count === 0 ? EMPTY_SHARD : shard;
  });
  return size === 0 ? EMPTY_MAP : { shards, size };
}

/** The card's value, own entries only (`constructor` finds nothing unless a card has that id). */
export function cardValue<T>(map: CardMap<T> | undefined, cardId: string): T | undefined {
  if (map === undefined) return undefined;
  const shard = map.shards[shardOf(cardId)];
  return Object.hasOwn(shard, cardId) ? shard[cardId] : undefined;
}

export function hasCard(map: CardMap<unknown> | undefined, cardId: string): boolean {
  return map !== undefined && Object.hasOwn(map.shards[shardOf(cardId)], cardId);
}

function withShard<T>(map: CardMap<T>, index: number, shard: Readonly<Record<string, T>>, size: number): CardMap<T> {
  if (size === 0) return EMPTY_MAP;
  const shards = map.shards.slice();
  shards[index] = shard;
  return { shards, size };
}

/** `map` with the card set to `value`: one shard copied. */
export function withCard<T>(map: CardMap<T>, cardId: string, value: T): CardMap<T> {
  const index = shardOf(cardId);
  const before = map.shards[index];
  const shard: Record<string, T> = {};
  for (const key of Object.keys(before)) put(shard, key, before[key]);
  const added = !Object.hasOwn(before, cardId);
  put(shard, cardId, value);
  return withShard(map, index, shard, map.size + (added ? 1 : 0));
}

/** `map` with every `[card id, value]` of `entries` set: each shard they fall in copied once. */
export function withCards<T>(map: CardMap<T>, entries: ReadonlyArray<readonly [string, T]>): CardMap<T> {
  if (entries.length === 0) return map;
  const shards = map.shards.slice() as Record<string, T>[];
  const copied = new Set<number>();
  let size = map.size;
  for (const [cardId, value] of entries) {
    const index = shardOf(cardId);
    if (!copied.has(index)) {
      const shard: Record<string, T> = {};
      for (const key of Object.keys(shards[index])) put(shard, key, shards[index][key]);
      shards[index] = shard;
      copied.add(index);
    }
    if (!Object.hasOwn(shards[index], cardId)) size += 1;
    put(shards[index], cardId, value);
  }
  return { shards, size };
}

/** `map` without the card (the same map when it has none). */
export function withoutCard<T>(map: CardMap<T>, cardId: string): CardMap<T> {
  const index = shardOf(cardId);
  const before = map.shards[index];
  if (!Object.hasOwn(before, cardId)) return map;
  const shard: Record<string, T> = {};
  for (const key of Object.keys(before)) if (key !== cardId) put(shard, key, before[key]);
  return withShard(map, index, Object.keys(shard).length > 0 ? shard : EMPTY_SHARD, map.size - 1);
}

/** Every card id (in shard order, not sorted). */
export function cardIds(map: CardMap<unknown> | undefined): string[] {
  if (map === undefined) return [];
  const ids: string[] = [];
  for (const shard of map.shards) for (const cardId of Object.keys(shard)) ids.push(cardId);
  return ids;
}

/** Every `[card id, value]` (in shard order, not sorted). */
export function cardEntries<T>(map: CardMap<T> | undefined): [string, T][] {
  if (map === undefined) return [];
  const entries: [string, T][] = [];
  for (const shard of map.shards) for (const cardId of Object.keys(shard)) entries.push([cardId, shard[cardId]]);
  return entries;
}

/** The map as one plain record (for files and messages; the store keeps the map). */
export function cardRecordOf<T>(map: CardMap<T> | undefined): Record<string, T> {
  const record: Record<string, T> = {};
  for (const [cardId, value] of cardEntries(map)) put(record, cardId, value);
  return record;
}

/**
 * Ids of the cards whose values differ (by identity) between two maps, either way: shards that are the same object
 * are skipped, so after one change this looks at one shard.
 */
export function changedCardIds<T>(previous: CardMap<T>, next: CardMap<T>): Set<string> {
  const changed = new Set<string>();
  if (previous === next) return changed;
  for (let index = 0; index < SHARD_COUNT; index += 1) {
    const before = previous.shards[index];
    const after = next.shards[index];
    if (before === after) continue;
    for (const cardId of Object.keys(after)) if (!Object.hasOwn(before, cardId) || before[cardId] !== after[cardId]) changed.add(cardId);
    for (const cardId of Object.keys(before)) if (!Object.hasOwn(after, cardId)) changed.add(cardId);
  }
  return changed;
}
