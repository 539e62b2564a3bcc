// Portable progress: all study data (card progress, review log, undo records, reset time, settings, quiz history)
// as one JSON file, and reading such a file back with every check an untrusted file needs.
//
// The file is `{ format: 'study-deck-progress', version, exportedAt, app: { version }, data }`, where `data` is the
// store's own stored form as one value and `version` is that form's store schema version (persisted-migrations.ts;
// 3 is chunked keys, whose chunks the file holds inline). The compact form keeps 10,000 cards × 20 reviews near
// 2 MB, where a plain form would pass the 10 MB file limit; it is checked by the same schemas and codec the store
// reads localStorage with; and a file of an older version is brought up to date by the store's own migrations. The
// envelope around it stays readable. A progress file must be whole: one damaged record refuses it.
//
// The backup the app makes of stored data it could not read (storage-backup.ts), and an older backup that is a copy
// of the stored text itself, import too: they are read as the store reads localStorage, so what can be read is
// offered and the records that cannot be are counted.
import * as v from 'valibot';
import { decodeStudyData, decodeStudyDataLenient, encodeStudyData, type PersistedStudyData } from '../persist/persisted-codec';
import { decodeStudyDataV4, type PersistedStudyDataV4 } from '../persist/persisted-chunk-v4';
import { decodeStudyDataV2Lenient, type PersistedStudyDataV2 } from '../persist/persisted-codec-v2';
import { CURRENT_STORE_VERSION, migratePersisted, OLDEST_STORE_VERSION, StoreVersions } from '../persist/persisted-migrations';
import { createMemoryStorage } from '../persist/memory-storage';
import { readStored } from '../persist/read-persisted';
import { StorageBackupSchema, STORAGE_BACKUP_FORMAT } from '../persist/storage-backup';
import { mergeStudyData } from '../data/merge-study-data';
import { cardEntries, cardValue, type CardMap } from '../../domain/card-map';
import { logEntries } from '../../domain/review-log';
import { fileSizeProblem, readUntrustedJson } from './progress-transfer-json';
import { describeFileIssue, PROGRESS_FILE_FORMAT, ProgressFileEnvelopeSchema, progressDataSchemas, StudyDataRangesSchema } from './progress-transfer-schema';
import { impliedChangedAt, type StudyData } from '../data/study-data';
import { own, setOwn } from '../data/own-key';

/** The envelope of an exported file. */
export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  /** The store schema version of `data`. */
  version: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  app: { version: string };
  data: PersistedStudyData;
}

export interface ProgressFileInfo {
  /** An exported progress file, or a backup of this app's stored data (made when it could not all be read). */
  kind: 'progress' | 'backup';
  version: number;
  /** When it was exported or the backup taken; null when the file does not say (a copy of stored text). */
  exportedAt: number | null;
  /** The app version that exported it; null for a backup. */
  appVersion: string | null;
}

export type ProgressFileRead =
  | {
      ok: true;
      data: StudyData;
      file: ProgressFileInfo;
      /** Records of a backup that could not be read, so are not in `data` (a progress file has none). */
      damagedCount: number;
    }
  | { ok: false; reason: string };

/**
 * - `merge`: both sides' reviews and quizzes are kept; each card keeps its later change; the later-changed settings win.
 * - `replace`: this browser's data becomes exactly the file's.
 */
export type ImportMode = 'merge' | 'replace';

// ---- export -----------------------------------------------------------------------------------------------

export function exportProgressFile(data: StudyData, now: number, appVersion: string): string {
  const file: ProgressFile = {
    format: PROGRESS_FILE_FORMAT,
    version: CURRENT_STORE_VERSION,
    exportedAt: new Date(now).toISOString(),
    app: { version: appVersion },
    data: encodeStudyData(data),
  };
  // Indented, so each card's line of the compact data is a line of the file.
  return `${JSON.stringify(file, null, 2)}\n`;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** `study-deck-progress-2026-11-27.json`, by the local date of `now`. */
export function progressFileName(now: number): string {
  const date = new Date(now);
  return `study-deck-progress-${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}.json`;
}

// ---- import -----------------------------------------------------------------------------------------------

const refuse = (reason: string): ProgressFileRead => ({ ok: false, reason });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAProgressFile(value: unknown): string {
  if (isRecord(value) && typeof value.format === 'string') {
    return `This is not a Study Deck progress file (its format is “${value.format.slice(0, 80)}”, not “${PROGRESS_FILE_FORMAT}”).`;
  }
  return `This is not a Study Deck progress file (it does not say “format”: “${PROGRESS_FILE_FORMAT}”).`;
}

function versionProblem(version: unknown): string | null {
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) return 'The file has no valid version number.';
  if (version > CURRENT_STORE_VERSION) {
    return `The file was exported by a newer version of Study Deck (file version ${version}; this app reads up to version ${CURRENT_STORE_VERSION}). Update the app, then import the file again.`;
  }
  if (version < OLDEST_STORE_VERSION) return `The file has an unknown version (${version}).`;
  return null;
}

/** The earliest time anything in `data` was changed or recorded (what a reset marker is compared with). */
function earliestChange(data: StudyData): number {
  let earliest = Infinity;
  for (const [deckId, cards] of Object.entries(data.progress)) {
    const changedAt = own(data.cardChangedAt, deckId);
    for (const [cardId, progress] of cardEntries(cards)) earliest = Math.min(earliest, cardValue(changedAt, cardId) ?? impliedChangedAt(progress));
  }
  // A log is in time order: its first month's first entry is its earliest.
  for (const log of Object.values(data.log)) earliest = Math.min(earliest, log.months[0]?.entries[0]?.at ?? Infinity);
  for (const entries of Object.values(data.manualLog)) for (const entry of entries) earliest = Math.min(earliest, entry.at);
  for (const cards of Object.values(data.undoneReviews)) for (const times of Object.values(cards)) for (const at of times) earliest = Math.min(earliest, at);
  for (const record of data.quizHistory) earliest = Math.min(earliest, record.finishedAt);
  return earliest;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The study data of a checked `data` of `version`, migrated to the current version like stored data is; strict. */
function decodeFileData(checked: unknown, version: number): StudyData {
  if (version === CURRENT_STORE_VERSION) return decodeStudyData(checked as PersistedStudyData);
  // The steps to schemas 3 and 5 leave out records they cannot read; a progress file has to be whole.
  const damaged =
    version === StoreVersions.CompactCodec
      ? decodeStudyDataV2Lenient(checked as PersistedStudyDataV2).damaged
      : version === StoreVersions.ChunkedKeys || version === StoreVersions.QuizSessions
        ? decodeStudyDataV4(checked as PersistedStudyDataV4).damaged
        : [];
  if (damaged.length > 0) throw new Error(`${damaged[0].where}: ${damaged[0].reason}`);
  return decodeStudyData(migratePersisted(checked, version));
}

/** The decoded data's ranges and its own reset time checked, as for any file; the reason when they fail. */
/** A deck's cards as a plain record in id order (as a file lists them), so the first problem named is the first card's. */
function sortedRecordOf<T>(map: CardMap<T>): Record<string, T> {
  const record: Record<string, T> = {};
  for (const [cardId, value] of cardEntries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) setOwn(record, cardId, value);
  return record;
}

const mapValues = <T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> => {
  const mapped: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) setOwn(mapped, key, map(value));
  return mapped;
};

function dataProblem(data: StudyData): string | null {
  const plain = {
    ...data,
    progress: mapValues(data.progress, sortedRecordOf),
    cardChangedAt: mapValues(data.cardChangedAt, sortedRecordOf),
    log: mapValues(data.log, logEntries),
  };
  const ranges = v.safeParse(StudyDataRangesSchema, plain);
  if (!ranges.success) return `The progress in the file is out of range: ${describeFileIssue(ranges.issues[0], '')}.`;
  if (data.progressResetAt !== null && earliestChange(data) <= data.progressResetAt) {
    return 'The progress in the file contradicts itself: it holds changes from before its own “reset all progress”.';
  }
  return null;
}

const backupProblemReasons = {
  'corrupt-json': 'it is not readable data at all (broken JSON), so there is nothing in it to import',
  'foreign-shape': 'it is not Study Deck progress, so there is nothing in it to import',
  'newer-version': 'it was saved by a newer version of Study Deck; update the app, then import it again',
} as const;

/**
 * Reads a copy of stored keys (a backup) as the store reads localStorage: what can be read is kept, damaged records
 * are counted. Keys a backup of damaged records does not hold (the parts that were fine) are simply not in it.
 */
function readStoredCopy(keys: Record<string, string>, storageKey: string, takenAt: number | null): ProgressFileRead {
  const read = readStored(createMemoryStorage(keys), storageKey);
  if (!read) return refuse('The backup holds no study data.');
  if (!read.ok) return refuse(`The backup cannot be imported: ${backupProblemReasons[read.problem]} (${read.detail}).`);
  let data: StudyData;
  try {
    const state = migratePersisted(read.state, read.version);
    // Chunked data reads record by record, as the store reads it; older data is migrated whole.
    data = read.version >= StoreVersions.ChunkedKeys ? decodeStudyDataLenient(state).data : decodeStudyData(state);
  } catch (error) {
    return refuse(`The backup cannot be imported: ${errorMessage(error)}.`);
  }
  const problem = dataProblem(data);
  if (problem) return refuse(problem);
  const damagedCount = read.damaged.filter((record) => record.reason !== 'missing').length;
  return { ok: true, data, file: { kind: 'backup', version: read.version, exportedAt: takenAt, appVersion: null }, damagedCount };
}

function readBackup(value: Record<string, unknown>): ProgressFileRead {
  if (value.format === STORAGE_BACKUP_FORMAT) {
    const backup = v.safeParse(StorageBackupSchema, value);
    if (!backup.success) return refuse(`The backup is not valid: ${describeFileIssue(backup.issues[0], 'file')}.`);
    const takenAt = Date.parse(backup.output.takenAt);
    return readStoredCopy(backup.output.keys, backup.output.storageKey, Number.isFinite(takenAt) ? takenAt : null);
  }
  // An older backup, or a copy of the stored text: the value of the store's one key.
  return readStoredCopy({ 'study-deck': JSON.stringify(value) }, 'study-deck', null);
}

const isStoredCopy = (value: Record<string, unknown>) =>
  value.format === STORAGE_BACKUP_FORMAT || ('state' in value && 'version' in value && !('format' in value));

/**
 * Reads an exported progress file (its text or bytes). Nothing is changed: the result is the data to preview and
 * import, or the reason the file is refused.
 */
export function parseProgressFile(input: string | ArrayBuffer | Uint8Array): ProgressFileRead {
  const json = readUntrustedJson(input);
  if (!json.ok) return json;
  const { value } = json;
  if (isRecord(value) && isStoredCopy(value)) return readBackup(value);
  if (!isRecord(value) || value.format !== PROGRESS_FILE_FORMAT) return refuse(notAProgressFile(value));
  const badVersion = versionProblem(value.version);
  if (badVersion) return refuse(badVersion);

  const envelope = v.safeParse(ProgressFileEnvelopeSchema, value);
  if (!envelope.success) return refuse(`The file is not a valid progress file: ${describeFileIssue(envelope.issues[0], 'file')}.`);
  const { version, exportedAt, app } = envelope.output;
  const stored = v.safeParse(progressDataSchemas[version], envelope.output.data);
  if (!stored.success) return refuse(`The progress in the file is not valid: ${describeFileIssue(stored.issues[0], 'data')}.`);

  let data: StudyData;
  try {
    data = decodeFileData(stored.output, version);
  } catch (error) {
    // The codec throws CodecError for text it cannot read; whatever else an untrusted file provokes is refused too.
    return refuse(`The progress in the file is damaged: ${errorMessage(error)}.`);
  }
  const problem = dataProblem(data);
  if (problem) return refuse(problem);
  return { ok: true, data, file: { kind: 'progress', version, exportedAt: Date.parse(exportedAt), appVersion: app.version }, damagedCount: 0 };
}

/** Reads a chosen or dropped file: one over the size limit is refused before any of it is read. */
export async function parseProgressBlob(blob: Blob): Promise<ProgressFileRead> {
  const tooLarge = fileSizeProblem(blob.size);
  if (tooLarge) return refuse(tooLarge);
  let bytes: ArrayBuffer;
  try {
    bytes = await blob.arrayBuffer();
  } catch (error) {
    return refuse(`The file could not be read (${errorMessage(error)}).`);
  }
  return parseProgressFile(bytes);
}

function laterOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/**
 * The data after importing `incoming` into `current`. Pure.
 *
 * Merge: mergeStudyData (the two-tab merge) unites both sides, with neither side's "reset all progress" applied to
 * the other side: restoring a backup after a reset must bring the backup back. The later reset time is kept only
 * when nothing in the result is at or before it; otherwise it is cleared, since it would drop imported data on the
 * next load. (Each side alone already holds nothing from before its own reset.)
 */
export function applyImport(current: StudyData, incoming: StudyData, mode: ImportMode): StudyData {
  if (mode === 'replace') return incoming;
  const merged = mergeStudyData({ ...current, progressResetAt: null }, { ...incoming, progressResetAt: null });
  const resetAt = laterOf(current.progressResetAt, incoming.progressResetAt);
  return { ...merged, progressResetAt: resetAt !== null && earliestChange(merged) > resetAt ? resetAt : null };
}
