// Stored size and speed of the progress store for 10,000 cards × 20 reviews: the chunked compact layout against
// plain JSON, encode/decode times, and the store end to end: the first open (migrating data of schema 2), opening,
// and grades, each written to storage, with what one grade writes.
import { cardMapOf, cardRecordOf, withCard } from '../src/domain/card-map';
import { logEntries, reviewLogOfSorted, withLogEntry } from '../src/domain/review-log';
import { defaultStudySettings, Rating, State, type CardProgress, type ReviewEntry } from '../src/domain/progress';
import { createStudyStore, STORAGE_KEY } from '../src/store/create-study-store';
import { createMemoryStorage, type MemoryStorage } from '../src/store/persist/memory-storage';
import { mergeStudyData } from '../src/store/data/merge-study-data';
import { decodeStudyDataLenient, encodeStudyData, type PersistedStudyData } from '../src/store/persist/persisted-codec';
import { encodeStudyDataV2 } from '../src/store/persist/persisted-codec-v2';
import { StoreVersions } from '../src/store/persist/persisted-migrations';
import { readStored } from '../src/store/persist/read-persisted';
import { layoutParts } from '../src/store/persist/stored-layout';
import { storedReviewDuration, toWholeSecond } from '../src/store/data/stored-time';
import { compareReviewEntries, emptyStudyData, type StudyData } from '../src/store/data/study-data';
import type { Bench, BenchRow } from './bench-row';
import { median, percentile } from './sample-stats';
import { makeSyntheticDeck, makeSyntheticProgress } from './synthetic-deck';

const CARD_COUNT = 10_000;
const REVIEWS_PER_CARD = 20;
const SIZE_TARGET_BYTES = 2 * 1024 * 1024;
const RUNS = 15;
const WARM_UP = 3;
const GRADES_MEASURED = 60;
const OPENS_MEASURED = 11;
const GRADE_TARGET_MS = 5;
const OPEN_TARGET_MS = 50;
const DECK_ID = 'kubernetes';

const twoDecimals = (ms: number) => Math.round(ms * 100) / 100;

/** A copy of every key of a memory storage, so each run opens the same stored data. */
function copyOf(storage: MemoryStorage): MemoryStorage {
  const copy = createMemoryStorage();
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)!;
    copy.setItem(key, storage.getItem(key)!);
  }
  return copy;
}

function timeMedian(run: () => unknown, runs = RUNS): number {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + runs; i += 1) {
    const start = performance.now();
    run();
    if (i >= WARM_UP) samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 100) / 100;
}

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 1000) / 1000;
const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** The synthetic history as the store records it: times to the second, durations capped, logs in canonical order. */
export function asStored(progress: Record<string, CardProgress>, log: ReviewEntry[]): StudyData {
  const cards: Record<string, CardProgress> = {};
  const changedAt: Record<string, number> = {};
  for (const [cardId, entry] of Object.entries(progress)) {
    const lastReview = entry.scheduling.lastReview === null ? null : toWholeSecond(entry.scheduling.lastReview);
    cards[cardId] = { ...entry, scheduling: { ...entry.scheduling, due: toWholeSecond(entry.scheduling.due), lastReview } };
    changedAt[cardId] = lastReview ?? toWholeSecond(entry.scheduling.due);
  }
  const entries = log
    .map((entry) => ({ ...entry, at: toWholeSecond(entry.at), durationMs: storedReviewDuration(entry.durationMs) }))
    .sort(compareReviewEntries);
  return {
    ...emptyStudyData(),
    progress: { [DECK_ID]: cardMapOf(cards) },
    cardChangedAt: { [DECK_ID]: cardMapOf(changedAt) },
    log: { [DECK_ID]: reviewLogOfSorted(entries) },
  };
}

const storageBench: Bench = async () => {
  const now = Date.UTC(2026, 10, 27, 9, 0);
  const deck = makeSyntheticDeck(CARD_COUNT, 20261127);
  const history = makeSyntheticProgress(deck, REVIEWS_PER_CARD, 42, now);
  const data = asStored(history.progress, history.log);
  const reviewCount = data.log[DECK_ID].size;
  const scale = `${CARD_COUNT.toLocaleString('en')} cards × ${REVIEWS_PER_CARD} reviews`;

  // Data as the previous schema (2, one value) stored it: the first open migrates it.
  const schema2Text = JSON.stringify({ state: encodeStudyDataV2(data), version: StoreVersions.CompactCodec });
  const plainText = JSON.stringify({
    state: {
      progress: { [DECK_ID]: cardRecordOf(data.progress[DECK_ID]) },
      log: { [DECK_ID]: logEntries(data.log[DECK_ID]) },
      settings: data.settings,
      quizHistory: [],
    },
    version: StoreVersions.PlainJson,
  });

  const encodeMs = timeMedian(() => layoutParts(STORAGE_KEY, encodeStudyData(data), new WeakMap()));

  // Another tab graded one card: merge its data (one more review) into this tab's.
  const cardId = deck.cards[0].id;
  const otherTab: StudyData = {
    ...data,
    log: {
      [DECK_ID]: withLogEntry(data.log[DECK_ID], { cardId, at: now, rating: Rating.Good, stateBefore: State.Review, durationMs: 6000, origin: 'review' }),
    },
    cardChangedAt: { [DECK_ID]: withCard(data.cardChangedAt[DECK_ID], cardId, now) },
  };
  const mergeMs = timeMedian(() => mergeStudyData(data, otherTab));

  // End to end: open a store on the stored data, then grade cards, each written to storage. The first open brings
  // data of an older schema up to date (and writes it); the opens measured read what that wrote.
  const stored = createMemoryStorage({ [STORAGE_KEY]: schema2Text });
  const migrateStart = performance.now();
  createStudyStore({ storage: stored, enableFuzz: true, tabSyncSource: null });
  const migrateMs = twoDecimals(performance.now() - migrateStart);
  const storedTexts = [...Array(stored.length).keys()].map((index) => stored.getItem(stored.key(index)!)!);
  const storedChars =
    storedTexts.reduce((sum, text) => sum + text.length, 0) + [...Array(stored.length).keys()].reduce((sum, index) => sum + stored.key(index)!.length, 0);
  const storedBytes = storedTexts.reduce((sum, text) => sum + utf8Bytes(text), 0);
  const largestKey = Math.max(...storedTexts.map((text) => text.length));
  const decodeMs = timeMedian(() => {
    const read = readStored(stored, STORAGE_KEY);
    if (!read?.ok) throw new Error('stored data could not be read');
    // readStored decodes once per object read; decode again as a read without that cache would.
    decodeStudyDataLenient(read.state as PersistedStudyData);
  });
  // What the statistics screen adds: every month of reviews decoded, from a store just opened.
  const monthSamples: number[] = [];
  for (let i = 0; i < WARM_UP + 5; i += 1) {
    const opened = createStudyStore({ storage: copyOf(stored), enableFuzz: true, tabSyncSource: null });
    const start = performance.now();
    if (logEntries(opened.getState().log[DECK_ID]).length !== reviewCount) throw new Error('a month of reviews did not decode');
    if (i >= WARM_UP) monthSamples.push(performance.now() - start);
  }
  const allMonthsMs = twoDecimals(median(monthSamples));
  const openMs: number[] = [];
  for (let i = 0; i < WARM_UP + OPENS_MEASURED; i += 1) {
    const storage = copyOf(stored);
    const start = performance.now();
    const opened = createStudyStore({ storage, enableFuzz: true, tabSyncSource: null });
    if (i >= WARM_UP) openMs.push(performance.now() - start);
    if (opened.getState().log[DECK_ID]?.size !== reviewCount) throw new Error('store did not load the stored reviews');
  }
  const gradeStorage = copyOf(stored);
  const written: { keys: number; chars: number } = { keys: 0, chars: 0 };
  const countingStorage = {
    getItem: (key: string) => gradeStorage.getItem(key),
    removeItem: (key: string) => gradeStorage.removeItem(key),
    setItem: (key: string, value: string) => {
      written.keys += 1;
      written.chars += value.length;
      gradeStorage.setItem(key, value);
    },
  };
  const store = createStudyStore({ storage: countingStorage, enableFuzz: true, tabSyncSource: null });
  // The save alone: persist's partialize (the encoder) and its storage's setItem (the writes), timed inside the grade.
  const persistOptions = store.persist.getOptions();
  const { partialize, storage: persistStorage } = persistOptions;
  let savingMs = 0;
  const timed = <T>(run: () => T): T => {
    const start = performance.now();
    try {
      return run();
    } finally {
      savingMs += performance.now() - start;
    }
  };
  store.persist.setOptions({
    partialize: (state) => timed(() => partialize!(state)),
    storage: { ...persistStorage!, setItem: (name, value) => timed(() => persistStorage!.setItem(name, value)) },
  });
  const gradeMs: number[] = [];
  const saveMs: number[] = [];
  const writtenPerGrade: { keys: number; chars: number }[] = [];
  for (let i = 0; i < WARM_UP + GRADES_MEASURED; i += 1) {
    written.keys = 0;
    written.chars = 0;
    savingMs = 0;
    const start = performance.now();
    store.getState().gradeCard(DECK_ID, deck.cards[i].id, Rating.Good, now + i * 8000, 6000);
    gradeMs.push(performance.now() - start);
    saveMs.push(savingMs);
    writtenPerGrade.push({ ...written });
  }
  const laterSaveMs = saveMs.slice(WARM_UP);
  const laterMemoryMs = gradeMs.slice(WARM_UP).map((ms, index) => ms - laterSaveMs[index]);
  const medianWrittenKeys = median(writtenPerGrade.slice(WARM_UP).map((w) => w.keys));
  const medianWrittenKb = Math.round(median(writtenPerGrade.slice(WARM_UP).map((w) => w.chars)) / 102.4) / 10;
  const firstGradeMs = twoDecimals(gradeMs[0]);
  const laterGradeMs = gradeMs.slice(WARM_UP);
  const openMedian = twoDecimals(median(openMs));
  const gradeMedian = twoDecimals(median(laterGradeMs));

  const rows: BenchRow[] = [
    {
      name: `storage: stored size, ${scale}`,
      value: megabytes(storedBytes),
      unit: 'MB',
      target: '≤ 2 MB',
      ok: storedBytes <= SIZE_TARGET_BYTES,
      note: `${stored.length} keys (largest ${largestKey.toLocaleString('en')} characters), ${storedChars.toLocaleString('en')} characters with key names, ${storedBytes.toLocaleString('en')} UTF-8 bytes of values, ${reviewCount.toLocaleString('en')} reviews (${(storedChars / reviewCount).toFixed(1)} chars per review, all included); schema 2 (one key): ${schema2Text.length.toLocaleString('en')} characters`,
    },
    {
      name: `storage: plain JSON (schema 1) ÷ stored size`,
      value: Math.round((plainText.length / storedChars) * 100) / 100,
      unit: 'x',
      note: `plain JSON: ${plainText.length.toLocaleString('en')} characters`,
    },
    { name: `storage: encode + stringify every key, ${scale}`, value: encodeMs, unit: 'ms', note: `median of ${RUNS}` },
    {
      name: `storage: read + check + decode every key, ${scale}`,
      value: decodeMs,
      unit: 'ms',
      note: `median of ${RUNS}: states decoded, each month of reviews checked and counted, not decoded`,
    },
    {
      name: `storage: decode every month of reviews after opening, ${scale}`,
      value: allMonthsMs,
      unit: 'ms',
      note: 'median of 5: what a screen reading the whole history (statistics) adds once; Home reads the last months only',
    },
    { name: `storage: merge another tab's grade, ${scale}`, value: mergeMs, unit: 'ms', note: `median of ${RUNS}` },
    {
      name: `storage: first open, bringing stored data up to date, ${scale}`,
      value: migrateMs,
      unit: 'ms',
      note: 'one run: read, check, migrate if older, decode, write if migrated',
    },
    {
      name: `storage: open the store (median), ${scale}`,
      value: openMedian,
      unit: 'ms',
      target: `≤ ${OPEN_TARGET_MS} ms`,
      ok: openMedian <= OPEN_TARGET_MS,
      note: `median of ${OPENS_MEASURED} opens of the same stored data: read, check, decode, merge`,
    },
    {
      name: `storage: open the store (p95), ${scale}`,
      value: twoDecimals(percentile(openMs, 0.95)),
      unit: 'ms',
      note: `95th percentile of ${OPENS_MEASURED} opens`,
    },
    { name: `storage: first grade + save after opening, ${scale}`, value: firstGradeMs, unit: 'ms', note: 'one run' },
    {
      name: `storage: grade + save (median), ${scale}`,
      value: gradeMedian,
      unit: 'ms',
      target: `≤ ${GRADE_TARGET_MS} ms`,
      ok: gradeMedian <= GRADE_TARGET_MS,
      note: `median of ${GRADES_MEASURED} grades, each written to storage; ${defaultStudySettings.desiredRetention} retention, fuzz on`,
    },
    {
      name: `storage: grade + save (p95), ${scale}`,
      value: twoDecimals(percentile(laterGradeMs, 0.95)),
      unit: 'ms',
      note: `95th percentile of ${GRADES_MEASURED} grades`,
    },
    {
      name: `storage: the save alone in a grade (median), ${scale}`,
      value: twoDecimals(median(laterSaveMs)),
      unit: 'ms',
      note: `p95 ${twoDecimals(percentile(laterSaveMs, 0.95))} ms: encoding what changed and writing its keys (the rest of a grade is the scheduler and the in-memory copies of the deck's 10,000 states and 200,000 reviews: median ${twoDecimals(median(laterMemoryMs))} ms)`,
    },
    {
      name: `storage: written per grade (median), ${scale}`,
      value: medianWrittenKb,
      unit: 'kB',
      note: `${medianWrittenKeys} keys: the card's chunk and the root`,
    },
  ];
  return rows;
};

export default storageBench;
