// The shape of each stored schema version, checked before anything is migrated, decoded or merged.
import * as v from 'valibot';
import { defaultStudySettings } from '../../domain/progress';
import { ALL_QUIZ_FORMATS } from '../../domain/quiz-types';
import { StoredSettingsSchema } from '../data/settings-schema';
import { QuizResultsSchema, QuizSessionSlotSchema, StudyScopeSchema } from './quiz-schemas';

/** Missing or unusable settings fall back to the defaults rather than making the data unreadable. */
const storedSettings = v.fallback(StoredSettingsSchema, () => ({ ...defaultStudySettings }));

const finiteNumber = v.pipe(v.number(), v.finite());
const stateCode = v.picklist([0, 1, 2, 3]);

/**
 * A change to QuizRecord (quiz-record.ts) changes this schema too. Fields added later are optional, so records
 * stored before them stay valid without a new store version; a change to an existing field needs one, with its
 * migration.
 */
export const QuizRecordSchema = v.object({
  id: v.string(),
  deckId: v.string(),
  startedAt: finiteNumber,
  finishedAt: finiteNumber,
  mode: v.picklist(['practice', 'exam']),
  questionCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  score: finiteNumber,
  wrongCardIds: v.array(v.string()),
  confusions: v.optional(v.array(v.object({ cardId: v.string(), confusedWithCardId: v.string() }))),
  scopeLabel: v.optional(v.string()),
  scope: v.optional(StudyScopeSchema),
  seed: v.optional(v.pipe(v.number(), v.integer())),
  formats: v.optional(v.array(v.picklist(ALL_QUIZ_FORMATS))),
  requestedCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  timeLimitMs: v.optional(v.pipe(finiteNumber, v.minValue(0))),
  timedOut: v.optional(v.boolean()),
  practiceOnly: v.optional(v.boolean()),
  results: v.optional(QuizResultsSchema),
});

// ---- version 1: plain JSON, the store's state as it is in memory -----------------------------------------

const SchedulingStateV1Schema = v.object({
  due: finiteNumber,
  stability: finiteNumber,
  difficulty: finiteNumber,
  scheduledDays: finiteNumber,
  learningSteps: finiteNumber,
  reps: finiteNumber,
  lapses: finiteNumber,
  state: stateCode,
  lastReview: v.nullable(finiteNumber),
});

const ReviewEntryV1Schema = v.object({
  cardId: v.string(),
  at: finiteNumber,
  rating: v.picklist([1, 2, 3, 4]),
  stateBefore: stateCode,
  durationMs: v.number(),
  origin: v.picklist(['review', 'quiz']),
});

export const PersistedStudyDataV1Schema = v.object({
  progress: v.record(v.string(), v.record(v.string(), v.object({ scheduling: SchedulingStateV1Schema, suspended: v.boolean() }))),
  log: v.record(v.string(), v.array(ReviewEntryV1Schema)),
  settings: storedSettings,
  quizHistory: v.optional(v.array(QuizRecordSchema), []),
});

export type PersistedStudyDataV1 = v.InferOutput<typeof PersistedStudyDataV1Schema>;

// ---- version 2: the compact codec (persisted-codec.ts) ------------------------------------------------------

/**
 * A whole deck in schema 2, a chunk of one in schemas 3 and 4. Its records are read one by one
 * (persisted-chunk-v4.ts), so columns of different lengths make only the cards without all three columns unreadable.
 */
export const PersistedDeckV4Schema = v.object({
  t: v.pipe(v.number(), v.safeInteger()),
  ids: v.array(v.string()),
  states: v.array(v.string()),
  logs: v.array(v.string()),
  undone: v.optional(v.record(v.string(), v.string())),
});

export const PersistedStudyDataV2Schema = v.object({
  settings: storedSettings,
  settingsChangedAt: v.nullable(finiteNumber),
  progressResetAt: v.nullable(finiteNumber),
  quizHistory: v.array(QuizRecordSchema),
  decks: v.record(v.string(), PersistedDeckV4Schema),
});

// ---- version 3: chunked keys (persisted-codec.ts) -----------------------------------------------------------

const MAX_BUCKETS = 2 ** 20;
const bucketCount = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(MAX_BUCKETS),
  v.check((n) => (n & (n - 1)) === 0, 'must be a power of two'),
);
const bucketIndex = v.pipe(v.string(), v.regex(/^(0|[1-9]\d{0,6})$/, 'must be a chunk number'));
export const QuizMonthSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$|^undated$/, 'must be a month (yyyy-mm)'));

/** The stored data as one value (what a progress file holds, and what the storage splits over keys). */
export const PersistedStudyDataV3Schema = v.object({
  settings: storedSettings,
  settingsChangedAt: v.nullable(finiteNumber),
  progressResetAt: v.nullable(finiteNumber),
  quizzes: v.record(QuizMonthSchema, v.array(QuizRecordSchema)),
  decks: v.record(
    v.string(),
    v.pipe(
      v.object({ buckets: bucketCount, chunks: v.record(bucketIndex, PersistedDeckV4Schema) }),
      v.check((deck) => Object.keys(deck.chunks).every((index) => Number(index) < deck.buckets), 'has a chunk past its number of chunks'),
    ),
  ),
});

/** The root key of schema 3: what is everywhere else, by key, and a fingerprint of it all. */
export const StoredRootV3Schema = v.object({
  settings: storedSettings,
  settingsChangedAt: v.nullable(finiteNumber),
  progressResetAt: v.nullable(finiteNumber),
  decks: v.record(v.string(), v.object({ buckets: bucketCount, chunks: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))) })),
  quizzes: v.array(QuizMonthSchema),
  fingerprint: v.string(),
});

// ---- version 4: quizzes in progress (persisted-codec.ts) ----------------------------------------------------

/** Schema 3 and each deck's quiz in progress (absent when no deck has had one). */
export const PersistedStudyDataV4Schema = v.object({
  ...PersistedStudyDataV3Schema.entries,
  quizSessions: v.optional(v.record(v.string(), QuizSessionSlotSchema)),
});

/** The root of schema 3, and the decks whose quiz in progress (or its end) is under a key of its own. */
export const StoredRootV4Schema = v.object({
  ...StoredRootV3Schema.entries,
  sessions: v.optional(v.array(v.string())),
});

// ---- version 5: reviews by month (persisted-codec.ts) -------------------------------------------------------

/** A chunk of schema 5: its reviews by month instead of per card. Its records too are read one by one. */
export const PersistedDeckSchema = v.object({
  t: v.pipe(v.number(), v.safeInteger()),
  ids: v.array(v.string()),
  states: v.array(v.string()),
  log: v.optional(v.record(v.string(), v.string())),
  manual: v.optional(v.record(v.string(), v.string())),
  undone: v.optional(v.record(v.string(), v.string())),
});

/** Schema 4 with chunks of schema 5. */
export const PersistedStudyDataV5Schema = v.object({
  ...PersistedStudyDataV4Schema.entries,
  decks: v.record(
    v.string(),
    v.pipe(
      v.object({ buckets: bucketCount, chunks: v.record(bucketIndex, PersistedDeckSchema) }),
      v.check((deck) => Object.keys(deck.chunks).every((index) => Number(index) < deck.buckets), 'has a chunk past its number of chunks'),
    ),
  ),
});

/** A root as read: schema 3's, or schema 4's (and 5's, the same) with its quizzes in progress. */
export type StoredRoot = v.InferOutput<typeof StoredRootV4Schema>;

/** What persist stores: `{ state, version }`. */
export const PersistedEnvelopeSchema = v.object({
  state: v.record(v.string(), v.unknown()),
  version: v.pipe(v.number(), v.integer()),
});

/** The first problem of a failed check, as "path: message". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}
