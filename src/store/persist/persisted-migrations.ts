// Stored schema versions: each a named constant with one migration step from the version before it,
// each step tested on an old-shaped fixture (tests/fixtures/stored/).
import { isUntouchedNewState } from '../../domain/card-replay';
import type { CardProgress, ManualEntry, ReviewEntry } from '../../domain/progress';
import { cardMapOf, cardValue } from '../../domain/card-map';
import { logEntries, reviewLogOf, type ReviewLog } from '../../domain/review-log';
import { decodePersisted, encodeStudyData, joinQuizMonths, quizzesByMonth, type PersistedStudyData } from './persisted-codec';
import { decodeStudyDataV4, encodeStudyDataV4, type PersistedStudyDataV3, type PersistedStudyDataV4 } from './persisted-chunk-v4';
import { decodeStudyDataV2Lenient, encodeStudyDataV2, type PersistedStudyDataV2 } from './persisted-codec-v2';
import type { PersistedStudyDataV1 } from './persisted-schemas';
import { storedReviewDuration } from '../data/stored-time';
import { compareReviewEntries, impliedChangedAt, type StudyData } from '../data/study-data';
import { own, setOwn } from '../data/own-key';

export const StoreVersions = {
  /** The store's state as plain JSON: one object per review. */
  PlainJson: 1,
  /** The compact codec (persisted-codec.ts), change times for merging tabs, undo tombstones, reset time. */
  CompactCodec: 2,
  /** Split over keys (a root, chunks of each deck's cards, quizzes by month); cards forgotten by hand in the log. */
  ChunkedKeys: 3,
  /** Each deck's quiz in progress under a key of its own; finished quizzes keep their results page. */
  QuizSessions: 4,
  /** Each chunk's reviews by month, decoded only when a screen reads that month: opening no longer decodes them all. */
  MonthlyReviews: 5,
} as const;

export const CURRENT_STORE_VERSION = StoreVersions.MonthlyReviews;
export const OLDEST_STORE_VERSION = StoreVersions.PlainJson;

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

function nonEmpty<T extends object>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => Object.keys(value).length > 0));
}

/** v1 → v2: encode compactly; each card's change time is its last review (or creation); durations are capped. */
export function migratePlainJsonToCompactCodec(v1: PersistedStudyDataV1): PersistedStudyDataV2 {
  const progress = nonEmpty(v1.progress);
  const data: StudyData = {
    progress: mapValues(progress, (cards) => cardMapOf(cards)),
    log: mapValues(nonEmpty(v1.log), (entries): ReviewLog<ReviewEntry> =>
      reviewLogOf(entries.map((entry): ReviewEntry => ({ ...entry, durationMs: storedReviewDuration(entry.durationMs) }))),
    ),
    manualLog: {},
    cardChangedAt: mapValues(progress, (cards) => cardMapOf(mapValues(cards, impliedChangedAt))),
    undoneReviews: {},
    progressResetAt: null,
    settings: v1.settings,
    // Settings someone saved count as chosen (time 0), so they win over another tab's untouched defaults.
    settingsChangedAt: 0,
    quizHistory: v1.quizHistory,
    quizSessions: {},
  };
  return encodeStudyDataV2(data);
}

const SECOND_MS = 1000;

/**
 * The resets ("forget") a schema-2 log did not record, found from what they left: a grade of a card that was new
 * again (state before: New) after earlier grades, and a card that is new now although it has grades. A reset that
 * ended the history is dated by the new state's creation time (its `due`); one that a later grade followed is dated
 * a second before that grade (its true time is not kept, and does not change what the replay gives).
 */
export function inferredForgets(reviews: readonly ReviewEntry[], current: CardProgress | undefined): ManualEntry[] {
  const forgets: ManualEntry[] = [];
  for (let index = 1; index < reviews.length; index += 1) {
    const entry = reviews[index];
    const at = entry.at - SECOND_MS;
    if (entry.stateBefore === 0 && at > reviews[index - 1].at) forgets.push({ cardId: entry.cardId, at, action: 'forget' });
  }
  const last = reviews.at(-1);
  if (last && current && isUntouchedNewState(current.scheduling) && current.scheduling.due > last.at) {
    forgets.push({ cardId: last.cardId, at: current.scheduling.due, action: 'forget' });
  }
  return forgets;
}

/** Every deck's inferred forgets (inferredForgets), in log order. */
export function recordPastResets(data: StudyData): StudyData['manualLog'] {
  const manualLog: StudyData['manualLog'] = {};
  for (const [deckId, log] of Object.entries(data.log)) {
    const byCard = new Map<string, ReviewEntry[]>();
    for (const entry of logEntries(log)) {
      const reviews = byCard.get(entry.cardId);
      if (reviews) reviews.push(entry);
      else byCard.set(entry.cardId, [entry]);
    }
    const forgets: ManualEntry[] = [];
    for (const [cardId, reviews] of byCard) forgets.push(...inferredForgets(reviews, cardValue(own(data.progress, deckId), cardId)));
    if (forgets.length > 0) setOwn(manualLog, deckId, forgets.sort(compareReviewEntries));
  }
  return manualLog;
}

/**
 * v2 → v3: the same data split into chunks by card (persisted-codec.ts), quizzes by month, and the resets the log did
 * not record added to it as forgets. Records v2 could not read are left out (the reader has already set them aside).
 */
export function migrateCompactCodecToChunkedKeys(v2: PersistedStudyDataV2): PersistedStudyDataV3 {
  const { data } = decodeStudyDataV2Lenient(v2);
  // Quizzes in the order reading them by month gives (ties by id).
  const migrated = { ...data, manualLog: recordPastResets(data), quizHistory: joinQuizMonths(quizzesByMonth(data.quizHistory)) };
  const encoded = encodeStudyDataV4(migrated);
  // The codec is lossless, so what the new form decodes to is known: the next step need not decode it again.
  decodeStudyDataV4.remember(encoded, { data: migrated, damaged: [] });
  return encoded;
}

/**
 * v3 → v4: nothing to convert, as no quiz was kept in progress before, and quiz records only gain optional fields.
 * The same object is returned, so its decoding (done once when it was read) is reused. The version still changes,
 * so that a tab of an older version meets data it must not write over (it would drop the quizzes in progress).
 */
export function migrateChunkedKeysToQuizSessions(v3: PersistedStudyDataV3): PersistedStudyDataV4 {
  return v3;
}

/**
 * v4 → v5: each chunk's reviews move from per-card logs to months (persisted-codec.ts); the keys stay the same, so
 * the first save overwrites each chunk in place. Records v4 could not read are left out (the reader has already set
 * them aside and backed them up), as in the earlier steps.
 */
export function migrateQuizSessionsToMonthlyReviews(v4: PersistedStudyDataV4): PersistedStudyData {
  const { data } = decodeStudyDataV4(v4);
  const encoded = encodeStudyData(data, (deckId) => own(v4.decks, deckId)?.buckets);
  decodePersisted.remember(encoded, { data, damaged: [] });
  return encoded;
}

/** One step per version: `steps[n]` turns version n − 1 into version n. */
const steps: Record<number, (state: never) => unknown> = {
  [StoreVersions.CompactCodec]: migratePlainJsonToCompactCodec,
  [StoreVersions.ChunkedKeys]: migrateCompactCodecToChunkedKeys,
  [StoreVersions.QuizSessions]: migrateChunkedKeysToQuizSessions,
  [StoreVersions.MonthlyReviews]: migrateQuizSessionsToMonthlyReviews,
};

/** Runs every step from `fromVersion` up to the current version; `state` must be valid for `fromVersion`. */
export function migratePersisted(state: unknown, fromVersion: number): PersistedStudyData {
  let migrated = state;
  for (let version = fromVersion + 1; version <= CURRENT_STORE_VERSION; version += 1) {
    const step = steps[version];
    if (!step) throw new Error(`No migration to store version ${version}`);
    migrated = step(migrated as never);
  }
  return migrated as PersistedStudyData;
}
