import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { replayCard, cardTimeline } from '../../../src/domain/card-replay';
import { defaultStudySettings, State, type CardProgress } from '../../../src/domain/progress';
import { newSchedulingState, schedulerOptionsFrom } from '../../../src/domain/scheduler';
import { STORAGE_KEY } from '../../../src/store/create-study-store';
import { decodeStudyData, encodeStudyData } from '../../../src/store/persist/persisted-codec';
import { decodeStudyDataV2Lenient, encodeStudyDataV2, type PersistedStudyDataV2 } from '../../../src/store/persist/persisted-codec-v2';
import {
  CURRENT_STORE_VERSION,
  inferredForgets,
  migrateChunkedKeysToQuizSessions,
  migrateCompactCodecToChunkedKeys,
  migratePersisted,
  migratePlainJsonToCompactCodec,
  migrateQuizSessionsToMonthlyReviews,
  StoreVersions,
} from '../../../src/store/persist/persisted-migrations';
import {
  PersistedStudyDataV1Schema,
  PersistedStudyDataV2Schema,
  PersistedStudyDataV3Schema,
  PersistedStudyDataV4Schema,
  PersistedStudyDataV5Schema,
} from '../../../src/store/persist/persisted-schemas';
import { decodeStudyDataV4Lenient, encodeStudyDataV4, type PersistedStudyDataV4 } from '../../../src/store/persist/persisted-chunk-v4';
import { isMonthRead, logEntries } from '../../../src/domain/review-log';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { readStored } from '../../../src/store/persist/read-persisted';
import { studyDataOf, deckCardValue, withCardValue } from '../../../src/store/data/study-data';
import { CASE_STUDIES, DECK, ETCD, KUBELET, KUBELET_REVERSE, makeStore, POD, readStoredFixture, storageWith, storedEnvelope } from '../store-test-kit';
import { cardIds } from '../../../src/domain/card-map';
import { logArray, progressRecord, plainStudyData, deckLog } from '../../study-data-kit';

const v1Fixture = JSON.parse(readStoredFixture('v1-plain-json.json'));
const v1State = v.parse(PersistedStudyDataV1Schema, v1Fixture.state);
const v2Fixture = JSON.parse(readStoredFixture('v2-compact-codec.json'));
const v2State = v.parse(PersistedStudyDataV2Schema, v2Fixture.state) as PersistedStudyDataV2;
const v3Keys: Record<string, string> = JSON.parse(readStoredFixture('v3-chunked-keys.json')).keys;
const v4Keys: Record<string, string> = JSON.parse(readStoredFixture('v4-quiz-sessions.json')).keys;
const v5Keys: Record<string, string> = JSON.parse(readStoredFixture('v5-monthly-reviews.json')).keys;

/** Schema-3 or -4 data decoded strictly (the fixtures have no damaged record). */
function decodeV4(state: unknown) {
  const { data, damaged } = decodeStudyDataV4Lenient(state as PersistedStudyDataV4);
  expect(damaged).toEqual([]);
  return data;
}

/** A copy the test may change (decoding is remembered per object). */
const decodeV2 = (state: PersistedStudyDataV2) => structuredClone(decodeStudyDataV2Lenient(state).data);

describe('store versions', () => {
  it('are named, one step apart, the current one last', () => {
    expect(StoreVersions).toEqual({ PlainJson: 1, CompactCodec: 2, ChunkedKeys: 3, QuizSessions: 4, MonthlyReviews: 5 });
    expect(CURRENT_STORE_VERSION).toBe(StoreVersions.MonthlyReviews);
    expect(v1Fixture.version).toBe(StoreVersions.PlainJson);
    expect(v2Fixture.version).toBe(StoreVersions.CompactCodec);
    expect(JSON.parse(v3Keys[STORAGE_KEY]).version).toBe(StoreVersions.ChunkedKeys);
    expect(JSON.parse(v4Keys[STORAGE_KEY]).version).toBe(StoreVersions.QuizSessions);
    expect(JSON.parse(v5Keys[STORAGE_KEY]).version).toBe(StoreVersions.MonthlyReviews);
  });
});

describe('v1 plain JSON → v2 compact codec', () => {
  const migrated = decodeV2(migratePlainJsonToCompactCodec(v1State));
  const v1Progress = v1Fixture.state.progress[DECK];
  const v1Log = v1Fixture.state.log[DECK];

  it('keeps every card state exactly, orphans included', () => {
    expect(plainStudyData(migrated).progress).toEqual(v1Fixture.state.progress);
    expect(deckCardValue(migrated.progress, DECK, CASE_STUDIES)).toEqual(v1Progress[CASE_STUDIES]);
    expect(deckCardValue(migrated.progress, DECK, POD)!.suspended).toBe(true);
  });

  it('keeps every review, with durations capped at 60 s and rounded to whole seconds', () => {
    expect(logArray(migrated.log[DECK])).toHaveLength(v1Log.length);
    expect(logArray(migrated.log[DECK]).map(({ durationMs: _d, ...entry }) => entry)).toEqual(
      v1Log.map(({ durationMs: _d, ...entry }: { durationMs: number }) => entry),
    );
    // The fixture's durations, in log order: 14 s, 6 s, 8 s, 3.2 s, 4.5 s, 9 s, 95 s, 21 s, 30 s, 12 s.
    expect(v1Log.map((entry: { durationMs: number }) => entry.durationMs)).toEqual([14_000, 6_000, 8_000, 3_200, 4_500, 9_000, 95_000, 21_000, 30_000, 12_000]);
    expect(logArray(migrated.log[DECK]).map((entry) => entry.durationMs)).toEqual([14_000, 6_000, 8_000, 3_000, 5_000, 9_000, 60_000, 21_000, 30_000, 12_000]);
  });

  it("dates each card's last change at its last review (or creation), with no undo history or reset", () => {
    expect(deckCardValue(migrated.cardChangedAt, DECK, KUBELET)).toBe(v1Progress[KUBELET].scheduling.lastReview);
    expect(cardIds(migrated.cardChangedAt[DECK]).sort()).toEqual(Object.keys(v1Progress).sort());
    expect(migrated.undoneReviews).toEqual({});
    expect(migrated.progressResetAt).toBeNull();
  });

  it('keeps the saved settings (defaults for a field the old data lacks) and counts them as chosen', () => {
    expect(v1Fixture.state.settings.studyReverseCards).toBeUndefined();
    expect(migrated.settings).toEqual({ ...v1Fixture.state.settings, studyReverseCards: defaultStudySettings.studyReverseCards });
    expect(migrated.settingsChangedAt).toBe(0);
    expect(migrated.quizHistory.map((record) => record.id)).toEqual(['kubernetes:1791138600000']);
  });

  it('gives valid version-2 data', () => {
    expect(v.safeParse(PersistedStudyDataV2Schema, migratePlainJsonToCompactCodec(v1State)).success).toBe(true);
  });
});

describe('v2 compact codec → v3 chunked keys', () => {
  const before = decodeV2(v2State);
  const migrated = migrateCompactCodecToChunkedKeys(v2State);

  it('keeps every card, review, undone review, setting and quiz exactly', () => {
    expect(v.safeParse(PersistedStudyDataV3Schema, migrated).success).toBe(true);
    expect(decodeV4(migrated)).toEqual({ ...before, manualLog: {} });
  });

  it('splits the quizzes by the month they finished in, and a deck into chunks by card', () => {
    expect(Object.keys(migrated.quizzes)).toEqual(['2026-10']);
    expect(migrated.decks[DECK].buckets).toBe(1);
    expect(Object.keys(migrated.decks[DECK].chunks)).toEqual(['0']);
  });

  /** The fixture with ETCD reset (made new) a day after its last review, and a later grade of KUBELET after a reset. */
  function withPastResets(): { state: PersistedStudyDataV2; resetAt: number } {
    const data = decodeV2(v2State);
    const etcdLast = logArray(data.log[DECK])
      .filter((entry) => entry.cardId === ETCD)
      .at(-1)!.at;
    const resetAt = etcdLast + 86_400_000;
    data.progress = withCardValue<CardProgress>(data.progress, DECK, ETCD, { scheduling: newSchedulingState(resetAt), suspended: false });
    data.cardChangedAt = withCardValue(data.cardChangedAt, DECK, ETCD, resetAt);
    const kubelet = logArray(data.log[DECK]).filter((entry) => entry.cardId === KUBELET);
    const later = logArray(data.log[DECK]).map((entry) => (entry === kubelet.at(-1) ? { ...entry, stateBefore: State.New } : entry));
    return { state: encodeStudyDataV2({ ...data, log: { [DECK]: deckLog(later) } }), resetAt };
  }

  it('records the resets the old log did not: one that ended a card’s history at its time, one before a later grade a second before it', () => {
    const { state, resetAt } = withPastResets();
    const data = decodeV4(migrateCompactCodecToChunkedKeys(state));
    const kubeletLast = logArray(data.log[DECK])
      .filter((entry) => entry.cardId === KUBELET)
      .at(-1)!;
    expect(data.manualLog[DECK]).toEqual(
      [
        { cardId: KUBELET, at: kubeletLast.at - 1000, action: 'forget' },
        { cardId: ETCD, at: resetAt, action: 'forget' },
      ].sort((a, b) => a.at - b.at),
    );
    // Replaying the reset card's log now gives its state, as it does for every card the store grades from now on.
    const etcdLog = cardTimeline(
      logArray(data.log[DECK]).filter((entry) => entry.cardId === ETCD),
      data.manualLog[DECK].filter((entry) => entry.cardId === ETCD),
    );
    expect(replayCard(etcdLog, schedulerOptionsFrom(data.settings, false))).toEqual(deckCardValue(data.progress, DECK, ETCD)!.scheduling);
  });

  it('infers no reset for a history of grades without one', () => {
    const data = decodeV2(v2State);
    for (const cardId of [KUBELET, POD, ETCD, KUBELET_REVERSE]) {
      expect(
        inferredForgets(
          logArray(data.log[DECK]).filter((entry) => entry.cardId === cardId),
          deckCardValue(data.progress, DECK, cardId),
        ),
      ).toEqual([]);
    }
  });

  it('runs when a store opens storage holding v2 data: the keys are written, the root last, and read back alike', () => {
    const storage = storageWith(readStoredFixture('v2-compact-codec.json'));
    const store = makeStore(storage);
    expect(studyDataOf(store.getState())).toEqual({ ...before, manualLog: {} });
    expect(store.getState().session.storageIssue).toBeNull();
    expect(storedEnvelope(storage).version).toBe(CURRENT_STORE_VERSION);
    expect([...Array(storage.length).keys()].map((index) => storage.key(index)).sort()).toEqual([
      STORAGE_KEY,
      `${STORAGE_KEY}:cards:${DECK}:1:0`,
      `${STORAGE_KEY}:quizzes:2026-10`,
    ]);
    expect(studyDataOf(makeStore(storage).getState())).toEqual(studyDataOf(store.getState()));
  });
});

describe('v1 plain JSON, four steps up', () => {
  it('gives valid current-version data through migratePersisted', () => {
    const result = migratePersisted(v1State, StoreVersions.PlainJson);
    expect(v.safeParse(PersistedStudyDataV5Schema, result).success).toBe(true);
    expect(decodeStudyData(result)).toEqual({ ...decodeV2(migratePlainJsonToCompactCodec(v1State)), manualLog: {} });
  });

  it('runs when a store opens storage holding v1 data, and rewrites it in the current schema', () => {
    const storage = storageWith(readStoredFixture('v1-plain-json.json'));
    const store = makeStore(storage);
    const expected = decodeStudyData(migratePersisted(v1State, StoreVersions.PlainJson));
    expect(store.getState().progress).toEqual(expected.progress);
    expect(store.getState().log).toEqual(expected.log);
    expect(store.getState().session.storageIssue).toBeNull();
    expect(storedEnvelope(storage).version).toBe(CURRENT_STORE_VERSION);
    expect(makeStore(storage).getState().progress).toEqual(expected.progress);
  });
});

describe('the v3 chunked keys fixture', () => {
  const read = readStored(createMemoryStorage(v3Keys), STORAGE_KEY);

  it('reads whole: each key checked, every record read', () => {
    expect(read).toMatchObject({ ok: true, version: StoreVersions.ChunkedKeys, damaged: [] });
  });

  it('decodes to the state it was saved from, the forget in the log', () => {
    if (!read?.ok) throw new Error('unreadable fixture');
    const data = decodeV4(read.state);
    const before = decodeV2(v2State);
    expect(data.manualLog).toEqual({ [DECK]: [{ cardId: ETCD, at: Date.UTC(2026, 9, 7, 10, 0), action: 'forget' }] });
    expect(deckCardValue(data.progress, DECK, ETCD)!.scheduling).toEqual(newSchedulingState(Date.UTC(2026, 9, 7, 10, 0)));
    expect({ ...progressRecord(data.progress[DECK]), [ETCD]: undefined }).toEqual({ ...progressRecord(before.progress[DECK]), [ETCD]: undefined });
    expect(data.log).toEqual(before.log);
    expect(data.undoneReviews).toEqual(before.undoneReviews);
    expect(data.settings.reviewsPerDay).toBe(150);
  });

  it('encodes back to the same chunks, so the stored format does not drift unnoticed', () => {
    if (!read?.ok) throw new Error('unreadable fixture');
    expect(JSON.stringify(encodeStudyDataV4(decodeV4(read.state)).decks)).toBe(JSON.stringify((read.state as { decks: unknown }).decks));
  });
});

describe('v3 chunked keys → v4 quiz sessions', () => {
  const read = readStored(createMemoryStorage(v3Keys), STORAGE_KEY);

  it('takes the data as it is: no quiz was in progress before', () => {
    if (!read?.ok) throw new Error('unreadable fixture');
    expect(migrateChunkedKeysToQuizSessions(read.state as never)).toBe(read.state);
    expect(migratePersisted(read.state, StoreVersions.ChunkedKeys)).toEqual(migrateQuizSessionsToMonthlyReviews(read.state as never));
    expect(v.safeParse(PersistedStudyDataV4Schema, read.state).success).toBe(true);
  });

  it('runs when a store opens the v3 fixture, with the step to v5 after it: the same data, under the same keys', () => {
    const storage = createMemoryStorage(v3Keys);
    const store = makeStore(storage);
    expect(store.getState().quizSessions).toEqual({});
    expect(store.getState().session.storageIssue).toBeNull();
    expect(Object.keys(v3Keys).every((key) => storage.getItem(key) !== null)).toBe(true);
    expect(storedEnvelope(storage).version).toBe(CURRENT_STORE_VERSION);
    if (!read?.ok) throw new Error('unreadable fixture');
    expect(studyDataOf(store.getState())).toEqual(decodeV4(read.state));
    expect(studyDataOf(makeStore(storage).getState())).toEqual(studyDataOf(store.getState()));
  });
});

describe('the v4 quiz sessions fixture', () => {
  const read = readStored(createMemoryStorage(v4Keys), STORAGE_KEY);

  it('reads whole: each key checked, every record read', () => {
    expect(read).toMatchObject({ ok: true, version: StoreVersions.QuizSessions, damaged: [] });
  });

  it('holds the exam in progress exactly: its answers, its flag, the question on screen and its deadline', () => {
    const running = makeStore(createMemoryStorage(v4Keys)).getState().quizSessions[DECK]?.running;
    const start = Date.UTC(2026, 9, 8, 10, 2);
    expect(running).toMatchObject({
      plan: { mode: 'exam', scopeLabel: 'All chapters' },
      startedAt: start,
      deadline: start + 6 * 60_000,
      current: 2,
      flagged: ['q5'],
      responses: { q1: { format: 'multiple-choice', choice: 1 }, q3: { format: 'typed', text: 'kube proxy' } },
    });
    expect(running?.quiz.questions).toHaveLength(6);
  });

  it('keeps the finished quiz’s results page in its record, beside an older record without one', () => {
    const history = makeStore(createMemoryStorage(v4Keys)).getState().quizHistory;
    expect(history.map((record) => [record.id, record.results !== undefined])).toEqual([
      ['kubernetes:1791138600000', false],
      ['quiz-practice', true],
    ]);
    expect(history[1].results?.mistakes.map((mistake) => [mistake.number, mistake.question.id, mistake.result.given])).toEqual([
      [1, 'q1', 'network proxy running on each WN'],
    ]);
  });
});

describe('v4 quiz sessions → v5 monthly reviews', () => {
  const read = readStored(createMemoryStorage(v4Keys), STORAGE_KEY);
  const state = read?.ok ? read.state : null;
  const before = decodeV4(state);
  const migrated = migrateQuizSessionsToMonthlyReviews(state as PersistedStudyDataV4);

  it('keeps every card, review, forget, undone review, setting, quiz and quiz in progress exactly', () => {
    expect(v.safeParse(PersistedStudyDataV5Schema, migrated).success).toBe(true);
    expect(decodeStudyData(migrated)).toEqual(before);
    expect(logEntries(decodeStudyData(migrated).log[DECK])).toEqual(logEntries(before.log[DECK]));
    expect(migratePersisted(state, StoreVersions.QuizSessions)).toEqual(migrated);
  });

  it('moves each chunk’s reviews from its cards into its months, in the same number of chunks', () => {
    const chunk = migrated.decks[DECK].chunks['0'];
    expect(migrated.decks[DECK].buckets).toBe((state as PersistedStudyDataV4).decks[DECK].buckets);
    expect(Object.keys(chunk.log ?? {})).toEqual(['2026-10']);
    expect(chunk).not.toHaveProperty('logs');
    expect(chunk.manual).toEqual({ '1': expect.stringMatching(/\($/) });
  });

  it('runs when a store opens the v4 fixture: every chunk rewritten under its own key, the root last with the new version, read back alike', () => {
    const storage = createMemoryStorage(v4Keys);
    const store = makeStore(storage);
    expect(store.getState().session.storageIssue).toBeNull();
    expect(Object.keys(v4Keys).every((key) => storage.getItem(key) !== null)).toBe(true);
    expect(storage.getItem(`${STORAGE_KEY}:cards:${DECK}:1:0`)).not.toBe(v4Keys[`${STORAGE_KEY}:cards:${DECK}:1:0`]);
    expect(storedEnvelope(storage).version).toBe(StoreVersions.MonthlyReviews);
    expect(studyDataOf(store.getState())).toEqual(before);
    expect(studyDataOf(makeStore(storage).getState())).toEqual(before);
  });
});

describe('the v5 monthly reviews fixture', () => {
  const read = readStored(createMemoryStorage(v5Keys), STORAGE_KEY);

  it('reads whole: each key checked, every record read', () => {
    expect(read).toMatchObject({ ok: true, version: StoreVersions.MonthlyReviews, damaged: [] });
  });

  it('is the v4 fixture migrated, with one grade a month later', () => {
    const data = studyDataOf(makeStore(createMemoryStorage(v5Keys)).getState());
    const v4Read = readStored(createMemoryStorage(v4Keys), STORAGE_KEY);
    const v4 = decodeV4(v4Read?.ok ? v4Read.state : null);
    const added = logEntries(data.log[DECK]).filter((entry) => !logEntries(v4.log[DECK]).some((old) => old.at === entry.at && old.cardId === entry.cardId));
    expect(added).toEqual([
      { cardId: KUBELET, at: Date.UTC(2026, 10, 3, 9, 0), rating: 3, stateBefore: expect.any(Number), durationMs: 7000, origin: 'review' },
    ]);
    expect(data.log[DECK].months.map((month) => month.month)).toEqual([(2026 - 1970) * 12 + 9, (2026 - 1970) * 12 + 10]);
    expect(data.manualLog).toEqual(v4.manualLog);
    expect(data.undoneReviews).toEqual(v4.undoneReviews);
  });

  it('opens without decoding a month of reviews, and decodes one when it is read', () => {
    const log = makeStore(createMemoryStorage(v5Keys)).getState().log[DECK];
    expect(log.size).toBe(logEntries(decodeStudyData(migrated5()).log[DECK]).length);
    expect(log.months.map(isMonthRead)).toEqual([false, false]);
    expect(log.months[1].entries).toHaveLength(1);
    expect(log.months.map(isMonthRead)).toEqual([false, true]);
  });

  it('is opened without writing anything, and written again as the same texts', () => {
    const storage = createMemoryStorage(v5Keys);
    const store = makeStore(storage);
    for (const [key, text] of Object.entries(v5Keys)) expect(storage.getItem(key)).toBe(text);
    store.setState({ ...studyDataOf(store.getState()) });
    for (const [key, text] of Object.entries(v5Keys)) expect(storage.getItem(key)).toBe(text);
  });

  it('encodes back to the same chunks, so the stored format does not drift unnoticed', () => {
    expect(JSON.stringify(encodeStudyData(decodeStudyData(migrated5())).decks)).toBe(JSON.stringify(migrated5().decks));
  });

  it('needs no migration step', () => {
    expect(migratePersisted(read?.ok ? read.state : null, StoreVersions.MonthlyReviews)).toBe(read?.ok ? read.state : null);
  });

  function migrated5() {
    if (!read?.ok) throw new Error('unreadable fixture');
    return read.state as Parameters<typeof decodeStudyData>[0];
  }
});
