// What a progress file must be, checked in two steps: its stored form (the store's own schemas, with settings checked
// strictly: a wrong setting refuses the file instead of quietly becoming the default), then the decoded data's
// ranges (times from 1970 on, counts whole and not negative), which the compact form alone cannot show.
import * as v from 'valibot';
import { CARD_FLAGS, defaultStudySettings, type StudySettings } from '../../domain/progress';
import { StoreVersions } from '../persist/persisted-migrations';
import {
  PersistedStudyDataV1Schema,
  PersistedStudyDataV2Schema,
  PersistedStudyDataV3Schema,
  PersistedStudyDataV4Schema,
  PersistedStudyDataV5Schema,
} from '../persist/persisted-schemas';
import { SettingsChangeSchema } from '../data/settings-schema';
import { MAX_REVIEW_DURATION_MS } from '../data/stored-time';

/** The `format` every progress file names. */
export const PROGRESS_FILE_FORMAT = 'study-deck-progress';

/** The part every version of the file shares; `data` is checked by the schema of `version`. */
export const ProgressFileEnvelopeSchema = v.object({
  format: v.literal(PROGRESS_FILE_FORMAT),
  version: v.pipe(v.number(), v.safeInteger()),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('must be a date and time (ISO 8601)')),
  app: v.object({ version: v.pipe(v.string(), v.maxLength(64)) }),
  data: v.record(v.string(), v.unknown()),
});

/** Every field known and valid; a field an older export lacks takes its default. */
const ImportedSettingsSchema = v.pipe(
  SettingsChangeSchema,
  v.transform((settings): StudySettings => ({ ...defaultStudySettings, ...settings })),
);

/** The stored form of each file version: the store's schema of that version, with strict settings. */
export const progressDataSchemas: Record<number, v.GenericSchema> = {
  [StoreVersions.PlainJson]: v.object({ ...PersistedStudyDataV1Schema.entries, settings: ImportedSettingsSchema }),
  [StoreVersions.CompactCodec]: v.object({ ...PersistedStudyDataV2Schema.entries, settings: ImportedSettingsSchema }),
  [StoreVersions.ChunkedKeys]: v.object({ ...PersistedStudyDataV3Schema.entries, settings: ImportedSettingsSchema }),
  [StoreVersions.QuizSessions]: v.object({ ...PersistedStudyDataV4Schema.entries, settings: ImportedSettingsSchema }),
  [StoreVersions.MonthlyReviews]: v.object({ ...PersistedStudyDataV5Schema.entries, settings: ImportedSettingsSchema }),
};

// ---- ranges of the decoded data ---------------------------------------------------------------------------

/** The last time a Date can hold (year 275760). */
const MAX_TIME_MS = 8.64e15;

const time = v.pipe(
  v.number(),
  v.safeInteger('must be a whole number of milliseconds'),
  v.minValue(0, 'must not be before 1970'),
  v.maxValue(MAX_TIME_MS, 'is later than any date'),
);
const count = v.pipe(v.number(), v.safeInteger('must be a whole number'), v.minValue(0, 'must not be negative'));
const nonNegative = v.pipe(v.number(), v.finite('must be a finite number'), v.minValue(0, 'must not be negative'));
const stateCode = v.picklist([0, 1, 2, 3]);
const id = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

const SchedulingRangesSchema = v.object({
  due: time,
  stability: nonNegative,
  // ts-fsrs keeps difficulty between 1 and 10 once reviewed (0 while new).
  difficulty: v.pipe(nonNegative, v.maxValue(10, 'must be at most 10')),
  // Whole days from ts-fsrs; the store keeps any non-negative number exactly, so a file may too.
  scheduledDays: nonNegative,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: stateCode,
  lastReview: v.nullable(time),
});

export const ReviewRangesSchema = v.object({
  cardId: id,
  at: time,
  rating: v.picklist([1, 2, 3, 4]),
  stateBefore: stateCode,
  durationMs: v.pipe(count, v.maxValue(MAX_REVIEW_DURATION_MS, `must be at most ${MAX_REVIEW_DURATION_MS}`)),
  origin: v.picklist(['review', 'quiz']),
});

export const ManualRangesSchema = v.object({
  cardId: id,
  at: time,
  action: v.picklist(['forget']),
});

export const QuizRecordRangesSchema = v.pipe(
  v.object({
    id,
    deckId: id,
    startedAt: time,
    finishedAt: time,
    mode: v.picklist(['practice', 'exam']),
    questionCount: count,
    score: nonNegative,
    wrongCardIds: v.array(id),
  }),
  v.check((record) => record.score <= record.questionCount, 'has a score above its question count'),
);

const byDeckAndCard = <T extends v.GenericSchema>(value: T) => v.record(id, v.record(id, value));

/** The decoded StudyData of a file (study-data.ts), with every number in range. */
export const StudyDataRangesSchema = v.object({
  progress: byDeckAndCard(v.object({ scheduling: SchedulingRangesSchema, suspended: v.boolean(), flag: v.optional(v.picklist(CARD_FLAGS)) })),
  log: v.record(id, v.array(ReviewRangesSchema)),
  manualLog: v.record(id, v.array(ManualRangesSchema)),
  cardChangedAt: byDeckAndCard(time),
  undoneReviews: byDeckAndCard(v.array(time)),
  progressResetAt: v.nullable(time),
  settingsChangedAt: v.nullable(time),
  quizHistory: v.array(QuizRecordRangesSchema),
});

// ---- reasons ----------------------------------------------------------------------------------------------

function quoted(text: string | undefined): string {
  return text ?? 'nothing';
}

/** Plain words for the checks the store's schemas leave with valibot's default messages. */
const defaultMessages: Record<string, string> = {
  finite: 'must be a finite number',
  integer: 'must be a whole number',
  safe_integer: 'must be a whole number',
};

/** One check problem as a sentence part, e.g. "data.decks.kubernetes.ids.0 should be string, not 42". */
export function describeFileIssue(issue: v.BaseIssue<unknown>, root: string): string {
  const path = v.getDotPath(issue);
  const where = [root, path].filter(Boolean).join('.') || 'the file';
  if (issue.kind === 'schema') {
    if (issue.input === undefined) return `${where} is missing`;
    if (issue.expected === 'never') return `${where} is not a known field`;
    return `${where} should be ${quoted(issue.expected ?? undefined)}, not ${quoted(issue.received)}`;
  }
  const message = issue.message.startsWith('Invalid ') ? (defaultMessages[issue.type] ?? issue.message) : issue.message;
  return typeof issue.input === 'object' ? `${where} ${message}` : `${where} ${message} (it is ${quoted(issue.received)})`;
}
