// The encoder the store writes with. Its output equals encodeStudyData's, but it encodes only what changed: a deck
// whose objects are the same as last time is reused whole, and in a changed deck only the chunks holding a changed
// card are assembled again, reusing the text of every card and every month of reviews in them that did not change. A
// grade on a 10,000-card deck encodes one card's state and one month of its chunk's reviews. After a read, `adopt`
// tells it what the stored chunks hold, so opening the store encodes nothing.
import type { CardProgress, ManualEntry, ReviewEntry } from '../../domain/progress';
import type { QuizRecord } from '../../domain/quiz-record';
import {
  bucketCountFor,
  cardBucket,
  compareCardEntries,
  decodeCardLog,
  deckDataOf,
  deckSourceOf,
  encodeCardLog,
  encodeCardState,
  encodeDeck,
  encodeDeckChunks,
  encodeMonthReviews,
  encodeUndone,
  frontCodeIds,
  frontDecodeIdsLenient,
  indexWidth,
  isEmptySource,
  monthKey,
  monthOfKey,
  nonEmptyDecks,
  quizzesByMonth,
  readMonthReviews,
  splitDeck,
  storedCardCount,
  withQuizSessions,
  type DeckSource,
  type PersistedDeck,
  type PersistedDeckChunks,
  type PersistedStudyData,
} from './persisted-codec';
import { itemsChangedSince, keysChangedSince } from '../data/change-trail';
import { own, setOwn } from '../data/own-key';
import { cardValue, changedCardIds } from '../../domain/card-map';
import { logChanges, monthOf } from '../../domain/review-log';
import { compareReviewEntries, type StudyData } from '../data/study-data';

const SECOND_MS = 1000;

/** Past this many changed entries, encoding the deck afresh is as cheap as patching it. */
const MAX_PATCHED_ENTRIES = 2000;

/** One card of a chunk: its texts, and the objects its state text was made from. */
interface CardTexts {
  progress: CardProgress | undefined;
  changedAt: number | undefined;
  undone: number[] | undefined;
  /** '' when the card has no progress. */
  state: string;
  /** Its manual changes; '' for none. */
  manual: string;
  /** Time of its first manual change (the chunk's base time is the earliest of everything but reviews); Infinity for none. */
  firstManualAt: number;
}

/** One chunk as last written (or read), with its cards' texts; made when a card in it first changes. */
interface Chunk {
  base: number;
  cards: Map<string, CardTexts>;
  /** Sorted. */
  ids: string[];
  encoded: PersistedDeck;
}

interface DeckEncoding {
  source: DeckSource;
  buckets: number;
  /** Cards with something stored, over all chunks. */
  cardCount: number;
  persisted: PersistedDeckChunks;
  /** Chunks whose cards' texts are known; the others are read from `persisted` when a card in them changes. */
  chunks: Map<number, Chunk>;
  /** Chunks whose stored form does not match `source` (they held records that could not be read). */
  stale: Set<number>;
}

interface EntryChanges<T> {
  removed: T[];
  added: T[];
}

const EMPTY_CHUNK: Chunk = { base: 0, cards: new Map(), ids: [], encoded: { t: 0, ids: [], states: [] } };

function sameSource(a: DeckSource, b: DeckSource): boolean {
  return a.progress === b.progress && a.log === b.log && a.manual === b.manual && a.changedAt === b.changedAt && a.undone === b.undone;
}

/**
 * Adds the keys whose values differ (by identity) between two records: read from the notes the store's copies left
 * (change-trail.ts) when they are known, otherwise found by comparing every key, both ways.
 */
function addChangedKeys<T>(previous: Record<string, T>, next: Record<string, T>, into: Set<string>): void {
  if (previous === next) return;
  const noted = keysChangedSince(next, previous);
  if (noted) {
    for (const key of noted) into.add(key);
    return;
  }
  for (const key of Object.keys(next)) if (own(previous, key) !== next[key]) into.add(key);
  for (const key of Object.keys(previous)) if (!Object.hasOwn(next, key)) into.add(key);
}

/** Entries removed from and added to `previous` to make `next` (by identity), or null when too many changed. */
function entryChanges(previous: readonly ManualEntry[], next: readonly ManualEntry[]): EntryChanges<ManualEntry> | null {
  if (previous === next) return { removed: [], added: [] };
  const noted = itemsChangedSince(next, previous);
  if (noted) return noted;
  const shorter = Math.min(previous.length, next.length);
  let suffix = 0;
  while (suffix < shorter && previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix += 1;
  let prefix = 0;
  while (prefix < shorter - suffix && previous[prefix] === next[prefix]) prefix += 1;
  const removed = previous.slice(prefix, previous.length - suffix);
  const added = next.slice(prefix, next.length - suffix);
  return removed.length + added.length > MAX_PATCHED_ENTRIES ? null : { removed, added };
}

const entryKey = (entry: { cardId: string; at: number }) => `${entry.cardId}\n${entry.at}`;

/** `entries` without those in `changes.removed` (matched by card and time), with `changes.added`, in `compare` order. */
function patched<T extends { cardId: string; at: number }>(entries: readonly T[], changes: EntryChanges<T> | undefined, compare: (a: T, b: T) => number): T[] {
  if (!changes) return entries as T[];
  const removed = new Set(changes.removed.map(entryKey));
  return [...entries.filter((entry) => !removed.has(entryKey(entry))), ...changes.added].sort(compare);
}

function decodeManual(text: string, cardId: string, base: number): ManualEntry[] {
  if (text === '') return [];
  const manual: ManualEntry[] = [];
  decodeCardLog(text, cardId, base, [], manual);
  return manual;
}

/** The reviews of one month of a chunk as stored. */
function storedReviews(chunk: Chunk, key: string): ReviewEntry[] {
  const text = own(chunk.encoded.log ?? {}, key);
  if (!text) return [];
  const reviews: ReviewEntry[] = [];
  readMonthReviews(text, chunk.ids, indexWidth(chunk.ids.length), monthOfKey(key), reviews);
  return reviews;
}

/** A stored chunk's cards, matched with the objects the chunk was written with or read into (`source`). */
function chunkFromStored(encoded: PersistedDeck, source: DeckSource): Chunk {
  const ids = frontDecodeIdsLenient(encoded.ids) as string[];
  const cards = new Map<string, CardTexts>();
  ids.forEach((cardId, index) => {
    const manual = own(encoded.manual ?? {}, String(index)) ?? '';
    cards.set(cardId, {
      progress: cardValue(source.progress, cardId),
      changedAt: cardValue(source.changedAt, cardId),
      undone: own(source.undone, cardId),
      state: encoded.states[index],
      manual,
      firstManualAt: decodeManual(manual, cardId, encoded.t)[0]?.at ?? Infinity,
    });
  });
  return { base: encoded.t, cards, ids, encoded };
}

function earliestTimeOf(card: CardTexts): number {
  let earliest = card.firstManualAt;
  if (card.progress) {
    const { due, lastReview } = card.progress.scheduling;
    if (due < earliest) earliest = due;
    if (lastReview !== null && lastReview < earliest) earliest = lastReview;
  }
  if (card.changedAt !== undefined && card.changedAt < earliest) earliest = card.changedAt;
  if (card.undone) for (const at of card.undone) if (at < earliest) earliest = at;
  return earliest;
}

/** What changed in one chunk: its changed cards, each one's manual changes, and its reviews' changes by month key. */
interface ChunkChanges {
  cards: ReadonlySet<string>;
  manualOf: (cardId: string) => ManualEntry[];
  reviews: ReadonlyMap<string, EntryChanges<ReviewEntry>>;
}

/** Cards with a review in the chunk's months (`months` as they will be; the others as stored). */
function reviewedCards(chunk: Chunk, months: ReadonlyMap<string, ReviewEntry[]>): Set<string> {
  const reviewed = new Set<string>();
  for (const key of Object.keys(chunk.encoded.log ?? {})) if (!months.has(key)) for (const entry of storedReviews(chunk, key)) reviewed.add(entry.cardId);
  for (const entries of months.values()) for (const entry of entries) reviewed.add(entry.cardId);
  return reviewed;
}

/**
 * The chunk after `changes`: each changed card's state is the deck's and its manual changes `manualOf` it; each
 * changed month's reviews are patched. Every other card and month keeps its text unless the chunk's base time moved
 * (states and manual changes are written from it) or its cards changed (reviews name cards by index).
 */
function reencodeChunk(chunk: Chunk, deck: DeckSource, changes: ChunkChanges): Chunk {
  const months = new Map<string, ReviewEntry[]>();
  for (const [key, change] of changes.reviews) months.set(key, patched(storedReviews(chunk, key), change, compareReviewEntries));

  const cards = new Map(chunk.cards);
  const changedManual = new Map<string, ManualEntry[]>();
  let reviewed: Set<string> | undefined;
  for (const cardId of changes.cards) {
    const progress = cardValue(deck.progress, cardId);
    const undone = own(deck.undone, cardId);
    const manual = changes.manualOf(cardId);
    if (!progress && manual.length === 0 && !(undone && undone.length > 0)) {
      // Kept only while it has reviews: it was graded, then its progress went (an undone first grade, a merge).
      reviewed ??= reviewedCards(chunk, months);
      if (!reviewed.has(cardId)) {
        cards.delete(cardId);
        continue;
      }
    }
    changedManual.set(cardId, manual);
    cards.set(cardId, { progress, changedAt: cardValue(deck.changedAt, cardId), undone, state: '', manual: '', firstManualAt: manual[0]?.at ?? Infinity });
  }

  let earliest = Infinity;
  for (const card of cards.values()) earliest = Math.min(earliest, earliestTimeOf(card));
  const base = Number.isFinite(earliest) ? Math.floor(earliest / SECOND_MS) : 0;
  const moved = base !== chunk.base;

  for (const [cardId, card] of cards) {
    const manual = changedManual.get(cardId) ?? (moved ? decodeManual(card.manual, cardId, chunk.base) : null);
    if (!manual) continue;
    const { progress } = card;
    const changedAt = card.changedAt ?? (progress ? (progress.scheduling.lastReview ?? progress.scheduling.due) : 0);
    cards.set(cardId, { ...card, state: progress ? encodeCardState(progress, changedAt, base, true) : '', manual: encodeCardLog(manual, base) });
  }

  const sameMembers = chunk.ids.length === cards.size && chunk.ids.every((cardId) => cards.has(cardId));
  const ids = sameMembers ? chunk.ids : [...cards.keys()].sort();
  const states: string[] = [];
  const manualTexts: Record<string, string> = {};
  ids.forEach((cardId, index) => {
    const card = cards.get(cardId)!;
    states.push(card.state);
    if (card.manual !== '') manualTexts[String(index)] = card.manual;
  });

  // Reviews name their card by its index: when the cards changed, every month is written again.
  const storedLog = chunk.encoded.log ?? {};
  const keys = new Set([...Object.keys(storedLog), ...months.keys()]);
  let indexOf: Map<string, number> | undefined;
  const log: Record<string, string> = {};
  for (const key of [...keys].sort()) {
    const reviews = months.get(key) ?? (sameMembers ? null : storedReviews(chunk, key));
    if (!reviews) log[key] = storedLog[key];
    else if (reviews.length > 0) {
      indexOf ??= new Map(ids.map((cardId, index) => [cardId, index]));
      log[key] = encodeMonthReviews(reviews, indexOf, indexWidth(ids.length), monthOfKey(key));
    }
  }
  const encoded: PersistedDeck = { t: base, ids: sameMembers && chunk.encoded.ids.length === ids.length ? chunk.encoded.ids : frontCodeIds(ids), states };
  if (Object.keys(log).length > 0) encoded.log = log;
  if (Object.keys(manualTexts).length > 0) encoded.manual = manualTexts;
  const undone = encodeUndone(Object.fromEntries([...cards].filter(([, card]) => card.undone).map(([cardId, card]) => [cardId, card.undone!])), ids, base);
  if (undone) encoded.undone = undone;
  return { base, cards, ids, encoded };
}

function freshEncoding(source: DeckSource, atLeastBuckets: number): DeckEncoding {
  const deck = deckDataOf(source);
  const cardCount = storedCardCount(deck);
  const persisted = encodeDeckChunks(deck, bucketCountFor(cardCount, atLeastBuckets));
  return { source, buckets: persisted.buckets, cardCount, persisted, chunks: new Map(), stale: new Set() };
}

/** Each changed card's manual changes: as its chunk holds them, with the deck's changes applied. */
function patchedManual(chunk: Chunk, changes: ReadonlyMap<string, EntryChanges<ManualEntry>>): (cardId: string) => ManualEntry[] {
  return (cardId) => {
    const known = chunk.cards.get(cardId);
    return patched(known ? decodeManual(known.manual, cardId, chunk.base) : [], changes.get(cardId), compareCardEntries);
  };
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function encodeDeckReusing(deck: DeckSource, previous: DeckEncoding | undefined): DeckEncoding {
  if (previous && sameSource(previous.source, deck) && previous.stale.size === 0) return previous;
  if (!previous) return freshEncoding(deck, 1);

  const changed = changedCardIds(previous.source.progress, deck.progress);
  for (const cardId of changedCardIds(previous.source.changedAt, deck.changedAt)) changed.add(cardId);
  addChangedKeys(previous.source.undone, deck.undone, changed);
  const reviewChanges = logChanges(previous.source.log, deck.log);
  const manualChanges = entryChanges(previous.source.manual, deck.manual);
  if (!manualChanges || reviewChanges.added.length + reviewChanges.removed.length > MAX_PATCHED_ENTRIES) return freshEncoding(deck, previous.buckets);

  // Review changes by chunk, then by month; manual changes by card.
  const reviewsByBucket = new Map<number, Map<string, EntryChanges<ReviewEntry>>>();
  const noteReview = (entry: ReviewEntry, kind: keyof EntryChanges<ReviewEntry>) => {
    changed.add(entry.cardId);
    const byMonth = getOrAdd(reviewsByBucket, cardBucket(entry.cardId, previous.buckets), () => new Map<string, EntryChanges<ReviewEntry>>());
    getOrAdd(byMonth, monthKey(monthOf(entry.at)), () => ({ removed: [], added: [] }))[kind].push(entry);
  };
  for (const entry of reviewChanges.removed) noteReview(entry, 'removed');
  for (const entry of reviewChanges.added) noteReview(entry, 'added');
  const manualByCard = new Map<string, EntryChanges<ManualEntry>>();
  for (const kind of ['removed', 'added'] as const) {
    for (const entry of manualChanges[kind]) {
      changed.add(entry.cardId);
      getOrAdd(manualByCard, entry.cardId, () => ({ removed: [], added: [] }))[kind].push(entry);
    }
  }

  const changedByBucket = new Map<number, Set<string>>();
  // Chunks that held unreadable records are written anew at the first save, changed or not.
  for (const bucket of previous.stale) changedByBucket.set(bucket, new Set());
  for (const cardId of changed) getOrAdd(changedByBucket, cardBucket(cardId, previous.buckets), () => new Set<string>()).add(cardId);

  const chunks = new Map(previous.chunks);
  const stale = new Set(previous.stale);
  const persistedChunks: Record<string, PersistedDeck> = { ...previous.persisted.chunks };
  let cardCount = previous.cardCount;
  let rebuiltParts: ReturnType<typeof splitDeck> | undefined;
  for (const [bucket, cards] of changedByBucket) {
    let after: Chunk;
    const wasStale = stale.has(bucket);
    const before = chunks.get(bucket) ?? (stale.has(bucket) ? undefined : own(previous.persisted.chunks, String(bucket)));
    const beforeChunk = before === undefined ? EMPTY_CHUNK : 'cards' in before ? before : chunkFromStored(before, previous.source);
    if (wasStale) {
      // Made again from the deck (which has every record that could be read).
      rebuiltParts ??= splitDeck(deckDataOf(deck), previous.buckets);
      after = chunkFromStored(encodeDeck(rebuiltParts[bucket]), deck);
      stale.delete(bucket);
    } else {
      after = reencodeChunk(beforeChunk, deck, {
        cards,
        manualOf: patchedManual(beforeChunk, manualByCard),
        reviews: reviewsByBucket.get(bucket) ?? new Map(),
      });
    }
    // A stale chunk's cards were not counted when it was read.
    cardCount += after.cards.size - (wasStale ? 0 : beforeChunk.cards.size);
    chunks.set(bucket, after);
    if (after.cards.size > 0) persistedChunks[String(bucket)] = after.encoded;
    else delete persistedChunks[String(bucket)];
  }
  if (bucketCountFor(cardCount, previous.buckets) !== previous.buckets) return freshEncoding(deck, previous.buckets);
  return { source: deck, buckets: previous.buckets, cardCount, persisted: { buckets: previous.buckets, chunks: persistedChunks }, chunks, stale };
}

function sameItems<T>(a: readonly T[], b: readonly T[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((item, index) => item === b[index]);
}

interface QuizEncoding {
  history: readonly QuizRecord[];
  months: Record<string, QuizRecord[]>;
}

/** The history by month, reusing the arrays of months whose records did not change. */
function encodeQuizzesReusing(history: readonly QuizRecord[], previous: QuizEncoding | undefined): QuizEncoding {
  if (previous && previous.history === history) return previous;
  const months = quizzesByMonth(history);
  if (previous) {
    for (const [month, records] of Object.entries(months)) {
      const earlier = own(previous.months, month);
      if (earlier && sameItems(records, earlier)) setOwn(months, month, earlier);
    }
  }
  return { history, months };
}

export interface StudyDataEncoder {
  (data: StudyData): PersistedStudyData;
  /**
   * Tells the encoder that `data` was just read from `persisted`, so chunks that do not change are not encoded again.
   * `damagedChunks` (deck id → chunk numbers) held records that could not be read: those are written anew.
   */
  adopt(persisted: PersistedStudyData, data: StudyData, damagedChunks?: ReadonlyMap<string, ReadonlySet<number>>): void;
}

/** An encoder that remembers its last output per deck; use one per store. */
export function createStudyDataEncoder(): StudyDataEncoder {
  let decks = new Map<string, DeckEncoding>();
  let quizzes: QuizEncoding | undefined;

  const encode = (data: StudyData): PersistedStudyData => {
    try {
      const next = new Map<string, DeckEncoding>();
      const persistedDecks: Record<string, PersistedDeckChunks> = {};
      for (const [deckId, deck] of nonEmptyDecks(data)) {
        const encoding = encodeDeckReusing(deck, decks.get(deckId));
        next.set(deckId, encoding);
        setOwn(persistedDecks, deckId, encoding.persisted);
      }
      decks = next;
      quizzes = encodeQuizzesReusing(data.quizHistory, quizzes);
      // A quiz in progress is stored as it is (its own key), so an unchanged one keeps its text.
      return withQuizSessions(
        {
          settings: data.settings,
          settingsChangedAt: data.settingsChangedAt,
          progressResetAt: data.progressResetAt,
          quizzes: quizzes.months,
          decks: persistedDecks,
        },
        data.quizSessions,
      );
    } catch (error) {
      // An encoding that failed halfway is not trusted: start over next time.
      decks = new Map();
      quizzes = undefined;
      throw error;
    }
  };

  const adopt: StudyDataEncoder['adopt'] = (persisted, data, damagedChunks) => {
    decks = new Map();
    for (const [deckId, stored] of Object.entries(persisted.decks)) {
      const source = deckSourceOf(data, deckId);
      if (isEmptySource(source)) continue;
      const stale = new Set(damagedChunks?.get(deckId) ?? []);
      let cardCount = 0;
      for (const [index, chunk] of Object.entries(stored.chunks)) if (!stale.has(Number(index))) cardCount += chunk.ids.length;
      decks.set(deckId, { source, buckets: stored.buckets, cardCount, persisted: stored, chunks: new Map(), stale });
    }
    quizzes = { history: data.quizHistory, months: persisted.quizzes };
  };

  return Object.assign(encode, { adopt });
}
