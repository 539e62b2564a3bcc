// Stored size and speed of the progress store for 10,000 cards × 20 reviews: the compact codec against plain JSON,
// encode/decode times, and the store end to end (opening with that data, one grade written to storage).
import { defaultStudySettings, Rating, State, type CardProgress, type ReviewEntry } from '../src/domain/progress';
import { createStudyStore, STORAGE_KEY } from '../src/store/create-study-store';
import { createMemoryStorage } from '../src/store/persist/memory-storage';
import { mergeStudyData } from '../src/store/data/merge-study-data';
import { decodeStudyData, encodeStudyData } from '../src/store/persist/persisted-codec';
import { CURRENT_STORE_VERSION, StoreVersions } from '../src/store/persist/persisted-migrations';
import { readPersistedText } from '../src/store/persist/read-persisted';
import { storedReviewDuration, toWholeSecond } from '../src/store/data/stored-time';
import { compareReviewEntries, emptyStudyData, type StudyData } from '../src/store/data/study-data';
import type { Bench, BenchRow } from './bench-row';
import { makeSyntheticDeck, makeSyntheticProgress } from './synthetic-deck';

const CARD_COUNT = 10_000;
const REVIEWS_PER_CARD = 20;
const SIZE_TARGET_BYTES = 2 * 1024 * 1024;
const RUNS = 15;
const WARM_UP = 3;
const GRADES_MEASURED = 30;
const DECK_ID = 'kubernetes';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
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
  return { ...emptyStudyData(), progress: { [DECK_ID]: cards }, cardChangedAt: { [DECK_ID]: changedAt }, log: { [DECK_ID]: entries } };
}

const storageBench: Bench = async () => {
  const now = Date.UTC(2026, 10, 27, 9, 0);
  const deck = makeSyntheticDeck(CARD_COUNT, 20261127);
  const history = makeSyntheticProgress(deck, REVIEWS_PER_CARD, 42, now);
  const data = asStored(history.progress, history.log);
  const reviewCount = data.log[DECK_ID].length;
  const scale = `${CARD_COUNT.toLocaleString('en')} cards × ${REVIEWS_PER_CARD} reviews`;

  const compactText = JSON.stringify({ state: encodeStudyData(data), version: CURRENT_STORE_VERSION });
  const compactBytes = utf8Bytes(compactText);
  const plainText = JSON.stringify({
    state: { progress: data.progress, log: data.log, settings: data.settings, quizHistory: [] },
    version: StoreVersions.PlainJson,
  });

  const encodeMs = timeMedian(() => JSON.stringify({ state: encodeStudyData(data), version: CURRENT_STORE_VERSION }));
  const decodeMs = timeMedian(() => {
    const read = readPersistedText(compactText);
    if (!read.ok) throw new Error(read.detail);
    // readPersistedText decodes once per parsed object to check it; decode again as merge would without the cache.
    decodeStudyData(read.state as never);
  });

  // Another tab graded one card: merge its data (one more review) into this tab's.
  const cardId = deck.cards[0].id;
  const otherTab: StudyData = {
    ...data,
    log: { [DECK_ID]: [...data.log[DECK_ID], { cardId, at: now, rating: Rating.Good, stateBefore: State.Review, durationMs: 6000, origin: 'review' }] },
    cardChangedAt: { [DECK_ID]: { ...data.cardChangedAt[DECK_ID], [cardId]: now } },
  };
  const mergeMs = timeMedian(() => mergeStudyData(data, otherTab));

  // End to end: open a store on the stored text, then grade cards, each written to storage.
  const storage = createMemoryStorage({ [STORAGE_KEY]: compactText });
  const openStart = performance.now();
  const store = createStudyStore({ storage, enableFuzz: true, tabSyncSource: null });
  const openMs = Math.round((performance.now() - openStart) * 100) / 100;
  if (store.getState().log[DECK_ID]?.length !== reviewCount) throw new Error('store did not load the stored reviews');
  const gradeMs: number[] = [];
  for (let i = 0; i < WARM_UP + GRADES_MEASURED; i += 1) {
    const start = performance.now();
    store.getState().gradeCard(DECK_ID, deck.cards[i].id, Rating.Good, now + i * 8000, 6000);
    gradeMs.push(performance.now() - start);
  }
  // The first write after opening encodes every card; later ones only the cards that changed.
  const firstGradeMs = Math.round(gradeMs[0] * 100) / 100;
  const laterGradeMs = gradeMs.slice(WARM_UP);

  const rows: BenchRow[] = [
    {
      name: `storage: stored size, ${scale}`,
      value: megabytes(compactBytes),
      unit: 'MB',
      target: '≤ 2 MB',
      ok: compactBytes <= SIZE_TARGET_BYTES,
      note: `${compactText.length.toLocaleString('en')} characters, ${compactBytes.toLocaleString('en')} UTF-8 bytes, ${reviewCount.toLocaleString('en')} reviews (${(compactText.length / reviewCount).toFixed(1)} chars per review, all included)`,
    },
    {
      name: `storage: plain JSON (schema 1) ÷ compact size`,
      value: Math.round((plainText.length / compactText.length) * 100) / 100,
      unit: 'x',
      note: `plain JSON: ${plainText.length.toLocaleString('en')} characters`,
    },
    { name: `storage: encode + stringify, ${scale}`, value: encodeMs, unit: 'ms', note: `median of ${RUNS}` },
    { name: `storage: parse + check + decode, ${scale}`, value: decodeMs, unit: 'ms', note: `median of ${RUNS}` },
    { name: `storage: merge another tab's grade, ${scale}`, value: mergeMs, unit: 'ms', note: `median of ${RUNS}` },
    { name: `storage: open the store on stored data, ${scale}`, value: openMs, unit: 'ms', note: 'one run: read, check, decode, merge' },
    { name: `storage: first grade + write after opening, ${scale}`, value: firstGradeMs, unit: 'ms', note: 'one run: encodes every card' },
    {
      name: `storage: grade + write to storage, ${scale}`,
      value: Math.round(median(laterGradeMs) * 100) / 100,
      unit: 'ms',
      note: `median of ${GRADES_MEASURED} grades: re-encodes the graded card only; ${defaultStudySettings.desiredRetention} retention, fuzz on`,
    },
  ];
  return rows;
};

export default storageBench;
