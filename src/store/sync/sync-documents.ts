// Study data as CouchDB documents, and the check every document from a server passes before it is used.
//
// Every document is immutable: a review, a forget, an undo, a finished quiz, a reset are facts; a change to a card's
// flag or suspension, or to one setting, is a new document named by its time and device, and the latest one wins
// (sync-ledger.ts). So two devices never edit one document and CouchDB never has a conflict to pick a side in; the
// same fact recorded on two devices (the same review) has the same id and is one document.
import * as v from 'valibot';
import { CARD_FLAGS, type CardFlag, type ManualEntry, type ReviewEntry, type StudySettings } from '../../domain/progress';
import type { QuizRecord } from '../../domain/quiz-record';
import { ManualRangesSchema, QuizRecordRangesSchema, ReviewRangesSchema } from '../progress-transfer/progress-transfer-schema';
import { QuizRecordSchema } from '../persist/persisted-schemas';
import { SettingsChangeSchema } from '../data/settings-schema';

/** Settings that follow the learner to every device; the theme is each device's own. */
export const SYNCED_SETTINGS = [
  'newCardsPerDay',
  'reviewsPerDay',
  'desiredRetention',
  'maximumIntervalDays',
  'dayStartHour',
  'studyReverseCards',
  'examDate',
  'fsrsParameters',
  'previousFsrsParameters',
] as const satisfies readonly (keyof StudySettings)[];
export type SyncedSetting = (typeof SYNCED_SETTINGS)[number];

export interface ReviewDoc {
  _id: string;
  type: 'review';
  deckId: string;
  entry: ReviewEntry;
}
export interface ForgetDoc {
  _id: string;
  type: 'forget';
  deckId: string;
  entry: ManualEntry;
}
/** A review taken back with undo: the review leaves every device's log. */
export interface UndoDoc {
  _id: string;
  type: 'undo';
  deckId: string;
  cardId: string;
  at: number;
}
/** The fields of a card set by hand, each synced on its own: one device's flag and another's suspension both stay. */
export type CardMarkField = 'suspended' | 'flag';

/**
 * One field of a card as set at `changedAt` on `device`. `replaces` is the winning document the device knew when it
 * made the change (null: none), so a change made without seeing the one it beats can be told from a later edit.
 */
export interface CardMarkDoc {
  _id: string;
  type: 'card';
  deckId: string;
  cardId: string;
  field: CardMarkField;
  value: boolean | CardFlag | null;
  changedAt: number;
  device: string;
  replaces: string | null;
}
/** One setting as set at `changedAt` on `device` (`null` for a setting that is absent: the default parameters). */
export interface SettingDoc {
  _id: string;
  type: 'setting';
  key: SyncedSetting;
  value: StudySettings[SyncedSetting] | null;
  changedAt: number;
  device: string;
  replaces: string | null;
}
/** "Reset all progress" at `at`: everything changed at or before it is gone on every device. */
export interface ResetDoc {
  _id: string;
  type: 'reset';
  at: number;
}
export interface QuizDoc {
  _id: string;
  type: 'quiz';
  record: QuizRecord;
}
/** An imported deck, by id and a hash of its notes: which decks the learner studies elsewhere. */
export interface DeckDoc {
  _id: string;
  type: 'deck';
  deckId: string;
  title: string;
  contentHash: string;
  updatedAt: number;
}

export type SyncDoc = ReviewDoc | ForgetDoc | UndoDoc | CardMarkDoc | SettingDoc | ResetDoc | QuizDoc | DeckDoc;

// ---- ids ----------------------------------------------------------------------------------------------------

/** Parts joined by `|`, each escaped (so an id holding `|` cannot pass for two parts); never starts with `_`. */
const idOf = (...parts: (string | number)[]) => parts.map((part) => encodeURIComponent(String(part))).join('|');

export const reviewDocId = (deckId: string, entry: Pick<ReviewEntry, 'cardId' | 'at'>) => idOf('review', deckId, entry.cardId, entry.at);
export const forgetDocId = (deckId: string, entry: Pick<ManualEntry, 'cardId' | 'at'>) => idOf('forget', deckId, entry.cardId, entry.at);
export const undoDocId = (deckId: string, cardId: string, at: number) => idOf('undo', deckId, cardId, at);
export const cardMarkDocId = (deckId: string, cardId: string, field: CardMarkField, changedAt: number, device: string) =>
  idOf('card', deckId, cardId, field, changedAt, device);
export const settingDocId = (key: string, changedAt: number, device: string) => idOf('setting', key, changedAt, device);
export const resetDocId = (at: number) => idOf('reset', at);
export const quizDocId = (id: string) => idOf('quiz', id);
export const deckDocId = (deckId: string, contentHash: string) => idOf('deck', deckId, contentHash);

/** The id a document's content gives it: a document under any other id is refused. */
export function expectedDocId(doc: Omit<SyncDoc, '_id'> & { type: SyncDoc['type'] }): string {
  const d = doc as SyncDoc;
  switch (d.type) {
    case 'review':
      return reviewDocId(d.deckId, d.entry);
    case 'forget':
      return forgetDocId(d.deckId, d.entry);
    case 'undo':
      return undoDocId(d.deckId, d.cardId, d.at);
    case 'card':
      return cardMarkDocId(d.deckId, d.cardId, d.field, d.changedAt, d.device);
    case 'setting':
      return settingDocId(d.key, d.changedAt, d.device);
    case 'reset':
      return resetDocId(d.at);
    case 'quiz':
      return quizDocId(d.record.id);
    case 'deck':
      return deckDocId(d.deckId, d.contentHash);
  }
}

/** FNV-1a, 64 bits, over the notes' paths and texts: which version of a deck's notes a device has. */
export function deckContentHash(sources: ReadonlyArray<{ path: string; text: string }>): string {
  let hash = 0xcbf29ce484222325n;
  const text = sources.map((source) => `${source.path}\u0000${source.text}`).join('\u0001');
  for (let index = 0; index < text.length; index += 1) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The document naming an imported deck and the version of its notes. */
export function deckDocOf(deckId: string, title: string, sources: ReadonlyArray<{ path: string; text: string }>, updatedAt: number): DeckDoc {
  const contentHash = deckContentHash(sources);
  return { _id: deckDocId(deckId, contentHash), type: 'deck', deckId, title: title.slice(0, SYNC_LIMITS.idLength), contentHash, updatedAt };
}

// ---- checks ---------------------------------------------------------------------------------------------------

/** Longest id, device name or text field a document may hold, and the largest document (a quiz with its results). */
export const SYNC_LIMITS = { idLength: 1000, stringLength: 20_000, docChars: 1_000_000, depth: 32 } as const;

const MAX_TIME_MS = 8.64e15;
const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_TIME_MS));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(SYNC_LIMITS.idLength));
const device = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a device id'));
const docBase = { _id: id, _rev: v.optional(v.string()) };

const SyncDocSchema = v.variant('type', [
  v.object({ ...docBase, type: v.literal('review'), deckId: id, entry: ReviewRangesSchema }),
  v.object({ ...docBase, type: v.literal('forget'), deckId: id, entry: ManualRangesSchema }),
  v.object({ ...docBase, type: v.literal('undo'), deckId: id, cardId: id, at: time }),
  v.pipe(
    v.object({
      ...docBase,
      type: v.literal('card'),
      deckId: id,
      cardId: id,
      field: v.picklist(['suspended', 'flag']),
      value: v.union([v.boolean(), v.nullable(v.picklist(CARD_FLAGS))]),
      changedAt: time,
      device,
      replaces: v.nullable(id),
    }),
    v.check((doc) => (doc.field === 'suspended') === (typeof doc.value === 'boolean'), 'has a value of the wrong kind for its field'),
  ),
  v.pipe(
    v.object({
      ...docBase,
      type: v.literal('setting'),
      key: v.picklist(SYNCED_SETTINGS),
      value: v.unknown(),
      changedAt: time,
      device,
      replaces: v.nullable(id),
    }),
    // The value is checked as the settings screen checks a change of that setting.
    v.check((doc) => v.is(SettingsChangeSchema, { [doc.key]: doc.value ?? undefined }), 'has a value out of range for its setting'),
    v.check((doc) => doc.value !== null || doc.key === 'fsrsParameters' || doc.key === 'previousFsrsParameters' || doc.key === 'examDate', 'has no value'),
  ),
  v.object({ ...docBase, type: v.literal('reset'), at: time }),
  v.object({
    ...docBase,
    type: v.literal('quiz'),
    record: v.pipe(
      QuizRecordSchema,
      v.check((record) => v.is(QuizRecordRangesSchema, record), 'is out of range'),
    ),
  }),
  v.object({ ...docBase, type: v.literal('deck'), deckId: id, title: id, contentHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)), updatedAt: time }),
]);

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a parsed JSON value may not even be looked at: a key that could reach a prototype, a huge string, deep nesting. */
function shapeProblem(value: unknown, depth = 0): string | null {
  if (depth > SYNC_LIMITS.depth) return 'is nested too deeply';
  if (typeof value === 'string') return value.length > SYNC_LIMITS.stringLength ? `holds a text of ${value.length} characters` : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `has a key named “${key}”`;
    if (key.length > SYNC_LIMITS.idLength) return 'has a key too long to be a field';
    const inner = shapeProblem((value as Record<string, unknown>)[key], depth + 1);
    if (inner) return inner;
  }
  return null;
}

export type SyncDocCheck = { ok: true; doc: SyncDoc } | { ok: false; id: string; reason: string };

/** A document from the server, checked; the reason it is refused otherwise (it is then never used). */
export function checkSyncDoc(raw: unknown): SyncDocCheck {
  const rawId =
    typeof raw === 'object' && raw !== null && typeof (raw as { _id?: unknown })._id === 'string' ? (raw as { _id: string })._id.slice(0, 200) : '(no id)';
  const refuse = (reason: string): SyncDocCheck => ({ ok: false, id: rawId, reason });
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return refuse('is not plain data');
  }
  if (size > SYNC_LIMITS.docChars) return refuse(`is ${size} characters long`);
  const problem = shapeProblem(raw);
  if (problem) return refuse(problem);
  const parsed = v.safeParse(SyncDocSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    return refuse(`${path ? `${path}: ` : ''}${issue.message}`);
  }
  const { _rev, ...doc } = parsed.output as SyncDoc & { _rev?: string };
  void _rev;
  if (doc._id !== expectedDocId(doc)) return refuse('is stored under an id its content does not give');
  return { ok: true, doc };
}

/** Documents are not only data: "_design/…" and "_local/…" ids belong to CouchDB itself. */
export function isStudyDocId(docId: string): boolean {
  return !docId.startsWith('_');
}
