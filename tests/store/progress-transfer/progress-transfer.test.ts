// Exporting progress to a file and importing it back: exact round trips, merge and replace on real stores, and every
// kind of bad or hostile file refused with its reason.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { asStored } from '../../../bench/storage.bench';
import { makeSyntheticDeck, makeSyntheticProgress } from '../../../bench/synthetic-deck';
import { STORAGE_KEY } from '../../../src/store/create-study-store';
import { CURRENT_STORE_VERSION } from '../../../src/store/persist/persisted-migrations';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import {
  applyImport,
  exportProgressFile,
  parseProgressBlob,
  parseProgressFile,
  progressFileName,
  type ProgressFileRead,
} from '../../../src/store/progress-transfer/progress-transfer';
import { MAX_PROGRESS_FILE_BYTES } from '../../../src/store/progress-transfer/progress-transfer-json';
import { exportStoreProgress, importIntoStore } from '../../../src/store/progress-transfer/progress-transfer-store';
import { emptyStudyData, studyDataOf, type StudyData, deckCardValue } from '../../../src/store/data/study-data';
import type { StudyStore } from '../../../src/store/create-study-store';
import { mergeStudyData } from '../../../src/store/data/merge-study-data';
import { cardIdArb, studyDataFrom, twoTabsArb } from '../study-data-arbitraries';
import { DAY, DECK, ETCD, KUBELET, KUBELET_REVERSE, makeStore, MINUTE, POD, readStoredFixture, T0, undoLast } from '../store-test-kit';
import { Rating } from '../../../src/domain/progress';
import { repoPath } from '../../paths';
import { cardIds } from '../../../src/domain/card-map';
import { logArray } from '../../study-data-kit';

const APP_VERSION = '0.1.0';
const OTHER_DECK = 'linux-basics';
const BASH = 'shell/definition/bash';

/** A store with a bit of everything: grades, an undone grade, a suspension, a quiz, settings, a second deck. */
function studiedStore(): StudyStore {
  const store = makeStore();
  const s = store.getState();
  s.gradeCard(DECK, KUBELET, Rating.Good, T0, 8000);
  s.gradeCard(DECK, POD, Rating.Again, T0 + MINUTE, 12_000);
  s.gradeCard(DECK, POD, Rating.Good, T0 + 11 * MINUTE, 5000);
  s.gradeCard(DECK, ETCD, Rating.Easy, T0 + 12 * MINUTE, 3000);
  undoLast(store);
  s.setSuspended(DECK, KUBELET_REVERSE, true, T0 + 13 * MINUTE);
  s.gradeCard(DECK, ETCD, Rating.Good, T0 + DAY, 1000, 'quiz');
  s.gradeCard(OTHER_DECK, BASH, Rating.Good, T0 + 2 * MINUTE, 2000);
  s.updateSettings({ newCardsPerDay: 12, desiredRetention: 0.85, examDate: Date.UTC(2027, 0, 15) }, T0 + 3 * MINUTE);
  s.addQuizRecord({
    id: 'quiz-1',
    deckId: DECK,
    startedAt: T0 + 20 * MINUTE,
    finishedAt: T0 + 30 * MINUTE,
    mode: 'exam',
    questionCount: 10,
    score: 7.5,
    wrongCardIds: [POD],
  });
  return store;
}

function expectRead(read: ProgressFileRead): Extract<ProgressFileRead, { ok: true }> {
  if (!read.ok) throw new Error(`expected the file to be read, but: ${read.reason}`);
  return read;
}

/** Imports and expects the import to be stored; the data the store now holds. */
function imported(store: StudyStore, incoming: StudyData, mode: 'merge' | 'replace'): StudyData {
  const result = importIntoStore(store, incoming, mode);
  if (!result.ok) throw new Error(`expected the import to be stored, but: ${result.reason}`);
  return result.data;
}

function expectRefused(read: ProgressFileRead): string {
  if (read.ok) throw new Error('expected the file to be refused');
  return read.reason;
}

const reviewTimes = (data: StudyData, deckId: string, cardId: string) =>
  logArray(data.log[deckId])
    .filter((entry) => entry.cardId === cardId)
    .map((entry) => entry.at);

describe('exporting progress', () => {
  it('writes the envelope with the store schema version and the compact data', () => {
    const store = studiedStore();
    const file = JSON.parse(exportStoreProgress(store, T0 + 2 * DAY, APP_VERSION));
    expect(file).toMatchObject({
      format: 'study-deck-progress',
      version: CURRENT_STORE_VERSION,
      exportedAt: '2026-11-29T09:00:00.000Z',
      app: { version: APP_VERSION },
    });
    // Every deck's progress is in the file: the built-in deck's and an imported deck's.
    expect(Object.keys(file.data.decks)).toEqual([DECK, OTHER_DECK]);
    expect(file.data.decks[OTHER_DECK].chunks['0'].ids).toEqual([`0${BASH}`]);
    expect(file.data.settings.newCardsPerDay).toBe(12);
    expect(file.data.quizzes['2026-11'].map((record: { id: string }) => record.id)).toEqual(['quiz-1']);
  });

  it('names the file by the local date', () => {
    expect(progressFileName(T0)).toBe('study-deck-progress-2026-11-27.json');
    expect(progressFileName(Date.UTC(2027, 0, 3, 23, 59))).toBe('study-deck-progress-2027-01-03.json');
  });

  // Size grows linearly with cards and reviews: a tenth of the design's largest data (10,000 × 20) is checked.
  it('keeps 1,000 cards × 20 reviews under 256 KB, so 10,000 stay far below the 10 MB limit, and reads them back whole', { timeout: 60_000 }, () => {
    const deck = makeSyntheticDeck(1000, 20261127);
    const history = makeSyntheticProgress(deck, 20, 42, T0);
    const data = asStored(history.progress, history.log);
    const text = exportProgressFile(data, T0, APP_VERSION);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_PROGRESS_FILE_BYTES / 10 / 4);
    const read = expectRead(parseProgressFile(text));
    expect(logArray(read.data.log[deck.id])).toHaveLength(20_000);
    expect(read.data).toEqual(data);
  });
});

describe('round trip', () => {
  it('export, then import with replace, gives back identical study data', () => {
    const source = studiedStore();
    const expected = studyDataOf(source.getState());
    const read = expectRead(parseProgressFile(exportStoreProgress(source, T0 + 2 * DAY, APP_VERSION)));
    expect(read.file).toEqual({ kind: 'progress', version: CURRENT_STORE_VERSION, exportedAt: T0 + 2 * DAY, appVersion: APP_VERSION });
    expect(read.damagedCount).toBe(0);
    expect(read.data).toEqual(expected);
    expect(read.data.undoneReviews[DECK][ETCD]).toEqual([T0 + 12 * MINUTE]);

    const storage = createMemoryStorage();
    const target = makeStore(storage);
    target.getState().gradeCard(DECK, POD, Rating.Easy, T0 + 5 * DAY, 1000);
    imported(target, read.data, 'replace');
    expect(studyDataOf(target.getState())).toEqual(expected);
    // Persisted: a new store over the same storage reads the same data back.
    expect(studyDataOf(makeStore(storage).getState())).toEqual(expected);
  });

  // Generated cases take a while on a busy machine: a generous limit, not a speed check.
  it('holds for generated study data too (bytes in, same data out)', { timeout: 60_000 }, () => {
    const realisticIds = fc.uniqueArray(
      cardIdArb.filter((id) => /^[a-z-]+\/[a-z]+\/[a-z0-9-]+/.test(id)),
      { minLength: 1, maxLength: 10 },
    );
    const dataArb = realisticIds.chain((ids) => studyDataFrom({ cardIds: ids, earlyResetsOnly: true }));
    fc.assert(
      fc.property(dataArb, (data) => {
        const bytes = new TextEncoder().encode(exportProgressFile(data, T0, APP_VERSION));
        const read = expectRead(parseProgressFile(bytes));
        expect(applyImport(emptyStudyData(), read.data, 'replace')).toEqual(data);
      }),
      { numRuns: 150 },
    );
  });

  it('reads a file of the compact version (2) through the store migration', () => {
    const read = expectRead(parseProgressFile(readFileSync(repoPath('tests/fixtures/transfer/progress-kubernetes-v2.json'), 'utf8')));
    expect(read.file.version).toBe(2);
    expect(read.data).toEqual(expectRead(parseProgressFile(VALID_TEXT)).data);
  });

  it('reads a file of the older plain version through the store migration', () => {
    const v1 = JSON.parse(readStoredFixture('v1-plain-json.json'));
    const file = { format: 'study-deck-progress', version: 1, exportedAt: '2026-10-01T12:00:00Z', app: { version: '0.0.9' }, data: v1.state };
    const read = expectRead(parseProgressFile(JSON.stringify(file)));
    expect(read.data.settings).toMatchObject({ newCardsPerDay: 15, desiredRetention: 0.85, dayStartHour: 5, theme: 'dark', studyReverseCards: true });
    expect(deckCardValue(read.data.progress, DECK, KUBELET)!.scheduling.reps).toBe(4);
    expect(read.data.quizHistory).toHaveLength(1);
  });
});

describe('merge and replace', () => {
  /** This browser: Kubelet graded twice, Pod once. The file: Pod later, etcd, another quiz, older settings. */
  function twoBrowsers() {
    const here = makeStore();
    here.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 1000);
    here.getState().gradeCard(DECK, KUBELET, Rating.Good, T0 + 10 * MINUTE, 1000);
    here.getState().gradeCard(DECK, POD, Rating.Again, T0 + MINUTE, 1000);
    here.getState().updateSettings({ newCardsPerDay: 30 }, T0 + 2 * DAY);
    here
      .getState()
      .addQuizRecord({ id: 'here', deckId: DECK, startedAt: T0, finishedAt: T0 + MINUTE, mode: 'practice', questionCount: 4, score: 4, wrongCardIds: [] });

    const there = makeStore();
    there.getState().gradeCard(DECK, POD, Rating.Good, T0 + DAY, 1000);
    there.getState().gradeCard(DECK, ETCD, Rating.Easy, T0 + DAY + MINUTE, 1000);
    there.getState().updateSettings({ newCardsPerDay: 5 }, T0 + DAY);
    there.getState().addQuizRecord({
      id: 'there',
      deckId: DECK,
      startedAt: T0 + DAY,
      finishedAt: T0 + DAY + MINUTE,
      mode: 'exam',
      questionCount: 4,
      score: 1,
      wrongCardIds: [ETCD],
    });
    const incoming = expectRead(parseProgressFile(exportStoreProgress(there, T0 + DAY + 5 * MINUTE, APP_VERSION))).data;
    return { here, there, incoming };
  }

  it('merge keeps both sides’ reviews and quizzes, each card’s later change and the later-changed settings', () => {
    const { here, there, incoming } = twoBrowsers();
    const merged = imported(here, incoming, 'merge');
    expect(reviewTimes(merged, DECK, KUBELET)).toEqual([T0, T0 + 10 * MINUTE]);
    expect(reviewTimes(merged, DECK, POD)).toEqual([T0 + MINUTE, T0 + DAY]);
    expect(reviewTimes(merged, DECK, ETCD)).toEqual([T0 + DAY + MINUTE]);
    // Pod's progress is the file's: its grade a day later is the later change.
    expect(deckCardValue(merged.progress, DECK, POD)).toEqual(deckCardValue(there.getState().progress, DECK, POD));
    expect(merged.quizHistory.map((record) => record.id)).toEqual(['here', 'there']);
    expect(merged.settings.newCardsPerDay).toBe(30);
    expect(studyDataOf(here.getState())).toEqual(merged);
  });

  it('replace makes this browser’s data the file’s, and forgets the undo steps', () => {
    const { here, incoming } = twoBrowsers();
    expect(here.getState().session.undoStack).toHaveLength(3);
    imported(here, incoming, 'replace');
    const state = here.getState();
    expect(studyDataOf(state)).toEqual(incoming);
    expect(reviewTimes(state, DECK, KUBELET)).toEqual([]);
    expect(state.settings.newCardsPerDay).toBe(5);
    expect(state.session.undoStack).toEqual([]);
    expect(undoLast(here)).toBeNull();
  });

  it('brings a backup back after “reset all progress”, in either mode, and keeps it after a reload', () => {
    for (const mode of ['merge', 'replace'] as const) {
      const storage = createMemoryStorage();
      const store = makeStore(storage);
      store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 1000);
      store.getState().gradeCard(DECK, POD, Rating.Good, T0 + MINUTE, 1000);
      const backup = expectRead(parseProgressFile(exportStoreProgress(store, T0 + 2 * MINUTE, APP_VERSION))).data;
      store.getState().resetAllProgress(T0 + DAY);
      store.getState().gradeCard(DECK, ETCD, Rating.Good, T0 + DAY + MINUTE, 1000);

      const result = imported(store, backup, mode);
      expect(result.progressResetAt, mode).toBeNull();
      expect(cardIds(result.progress[DECK]).sort(), mode).toEqual(mode === 'merge' ? [ETCD, KUBELET, POD].sort() : [KUBELET, POD].sort());
      expect(studyDataOf(makeStore(storage).getState()), `${mode} after a reload`).toEqual(result);
    }
  });

  it('merge keeps every review of both sides that was not undone, whatever either side’s reset time, also after a reload', { timeout: 60_000 }, () => {
    const keysOf = (data: StudyData) =>
      new Set(Object.entries(data.log).flatMap(([deckId, log]) => logArray(log).map((entry) => `${deckId} ${entry.cardId} ${entry.at}`)));
    const undoneOf = (data: StudyData) =>
      Object.entries(data.undoneReviews).flatMap(([deckId, cards]) =>
        Object.entries(cards).flatMap(([cardId, times]) => times.map((at) => `${deckId} ${cardId} ${at}`)),
      );
    fc.assert(
      fc.property(twoTabsArb, ([here, file]) => {
        const merged = applyImport(here, file, 'merge');
        const undone = new Set([...undoneOf(here), ...undoneOf(file)]);
        const kept = keysOf(merged);
        for (const key of [...keysOf(here), ...keysOf(file)]) expect(kept.has(key) || undone.has(key)).toBe(true);
        // What the store does on load: the reset time left in the result drops nothing.
        const reloaded = mergeStudyData(emptyStudyData(), merged);
        expect(keysOf(reloaded)).toEqual(kept);
        expect(reloaded.progress).toEqual(merged.progress);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a reset time in a merge when nothing in the result is from before it', () => {
    const store = makeStore();
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 1000);
    store.getState().resetAllProgress(T0 + MINUTE);
    const resetAt = store.getState().progressResetAt;
    const other = makeStore();
    other.getState().gradeCard(DECK, POD, Rating.Good, T0 + DAY, 1000);
    const incoming = expectRead(parseProgressFile(exportStoreProgress(other, T0 + DAY, APP_VERSION))).data;
    const merged = applyImport(studyDataOf(store.getState()), incoming, 'merge');
    expect(resetAt).toBe(T0 + MINUTE);
    expect(merged.progressResetAt).toBe(resetAt);
    expect(cardIds(merged.progress[DECK])).toEqual([POD]);
  });
});

// ---- refusals ---------------------------------------------------------------------------------------------

type ChunkJson = Record<string, unknown> & { ids: unknown[]; states: string[]; t: number };
type FileJson = Record<string, unknown> & {
  data: Record<string, unknown> & { decks: Record<string, { buckets: number; chunks: Record<string, ChunkJson> }>; quizzes: Record<string, object[]> };
};

/** The fixture's only chunk of the built-in deck, and its only month of quizzes. */
const chunkOf = (file: FileJson) => file.data.decks.kubernetes.chunks['0'];
const QUIZ_MONTH = '2026-11';

const VALID_TEXT = readFileSync(repoPath('tests/fixtures/transfer/progress-kubernetes.json'), 'utf8');

function validFile(): FileJson {
  return JSON.parse(VALID_TEXT);
}

function edited(edit: (file: FileJson) => void): string {
  const file = validFile();
  edit(file);
  return JSON.stringify(file);
}

/** Each bad file, and what its reason must say. */
const refusals: Array<[string, string | Uint8Array, RegExp]> = [
  ['an empty file', '', /^The file is empty\.$/],
  ['text that is not JSON', 'Kubelet: agent that runs on each worker node', /^The file is not valid JSON \(Unexpected token/],
  ['bytes that are not UTF-8 text', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not valid UTF-8/],
  ['truncated JSON', VALID_TEXT.slice(0, Math.floor(VALID_TEXT.length / 2)), /^The file is cut short/],
  ['truncated inside a string', VALID_TEXT.slice(0, VALID_TEXT.indexOf('kubernetes-architecture/definition/etcd') + 10), /^The file is cut short/],
  ['a JSON array', '[1, 2, 3]', /^This is not a Study Deck progress file/],
  ['a JSON number', '42', /^This is not a Study Deck progress file/],
  ['an unknown format', edited((file) => (file.format = 'anki-collection')), /its format is “anki-collection”, not “study-deck-progress”/],
  ['no format at all', edited((file) => delete file.format), /does not say “format”/],
  [
    'a copy of stored data that cannot be read at all',
    '{"state": {"progress": 7}, "version": 2}',
    /^The backup cannot be imported: it is not Study Deck progress/,
  ],
  ['a newer version', edited((file) => (file.version = 6)), /newer version of Study Deck \(file version 6; this app reads up to version 5\)/],
  ['an unknown old version', edited((file) => (file.version = 0)), /unknown version \(0\)/],
  ['a version that is not a number', edited((file) => (file.version = '2')), /no valid version number/],
  ['a missing export date', edited((file) => delete file.exportedAt), /file\.exportedAt is missing/],
  ['a bad export date', edited((file) => (file.exportedAt = 'last Tuesday')), /file\.exportedAt must be a date and time/],
  ['missing decks', edited((file) => delete (file.data as Record<string, unknown>).decks), /data\.decks is missing/],
  ['a wrong type', edited((file) => (file.data.settingsChangedAt = 'yesterday')), /data\.settingsChangedAt should be .*number.*, not "yesterday"/],
  [
    'a setting of the wrong type',
    edited((file) => ((file.data.settings as Record<string, unknown>).newCardsPerDay = 'lots')),
    /data\.settings\.newCardsPerDay should be number, not "lots"/,
  ],
  ['an unknown setting', edited((file) => ((file.data.settings as Record<string, unknown>).autoplay = true)), /data\.settings\.autoplay is not a known field/],
  [
    'a card id that is a number',
    edited((file) => (chunkOf(file).ids = [42, ...chunkOf(file).ids.slice(1)])),
    /data\.decks\.kubernetes\.chunks\.0\.ids\.0 should be string, not 42/,
  ],
  [
    'a wrong card id in a quiz',
    edited((file) => (file.data.quizzes[QUIZ_MONTH] = [{ ...file.data.quizzes[QUIZ_MONTH][0], wrongCardIds: [7] }])),
    /data\.quizzes\.2026-11\.0\.wrongCardIds\.0 should be string, not 7/,
  ],
  [
    'a chunk past the deck’s number of chunks',
    edited((file) => (file.data.decks.kubernetes.chunks['1'] = chunkOf(file))),
    /data\.decks\.kubernetes has a chunk past its number of chunks/,
  ],
  [
    'a number of chunks that is not a power of two',
    edited((file) => (file.data.decks.kubernetes.buckets = 3)),
    /data\.decks\.kubernetes\.buckets must be a power of two/,
  ],
  [
    'columns of different lengths',
    edited((file) => (chunkOf(file).states = [])),
    /^The progress in the file is damaged: deck kubernetes, chunk 0 of 1, card #0: columns differ in length\.$/,
  ],
  [
    'a damaged card state',
    edited((file) => (chunkOf(file).states[0] = 'zz')),
    /^The progress in the file is damaged: deck kubernetes, chunk 0 of 1, card container-orchestration\/definition\/container-orchestration: state: bad card state/,
  ],
  [
    'a damaged card state in a file of version 2',
    readFileSync(repoPath('tests/fixtures/transfer/progress-kubernetes-v2.json'), 'utf8').replace('"5h9o,5h80,cme0w,altxe8,0,0,1,0,1"', '"zz"'),
    /^The progress in the file is damaged: deck kubernetes, card container-orchestration\/definition\/container-orchestration: state: bad card state/,
  ],
  // JSON.stringify cannot write Infinity, so the number is put in the text.
  [
    'a time beyond any number',
    VALID_TEXT.replace('"settingsChangedAt": 1795597200000', '"settingsChangedAt": 1e999'),
    /data\.settingsChangedAt must be a finite number \(it is Infinity\)/,
  ],
  [
    'a negative reset time',
    edited((file) => (file.data.progressResetAt = -1000)),
    /^The progress in the file is out of range: progressResetAt must not be before 1970 \(it is -1000\)\.$/,
  ],
  [
    'negative times from a negative base',
    edited((file) => (chunkOf(file).t = -1_900_000_000)),
    /out of range: progress\.kubernetes\.container-orchestration\/definition\/container-orchestration\.scheduling\.due must not be before 1970/,
  ],
  ['a time that is not whole milliseconds', edited((file) => (file.data.settingsChangedAt = 1795597200000.5)), /must be a whole number of milliseconds/],
  ['a negative stability', edited((file) => (chunkOf(file).states[1] = 'iio0,3pc0,~-2,1njchs,8,0,1,0,2')), /stability must not be negative \(it is -2\)/],
  [
    'a quiz score above its question count',
    edited((file) => (file.data.quizzes[QUIZ_MONTH] = [{ ...file.data.quizzes[QUIZ_MONTH][0], score: 11 }])),
    /quizHistory\.0 has a score above its question count/,
  ],
  [
    'a forget of a card at no time',
    edited((file) =>
      chunkOf(file).ids.length === 5
        ? (file.data.decks.kubernetes.chunks['0'] = {
            ...chunkOf(file),
            logs: (chunkOf(file).logs as string[]).map((log, index) => (index === 0 ? `${log}~-5(` : log)),
          })
        : null,
    ),
    /manualLog\.kubernetes\.0\.at must not be before 1970/,
  ],
  ['changes from before its own reset', edited((file) => (file.data.progressResetAt = Date.UTC(2026, 10, 27))), /contradicts itself/],
];

const hostileKeys: Array<[string, string]> = [
  ['__proto__ at the top', VALID_TEXT.replace('{', '{"__proto__": {"polluted": "yes"},')],
  ['__proto__ among the decks', VALID_TEXT.replace('"decks": {', '"decks": {"__proto__": {"polluted": "yes"},')],
  ['constructor.prototype in the settings', VALID_TEXT.replace('"settings": {', '"settings": {"constructor": {"prototype": {"polluted": "yes"}},')],
  [
    'prototype inside a quiz record',
    VALID_TEXT.replace('"id": "kubernetes:fixture-quiz",', '"id": "kubernetes:fixture-quiz", "prototype": {"polluted": "yes"},'),
  ],
];

describe('refusing bad files', () => {
  it.each(refusals)('refuses %s, with the reason', (_name, input, reason) => {
    expect(expectRefused(parseProgressFile(input))).toMatch(reason);
  });

  it('accepts the unedited fixture (so each refusal above is the edit’s doing)', () => {
    const read = expectRead(parseProgressFile(VALID_TEXT));
    expect(Object.keys(read.data.progress)).toEqual(['kubernetes', 'linux-basics']);
  });

  it.each(hostileKeys)('refuses %s, and no prototype is polluted', (_name, text) => {
    expect(text).not.toBe(VALID_TEXT);
    expect(expectRefused(parseProgressFile(text))).toMatch(
      /^The file contains the key “(__proto__|constructor|prototype)” \(in .+\), which no progress file has/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('says where a forbidden key is', () => {
    expect(expectRefused(parseProgressFile(hostileKeys[1][1]))).toContain('“__proto__” (in data.decks)');
    expect(expectRefused(parseProgressFile(hostileKeys[0][1]))).toContain('(in the top level)');
  });

  it('refuses a 50 MB text by its size', () => {
    const huge = `{"format":"study-deck-progress","padding":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    expect(expectRefused(parseProgressFile(huge))).toBe('The file is too large (50.0 MB). A progress file is at most 10.0 MB.');
  });

  it('refuses a text just over 10 MB of multi-byte characters, counting its UTF-8 bytes', () => {
    const text = `"${'é'.repeat(MAX_PROGRESS_FILE_BYTES / 2)}"`;
    expect(text.length).toBeLessThan(MAX_PROGRESS_FILE_BYTES);
    expect(expectRefused(parseProgressFile(text))).toMatch(/^The file is too large \(10\.0 MB\)/);
  });

  it('refuses a 50 MB file before reading any of it', async () => {
    const blob = new Blob([new Uint8Array(50 * 1024 * 1024)]);
    const arrayBuffer = vi.spyOn(blob, 'arrayBuffer');
    const text = vi.spyOn(blob, 'text');
    expect(expectRefused(await parseProgressBlob(blob))).toBe('The file is too large (50.0 MB). A progress file is at most 10.0 MB.');
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(text).not.toHaveBeenCalled();
  });

  it('reads a file of an allowed size from its bytes', async () => {
    const read = expectRead(await parseProgressBlob(new Blob([VALID_TEXT], { type: 'application/json' })));
    expect(read.file.exportedAt).toBe(Date.UTC(2026, 10, 27, 8, 30));
  });

  it('leaves the store and its stored text as they were when a file is refused', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 1000);
    const before = { data: studyDataOf(store.getState()), stored: storage.getItem(STORAGE_KEY) };
    for (const [, input] of [...refusals, ...hostileKeys]) {
      const read = parseProgressFile(input);
      expect(read.ok).toBe(false);
      if (read.ok) importIntoStore(store, read.data, 'replace');
    }
    expect(studyDataOf(store.getState())).toEqual(before.data);
    expect(storage.getItem(STORAGE_KEY)).toBe(before.stored);
  });
});
