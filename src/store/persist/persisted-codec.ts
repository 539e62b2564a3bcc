// The stored form of the study data (schema version 5, "monthly reviews": schema 4's keys, with each chunk's reviews
// kept by month) and its pure encode/decode.
//
// Layout in localStorage (the key names are the storage's: stored-layout.ts; `study-deck` is the store's name):
// - `study-deck`: the root, written last on every save: `{ state: { settings, settingsChangedAt, progressResetAt,
//   decks: { <deck id>: { buckets, chunks: [<index>…] } }, quizzes: [<yyyy-mm>…], sessions?: [<deck id>…],
//   fingerprint }, version: 5 }`.
//   It lists every other key, so a reader never meets half of a save (see the storage for the order of writes).
// - `study-deck:cards:<deck id>:<buckets>:<index>`: one chunk of a deck's cards. A card belongs to chunk
//   `fnv1a(card id) mod buckets`, so a grade rewrites one chunk of at most about 160 cards, not the deck; `buckets`
//   is a power of two, doubled when the deck passes 160 cards a chunk on average. A chunk holds everything about its
//   cards — id, scheduling state, reviews, manual changes, undone reviews — so each one reads on its own, and one
//   grade writes one chunk (a grade's state and its review can never be torn apart).
// - `study-deck:quizzes:<yyyy-mm>`: the finished quizzes of one month (UTC), oldest first.
// - `study-deck:session:<deck id>`: the deck's quiz in progress as plain JSON (`{ changedAt, running }`, running null
//   once discarded or finished), listed in the root's `sessions`. Written only when the quiz changes.
//
// A chunk is `{ t, ids, states, log?, manual?, undone? }`:
// - ids: sorted, front-coded (one character says how many leading characters repeat the previous id; every 16th id
//   is written whole, so a damaged id costs at most the ids built on it);
// - states: one comma-separated line per card, numbers in base 36, times as whole seconds after the chunk's base
//   time `t` (the earliest time of its states, manual changes and undone reviews); stability and difficulty as
//   integers of 1e-8 (ts-fsrs rounds to 8 decimals);
// - log: the chunk's reviews by UTC month (`2026-11` → one text), each month in time order. A review is
//   `<seconds since the previous review of the month (the first: since the month began)><flag><duration><card>`:
//   the flag (one character) packs rating, state before and origin, and ends the base-36 number before it; the card
//   is its index in `ids` in base 36, every index of the chunk as wide as the widest. Opening the store only counts a
//   month's reviews (a scan that makes no objects); their entries are made when a screen first reads that month
//   (review-log.ts), so opening costs the same after years of reviews.
// - manual: card index → its manual changes (a card forgotten by hand, ts-fsrs's Rating.Manual), each
//   `<seconds since the card's previous change (the first: since t)>(`.
// - undone: card index → times of reviews removed by undo, so a merge with another tab cannot bring them back.
// Every entry is immutable and identified by (deck, card, time): replaying a card's entries (domain/card-replay.ts)
// gives its state. Any number off the compact grid (a time with milliseconds, a stability with more decimals) is
// written as `~<decimal>` instead, so the codec is lossless for every valid state; only durations are capped and
// rounded. Schemas 2–4 kept each card's whole log in one text (persisted-chunk-v4.ts).
//
// Reading is per record: a card whose id, state or manual log cannot be read, or a month of reviews that cannot be
// read past some point, is set aside (DamagedRecord) and every other card, entry and setting is kept.
// Budget: 10,000 cards × 20 reviews in ≤ 2 MB (`npm run bench -- storage`).
import {
  CARD_FLAGS,
  type CardFlag,
  type CardProgress,
  type Grade,
  type ManualEntry,
  type ReviewEntry,
  type SchedulingState,
  type State,
  type StudySettings,
} from '../../domain/progress';
import { compareReviewEntries, emptyStudyData, type QuizSessionSlot, type StudyData } from '../data/study-data';
import type { QuizRecord } from '../../domain/quiz-record';
import { own, setOwn } from '../data/own-key';
import { CARD_MAP_SHARDS, cardMapOf, cardMapOfShards, cardRecordOf, emptyCardMap, hashCardId, shardOf, type CardMap } from '../../domain/card-map';
import { emptyReviewLog, lazyLogMonth, logEntries, monthOf, monthStart, reviewLogOfSorted, type LogMonth, type ReviewLog } from '../../domain/review-log';

/** One chunk of a deck's cards (schema 5). */
export interface PersistedDeck {
  /** Base time of the chunk's states, manual changes and undone reviews, in epoch seconds. */
  t: number;
  /** Card ids, sorted, front-coded. */
  ids: string[];
  /** Scheduling state per card; '' for a card that only has log entries. */
  states: string[];
  /** UTC month (`2026-11`) → the month's reviews of these cards, in time order; only months with reviews. */
  log?: Record<string, string>;
  /** Card index → the card's manual changes; only present when there are some. */
  manual?: Record<string, string>;
  /** Card index → times of reviews removed by undo (comma-separated); only present when there are some. */
  undone?: Record<string, string>;
}

/** A deck's chunks: `chunks[i]` holds the cards of bucket i; a bucket with no cards has no chunk. */
export interface PersistedDeckChunks {
  /** A power of two. */
  buckets: number;
  chunks: Record<string, PersistedDeck>;
}

/** Everything stored, as objects (schema 5); the storage writes the root, each chunk and each session under its own key. */
export interface PersistedStudyData {
  settings: StudySettings;
  settingsChangedAt: number | null;
  progressResetAt: number | null;
  /** Finished quizzes by the UTC month they finished in (`2026-11`), each month oldest first. */
  quizzes: Record<string, QuizRecord[]>;
  decks: Record<string, PersistedDeckChunks>;
  /** Each deck's quiz in progress (or its end); absent when no deck has had one. */
  quizSessions?: Record<string, QuizSessionSlot>;
}

export class CodecError extends Error {
  override name = 'CodecError';
}

/** A record that could not be read: kept (as its text) in the backup, left out of the data. */
export interface DamagedRecord {
  /** Where it was, in words: "deck kubernetes, card kubernetes-architecture/definition/kubelet: state". */
  where: string;
  /** The deck and chunk number it was in, when known (schema 3). */
  deckId?: string;
  chunk?: number;
  reason: string;
  /** The stored text of the record. */
  text: string;
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
/** A card forgotten (made new) by hand. Other manual changes would take other characters outside both sets. */
const FORGET_FLAG = '(';

function indexTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i += 1) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const BASE62_INDEX = indexTable(BASE62);
const BASE36_INDEX = indexTable(BASE62.slice(0, 36));
const FLAG_INDEX = indexTable(FLAGS);
const FORGET_CODE = FORGET_FLAG.charCodeAt(0);

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

/**
 * Every this many ids, one is written whole (shared length 0): an id that cannot be read then costs at most the ids
 * up to the next whole one, not the rest of its chunk.
 */
const WHOLE_ID_INTERVAL = 16;

/** Sorted ids, each as one character (length shared with the previous id) + the rest. */
export function frontCodeIds(sortedIds: readonly string[]): string[] {
  let previous = '';
  return sortedIds.map((id, index) => {
    const shared = index % WHOLE_ID_INTERVAL === 0 ? 0 : sharedPrefixLength(previous, id);
    previous = id;
    return BASE62[shared] + id.slice(shared);
  });
}

/**
 * The ids back; an entry that cannot be read is null, and so is every later one built on it, up to the next id
 * written whole.
 */
export function frontDecodeIdsLenient(coded: readonly unknown[]): (string | null)[] {
  let previous: string | null = '';
  return coded.map((item) => {
    const shared = typeof item === 'string' && item.length > 0 ? charIndex(BASE62_INDEX, item, 0) : -1;
    if (shared === 0) previous = (item as string).slice(1);
    else if (shared < 0 || previous === null || shared > previous.length) previous = null;
    else previous = previous.slice(0, shared) + (item as string).slice(1);
    return previous;
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

const STATE_FIELD_COUNT = 12;

/** A flag as one digit, Anki's numbers (1 red … 4 blue); '' for none. States stored before flags have no such field. */
const encodeFlag = (flag: CardFlag | undefined) => (flag === undefined ? '' : String(CARD_FLAGS.indexOf(flag) + 1));

function decodeFlag(text: string): CardFlag | undefined {
  if (text === '') return undefined;
  const flag = /^[1-9]$/.test(text) ? CARD_FLAGS[Number(text) - 1] : undefined;
  if (flag === undefined) throw new CodecError(`bad card flag: "${text}"`);
  return flag;
}

const DAY_MS = 86_400_000;

/** The due time a state implies when it is `scheduledDays` whole days after its last review (a review state's). */
function impliedDue(scheduling: Pick<SchedulingState, 'lastReview' | 'scheduledDays'>): number | null {
  return scheduling.lastReview !== null && scheduling.scheduledDays > 0 ? scheduling.lastReview + scheduling.scheduledDays * DAY_MS : null;
}

/**
 * `due,lastReview,stability,difficulty,scheduledDays,learningSteps,reps,lapses,state,suspended,changedAt,flag`,
 * trailing empties dropped (so a state without a flag is written as before flags existed). With `dueImplied` (schema
 * 5), a due time exactly `scheduledDays` days after the last review is left empty: most review states' is.
 */
export function encodeCardState(progress: CardProgress, changedAt: number, baseSeconds: number, dueImplied = false): string {
  const s = progress.scheduling;
  const implied = s.lastReview ?? s.due;
  const fields = [
    dueImplied && impliedDue(s) === s.due ? '' : encodeTime(s.due, baseSeconds),
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
    encodeFlag(progress.flag),
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

/** Most base-36 digits a field can have and still be read exactly by the fast path (36^10 < 2^53). */
const FAST_DIGITS = 10;
const COMMA_CODE = 44;
const fastFields = new Float64Array(STATE_FIELD_COUNT);

/**
 * The fields of a state made only of base-36 digits (what the store writes for states it made itself), read without
 * splitting or regexes; '' as NaN. Null for anything else (a `~` number, a sign, too many fields), read the long way.
 */
function readFastFields(text: string): number {
  let field = 0;
  let value = 0;
  let digits = 0;
  for (let position = 0; position <= text.length; position += 1) {
    const code = position < text.length ? text.charCodeAt(position) : COMMA_CODE;
    if (code === COMMA_CODE) {
      if (field >= STATE_FIELD_COUNT) return -1;
      fastFields[field] = digits === 0 ? NaN : value;
      field += 1;
      value = 0;
      digits = 0;
      continue;
    }
    const digit = code < 128 ? BASE36_INDEX[code] : -1;
    if (digit < 0 || digits === FAST_DIGITS) return -1;
    value = value * 36 + digit;
    digits += 1;
  }
  return field;
}

/** The due time an empty due field stands for, as a field; throws when the state implies none. */
function impliedDueText(lastReview: string, scheduledDays: string, baseSeconds: number): string {
  const due =
    lastReview === ''
      ? null
      : impliedDue({ lastReview: decodeTime(lastReview, baseSeconds, 'last review'), scheduledDays: decodeCount(scheduledDays, 'scheduled days') });
  if (due === null) throw new CodecError('no due time, and no last review and interval to imply one');
  return encodeTime(due, baseSeconds);
}

/** A state whose fields are all plain base-36 numbers, or null when it needs the full reader. */
function decodeCardStateFast(text: string, baseSeconds: number): { progress: CardProgress; changedAt: number } | null {
  const count = readFastFields(text);
  if (count < 9) return null;
  const f = fastFields;
  const base = baseSeconds;
  // Required fields present, state a known code, suspended and flag in range.
  if (Number.isNaN(f[2]) || Number.isNaN(f[3]) || Number.isNaN(f[4]) || Number.isNaN(f[5])) return null;
  // An empty due is implied by the last review and the interval (encodeCardState's `dueImplied`).
  const due = Number.isNaN(f[0]) ? (Number.isNaN(f[1]) || f[4] === 0 ? NaN : (f[1] + base) * SECOND_MS + f[4] * DAY_MS) : (f[0] + base) * SECOND_MS;
  if (Number.isNaN(due)) return null;
  if (Number.isNaN(f[6]) || Number.isNaN(f[7]) || !(f[8] <= 3)) return null;
  const suspended = count > 9 ? f[9] : NaN;
  const flag = count > 11 ? f[11] : NaN;
  if (!(Number.isNaN(suspended) || suspended === 1) || !(Number.isNaN(flag) || (flag >= 1 && flag <= CARD_FLAGS.length))) return null;
  const scheduling: SchedulingState = {
    due,
    stability: f[2] / FIXED8_SCALE,
    difficulty: f[3] / FIXED8_SCALE,
    scheduledDays: f[4],
    learningSteps: f[5],
    reps: f[6],
    lapses: f[7],
    state: f[8] as State,
    lastReview: Number.isNaN(f[1]) ? null : (f[1] + base) * SECOND_MS,
  };
  const changedAt = count > 10 && !Number.isNaN(f[10]) ? (f[10] + base) * SECOND_MS : (scheduling.lastReview ?? scheduling.due);
  const progress: CardProgress = Number.isNaN(flag)
    ? { scheduling, suspended: suspended === 1 }
    : { scheduling, suspended: suspended === 1, flag: CARD_FLAGS[flag - 1] };
  return { progress, changedAt };
}

export function decodeCardState(text: string, baseSeconds: number): { progress: CardProgress; changedAt: number } {
  const fast = decodeCardStateFast(text, baseSeconds);
  if (fast) return fast;
  const fields = text.split(',');
  if (fields.length < 9 || fields.length > STATE_FIELD_COUNT) throw new CodecError(`bad card state: "${text}"`);
  const [due, lastReview, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state] = fields;
  if (due === '') {
    // Implied by the last review and the interval (encodeCardState's `dueImplied`).
    const explicit = decodeCardState([impliedDueText(lastReview, scheduledDays, baseSeconds), ...fields.slice(1)].join(','), baseSeconds);
    return explicit;
  }
  const suspended = fields[9] ?? '';
  const changedAt = fields[10] ?? '';
  const flag = decodeFlag(fields[11] ?? '');
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
    progress: flag === undefined ? { scheduling, suspended: suspended === '1' } : { scheduling, suspended: suspended === '1', flag },
    changedAt: changedAt === '' ? (scheduling.lastReview ?? scheduling.due) : decodeTime(changedAt, baseSeconds, 'changed at'),
  };
}

// ---- a card's log -----------------------------------------------------------------------------------------

/** One entry of a card's log: a grade or a manual change. */
export type CardLogEntry = ReviewEntry | ManualEntry;

function reviewFlag(entry: ReviewEntry): string {
  const origin = entry.origin === 'quiz' ? 1 : 0;
  return FLAGS[(origin * 4 + entry.stateBefore) * 4 + entry.rating - 1];
}

function durationChar(durationMs: number): string {
  const seconds = Number.isFinite(durationMs) ? Math.round(durationMs / SECOND_MS) : 0;
  return BASE62[Math.min(MAX_DURATION_SECONDS, Math.max(0, seconds))];
}

/**
 * One card's entries, sorted by time; each time is stored as seconds after the previous entry (the first: after the
 * base). A grade ends with its flag and duration, a manual change with its own flag.
 */
export function encodeCardLog(entries: readonly CardLogEntry[], baseSeconds: number): string {
  let previous = baseSeconds * SECOND_MS;
  let text = '';
  for (const entry of entries) {
    const step = entry.at - previous;
    assertFinite(entry.at, 'review time');
    text += step >= 0 && step % SECOND_MS === 0 ? (step / SECOND_MS).toString(36) : encodeExact(entry.at);
    text += 'action' in entry ? FORGET_FLAG : reviewFlag(entry) + durationChar(entry.durationMs);
    previous = entry.at;
  }
  return text;
}

function badLog(cardId: string, text: string, position: number): never {
  throw new CodecError(`bad review log of ${cardId} at character ${position}: "${text}"`);
}

// What each flag means, looked up rather than computed per review.
const RATING_OF = Array.from({ length: FLAGS.length }, (_, flag) => ((flag % 4) + 1) as Grade);
const STATE_BEFORE_OF = Array.from({ length: FLAGS.length }, (_, flag) => ((flag >> 2) % 4) as State);
const ORIGIN_OF = Array.from({ length: FLAGS.length }, (_, flag): ReviewEntry['origin'] => (flag >= 16 ? 'quiz' : 'review'));
const EXACT_CODE = EXACT_MARK.charCodeAt(0);

/**
 * Parses one card's log into `reviews` and `manual`. Hand-written (no slicing, regexes or closures per entry): it
 * runs 200,000 times on load. On text it cannot read it throws, having pushed the entries before the damage.
 */
export function decodeCardLog(text: string, cardId: string, baseSeconds: number, reviews: ReviewEntry[], manual: ManualEntry[]): void {
  let previous = baseSeconds * SECOND_MS;
  let position = 0;
  const length = text.length;
  while (position < length) {
    const start = position;
    const exact = text.charCodeAt(start) === EXACT_CODE;
    let seconds = 0;
    let flag = -1;
    let forget = false;
    while (position < length) {
      const code = text.charCodeAt(position);
      if (code === FORGET_CODE) {
        forget = true;
        break;
      }
      flag = code < 128 ? FLAG_INDEX[code] : -1;
      if (flag >= 0) break;
      if (!exact) {
        const digit = code < 128 ? BASE36_INDEX[code] : -1;
        if (digit < 0) badLog(cardId, text, position);
        seconds = seconds * 36 + digit;
      }
      position += 1;
    }
    if ((flag < 0 && !forget) || position === start) badLog(cardId, text, position);
    if (!exact && !Number.isSafeInteger(seconds)) badLog(cardId, text, start);
    const at = exact ? decodeExact(text.slice(start, position), 'review time') : previous + seconds * SECOND_MS;
    if (forget) {
      manual.push({ cardId, at, action: 'forget' });
      position += 1;
    } else {
      if (position + 1 >= length) badLog(cardId, text, position);
      const durationCode = text.charCodeAt(position + 1);
      const durationSeconds = durationCode < 128 ? BASE62_INDEX[durationCode] : -1;
      if (durationSeconds < 0 || durationSeconds > MAX_DURATION_SECONDS) badLog(cardId, text, position + 1);
      reviews.push({
        cardId,
        at,
        rating: RATING_OF[flag],
        stateBefore: STATE_BEFORE_OF[flag],
        durationMs: durationSeconds * SECOND_MS,
        origin: ORIGIN_OF[flag],
      });
      position += 2;
    }
    previous = at;
  }
}

// ---- a month of a chunk's reviews -------------------------------------------------------------------------

/** `2026-11`: the key of a month counted by monthOf (UTC), as quizzes are kept. */
export function monthKey(month: number): string {
  const year = 1970 + Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((((month % 12) + 12) % 12) + 1).padStart(2, '0')}`;
}

const MONTH_KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month a key names, or NaN for a key that names none. */
export function monthOfKey(key: string): number {
  const match = MONTH_KEY_PATTERN.exec(key);
  return match ? (Number(match[1]) - 1970) * 12 + Number(match[2]) - 1 : NaN;
}

/** Base-36 digits of every card index in a chunk of `cardCount` cards. */
export function indexWidth(cardCount: number): number {
  let width = 1;
  for (let limit = 36; limit < cardCount; limit *= 36) width += 1;
  return width;
}

/**
 * One month of a chunk's reviews, in canonical order (time, then card id), as one text: per review its time (seconds
 * after the previous review; the first after the month began), flag, duration, and the card's index in `indexOf`.
 */
export function encodeMonthReviews(entries: readonly ReviewEntry[], indexOf: ReadonlyMap<string, number>, width: number, month: number): string {
  let previous = monthStart(month);
  let text = '';
  for (const entry of entries) {
    const index = indexOf.get(entry.cardId);
    if (index === undefined) throw new CodecError(`review of a card not in its chunk: ${entry.cardId}`);
    const step = entry.at - previous;
    assertFinite(entry.at, 'review time');
    text += step >= 0 && step % SECOND_MS === 0 ? (step / SECOND_MS).toString(36) : encodeExact(entry.at);
    text += reviewFlag(entry) + durationChar(entry.durationMs) + index.toString(36).padStart(width, '0');
    previous = entry.at;
  }
  return text;
}

/** Damage in a month of reviews: `count` reviews before it could be read. */
export class MonthDamage extends CodecError {
  constructor(
    message: string,
    readonly count: number,
  ) {
    super(message);
  }
}

/**
 * Reads a month of a chunk's reviews (encodeMonthReviews), pushing each into `into` when given, and returns how many
 * there are. With `into` null it only checks and counts, making no objects: opening the store does that for every
 * month. Throws MonthDamage at the first review it cannot read (or whose card is not in `ids`).
 */
export function readMonthReviews(text: string, ids: readonly (string | null)[], width: number, month: number, into: ReviewEntry[] | null): number {
  let previous = monthStart(month);
  const end = monthStart(month + 1);
  let position = 0;
  let count = 0;
  const length = text.length;
  const damage = (at: number, what: string): never => {
    throw new MonthDamage(`${what} at character ${at} of the reviews of ${monthKey(month)}`, count);
  };
  while (position < length) {
    const start = position;
    const exact = text.charCodeAt(start) === EXACT_CODE;
    let seconds = 0;
    let flag = -1;
    while (position < length) {
      const code = text.charCodeAt(position);
      flag = code < 128 ? FLAG_INDEX[code] : -1;
      if (flag >= 0) break;
      if (!exact) {
        const digit = code < 128 ? BASE36_INDEX[code] : -1;
        if (digit < 0) damage(position, 'not a review');
        seconds = seconds * 36 + digit;
      }
      position += 1;
    }
    if (flag < 0 || position === start || position + 2 + width > length) damage(start, 'a review cut short');
    if (!exact && !Number.isSafeInteger(seconds)) damage(start, 'a time out of range');
    let at = previous + seconds * SECOND_MS;
    if (exact) {
      at = Number(text.slice(start + 1, position));
      if (position - start < 2 || !(at >= previous)) damage(start, 'a bad exact time');
    }
    const durationCode = text.charCodeAt(position + 1);
    const durationSeconds = durationCode < 128 ? BASE62_INDEX[durationCode] : -1;
    if (durationSeconds < 0 || durationSeconds > MAX_DURATION_SECONDS) damage(position + 1, 'a bad duration');
    let index = 0;
    for (let digit = position + 2; digit < position + 2 + width; digit += 1) {
      const code = text.charCodeAt(digit);
      const value = code < 128 ? BASE36_INDEX[code] : -1;
      if (value < 0) damage(digit, 'a bad card index');
      index = index * 36 + value;
    }
    const cardId = ids[index];
    if (cardId === null || cardId === undefined) damage(position + 2, `a card index (${index}) with no readable card`);
    if (at >= end) damage(start, 'a review past the end of its month');
    if (into) {
      into.push({
        cardId: cardId as string,
        at,
        rating: RATING_OF[flag],
        stateBefore: STATE_BEFORE_OF[flag],
        durationMs: durationSeconds * SECOND_MS,
        origin: ORIGIN_OF[flag],
      });
    }
    count += 1;
    position += 2 + width;
    previous = at;
  }
  return count;
}

// ---- decks and chunks -------------------------------------------------------------------------------------

/** One deck's part of the study data (or one chunk's part of a deck). */
export interface DeckData {
  progress: Record<string, CardProgress>;
  log: ReviewEntry[];
  manual: ManualEntry[];
  changedAt: Record<string, number>;
  undone: Record<string, number[]>;
}

export function emptyDeckData(): DeckData {
  return { progress: {}, log: [], manual: [], changedAt: {}, undone: {} };
}

/**
 * The base time of some cards: the earliest time in them, in whole epoch seconds. Logs are in time order, so a log's
 * first entry is its earliest; an unordered log still encodes and decodes exactly, only less compactly.
 */
export function earliestTime(deck: DeckData): number {
  let earliest = deck.log.length > 0 ? deck.log[0].at : Infinity;
  if (deck.manual.length > 0 && deck.manual[0].at < earliest) earliest = deck.manual[0].at;
  for (const progress of Object.values(deck.progress)) {
    const { due, lastReview } = progress.scheduling;
    if (due < earliest) earliest = due;
    if (lastReview !== null && lastReview < earliest) earliest = lastReview;
  }
  for (const at of Object.values(deck.changedAt)) if (at < earliest) earliest = at;
  for (const times of Object.values(deck.undone)) for (const at of times) if (at < earliest) earliest = at;
  return Number.isFinite(earliest) ? Math.floor(earliest / SECOND_MS) : 0;
}

/** A card's entries in time order; a grade before a manual change at the same time (data merged from two tabs). */
export function compareCardEntries(a: CardLogEntry, b: CardLogEntry): number {
  return a.at - b.at || Number('action' in a) - Number('action' in b);
}

/** Each card's entries, grades and manual changes together, in time order. */
export function groupByCard(log: readonly ReviewEntry[], manual: readonly ManualEntry[] = []): Map<string, CardLogEntry[]> {
  const byCard = new Map<string, CardLogEntry[]>();
  const add = (entry: CardLogEntry) => {
    const entries = byCard.get(entry.cardId);
    if (entries) entries.push(entry);
    else byCard.set(entry.cardId, [entry]);
  };
  for (const entry of log) add(entry);
  for (const entry of manual) add(entry);
  // A canonical log is already chronological, so this only merges in manual entries.
  for (const entries of byCard.values()) entries.sort(compareCardEntries);
  return byCard;
}

/** Every card id with something to store (progress, entries or undone reviews), in code-unit order. */
export function sortedCardIds(deck: DeckData, logByCard: ReadonlyMap<string, unknown>): string[] {
  const ids = new Set([...Object.keys(deck.progress), ...logByCard.keys()]);
  for (const [cardId, times] of Object.entries(deck.undone)) if (times.length > 0) ids.add(cardId);
  return [...ids].sort();
}

/** The card's state text, or '' when it has no progress (only entries). */
export function cardStateText(deck: DeckData, cardId: string, baseSeconds: number, dueImplied = false): string {
  const progress = own(deck.progress, cardId);
  if (!progress) return '';
  return encodeCardState(progress, own(deck.changedAt, cardId) ?? progress.scheduling.lastReview ?? progress.scheduling.due, baseSeconds, dueImplied);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The base time of a chunk: the earliest time of its states, manual changes and undone reviews (not its reviews). */
export function stateBaseTime(deck: DeckData): number {
  return earliestTime({ ...deck, log: [] });
}

/** The text of each month's reviews of `reviews` (in canonical order), by month key, oldest first. */
export function encodeReviewsByMonth(reviews: readonly ReviewEntry[], indexOf: ReadonlyMap<string, number>, width: number): Record<string, string> {
  const log: Record<string, string> = {};
  let start = 0;
  while (start < reviews.length) {
    const month = monthOf(reviews[start].at);
    const next = monthStart(month + 1);
    let end = start + 1;
    while (end < reviews.length && reviews[end].at < next) end += 1;
    log[monthKey(month)] = encodeMonthReviews(reviews.slice(start, end), indexOf, width, month);
    start = end;
  }
  return log;
}

/** The chunk of some cards (or a deck's cards, for a whole deck encoded as one chunk). */
export function encodeDeck(deck: DeckData): PersistedDeck {
  const base = stateBaseTime(deck);
  const manualByCard = groupByCard([], deck.manual);
  const reviewed = new Map<string, true>();
  for (const entry of deck.log) reviewed.set(entry.cardId, true);
  for (const cardId of manualByCard.keys()) reviewed.set(cardId, true);
  const ids = sortedCardIds(deck, reviewed);
  const indexOf = new Map(ids.map((cardId, index) => [cardId, index]));
  const encoded: PersistedDeck = { t: base, ids: frontCodeIds(ids), states: ids.map((cardId) => cardStateText(deck, cardId, base, true)) };
  const log = encodeReviewsByMonth(deck.log, indexOf, indexWidth(ids.length));
  if (hasKeys(log)) encoded.log = log;
  const manual: Record<string, string> = {};
  for (const [cardId, entries] of manualByCard) manual[String(indexOf.get(cardId))] = encodeCardLog(entries, base);
  if (hasKeys(manual)) encoded.manual = manual;
  const undone = encodeUndone(deck.undone, ids, base);
  if (undone) encoded.undone = undone;
  return encoded;
}

/** Undone reviews keyed by the card's index in `ids`; undefined when there are none. */
export function encodeUndone(undone: Record<string, number[]>, ids: readonly string[], baseSeconds: number): Record<string, string> | undefined {
  const byIndex: Record<string, string> = {};
  ids.forEach((cardId, index) => {
    const times = own(undone, cardId);
    if (times && times.length > 0) byIndex[String(index)] = times.map((at) => encodeTime(at, baseSeconds)).join(',');
  });
  return hasKeys(byIndex) ? byIndex : undefined;
}

/** The card a record names by its index in the chunk's ids; throws when there is none. */
function cardAtIndex(ids: readonly (string | null)[], indexText: string): string {
  const cardId = /^\d+$/.test(indexText) ? ids[Number(indexText)] : undefined;
  if (cardId === null || cardId === undefined) throw new CodecError(`no card #${indexText}`);
  return cardId;
}

/** Reads a chunk's undone reviews (card index → times) into `into`, record by record (decodeDeckInto). */
export function decodeUndoneInto(
  undone: Record<string, string> | undefined,
  ids: readonly (string | null)[],
  base: number,
  into: Record<string, number[]>,
  damaged: DamagedRecord[],
  where: string,
): void {
  for (const [indexText, timesText] of Object.entries(undone ?? {})) {
    try {
      const cardId = cardAtIndex(ids, indexText);
      if (timesText === '') throw new CodecError(`no times for card #${indexText}`);
      setOwn(
        into,
        cardId,
        timesText.split(',').map((text) => decodeTime(text, base, 'undone review time')),
      );
    } catch (error) {
      damaged.push({ where: `${where}, undone reviews of card #${indexText}`, reason: errorText(error), text: timesText });
    }
  }
}

/** A month of one chunk's reviews as read, not decoded yet. */
export interface MonthPart {
  text: string;
  ids: readonly (string | null)[];
  width: number;
  /** Reviews in it that can be read (those before any damage). */
  count: number;
  /** The chunk's stored (front-coded) ids: with the text, what the month's entries are made from. */
  codedIds: readonly string[];
}

/** A deck's part of the data as a chunk is read into it: its reviews stay in their months until read. */
export interface DeckRead extends DeckData {
  months: Map<number, MonthPart[]>;
  /**
   * When present, states and change times go straight into the card map's shards (card-map.ts) instead of
   * `progress` and `changedAt`: a chunk of a deck with 64 chunks or more is a shard or part of one, so opening the
   * store neither hashes the ids again nor builds a record of every card.
   */
  shards?: { progress: Record<string, CardProgress>[]; changedAt: Record<string, number>[]; cards: number };
}

export function emptyDeckRead(sharded = false): DeckRead {
  const read: DeckRead = { ...emptyDeckData(), months: new Map() };
  if (sharded) read.shards = { progress: [], changedAt: [], cards: 0 };
  return read;
}

/** The shard of each card of chunk `index` of `buckets`, when one shard holds the whole chunk. */
export function chunkShard(index: number, buckets: number): number | undefined {
  return buckets % CARD_MAP_SHARDS === 0 ? index % CARD_MAP_SHARDS : undefined;
}

/**
 * Reads a chunk into `into`, record by record: an id, state, manual log or undo record that cannot be read goes to
 * `damaged` (as its text) and the rest is kept; a month of reviews is checked and counted, and kept up to any damage.
 * `where` names the chunk in the damage reports.
 */
export function decodeDeckInto(encoded: PersistedDeck, into: DeckRead, damaged: DamagedRecord[], where: string, shard?: number): void {
  const base = encoded.t;
  if (!Number.isSafeInteger(base)) {
    damaged.push({ where, reason: `bad base time: ${String(base)}`, text: JSON.stringify(encoded) });
    return;
  }
  const ids = frontDecodeIdsLenient(encoded.ids);
  const count = Math.max(ids.length, encoded.states.length);
  for (let index = 0; index < count; index += 1) {
    const cardId = ids[index];
    const stateText = encoded.states[index];
    if (cardId === null || cardId === undefined || typeof stateText !== 'string') {
      const reason = cardId === undefined || stateText === undefined ? 'columns differ in length' : 'unreadable card id';
      damaged.push({ where: `${where}, card #${index}`, reason, text: JSON.stringify([encoded.ids[index], stateText]) });
      continue;
    }
    if (stateText === '') continue;
    try {
      const { progress, changedAt } = decodeCardState(stateText, base);
      let progressOf = into.progress;
      let changedAtOf = into.changedAt;
      if (into.shards) {
        const index = shard ?? shardOf(cardId);
        progressOf = into.shards.progress[index] ??= {};
        changedAtOf = into.shards.changedAt[index] ??= {};
        into.shards.cards += 1;
      }
      // Plain assignment is several times faster; only `__proto__` needs defining as an entry.
      if (cardId === '__proto__') {
        setOwn(progressOf, cardId, progress);
        setOwn(changedAtOf, cardId, changedAt);
      } else {
        progressOf[cardId] = progress;
        changedAtOf[cardId] = changedAt;
      }
    } catch (error) {
      damaged.push({ where: `${where}, card ${cardId}: state`, reason: errorText(error), text: stateText });
    }
  }
  const cardOf = (indexText: string) => cardAtIndex(ids, indexText);
  for (const [indexText, text] of Object.entries(encoded.manual ?? {})) {
    try {
      const reviews: ReviewEntry[] = [];
      decodeCardLog(text, cardOf(indexText), base, reviews, into.manual);
      if (reviews.length > 0) throw new CodecError('a review among the manual changes');
    } catch (error) {
      damaged.push({ where: `${where}, manual changes of card #${indexText}`, reason: errorText(error), text });
    }
  }
  decodeUndoneInto(encoded.undone, ids, base, into.undone, damaged, where);
  const width = indexWidth(ids.length);
  for (const [key, text] of Object.entries(encoded.log ?? {})) {
    const month = monthOfKey(key);
    let readable: number;
    try {
      if (Number.isNaN(month)) throw new MonthDamage(`not a month: "${key}"`, 0);
      readable = readMonthReviews(text, ids, width, month, null);
    } catch (error) {
      readable = error instanceof MonthDamage ? error.count : 0;
      damaged.push({ where: `${where}, reviews of ${key}`, reason: errorText(error), text });
    }
    if (readable === 0) continue;
    const parts = into.months.get(month);
    const part = { text, ids, width, count: readable, codedIds: encoded.ids };
    if (parts) parts.push(part);
    else into.months.set(month, [part]);
  }
}

/** Strict: a chunk with any unreadable record throws; its reviews are decoded, in canonical order. */
export function decodeDeck(encoded: PersistedDeck): DeckData {
  const deck = emptyDeckRead();
  const damaged: DamagedRecord[] = [];
  decodeDeckInto(encoded, deck, damaged, 'deck');
  if (damaged.length > 0) throw new CodecError(`${damaged[0].where}: ${damaged[0].reason}`);
  const { months, ...data } = deck;
  return { ...data, log: logEntries(lazyReviewLog(months)) as ReviewEntry[], manual: sortCanonically(deck.manual) };
}

/** The reviews of a month read from its chunks' parts, in canonical order. */
function decodeMonth(month: number, parts: readonly MonthPart[]): ReviewEntry[] {
  const entries: ReviewEntry[] = [];
  for (const part of parts) {
    const start = entries.length;
    try {
      readMonthReviews(part.text, part.ids, part.width, month, entries);
    } catch {
      // Damage found when the chunk was read: the reviews before it are kept, the rest were reported then.
    }
    entries.length = start + part.count;
  }
  return parts.length === 1 ? entries : sortMonth(entries, monthStart(month));
}

/** Entries of a month before the position number outgrows a sort key (2^21). */
const MONTH_SORT_LIMIT = 2 ** 21;

/**
 * A month's entries in canonical order. Whole-second times are packed with each entry's position into one number and
 * sorted as a Float64Array (the engine's numeric sort, no comparator to call): a grade right after opening decodes the
 * month it lands in, before any sorting code has warmed up.
 */
function sortMonth(entries: ReviewEntry[], start: number): ReviewEntry[] {
  if (entries.length >= MONTH_SORT_LIMIT) return entries.sort(compareReviewEntries);
  const keys = new Float64Array(entries.length);
  for (let index = 0; index < entries.length; index += 1) {
    const offset = (entries[index].at - start) / SECOND_MS;
    if (!Number.isInteger(offset) || offset < 0) return entries.sort(compareReviewEntries);
    keys[index] = offset * MONTH_SORT_LIMIT + index;
  }
  keys.sort();
  const sorted = new Array<ReviewEntry>(entries.length);
  for (let index = 0; index < keys.length; index += 1) sorted[index] = entries[keys[index] % MONTH_SORT_LIMIT];
  return orderTies(sorted);
}

/** A deck's log from the months read from its chunks: each month decoded when first read. */
export function lazyReviewLog(months: ReadonlyMap<number, readonly MonthPart[]>): ReviewLog<ReviewEntry> {
  const logMonths: LogMonth<ReviewEntry>[] = [];
  let size = 0;
  for (const month of [...months.keys()].sort((a, b) => a - b)) {
    const parts = months.get(month)!;
    let count = 0;
    for (const part of parts) count += part.count;
    size += count;
    logMonths.push(
      lazyLogMonth(
        month,
        count,
        () => decodeMonth(month, parts),
        parts.flatMap((part) => [part.codedIds, part.text]),
      ),
    );
  }
  return logMonths.length === 0 ? emptyReviewLog() : { months: logMonths, size };
}

/** Sorts runs of entries with the same time by card id (after a stable sort by time alone). */
function orderTies<T extends Pick<ReviewEntry, 'at' | 'cardId'>>(entries: T[]): T[] {
  let start = 0;
  for (let i = 1; i <= entries.length; i += 1) {
    if (i < entries.length && entries[i].at === entries[start].at) continue;
    if (i - start > 1) {
      const run = entries.slice(start, i).sort(compareReviewEntries);
      for (let j = 0; j < run.length; j += 1) entries[start + j] = run[j];
    }
    start = i;
  }
  return entries;
}

const RADIX = 0x10000;

/** Positions of `keys` in ascending order, stable: a two-pass radix sort on 16-bit halves (32-bit keys). */
function radixOrder(keys: Uint32Array): Uint32Array {
  const count = keys.length;
  let order = new Uint32Array(count);
  let next = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) order[i] = i;
  const buckets = new Uint32Array(RADIX);
  for (const shift of [0, 16]) {
    buckets.fill(0);
    for (let i = 0; i < count; i += 1) buckets[(keys[i] >>> shift) & 0xffff] += 1;
    let sum = 0;
    for (let b = 0; b < RADIX; b += 1) {
      const size = buckets[b];
      buckets[b] = sum;
      sum += size;
    }
    for (let i = 0; i < count; i += 1) {
      const position = order[i];
      next[buckets[(keys[position] >>> shift) & 0xffff]++] = position;
    }
    [order, next] = [next, order];
  }
  return order;
}

/**
 * `entries` in canonical order (time, then card id). Whole-second times within 136 years of each other are sorted as
 * 32-bit numbers by a radix sort, many times faster than a comparator on 200,000 entries; the few entries that share
 * a second are then ordered by card id.
 */
export function sortCanonically<T extends Pick<ReviewEntry, 'at' | 'cardId'>>(entries: T[]): T[] {
  let earliest = Infinity;
  let latest = -Infinity;
  let wholeSeconds = true;
  for (const entry of entries) {
    if (entry.at < earliest) earliest = entry.at;
    if (entry.at > latest) latest = entry.at;
    if (entry.at % SECOND_MS !== 0) wholeSeconds = false;
  }
  if (!wholeSeconds || (latest - earliest) / SECOND_MS >= 2 ** 32 || entries.length < 64) return entries.sort(compareReviewEntries);
  const keys = new Uint32Array(entries.length);
  for (let i = 0; i < entries.length; i += 1) keys[i] = (entries[i].at - earliest) / SECOND_MS;
  const order = radixOrder(keys);
  const sorted = new Array<T>(entries.length);
  for (let i = 0; i < order.length; i += 1) sorted[i] = entries[order[i]];
  return orderTies(sorted);
}

// ---- buckets ----------------------------------------------------------------------------------------------

/** Most cards a chunk holds on average before a deck's chunks double (30–40 KB a chunk at 20 reviews a card). */
export const MAX_AVERAGE_CARDS_PER_CHUNK = 160;

/** The bucket of a card in a deck of `buckets` chunks (a power of two). */
export function cardBucket(cardId: string, buckets: number): number {
  return hashCardId(cardId) & (buckets - 1);
}

/**
 * The number of chunks for `cardCount` cards: a power of two, at least `current` (chunks never merge again, so two
 * tabs agree), and enough for at most 160 cards a chunk on average.
 */
export function bucketCountFor(cardCount: number, current = 1): number {
  let buckets = Math.max(1, current);
  while (cardCount > buckets * MAX_AVERAGE_CARDS_PER_CHUNK) buckets *= 2;
  return buckets;
}

// ---- whole data -------------------------------------------------------------------------------------------

function deckIdsOf(data: StudyData): string[] {
  const ids = new Set([...Object.keys(data.progress), ...Object.keys(data.log), ...Object.keys(data.manualLog), ...Object.keys(data.undoneReviews)]);
  return [...ids].sort();
}

/** One deck's part of the study data as the store keeps it (card maps and a log by month), before encoding. */
export interface DeckSource {
  progress: CardMap<CardProgress>;
  log: ReviewLog<ReviewEntry>;
  manual: ManualEntry[];
  changedAt: CardMap<number>;
  undone: Record<string, number[]>;
}

// Shared empties, so a deck missing from one map keeps the same objects between writes (the encoder reuses by identity).
const NO_MANUAL: ManualEntry[] = Object.freeze([]) as unknown as ManualEntry[];
const NO_UNDONE: Record<string, number[]> = Object.freeze({}) as Record<string, number[]>;

export function deckSourceOf(data: StudyData, deckId: string): DeckSource {
  return {
    progress: own(data.progress, deckId) ?? emptyCardMap(),
    log: own(data.log, deckId) ?? emptyReviewLog(),
    manual: own(data.manualLog, deckId) ?? NO_MANUAL,
    changedAt: own(data.cardChangedAt, deckId) ?? emptyCardMap(),
    undone: own(data.undoneReviews, deckId) ?? NO_UNDONE,
  };
}

/** A deck's source as plain records and arrays (what chunks are encoded from). */
export function deckDataOf(source: DeckSource): DeckData {
  return {
    progress: cardRecordOf(source.progress),
    log: logEntries(source.log) as ReviewEntry[],
    manual: source.manual,
    changedAt: cardRecordOf(source.changedAt),
    undone: source.undone,
  };
}

function hasKeys(record: object): boolean {
  for (const _key in record) return true;
  return false;
}

export function isEmptyDeck(deck: DeckData): boolean {
  // Arrays first: asking a record of 10,000 cards whether it has a key makes the engine list them all.
  return deck.log.length === 0 && deck.manual.length === 0 && !hasKeys(deck.progress) && Object.values(deck.undone).every((times) => times.length === 0);
}

export function isEmptySource(deck: DeckSource): boolean {
  return deck.log.size === 0 && deck.manual.length === 0 && deck.progress.size === 0 && Object.values(deck.undone).every((times) => times.length === 0);
}

/** Every deck of `data` that has something to store, by id. */
export function nonEmptyDecks(data: StudyData): [string, DeckSource][] {
  return deckIdsOf(data)
    .map((deckId): [string, DeckSource] => [deckId, deckSourceOf(data, deckId)])
    .filter(([, deck]) => !isEmptySource(deck));
}

/** The UTC month a quiz finished in, `2026-11`: the key its record is stored under. */
export function quizMonth(finishedAt: number): string {
  const date = new Date(finishedAt);
  if (!Number.isFinite(date.getTime())) return 'undated';
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The quiz history (oldest first) by month, each month oldest first. */
export function quizzesByMonth(history: readonly QuizRecord[]): Record<string, QuizRecord[]> {
  const months: Record<string, QuizRecord[]> = {};
  for (const record of history) {
    const month = quizMonth(record.finishedAt);
    const records = own(months, month);
    if (records) records.push(record);
    else setOwn(months, month, [record]);
  }
  return months;
}

/** The cards of a deck split into its buckets (the cards' own parts of each map). */
export function splitDeck(deck: DeckData, buckets: number): DeckData[] {
  const parts = Array.from({ length: buckets }, emptyDeckData);
  const bucketOf = new Map<string, number>();
  const partOf = (cardId: string) => {
    let bucket = bucketOf.get(cardId);
    if (bucket === undefined) {
      bucket = cardBucket(cardId, buckets);
      bucketOf.set(cardId, bucket);
    }
    return parts[bucket];
  };
  const put = <T>(record: Record<string, T>, cardId: string, value: T) => {
    if (cardId === '__proto__') setOwn(record, cardId, value);
    else record[cardId] = value;
  };
  for (const cardId of Object.keys(deck.progress)) put(partOf(cardId).progress, cardId, deck.progress[cardId]);
  for (const cardId of Object.keys(deck.changedAt)) put(partOf(cardId).changedAt, cardId, deck.changedAt[cardId]);
  for (const cardId of Object.keys(deck.undone)) put(partOf(cardId).undone, cardId, deck.undone[cardId]);
  for (const entry of deck.log) partOf(entry.cardId).log.push(entry);
  for (const entry of deck.manual) partOf(entry.cardId).manual.push(entry);
  return parts;
}

/** The chunks of one deck, `buckets` of them (empty buckets have none). */
export function encodeDeckChunks(deck: DeckData, buckets: number): PersistedDeckChunks {
  const chunks: Record<string, PersistedDeck> = {};
  splitDeck(deck, buckets).forEach((part, bucket) => {
    if (!isEmptyDeck(part)) chunks[String(bucket)] = encodeDeck(part);
  });
  return { buckets, chunks };
}

/** Cards with something stored in a deck (what decides its number of chunks). */
export function storedCardCount(deck: DeckData): number {
  const ids = new Set(Object.keys(deck.progress));
  for (const entry of deck.log) ids.add(entry.cardId);
  for (const entry of deck.manual) ids.add(entry.cardId);
  for (const [cardId, times] of Object.entries(deck.undone)) if (times.length > 0) ids.add(cardId);
  return ids.size;
}

/** The stored form of `data`, every deck encoded afresh (the caching encoder gives the same result, faster). */
export function encodeStudyData(data: StudyData, bucketsOf: (deckId: string) => number | undefined = () => undefined): PersistedStudyData {
  const decks: Record<string, PersistedDeckChunks> = {};
  for (const [deckId, source] of nonEmptyDecks(data)) {
    const deck = deckDataOf(source);
    setOwn(decks, deckId, encodeDeckChunks(deck, bucketCountFor(storedCardCount(deck), bucketsOf(deckId))));
  }
  return withQuizSessions(
    {
      settings: data.settings,
      settingsChangedAt: data.settingsChangedAt,
      progressResetAt: data.progressResetAt,
      quizzes: quizzesByMonth(data.quizHistory),
      decks,
    },
    data.quizSessions,
  );
}

/** `persisted` with the quizzes in progress, when there are any (so data without them is stored as before them). */
/** `persisted` with the quizzes in progress, when there are any (so data without them is stored as before them). */
export function withQuizSessions(persisted: PersistedStudyData, sessions: Record<string, QuizSessionSlot>): PersistedStudyData {
  return hasKeys(sessions) ? { ...persisted, quizSessions: sessions } : persisted;
}

/** Puts a deck's decoded parts into `data`, its logs put in order (a deck appears in a map only when it has something there). */
export function addDeckTo(data: StudyData, deckId: string, deck: DeckData | DeckRead): void {
  deck.log = sortCanonically(deck.log);
  deck.manual = sortCanonically(deck.manual);
  if ('shards' in deck && deck.shards && deck.shards.cards > 0) {
    const { progress, changedAt } = deck.shards;
    setOwn(
      data.progress,
      deckId,
      cardMapOfShards((index) => progress[index] ?? {}),
    );
    setOwn(
      data.cardChangedAt,
      deckId,
      cardMapOfShards((index) => changedAt[index] ?? {}),
    );
  } else if (hasKeys(deck.progress)) {
    setOwn(data.progress, deckId, cardMapOf(deck.progress));
    setOwn(data.cardChangedAt, deckId, cardMapOf(deck.changedAt));
  }
  // A chunk read whole (schemas 2–4) gives entries; one of schema 5 gives months, decoded when first read.
  if (deck.log.length > 0) setOwn(data.log, deckId, reviewLogOfSorted(deck.log));
  else if ('months' in deck && deck.months.size > 0) setOwn(data.log, deckId, lazyReviewLog(deck.months));
  if (deck.manual.length > 0) setOwn(data.manualLog, deckId, deck.manual);
  if (hasKeys(deck.undone)) setOwn(data.undoneReviews, deckId, deck.undone);
}

/** The quiz history from its months, oldest first (ties by id, as merging keeps them). */
export function joinQuizMonths(months: Record<string, readonly QuizRecord[]>): QuizRecord[] {
  const history = Object.keys(months)
    .sort()
    .flatMap((month) => own(months, month) ?? []);
  return history.sort((a, b) => a.finishedAt - b.finishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Study data with the stored settings, times and quizzes, and no deck yet (addDeckTo adds them). */
export function dataWithoutDecks(
  stored: Pick<StudyData, 'settings' | 'settingsChangedAt' | 'progressResetAt'>,
  quizHistory: StudyData['quizHistory'],
  quizSessions: StudyData['quizSessions'] = {},
): StudyData {
  return {
    ...emptyStudyData(),
    progressResetAt: stored.progressResetAt,
    settings: stored.settings,
    settingsChangedAt: stored.settingsChangedAt,
    quizHistory,
    quizSessions,
  };
}

/** A decoder that remembers its result per object; `remember` records one known without decoding. */
export interface DecodedOnce<T extends object> {
  (persisted: T): LenientDecode;
  remember(persisted: T, result: LenientDecode): void;
}

/** `decode`, remembered per object: reading checks stored data by decoding it, and later steps reuse that. */
export function decodedOnce<T extends object>(decode: (persisted: T) => LenientDecode): DecodedOnce<T> {
  const decoded = new WeakMap<T, LenientDecode>();
  const once = (persisted: T) => {
    let result = decoded.get(persisted);
    if (!result) {
      result = decode(persisted);
      decoded.set(persisted, result);
    }
    return result;
  };
  return Object.assign(once, { remember: (persisted: T, result: LenientDecode) => void decoded.set(persisted, result) });
}

export interface LenientDecode {
  data: StudyData;
  damaged: DamagedRecord[];
}

/** Decodes stored data record by record: what cannot be read is listed in `damaged`, everything else is kept. */
export function decodeStudyDataLenient(persisted: PersistedStudyData): LenientDecode {
  const damaged: DamagedRecord[] = [];
  const data = dataWithoutDecks(persisted, joinQuizMonths(persisted.quizzes), persisted.quizSessions);
  for (const [deckId, { buckets, chunks }] of Object.entries(persisted.decks)) {
    const deck = emptyDeckRead(true);
    for (const [index, chunk] of Object.entries(chunks)) {
      const found: DamagedRecord[] = [];
      decodeDeckInto(chunk, deck, found, `deck ${deckId}, chunk ${index} of ${buckets}`, chunkShard(Number(index), buckets));
      for (const record of found) damaged.push({ ...record, deckId, chunk: Number(index) });
    }
    addDeckTo(data, deckId, deck);
  }
  return { data, damaged };
}

/** Strict: throws CodecError at the first record that cannot be read (what an imported progress file needs). */
export function decodeStudyData(persisted: PersistedStudyData): StudyData {
  const { data, damaged } = decodeStudyDataLenient(persisted);
  if (damaged.length > 0) throw new CodecError(`${damaged[0].where}: ${damaged[0].reason}`);
  return data;
}

/** The study data of current-version stored data, decoded once per object (reading, merging and migrating share it). */
export const decodePersisted = decodedOnce(decodeStudyDataLenient);
