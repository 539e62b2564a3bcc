// The quiz in progress, kept in the store: it survives a reload exactly, its answers grade cards through the quiz
// policy in the same step, finishing keeps the record with its results page and ends it, a discard or a finish in one
// tab reaches the other, and a damaged one costs only itself.
import { describe, expect, it } from 'vitest';
import { Rating, State } from '../../../src/domain/progress';
import { checkCurrent, finishQuiz, goTo, toggleFlag, withResponse, type RunningQuiz } from '../../../src/domain/quiz-session';
import { STORAGE_KEY } from '../../../src/store/create-study-store';
import { listBackupKeys } from '../../../src/store/persist/guarded-storage';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { sessionKey } from '../../../src/store/persist/stored-layout';
import { selectQuizSession, selectStorageIssue } from '../../../src/store/study-selectors';
import {
  handMadeQuiz,
  handMadeRunning,
  kubeletChoice,
  kubeProxyTyped,
  mnComponentsList,
  nodeMatching,
  schedulerStatement,
} from '../../fixtures/quiz-questions';
import { DAY, DECK, makeStore, MINUTE, T0 } from '../store-test-kit';
import { deckCardValue } from '../../../src/store/data/study-data';
import { logArray } from '../../study-data-kit';

const SECOND = 1000;
const ARCH = 'kubernetes-architecture/definition';

const running = (mode: 'practice' | 'exam', practiceOnly = false): RunningQuiz => handMadeRunning(mode, T0, practiceOnly ? { practiceOnly } : {});

/** Kubelet, Scheduler and Kube-proxy's reverse were reviewed ten days ago (in review now); the rest are new. */
function studiedStore(storage = createMemoryStorage()) {
  const store = makeStore(storage);
  for (const cardId of [`${ARCH}/kubelet`, `${ARCH}/scheduler`, `${ARCH}/kube-proxy/reverse`])
    store.getState().gradeCard(DECK, cardId, Rating.Easy, T0 - 10 * DAY, 5000);
  return store;
}

const quizEntries = (store: ReturnType<typeof makeStore>) =>
  logArray(store.getState().log[DECK])
    .filter((entry) => entry.origin === 'quiz')
    .map((entry) => [entry.cardId, entry.rating, entry.at]);

describe('a quiz in progress', () => {
  it('is stored under its own key and read back exactly by a new store (a reload, a closed tab)', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    let state = withResponse(running('exam'), kubeletChoice.id, { format: 'multiple-choice', choice: 1 });
    state = toggleFlag(goTo(state, 2, T0 + 40 * SECOND), kubeProxyTyped.id);
    state = withResponse(state, kubeProxyTyped.id, { format: 'typed', text: 'kube prox' });
    store.getState().saveQuizSession(DECK, state, T0 + 50 * SECOND);

    expect(JSON.parse(storage.getItem(sessionKey(STORAGE_KEY, DECK))!)).toEqual({ changedAt: T0 + 50 * SECOND, running: state });
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.sessions).toEqual([DECK]);
    const reloaded = makeStore(storage);
    expect(selectQuizSession(DECK)(reloaded.getState())).toEqual(state);
    // The deadline is a time: the time left is counted from it whenever the quiz is opened again.
    expect(selectQuizSession(DECK)(reloaded.getState())?.deadline).toBe(T0 + 6 * MINUTE);
    expect(selectQuizSession('another-deck')(reloaded.getState())).toBeNull();
  });

  it('grades an answer’s cards as the quiz policy allows, in the same step as the answer, and notes each outcome', () => {
    const storage = createMemoryStorage();
    const store = studiedStore(storage);
    // Kubelet, chosen right: graded Good.
    const kubelet = checkCurrent(withResponse(running('practice'), kubeletChoice.id, { format: 'multiple-choice', choice: 1 }), T0 + 5 * SECOND);
    const decisions = store.getState().saveQuizAnswer(DECK, kubelet.state, kubelet.grades, T0 + 5 * SECOND);
    expect(decisions).toEqual([{ cardId: `${ARCH}/kubelet`, outcome: 'graded', grade: Rating.Good, durationMs: 5 * SECOND }]);
    // The matching: API Server and ETCD are new (they stay new), Scheduler and Controller Manager missed.
    let state = goTo(kubelet.state, 4, T0 + 10 * SECOND);
    state = withResponse(state, nodeMatching.id, { format: 'matching', matches: [1, 2, 3, 0] });
    const matching = checkCurrent(state, T0 + 40 * SECOND);
    store.getState().saveQuizAnswer(DECK, matching.state, matching.grades, T0 + 40 * SECOND);

    expect(quizEntries(store)).toEqual([[`${ARCH}/kubelet`, Rating.Good, T0 + 5 * SECOND]]);
    const saved = selectQuizSession(DECK)(store.getState())!;
    expect(saved.outcomes).toEqual({
      [`${ARCH}/kubelet`]: 'graded',
      [`${ARCH}/api-server`]: 'new-card',
      // In review: one wrong pick is no lapse.
      [`${ARCH}/scheduler`]: 'not-lapsed',
      [`${ARCH}/controller-manager`]: 'new-card',
      [`${ARCH}/etcd`]: 'new-card',
    });
    expect(deckCardValue(store.getState().progress, DECK, `${ARCH}/scheduler`)!.scheduling.state).toBe(State.Review);
    expect(deckCardValue(store.getState().progress, DECK, `${ARCH}/api-server`)).toBeUndefined();
    // Quiz grades are never the review screen's to undo.
    expect(store.getState().session.undoStack.map((step) => step.entry.origin)).toEqual(['review', 'review', 'review']);
    // Grade and session were one save: a reload has both.
    const reloaded = makeStore(storage).getState();
    expect(reloaded.log[DECK]).toEqual(store.getState().log[DECK]);
    expect(selectQuizSession(DECK)(reloaded)).toEqual(saved);
  });

  it('finished, gives an exam’s grades, keeps its record with the results page and what it did, and is over', () => {
    const storage = createMemoryStorage();
    const store = studiedStore(storage);
    let state = withResponse(running('exam'), kubeletChoice.id, { format: 'multiple-choice', choice: 0 });
    state = withResponse(goTo(state, 1, T0 + 20 * SECOND), schedulerStatement.id, { format: 'true-false', value: false });
    state = withResponse(goTo(state, 2, T0 + 30 * SECOND), kubeProxyTyped.id, { format: 'typed', text: 'Kubelet' });
    store.getState().saveQuizSession(DECK, state, T0 + MINUTE);
    const finished = finishQuiz(state, T0 + 2 * MINUTE)!;
    const record = store.getState().finishQuizSession(DECK, finished, T0 + 2 * MINUTE);

    expect(quizEntries(store)).toEqual([
      // Scheduler was right on its own question but wrong in the unanswered matching: its worst grade is a wrong pick.
      // Kube-proxy typed as Kubelet: a recall that failed, Again.
      [`${ARCH}/kube-proxy/reverse`, Rating.Again, T0 + 2 * MINUTE],
    ]);
    expect(record.results?.schedule).toEqual({ graded: 1, 'not-lapsed': 2, 'new-card': 5 });
    expect(record.results?.mistakes.map((mistake) => mistake.number)).toEqual([1, 3, 4, 5, 6]);
    // The history keeps the question without the deck's other names (only grading needed them).
    const typedMistake = record.results?.mistakes.find((mistake) => mistake.question.id === kubeProxyTyped.id);
    expect(typedMistake?.question).toEqual({ ...kubeProxyTyped, otherTerms: [] });
    expect(store.getState().quizHistory).toEqual([record]);
    expect(selectQuizSession(DECK)(store.getState())).toBeNull();

    // Finishing again (the timer and a click at once) keeps one record and grades nothing twice.
    expect(store.getState().finishQuizSession(DECK, finished, T0 + 2 * MINUTE + SECOND)).toBe(record);
    expect(quizEntries(store)).toHaveLength(1);
    const reloaded = makeStore(storage).getState();
    expect(reloaded.quizHistory).toEqual([record]);
    expect(selectQuizSession(DECK)(reloaded)).toBeNull();
  });

  it('in practice only, is scored and kept but changes no card', () => {
    const store = studiedStore();
    const before = store.getState().progress;
    const kubelet = checkCurrent(withResponse(running('practice', true), kubeletChoice.id, { format: 'multiple-choice', choice: 0 }), T0 + 5 * SECOND);
    expect(store.getState().saveQuizAnswer(DECK, kubelet.state, kubelet.grades, T0 + 5 * SECOND)).toEqual([
      { cardId: `${ARCH}/kubelet`, outcome: 'practice-only' },
    ]);
    const record = store.getState().finishQuizSession(DECK, finishQuiz(selectQuizSession(DECK)(store.getState())!, T0 + MINUTE)!, T0 + MINUTE);
    expect(store.getState().progress).toBe(before);
    expect(quizEntries(store)).toEqual([]);
    expect(record).toMatchObject({ practiceOnly: true, wrongCardIds: [`${ARCH}/kubelet`], results: { schedule: { 'practice-only': 1 } } });
  });

  it('discarded, is gone after a reload, and another tab’s copy does not bring it back', () => {
    localStorage.clear();
    const a = makeStore(localStorage, { tabSyncSource: window });
    const b = makeStore(localStorage, { tabSyncSource: window });
    a.getState().saveQuizSession(DECK, running('exam'), T0);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: localStorage }));
    expect(selectQuizSession(DECK)(b.getState())).toEqual(running('exam'));

    b.getState().discardQuizSession(DECK, T0 + MINUTE);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: localStorage }));
    expect(selectQuizSession(DECK)(a.getState())).toBeNull();
    expect(selectQuizSession(DECK)(makeStore(localStorage).getState())).toBeNull();
    localStorage.clear();
  });

  it('finished in one tab, is over in the other too', () => {
    localStorage.clear();
    const a = makeStore(localStorage, { tabSyncSource: window });
    const b = makeStore(localStorage, { tabSyncSource: window });
    const state = withResponse(running('exam'), kubeletChoice.id, { format: 'multiple-choice', choice: 1 });
    a.getState().saveQuizSession(DECK, state, T0);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: localStorage }));
    // b finishes it without hearing of a's later moves; a moves on before hearing of the finish.
    b.getState().finishQuizSession(DECK, finishQuiz(state, T0 + MINUTE)!, T0 + MINUTE);
    a.getState().saveQuizSession(DECK, goTo(state, 3, T0 + 2 * MINUTE), T0 + 2 * MINUTE);
    // The browser tells each tab of the other's write (here: a's, then b's merge written back).
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: localStorage }));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: localStorage }));
    for (const tab of [a, b]) {
      expect(selectQuizSession(DECK)(tab.getState())).toBeNull();
      expect(tab.getState().quizHistory.map((record) => record.id)).toEqual([handMadeQuiz.id]);
    }
    localStorage.clear();
  });

  it('is forgotten with all progress on “reset all progress”', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    store.getState().saveQuizSession(DECK, running('practice'), T0);
    store.getState().resetAllProgress(T0 + MINUTE);
    expect(store.getState().quizSessions).toEqual({});
    expect(selectQuizSession(DECK)(makeStore(storage).getState())).toBeNull();
    expect(storage.getItem(sessionKey(STORAGE_KEY, DECK))).toBeNull();
  });

  it('that cannot be read costs only itself: set aside in a backup and counted, every grade kept', () => {
    const storage = createMemoryStorage();
    const store = studiedStore(storage);
    store.getState().saveQuizSession(DECK, running('exam'), T0);
    const key = sessionKey(STORAGE_KEY, DECK);
    const damaged = JSON.parse(storage.getItem(key)!);
    damaged.running.current = 99;
    storage.setItem(key, JSON.stringify(damaged));

    const reloaded = makeStore(storage);
    expect(selectQuizSession(DECK)(reloaded.getState())).toBeNull();
    expect(reloaded.getState().log).toEqual(store.getState().log);
    expect(reloaded.getState().progress).toEqual(store.getState().progress);
    expect(selectStorageIssue(reloaded.getState())).toMatchObject({ kind: 'damaged-records', damagedCount: 1 });
    expect(selectStorageIssue(reloaded.getState())?.detail).toContain('quiz in progress of deck kubernetes');
    const [backupKey] = listBackupKeys(storage);
    expect(JSON.parse(storage.getItem(backupKey!)!).keys[key]).toBe(JSON.stringify(damaged));
  });

  it('list recall is recall: a list named in part grades its studied card Hard', () => {
    const store = studiedStore();
    store.getState().gradeCard(DECK, mnComponentsList.cardId, Rating.Easy, T0 - 10 * DAY, 5000);
    let state = goTo(running('practice'), 3, T0);
    state = withResponse(state, mnComponentsList.id, { format: 'list-recall', entries: ['API Server', 'Scheduler', 'ETCD', ''] });
    const checked = checkCurrent(state, T0 + 20 * SECOND);
    store.getState().saveQuizAnswer(DECK, checked.state, checked.grades, T0 + 20 * SECOND);
    expect(quizEntries(store)).toEqual([[mnComponentsList.cardId, Rating.Hard, T0 + 20 * SECOND]]);
  });
});
