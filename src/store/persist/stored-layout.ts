// How the stored data (persisted-codec.ts) is laid out over localStorage keys: the key names, the root that lists
// them, and reading them back. Pure apart from reading the storage it is given.
import * as v from 'valibot';
import type { QuizRecord } from '../../domain/quiz-record';
import { type DamagedRecord, type PersistedDeck, type PersistedStudyData } from './persisted-codec';
import {
  describeIssues,
  PersistedDeckSchema,
  PersistedDeckV4Schema,
  QuizMonthSchema,
  QuizRecordSchema,
  StoredRootV4Schema,
  type StoredRoot,
} from './persisted-schemas';
import { QuizSessionSlotSchema } from './quiz-schemas';
import type { QuizSessionSlot } from '../data/study-data';
import type { RawStorage } from './guarded-storage';
import { setOwn } from '../data/own-key';

/** The first schema whose chunks keep reviews by month (persisted-migrations.ts names it). */
const MONTHLY_REVIEWS_VERSION = 5;

/** The schema the chunks in storage were written in, for a root that could not be read: 4 if any has per-card logs. */
export function chunkVersionOf(area: RawStorage, name: string, root: StoredRoot, current: number): number {
  for (const [deckId, { buckets, chunks }] of Object.entries(root.decks)) {
    for (const index of chunks) {
      const text = area.getItem(chunkKey(name, deckId, buckets, index));
      if (text !== null && text.includes('"logs":')) return MONTHLY_REVIEWS_VERSION - 1;
    }
  }
  return current;
}

/** A deck's chunk: `<name>:cards:<deck id, URI-encoded>:<buckets>:<index>`. */
export function chunkKey(name: string, deckId: string, buckets: number, index: number | string): string {
  return `${name}:cards:${encodeURIComponent(deckId)}:${buckets}:${index}`;
}

/** A month of finished quizzes: `<name>:quizzes:<yyyy-mm>`. */
export function quizKey(name: string, month: string): string {
  return `${name}:quizzes:${month}`;
}

/** A deck's quiz in progress: `<name>:session:<deck id, URI-encoded>`. */
export function sessionKey(name: string, deckId: string): string {
  return `${name}:session:${encodeURIComponent(deckId)}`;
}

/** Keys of the layout besides the root (chunks, quiz months, quizzes in progress), as opposed to backups or other data. */
export function isLayoutKey(name: string, key: string): boolean {
  return key.startsWith(`${name}:cards:`) || key.startsWith(`${name}:quizzes:`) || key.startsWith(`${name}:session:`);
}

/** FNV-1a of a text, in base 36: enough to tell one save from the next. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** One key of the layout and its text. */
export interface LayoutEntry {
  key: string;
  text: string;
}

/** The JSON text of a chunk or a quiz month, made once per object. */
export type TextCache = WeakMap<object, string>;

function textOf(value: object, cache: TextCache): string {
  let text = cache.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    cache.set(value, text);
  }
  return text;
}

/** Every key of `persisted` but the root (chunks, quiz months, then quizzes in progress), with its text. */
export function layoutParts(name: string, persisted: PersistedStudyData, cache: TextCache): LayoutEntry[] {
  const parts: LayoutEntry[] = [];
  for (const [deckId, { buckets, chunks }] of Object.entries(persisted.decks)) {
    for (const [index, chunk] of Object.entries(chunks)) parts.push({ key: chunkKey(name, deckId, buckets, index), text: textOf(chunk, cache) });
  }
  for (const [month, records] of Object.entries(persisted.quizzes)) parts.push({ key: quizKey(name, month), text: textOf(records, cache) });
  for (const [deckId, slot] of Object.entries(persisted.quizSessions ?? {})) parts.push({ key: sessionKey(name, deckId), text: textOf(slot, cache) });
  return parts;
}

/**
 * The root: what `persisted` holds besides its chunks and quiz months, the keys of those, and a fingerprint that
 * changes with every save of any of them (so another tab listening to the root hears of every save).
 */
export function rootOf(persisted: PersistedStudyData, fingerprint: string): StoredRoot {
  const decks: StoredRoot['decks'] = {};
  for (const [deckId, { buckets, chunks }] of Object.entries(persisted.decks)) {
    setOwn(decks, deckId, {
      buckets,
      chunks: Object.keys(chunks)
        .map(Number)
        .sort((a, b) => a - b),
    });
  }
  const root: StoredRoot = {
    settings: persisted.settings,
    settingsChangedAt: persisted.settingsChangedAt,
    progressResetAt: persisted.progressResetAt,
    decks,
    quizzes: Object.keys(persisted.quizzes).sort(),
    fingerprint,
  };
  // Listed only when there are some, so a root without quizzes in progress reads as before them.
  const sessions = Object.keys(persisted.quizSessions ?? {}).sort();
  return sessions.length > 0 ? { ...root, sessions } : root;
}

export interface LayoutRead {
  /** What could be read; a key that could not be is left out (and listed in `damaged`). */
  persisted: PersistedStudyData;
  /** The text of every key read, by key. */
  texts: Map<string, string>;
  /** Each chunk and quiz month read whole, with the text it was read from. */
  sources: Map<object, string>;
  /** Keys that were missing or could not be read, and quiz records that could not be. */
  damaged: (DamagedRecord & { key: string })[];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readJson(area: RawStorage, key: string, texts: Map<string, string>): { ok: true; value: unknown } | { ok: false; reason: string; text: string } {
  const text = area.getItem(key);
  if (text === null) return { ok: false, reason: 'missing', text: '' };
  texts.set(key, text);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `not JSON (${errorText(error)})`, text };
  }
}

/**
 * Reads every key a schema-3, -4 or -5 root lists; what is missing or unreadable is reported, the rest kept. Chunks
 * are checked as `version` wrote them (schema 5 keeps reviews by month; `persisted` then holds chunks of that shape).
 */
export function readLayout(area: RawStorage, name: string, root: StoredRoot, rootText: string, version: number): LayoutRead {
  const chunkSchema = version >= MONTHLY_REVIEWS_VERSION ? PersistedDeckSchema : PersistedDeckV4Schema;
  const texts = new Map([[name, rootText]]);
  const sources = new Map<object, string>();
  const damaged: LayoutRead['damaged'] = [];
  const persisted: PersistedStudyData = {
    settings: root.settings,
    settingsChangedAt: root.settingsChangedAt,
    progressResetAt: root.progressResetAt,
    quizzes: {},
    decks: {},
  };
  for (const [deckId, { buckets, chunks }] of Object.entries(root.decks)) {
    const read: Record<string, PersistedDeck> = {};
    for (const index of chunks) {
      const key = chunkKey(name, deckId, buckets, index);
      const where = `deck ${deckId}, chunk ${index} of ${buckets}`;
      const json = readJson(area, key, texts);
      if (!json.ok) {
        damaged.push({ key, where, reason: json.reason, text: json.text, deckId, chunk: index });
        continue;
      }
      const chunk = v.safeParse(chunkSchema, json.value);
      if (chunk.success && index < buckets) {
        read[String(index)] = chunk.output as PersistedDeck;
        sources.set(chunk.output, texts.get(key)!);
      } else
        damaged.push({
          key,
          where,
          reason: chunk.success ? 'chunk past the number of chunks' : describeIssues(chunk.issues),
          text: texts.get(key)!,
          deckId,
          chunk: index,
        });
    }
    setOwn(persisted.decks, deckId, { buckets, chunks: read });
  }
  for (const month of root.quizzes) {
    const key = quizKey(name, month);
    const json = readJson(area, key, texts);
    if (!json.ok || !Array.isArray(json.value)) {
      damaged.push({ key, where: `quizzes of ${month}`, reason: json.ok ? 'not a list' : json.reason, text: texts.get(key) ?? '' });
      continue;
    }
    const records: QuizRecord[] = [];
    json.value.forEach((value: unknown, index) => {
      const record = v.safeParse(QuizRecordSchema, value);
      if (record.success) records.push(record.output);
      else damaged.push({ key, where: `quizzes of ${month}, record #${index}`, reason: describeIssues(record.issues), text: JSON.stringify(value) });
    });
    setOwn(persisted.quizzes, month, records);
    if (records.length === json.value.length) sources.set(records, texts.get(key)!);
  }
  const sessions: Record<string, QuizSessionSlot> = {};
  for (const deckId of root.sessions ?? []) {
    const key = sessionKey(name, deckId);
    const where = `quiz in progress of deck ${deckId}`;
    const json = readJson(area, key, texts);
    const slot = json.ok ? v.safeParse(QuizSessionSlotSchema, json.value) : null;
    if (slot?.success) {
      setOwn(sessions, deckId, slot.output as QuizSessionSlot);
      sources.set(slot.output, texts.get(key)!);
    } else {
      damaged.push({ key, where, reason: slot ? describeIssues(slot.issues) : json.ok ? '' : json.reason, text: texts.get(key) ?? '' });
    }
  }
  if (Object.keys(sessions).length > 0) persisted.quizSessions = sessions;
  return { persisted, texts, sources, damaged };
}

/**
 * A root made from the keys themselves, for when the root cannot be read: the chunks and quiz months found in an
 * enumerable storage (for a deck with chunks of several sizes, the most: chunks only ever grow in number, so those
 * are the latest), with default settings. Null when there are none, or the storage cannot list its keys.
 */
export function rootFromKeys(area: RawStorage, name: string): StoredRoot | null {
  const decks = new Map<string, { buckets: number; chunks: number[] }>();
  const months: string[] = [];
  const sessions: string[] = [];
  const chunkPattern = /^(.*):(\d+):(\d+)$/;
  for (const key of ownedKeys(area, name)) {
    if (key.startsWith(`${name}:session:`)) {
      try {
        sessions.push(decodeURIComponent(key.slice(`${name}:session:`.length)));
      } catch {
        // Not a key this app wrote.
      }
      continue;
    }
    if (key.startsWith(`${name}:quizzes:`)) {
      const month = key.slice(`${name}:quizzes:`.length);
      if (v.is(QuizMonthSchema, month)) months.push(month);
      continue;
    }
    const match = chunkPattern.exec(key.slice(`${name}:cards:`.length));
    if (!key.startsWith(`${name}:cards:`) || !match) continue;
    let deckId: string;
    try {
      deckId = decodeURIComponent(match[1]);
    } catch {
      continue;
    }
    const buckets = Number(match[2]);
    const index = Number(match[3]);
    if (!v.is(StoredRootV4Schema.entries.decks.value.entries.buckets, buckets) || index >= buckets) continue;
    const known = decks.get(deckId);
    if (!known || known.buckets < buckets) decks.set(deckId, { buckets, chunks: [index] });
    else if (known.buckets === buckets) known.chunks.push(index);
  }
  if (decks.size === 0 && months.length === 0 && sessions.length === 0) return null;
  return {
    settings: v.parse(StoredRootV4Schema.entries.settings, undefined),
    settingsChangedAt: null,
    progressResetAt: null,
    decks: Object.fromEntries([...decks].map(([deckId, deck]) => [deckId, { ...deck, chunks: deck.chunks.sort((a, b) => a - b) }])),
    quizzes: months.sort(),
    ...(sessions.length > 0 ? { sessions: sessions.sort() } : {}),
    fingerprint: '',
  };
}

/** Every key `name` owns in an enumerable storage (the root and its chunks and months), for a backup of everything. */
export function ownedKeys(area: RawStorage, name: string): string[] {
  const keys = [name];
  if (typeof area.key !== 'function' || typeof area.length !== 'number') return keys;
  for (let index = 0; index < area.length; index += 1) {
    const key = area.key(index);
    if (key !== null && isLayoutKey(name, key)) keys.push(key);
  }
  return keys;
}
