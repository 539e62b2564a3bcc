// The quiz history's record fields added for the quiz screens (confusions, scope, seed, exam timing): they persist,
// records stored before them still load, and they are checked like every other stored field.
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../../src/store/create-study-store';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import type { QuizRecord } from '../../../src/domain/quiz-record';
import { selectStorageIssue } from '../../../src/store/study-selectors';
import { DAY, DECK, ETCD, KUBELET, makeStore, MINUTE, POD, readStoredFixture, storageWith, storedEnvelope, T0 } from '../store-test-kit';
import { Rating } from '../../../src/domain/progress';
import { logArray } from '../../study-data-kit';

const KUBE_PROXY = 'kubernetes-architecture/definition/kube-proxy';

const examRecord: QuizRecord = {
  id: 'quiz-1',
  deckId: DECK,
  startedAt: T0,
  finishedAt: T0 + 7 * MINUTE,
  mode: 'exam',
  questionCount: 10,
  score: 7.5,
  wrongCardIds: [KUBELET, POD],
  confusions: [{ cardId: KUBELET, confusedWithCardId: KUBE_PROXY }],
  scopeLabel: 'Chapter 3: Kubernetes Architecture',
  scope: { kind: 'chapter', chapterId: 'kubernetes-architecture' },
  seed: -1_234_567,
  formats: ['multiple-choice', 'list-recall'],
  requestedCount: 10,
  timeLimitMs: 10 * MINUTE,
  timedOut: true,
};

describe('quiz records with confusions, scope and exam timing', () => {
  it('are kept across a reload exactly as added', () => {
    const storage = createMemoryStorage();
    const cardsRecord: QuizRecord = {
      ...examRecord,
      id: 'quiz-2',
      mode: 'practice',
      finishedAt: T0 + DAY,
      scope: { kind: 'cards', cardIds: [ETCD, POD] },
      confusions: [],
    };
    makeStore(storage).getState().addQuizRecord(examRecord);
    makeStore(storage).getState().addQuizRecord(cardsRecord);
    expect(makeStore(storage).getState().quizHistory).toEqual([examRecord, cardsRecord]);
  });

  it('sit next to records stored before these fields existed, which load unchanged', () => {
    const fixture = JSON.parse(readStoredFixture('v2-compact-codec.json'));
    const [oldRecord] = fixture.state.quizHistory as QuizRecord[];
    expect(Object.keys(oldRecord).sort()).toEqual(['deckId', 'finishedAt', 'id', 'mode', 'questionCount', 'score', 'startedAt', 'wrongCardIds']);
    const storage = storageWith(JSON.stringify(fixture));
    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toBeNull();
    store.getState().addQuizRecord(examRecord);
    const reloaded = makeStore(storage).getState().quizHistory;
    expect(reloaded).toEqual([oldRecord, examRecord]);
    // Each month of quizzes is a key of its own.
    expect(storedEnvelope(storage).state.quizzes).toEqual(['2026-10', '2026-11']);
    expect(JSON.parse(storage.getItem(`${STORAGE_KEY}:quizzes:2026-10`)!)).toEqual([oldRecord]);
    expect(JSON.parse(storage.getItem(`${STORAGE_KEY}:quizzes:2026-11`)!)).toEqual([examRecord]);
  });

  it('reach a second tab through the shared storage', async () => {
    const storage = createMemoryStorage();
    const first = makeStore(storage);
    const second = makeStore(storage);
    first.getState().addQuizRecord(examRecord);
    await second.syncFromStorage();
    expect(second.getState().quizHistory).toEqual([examRecord]);
  });

  it.each([
    ['a confusion without its other card', { confusions: [{ cardId: KUBELET }] }],
    ['a format the quiz does not have', { formats: ['essay'] }],
    ['a scope of an unknown kind', { scope: { kind: 'tag', tag: 'x' } }],
    ['a fractional seed', { seed: 0.5 }],
  ])('are checked field by field: %s makes that record unreadable; it is set aside and the rest kept', (_what, broken) => {
    const storage = createMemoryStorage();
    const first = makeStore(storage).getState();
    first.gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    first.addQuizRecord(examRecord);
    const monthKey = `${STORAGE_KEY}:quizzes:2026-11`;
    const [stored] = JSON.parse(storage.getItem(monthKey)!) as Record<string, unknown>[];
    storage.setItem(monthKey, JSON.stringify([{ ...stored, ...broken }]));
    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'damaged-records', damagedCount: 1 });
    expect(store.getState().quizHistory).toEqual([]);
    expect(logArray(store.getState().log[DECK])).toHaveLength(1);
  });
});
