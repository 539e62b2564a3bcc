// The compact stored form of the study data (schema version 2) and its pure encode/decode.
//
// Budget: 10,000 cards × 20 reviews in ≤ 2 MB of localStorage. Per deck the cards are columns of strings:
// - ids: sorted, front-coded (one character says how many leading characters repeat the previous id);
// - states: one comma-separated line per card, numbers in base 36, times as whole seconds after the deck's base time;
//   stability and difficulty as integers of 1e-8 (ts-fsrs rounds them to 8 decimals, so this is exact);
// - logs: per card, each review as `<seconds since the card's previous review><flag><duration>`, where the flag
//   (one character) packs rating, state before and origin, and ends the base-36 number before it.
// Any number off the compact grid (a time with milliseconds, a stability with more decimals) is written as
// `~<decimal>` instead, so the codec is lossless for every valid state; only durations are capped and rounded.
import type {
  CardProgress,
  Grade,
  ReviewEntry,
  SchedulingState,
  State,
  StudySettings,
} from '../../domain/progress';
import { compareReviewEntries, type StudyData } from '../data/study-data';
import type { QuizRecord } from '../data/quiz-record';
import { own, setOwn } from '../data/own-key';

export interface PersistedDeck {
  /** Base time of the deck in epoch seconds; stored times are offsets from it. */
  t: number;
  /** Card ids, sorted, front-coded. */
  ids: string[];
  /** Scheduling state per card; '' for a card that only has log entries. */
  states: string[];
  /** Review log per card; '' for none. */
  logs: string[];
  /** Card index → times of reviews removed by undo (comma-separated); only present when there are some. */
  undone?: Record<string, string>;
}

export interface PersistedStudyData {
  settings: StudySettings;
  settingsChangedAt: number | null;
  progressResetAt: number | null;
  quizHistory: QuizRecord[];
  decks: Record<string, PersistedDeck>;
}

export class CodecError extends Error {
  override name = 'CodecError';
}

const SECOND_MS = 1000;
const FIXED8_SCALE = 1e8;
const EXACT_MARK = '~';
const BASE36_PATTERN = /^-?[0-9a-z]+$/;

/** 62 characters that need no escaping in JSON; front-coding lengths and durations index into it. */
const BASE62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MAX_SHARED_PREFIX = BASE62.length - 1;
const MAX_DURATION_SECONDS = 60;
/** 32 flags: (origin × 4 + stateBefore) × 4 + rating − 1. None is a base-36 digit or part of a `~` number. */
const FLAGS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*';

function indexTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i += 1) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const BASE62_INDEX = indexTable(BASE62);
const BASE36_INDEX = indexTable(BASE62.slice(0, 36));
const FLAG_INDEX = indexTable(FLAGS);

function charIndex(table: Int8Array, text: string, position: number): number {
  const code = text.charCodeAt(position);
  return code < 128 ? table[code] : -1;
}

// ---- numbers ----------------------------------------------------------------------------------------------

function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new CodecError(`${what} is not a finite number: ${value}`);
}

function encodeExact(value: number): string {
  return EXACT_MARK + String(value);
}

function decodeExact(text: string, what: string): number {
  const value = Number(text.slice(1));
  if (text.length < 2 || !Number.isFinite(value)) throw new CodecError(`bad ${what}: ${text}`);
  return value;
}

function parseBase36(text: string, what: string): number {
  if (!BASE36_PATTERN.test(text)) throw new CodecError(`bad ${what}: "${text}"`);
  const value = parseInt(text, 36);
  if (!Number.isSafeInteger(value)) throw new CodecError(`bad ${what}: "${text}"`);
  return value;
}

/** Integers in base 36; anything else exactly. */
export function encodeInteger(value: number): string {
  assertFinite(value, 'number');
  return Number.isSafeInteger(value) ? value.toString(36) : encodeExact(value);
}

export function decodeInteger(text: string, what = 'number'): number {
  return text.startsWith(EXACT_MARK) ? decodeExact(text, what) : parseBase36(text, what);
}

/** Numbers on ts-fsrs's 8-decimal grid as base-36 integers of 1e-8; anything else exactly. */
export function encodeFixed8(value: number): string {
  assertFinite(value, 'number');
  const scaled = Math.round(value * FIXED8_SCALE);
  return Number.isSafeInteger(scaled) && scaled / FIXED8_SCALE === value ? scaled.toString(36) : encodeExact(value);
}

export function decodeFixed8(text: string, what = 'number'): number {
  return text.startsWith(EXACT_MARK) ? decodeExact(text, what) : parseBase36(text, what) / FIXED8_SCALE;
}

/** A time (epoch ms) as base-36 seconds after `baseSeconds`; a time with milliseconds exactly. */
export function encodeTime(ms: number, baseSeconds: number): string {
  assertFinite(ms, 'time');
  return ms % SECOND_MS === 0 ? (ms / SECOND_MS - baseSeconds).toString(36) : encodeExact(ms);
}

export function decodeTime(text: string, baseSeconds: number, what = 'time'): number {
  return text.startsWith(EXACT_MARK) ? decodeExact(text, what) : (parseBase36(text, what) + baseSeconds) * SECOND_MS;
}

// ---- card ids ---------------------------------------------------------------------------------------------

function sharedPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length, MAX_SHARED_PREFIX);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return length;
}

/** Sorted ids, each as one character (length shared with the previous id) + the rest. */
export function frontCodeIds(sortedIds: readonly string[]): string[] {
  let previous = '';
  return sortedIds.map((id) => {
    const shared = sharedPrefixLength(previous, id);
    previous = id;
    return BASE62[shared] + id.slice(shared);
  });
}

export function frontDecodeIds(coded: readonly string[]): string[] {
  let previous = '';
  return coded.map((item) => {
    const shared = item.length > 0 ? charIndex(BASE62_INDEX, item, 0) : -1;
    if (shared < 0 || shared > previous.length) throw new CodecError(`bad card id entry: "${item}"`);
    previous = previous.slice(0, shared) + item.slice(1);
    return previous;
  });
}

// ---- scheduling state -------------------------------------------------------------------------------------

const STATE_FIELD_COUNT = 11;

/** `due,lastReview,stability,difficulty,scheduledDays,learningSteps,reps,lapses,state,suspended,changedAt`, trailing empties dropped. */
export function encodeCardState(progress: CardProgress, changedAt: number, baseSeconds: number): string {
  const s = progress.scheduling;
  const implied = s.lastReview ?? s.due;
  const fields = [
    encodeTime(s.due, baseSeconds),
    s.lastReview === null ? '' : encodeTime(s.lastReview, baseSeconds),
    encodeFixed8(s.stability),
    encodeFixed8(s.difficulty),
    encodeInteger(s.scheduledDays),
    encodeInteger(s.learningSteps),
    encodeInteger(s.reps),
    encodeInteger(s.lapses),
    String(s.state),
    progress.suspended ? '1' : '',
    changedAt === implied ? '' : encodeTime(changedAt, baseSeconds),
  ];
  let end = fields.length;
  while (end > 0 && fields[end - 1] === '') end -= 1;
  return fields.slice(0, end).join(',');
}

function decodeStateCode(text: string): State {
  if (text === '0' || text === '1' || text === '2' || text === '3') return Number(text) as State;
  throw new CodecError(`bad scheduling state code: "${text}"`);
}

function decodeCount(text: string, what: string): number {
  const value = decodeInteger(text, what);
  if (value < 0) throw new CodecError(`negative ${what}: ${value}`);
  return value;
}

export function decodeCardState(text: string, baseSeconds: number): { progress: CardProgress; changedAt: number } {
  const fields = text.split(',');
  if (fields.length < 9 || fields.length > STATE_FIELD_COUNT) throw new CodecError(`bad card state: "${text}"`);
  const [due, lastReview, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state] = fields;
  const suspended = fields[9] ?? '';
  const changedAt = fields[10] ?? '';
  if (suspended !== '' && suspended !== '1') throw new CodecError(`bad suspended flag: "${text}"`);
  const scheduling: SchedulingState = {
    due: decodeTime(due, baseSeconds, 'due'),
    stability: decodeFixed8(stability, 'stability'),
    difficulty: decodeFixed8(difficulty, 'difficulty'),
    scheduledDays: decodeCount(scheduledDays, 'scheduled days'),
    learningSteps: decodeCount(learningSteps, 'learning steps'),
    reps: decodeCount(reps, 'reps'),
    lapses: decodeCount(lapses, 'lapses'),
    state: decodeStateCode(state),
    lastReview: lastReview === '' ? null : decodeTime(lastReview, baseSeconds, 'last review'),
  };
  return {
    progress: { scheduling, suspended: suspended === '1' },
    changedAt: changedAt === '' ? (scheduling.lastReview ?? scheduling.due) : decodeTime(changedAt, baseSeconds, 'changed at'),
  };
}

// ---- review log -------------------------------------------------------------------------------------------

function reviewFlag(entry: ReviewEntry): string {
  const origin = entry.origin === 'quiz' ? 1 : 0;
  return FLAGS[(origin * 4 + entry.stateBefore) * 4 + entry.rating - 1];
}

function durationChar(durationMs: number): string {
  const seconds = Number.isFinite(durationMs) ? Math.round(durationMs / SECOND_MS) : 0;
  return BASE62[Math.min(MAX_DURATION_SECONDS, Math.max(0, seconds))];
}

/** One card's reviews, sorted by time; each time is stored as seconds after the previous one (the first: after the base). */
export function encodeCardLog(entries: readonly ReviewEntry[], baseSeconds: number): string {
  let previous = baseSeconds * SECOND_MS;
  let text = '';
  for (const entry of entries) {
    const step = entry.at - previous;
    assertFinite(entry.at, 'review time');
    text += step >= 0 && step % SECOND_MS === 0 ? (step / SECOND_MS).toString(36) : encodeExact(entry.at);
    text += reviewFlag(entry) + durationChar(entry.durationMs);
    previous = entry.at;
  }
  return text;
}

/** Parses one card's reviews into `into`. Hand-written (no slicing or regexes per review): it runs 200,000 times on load. */
export function decodeCardLog(text: string, cardId: string, baseSeconds: number, into: ReviewEntry[]): void {
  const fail = (): never => {
    throw new CodecError(`bad review log of ${cardId}: "${text}"`);
  };
  let previous = baseSeconds * SECOND_MS;
  let position = 0;
  while (position < text.length) {
    const start = position;
    let seconds = 0;
    let flag = -1;
    while (position < text.length) {
      const code = text.charCodeAt(position);
      flag = code < 128 ? FLAG_INDEX[code] : -1;
      if (flag >= 0) break;
      const digit = code < 128 ? BASE36_INDEX[code] : -1;
      if (digit < 0 && text[start] !== EXACT_MARK) fail();
      // Unused for a `~` time, which decodeExact reads instead.
      seconds = seconds * 36 + digit;
      position += 1;
    }
    if (flag < 0 || position === start || position + 1 >= text.length) fail();
    const exact = text[start] === EXACT_MARK;
    if (!exact && !Number.isSafeInteger(seconds)) fail();
    const at = exact ? decodeExact(text.slice(start, position), 'review time') : previous + seconds * SECOND_MS;
    const durationCode = text.charCodeAt(position + 1);
    const durationSeconds = durationCode < 128 ? BASE62_INDEX[durationCode] : -1;
    if (durationSeconds < 0 || durationSeconds > MAX_DURATION_SECONDS) fail();
    into.push({
      cardId,
      at,
      rating: ((flag % 4) + 1) as Grade,
      stateBefore: ((flag >> 2) % 4) as State,
      durationMs: durationSeconds * SECOND_MS,
      origin: flag >= 16 ? 'quiz' : 'review',
    });
    previous = at;
    position += 2;
  }
}

// ---- decks ------------------------------------------------------------------------------------------------

/** One deck's part of the study data. */
export interface DeckData {
  progress: Record<string, CardProgress>;
  log: ReviewEntry[];
  changedAt: Record<string, number>;
  undone: Record<string, number[]>;
}

/**
 * The deck's base time: the earliest time in it, in whole epoch seconds. The log is in canonical (time) order, so
 * its first review is its earliest; an unordered log still encodes and decodes exactly, only less compactly.
 */
export function earliestTime(deck: DeckData): number {
  let earliest = deck.log.length > 0 ? deck.log[0].at : Infinity;
  for (const progress of Object.values(deck.progress)) {
    const { due, lastReview } = progress.scheduling;
    if (due < earliest) earliest = due;
    if (lastReview !== null && lastReview < earliest) earliest = lastReview;
  }
  for (const at of Object.values(deck.changedAt)) if (at < earliest) earliest = at;
  for (const times of Object.values(deck.undone)) for (const at of times) if (at < earliest) earliest = at;
  return Number.isFinite(earliest) ? Math.floor(earliest / SECOND_MS) : 0;
}

export function groupByCard(log: readonly ReviewEntry[]): Map<string, ReviewEntry[]> {
  const byCard = new Map<string, ReviewEntry[]>();
  for (const entry of log) {
    const entries = byCard.get(entry.cardId);
    if (entries) entries.push(entry);
    else byCard.set(entry.cardId, [entry]);
  }
  // Stable sort: the canonical log is already chronological, so this only reorders a hand-built one.
  for (const entries of byCard.values()) entries.sort((a, b) => a.at - b.at);
  return byCard;
}

/** Every card id with something to store (progress, reviews or undone reviews), in code-unit order. */
export function sortedCardIds(deck: DeckData, logByCard: ReadonlyMap<string, unknown>): string[] {
  const ids = new Set([...Object.keys(deck.progress), ...logByCard.keys()]);
  for (const [cardId, times] of Object.entries(deck.undone)) if (times.length > 0) ids.add(cardId);
  return [...ids].sort();
}

/** The card's state text, or '' when it has no progress (only reviews). */
export function cardStateText(deck: DeckData, cardId: string, baseSeconds: number): string {
  const progress = own(deck.progress, cardId);
  if (!progress) return '';
  return encodeCardState(progress, own(deck.changedAt, cardId) ?? progress.scheduling.lastReview ?? progress.scheduling.due, baseSeconds);
}

/** Assembles a deck from its columns; undone reviews are keyed by the card's index in `ids`. */
export function assembleDeck(deck: DeckData, baseSeconds: number, ids: readonly string[], columns: Pick<PersistedDeck, 'ids' | 'states' | 'logs'>): PersistedDeck {
  const encoded: PersistedDeck = { t: baseSeconds, ...columns };
  const undone: Record<string, string> = {};
  ids.forEach((cardId, index) => {
    const times = own(deck.undone, cardId);
    if (times && times.length > 0) undone[String(index)] = times.map((at) => encodeTime(at, baseSeconds)).join(',');
  });
  if (Object.keys(undone).length > 0) encoded.undone = undone;
  return encoded;
}

export function encodeDeck(deck: DeckData): PersistedDeck {
  const base = earliestTime(deck);
  const logByCard = groupByCard(deck.log);
  const ids = sortedCardIds(deck, logByCard);
  return assembleDeck(deck, base, ids, {
    ids: frontCodeIds(ids),
    states: ids.map((cardId) => cardStateText(deck, cardId, base)),
    logs: ids.map((cardId) => encodeCardLog(logByCard.get(cardId) ?? [], base)),
  });
}

const POSITION_BITS = 2 ** 21;
const MAX_PACKED_SPAN_SECONDS = 2 ** 31;

/**
 * `log` in canonical order (time, then card id), given that it was laid out card by card in id order.
 * Whole-second times pack with their position into one float (seconds × 2^21 + position): a native numeric sort
 * then gives time order with ties in card-id order, many times faster than a comparator on 200,000 entries.
 */
function sortLaidOutLog(log: ReviewEntry[], laidOutInIdOrder: boolean): ReviewEntry[] {
  let earliest = Infinity;
  let latest = -Infinity;
  let wholeSeconds = true;
  for (const entry of log) {
    if (entry.at < earliest) earliest = entry.at;
    if (entry.at > latest) latest = entry.at;
    if (entry.at % SECOND_MS !== 0) wholeSeconds = false;
  }
  const packable = laidOutInIdOrder && wholeSeconds && log.length < POSITION_BITS && (latest - earliest) / SECOND_MS < MAX_PACKED_SPAN_SECONDS;
  if (!packable) return log.sort(compareReviewEntries);
  const keys = new Float64Array(log.length);
  for (let i = 0; i < log.length; i += 1) keys[i] = ((log[i].at - earliest) / SECOND_MS) * POSITION_BITS + i;
  keys.sort();
  const sorted = new Array<ReviewEntry>(log.length);
  for (let i = 0; i < keys.length; i += 1) sorted[i] = log[keys[i] % POSITION_BITS];
  return sorted;
}

export function decodeDeck(encoded: PersistedDeck): DeckData {
  const { t: base } = encoded;
  if (!Number.isSafeInteger(base)) throw new CodecError(`bad deck base time: ${base}`);
  const ids = frontDecodeIds(encoded.ids);
  if (encoded.states.length !== ids.length || encoded.logs.length !== ids.length) {
    throw new CodecError('deck columns differ in length');
  }
  const deck: DeckData = { progress: {}, log: [], changedAt: {}, undone: {} };
  const log: ReviewEntry[] = [];
  let idsSorted = true;
  ids.forEach((cardId, index) => {
    if (index > 0 && !(ids[index - 1] < cardId)) idsSorted = false;
    const stateText = encoded.states[index];
    if (stateText !== '') {
      const { progress, changedAt } = decodeCardState(stateText, base);
      setOwn(deck.progress, cardId, progress);
      setOwn(deck.changedAt, cardId, changedAt);
    }
    decodeCardLog(encoded.logs[index], cardId, base, log);
  });
  for (const [indexText, timesText] of Object.entries(encoded.undone ?? {})) {
    const cardId = ids[Number(indexText)];
    if (cardId === undefined || timesText === '') throw new CodecError(`bad undone reviews entry: ${indexText}`);
    setOwn(deck.undone, cardId, timesText.split(',').map((text) => decodeTime(text, base, 'undone review time')));
  }
  deck.log = sortLaidOutLog(log, idsSorted);
  return deck;
}

// ---- whole data -------------------------------------------------------------------------------------------

function deckIdsOf(data: StudyData): string[] {
  const ids = new Set([...Object.keys(data.progress), ...Object.keys(data.log), ...Object.keys(data.undoneReviews)]);
  return [...ids].sort();
}

// Shared empties, so a deck missing from one map keeps the same objects between writes (the encoder reuses by identity).
const NO_PROGRESS: Record<string, CardProgress> = Object.freeze({}) as Record<string, CardProgress>;
const NO_REVIEWS: ReviewEntry[] = Object.freeze([]) as unknown as ReviewEntry[];
const NO_TIMES: Record<string, number> = Object.freeze({}) as Record<string, number>;
const NO_UNDONE: Record<string, number[]> = Object.freeze({}) as Record<string, number[]>;

function deckDataOf(data: StudyData, deckId: string): DeckData {
  return {
    progress: own(data.progress, deckId) ?? NO_PROGRESS,
    log: own(data.log, deckId) ?? NO_REVIEWS,
    changedAt: own(data.cardChangedAt, deckId) ?? NO_TIMES,
    undone: own(data.undoneReviews, deckId) ?? NO_UNDONE,
  };
}

function hasKeys(record: object): boolean {
  for (const _key in record) return true;
  return false;
}

export function isEmptyDeck(deck: DeckData): boolean {
  return !hasKeys(deck.progress) && deck.log.length === 0 && Object.values(deck.undone).every((times) => times.length === 0);
}

export function encodeStudyData(data: StudyData): PersistedStudyData {
  return persistedStudyDataOf(data, (_deckId, deck) => (isEmptyDeck(deck) ? null : encodeDeck(deck)));
}

/** The stored form of `data`, with each non-empty deck encoded by `encodeDeckOf` (null for an empty deck). */
export function persistedStudyDataOf(
  data: StudyData,
  encodeDeckOf: (deckId: string, deck: DeckData) => PersistedDeck | null,
): PersistedStudyData {
  const decks: Record<string, PersistedDeck> = {};
  for (const deckId of deckIdsOf(data)) {
    const encoded = encodeDeckOf(deckId, deckDataOf(data, deckId));
    if (encoded) setOwn(decks, deckId, encoded);
  }
  return {
    settings: data.settings,
    settingsChangedAt: data.settingsChangedAt,
    progressResetAt: data.progressResetAt,
    quizHistory: data.quizHistory,
    decks,
  };
}

export function decodeStudyData(persisted: PersistedStudyData): StudyData {
  const data: StudyData = {
    progress: {},
    log: {},
    cardChangedAt: {},
    undoneReviews: {},
    progressResetAt: persisted.progressResetAt,
    settings: persisted.settings,
    settingsChangedAt: persisted.settingsChangedAt,
    quizHistory: persisted.quizHistory,
  };
  // A deck appears in a map only when it has something there (the store keeps the same rule).
  for (const [deckId, encoded] of Object.entries(persisted.decks)) {
    const deck = decodeDeck(encoded);
    if (Object.keys(deck.progress).length > 0) {
      setOwn(data.progress, deckId, deck.progress);
      setOwn(data.cardChangedAt, deckId, deck.changedAt);
    }
    if (deck.log.length > 0) setOwn(data.log, deckId, deck.log);
    if (Object.keys(deck.undone).length > 0) setOwn(data.undoneReviews, deckId, deck.undone);
  }
  return data;
}
