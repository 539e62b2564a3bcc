// The encoder the store writes with. Its output equals encodeStudyData's, but it encodes only what changed: a deck
// whose objects are the same as last time is reused whole, and in a changed deck only the chunks holding a changed
// card are assembled again, reusing the text of every card in them that did not change. A grade on a 10,000-card
// deck encodes one card and assembles one chunk of about 150. After a read, `adopt` tells it what the stored chunks
// hold, so opening the store encodes nothing.
import type { CardProgress } from '../../domain/progress';
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
  encodeDeckChunks,
  encodeTime,
  firstLogTime,
  frontCodeIds,
  frontDecodeIdsLenient,
  groupByCard,
  isEmptySource,
  nonEmptyDecks,
  quizzesByMonth,
  splitDeck,
  storedCardCount,
  withQuizSessions,
  type CardLogEntry,
  type DeckSource,
  type PersistedDeck,
  type PersistedDeckChunks,
  type PersistedStudyData,
} from './persisted-codec';
import { itemsChangedSince, keysChangedSince } from '../data/change-trail';
import { own, setOwn } from '../data/own-key';
import { cardValue, changedCardIds } from '../../domain/card-map';
import { logChanges } from '../../domain/review-log';
import type { StudyData } from '../data/study-data';

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
  /** '' when the card has no entries. */
  log: string;
  /** Time of the card's first entry (the chunk's base time is the earliest of everything in it); Infinity for none. */
  firstEntryAt: number;
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

interface EntryChanges {
  removed: CardLogEntry[];
  added: CardLogEntry[];
}

const EMPTY_CHUNK: Chunk = { base: 0, cards: new Map(), ids: [], encoded: { t: 0, ids: [], states: [], logs: [] } };

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
function entryChanges(previous: readonly CardLogEntry[], next: readonly CardLogEntry[]): EntryChanges | null {
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

const entryKey = (entry: CardLogEntry) => `${'action' in entry ? 'm' : 'r'}${entry.at}`;

function decodeEntries(logText: string, cardId: string, base: number): CardLogEntry[] {
  if (logText === '') return [];
  const reviews: CardLogEntry[] = [];
  const manual: CardLogEntry[] = [];
  decodeCardLog(logText, cardId, base, reviews as never, manual as never);
  return [...reviews, ...manual].sort(compareCardEntries);
}

/** A stored chunk's cards, matched with the objects the chunk was written with or read into (`source`). */
function chunkFromStored(encoded: PersistedDeck, source: DeckSource): Chunk {
  const ids = frontDecodeIdsLenient(encoded.ids) as string[];
  const cards = new Map<string, CardTexts>();
  ids.forEach((cardId, index) => {
    cards.set(cardId, {
      progress: cardValue(source.progress, cardId),
      changedAt: cardValue(source.changedAt, cardId),
      undone: own(source.undone, cardId),
      state: encoded.states[index],
      log: encoded.logs[index],
      firstEntryAt: firstLogTime(encoded.logs[index], encoded.t),
    });
  });
  return { base: encoded.t, cards, ids, encoded };
}

function earliestTimeOf(card: CardTexts): number {
  let earliest = card.firstEntryAt;
  if (card.progress) {
    const { due, lastReview } = card.progress.scheduling;
    if (due < earliest) earliest = due;
    if (lastReview !== null && lastReview < earliest) earliest = lastReview;
  }
  if (card.changedAt !== undefined && card.changedAt < earliest) earliest = card.changedAt;
  if (card.undone) for (const at of card.undone) if (at < earliest) earliest = at;
  return earliest;
}

/**
 * The chunk after its `changed` cards changed: each one's entries are `entriesOf` it, its state is the deck's; every
 * other card keeps its texts unless the chunk's base time moved.
 */
function reencodeChunk(chunk: Chunk, deck: DeckSource, changed: ReadonlySet<string>, entriesOf: (cardId: string) => CardLogEntry[]): Chunk {
  const cards = new Map(chunk.cards);
  const changedEntries = new Map<string, CardLogEntry[]>();
  for (const cardId of changed) {
    const progress = cardValue(deck.progress, cardId);
    const undone = own(deck.undone, cardId);
    const entries = entriesOf(cardId);
    if (!progress && entries.length === 0 && !(undone && undone.length > 0)) {
      cards.delete(cardId);
      continue;
    }
    changedEntries.set(cardId, entries);
    cards.set(cardId, { progress, changedAt: cardValue(deck.changedAt, cardId), undone, state: '', log: '', firstEntryAt: entries[0]?.at ?? Infinity });
  }

  let earliest = Infinity;
  for (const card of cards.values()) earliest = Math.min(earliest, earliestTimeOf(card));
  const base = Number.isFinite(earliest) ? Math.floor(earliest / SECOND_MS) : 0;
  const moved = base !== chunk.base;

  for (const [cardId, card] of cards) {
    const entries = changedEntries.get(cardId) ?? (moved ? decodeEntries(card.log, cardId, chunk.base) : null);
    if (!entries) continue;
    const { progress } = card;
    const changedAt = card.changedAt ?? (progress ? (progress.scheduling.lastReview ?? progress.scheduling.due) : 0);
    cards.set(cardId, { ...card, state: progress ? encodeCardState(progress, changedAt, base) : '', log: encodeCardLog(entries, base) });
  }

  const sameMembers = chunk.ids.length === cards.size && chunk.ids.every((cardId) => cards.has(cardId));
  const ids = sameMembers ? chunk.ids : [...cards.keys()].sort();
  const states: string[] = [];
  const logs: string[] = [];
  const undone: Record<string, string> = {};
  ids.forEach((cardId, index) => {
    const card = cards.get(cardId)!;
    states.push(card.state);
    logs.push(card.log);
    if (card.undone && card.undone.length > 0) undone[String(index)] = card.undone.map((at) => encodeTime(at, base)).join(',');
  });
  const encoded: PersistedDeck = { t: base, ids: sameMembers && chunk.encoded.ids.length === ids.length ? chunk.encoded.ids : frontCodeIds(ids), states, logs };
  if (Object.keys(undone).length > 0) encoded.undone = undone;
  return { base, cards, ids, encoded };
}

function freshEncoding(source: DeckSource, atLeastBuckets: number): DeckEncoding {
  const deck = deckDataOf(source);
  const cardCount = storedCardCount(deck);
  const persisted = encodeDeckChunks(deck, bucketCountFor(cardCount, atLeastBuckets));
  return { source, buckets: persisted.buckets, cardCount, persisted, chunks: new Map(), stale: new Set() };
}

/** Each changed card's entries: as its chunk holds them, with the log's changes applied. */
function patchedEntries(chunk: Chunk, changes: ReadonlyMap<string, EntryChanges>): (cardId: string) => CardLogEntry[] {
  return (cardId) => {
    const known = chunk.cards.get(cardId);
    const entries = known ? decodeEntries(known.log, cardId, chunk.base) : [];
    const change = changes.get(cardId);
    if (!change) return entries;
    const removed = new Set(change.removed.map(entryKey));
    return [...entries.filter((entry) => !removed.has(entryKey(entry))), ...change.added].sort(compareCardEntries);
  };
}

/** A stale chunk is made again from the deck: every card of its bucket counts as changed. */
function rebuildFromDeck(
  deck: DeckSource,
  buckets: number,
  bucket: number,
  before: Chunk,
): { changed: Set<string>; entriesOf: (cardId: string) => CardLogEntry[] } {
  const part = splitDeck(deckDataOf(deck), buckets)[bucket];
  const byCard = groupByCard(part.log, part.manual);
  const changed = new Set([...Object.keys(part.progress), ...Object.keys(part.undone), ...byCard.keys(), ...before.cards.keys()]);
  return { changed, entriesOf: (cardId) => byCard.get(cardId) ?? [] };
}

function encodeDeckReusing(deck: DeckSource, previous: DeckEncoding | undefined): DeckEncoding {
  if (previous && sameSource(previous.source, deck) && previous.stale.size === 0) return previous;
  if (!previous) return freshEncoding(deck, 1);

  const changed = changedCardIds(previous.source.progress, deck.progress);
  for (const cardId of changedCardIds(previous.source.changedAt, deck.changedAt)) changed.add(cardId);
  addChangedKeys(previous.source.undone, deck.undone, changed);
  const loggedChanges = logChanges(previous.source.log, deck.log);
  const reviewChanges = loggedChanges.added.length + loggedChanges.removed.length > MAX_PATCHED_ENTRIES ? null : loggedChanges;
  const manualChanges = entryChanges(previous.source.manual, deck.manual);
  if (!reviewChanges || !manualChanges) return freshEncoding(deck, previous.buckets);
  const changesByCard = new Map<string, EntryChanges>();
  const noteChange = (entry: CardLogEntry, kind: keyof EntryChanges) => {
    changed.add(entry.cardId);
    let change = changesByCard.get(entry.cardId);
    if (!change) changesByCard.set(entry.cardId, (change = { removed: [], added: [] }));
    change[kind].push(entry);
  };
  for (const entry of [...reviewChanges.removed, ...manualChanges.removed]) noteChange(entry, 'removed');
  for (const entry of [...reviewChanges.added, ...manualChanges.added]) noteChange(entry, 'added');

  const changedByBucket = new Map<number, Set<string>>();
  // Chunks that held unreadable records are written anew at the first save, changed or not.
  for (const bucket of previous.stale) changedByBucket.set(bucket, new Set());
  for (const cardId of changed) {
    const bucket = cardBucket(cardId, previous.buckets);
    let cards = changedByBucket.get(bucket);
    if (!cards) changedByBucket.set(bucket, (cards = new Set()));
    cards.add(cardId);
  }

  const chunks = new Map(previous.chunks);
  const stale = new Set(previous.stale);
  const persistedChunks: Record<string, PersistedDeck> = { ...previous.persisted.chunks };
  let cardCount = previous.cardCount;
  for (const [bucket, cards] of changedByBucket) {
    let before = chunks.get(bucket);
    if (!before) {
      const stored = own(previous.persisted.chunks, String(bucket));
      before = stored && !stale.has(bucket) ? chunkFromStored(stored, previous.source) : EMPTY_CHUNK;
    }
    const work = stale.has(bucket)
      ? rebuildFromDeck(deck, previous.buckets, bucket, before)
      : { changed: cards, entriesOf: patchedEntries(before, changesByCard) };
    const after = reencodeChunk(before, deck, work.changed, work.entriesOf);
    stale.delete(bucket);
    cardCount += after.cards.size - before.cards.size;
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
