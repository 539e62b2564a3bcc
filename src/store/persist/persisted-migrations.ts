// Stored schema versions: each a named constant with one migration step from the version before it,
// each step tested on an old-shaped fixture (tests/fixtures/stored/).
import type { ReviewEntry } from '../../domain/progress';
import { encodeStudyData, type PersistedStudyData } from './persisted-codec';
import type { PersistedStudyDataV1 } from './persisted-schemas';
import { storedReviewDuration } from '../data/stored-time';
import { compareReviewEntries, impliedChangedAt, type StudyData } from '../data/study-data';

export const StoreVersions = {
  /** The store's state as plain JSON: one object per review. */
  PlainJson: 1,
  /** The compact codec (persisted-codec.ts), change times for merging tabs, undo tombstones, reset time. */
  CompactCodec: 2,
} as const;

export const CURRENT_STORE_VERSION = StoreVersions.CompactCodec;
export const OLDEST_STORE_VERSION = StoreVersions.PlainJson;

function mapValues<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

function nonEmpty<T extends object>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => Object.keys(value).length > 0));
}

/** v1 → v2: encode compactly; each card's change time is its last review (or creation); durations are capped. */
export function migratePlainJsonToCompactCodec(v1: PersistedStudyDataV1): PersistedStudyData {
  const progress = nonEmpty(v1.progress);
  const data: StudyData = {
    progress,
    log: nonEmpty(
      mapValues(v1.log, (entries) =>
        entries
          .map((entry): ReviewEntry => ({ ...entry, durationMs: storedReviewDuration(entry.durationMs) }))
          .sort(compareReviewEntries),
      ),
    ),
    cardChangedAt: mapValues(progress, (cards) => mapValues(cards, impliedChangedAt)),
    undoneReviews: {},
    progressResetAt: null,
    settings: v1.settings,
    // Settings someone saved count as chosen (time 0), so they win over another tab's untouched defaults.
    settingsChangedAt: 0,
    quizHistory: v1.quizHistory,
  };
  return encodeStudyData(data);
}

/** One step per version: `steps[n]` turns version n − 1 into version n. */
const steps: Record<number, (state: never) => unknown> = {
  [StoreVersions.CompactCodec]: migratePlainJsonToCompactCodec,
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
