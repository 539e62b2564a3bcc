import { describe, expect, it } from 'vitest';
import { defaultStudySettings, Rating, State, type Grade, type SchedulingState } from '../../src/domain/progress';
import { gradeCard, newSchedulingState, schedulerOptionsFrom } from '../../src/domain/scheduler';
import { createMemoryStorage } from '../../src/store/persist/memory-storage';
import { CURRENT_STORE_VERSION } from '../../src/store/persist/persisted-migrations';
import { selectCardProgress, selectDeckLog, selectDeckProgress } from '../../src/store/study-selectors';
import {
  CASE_STUDIES,
  DAY,
  DECK,
  ETCD,
  KUBELET,
  KUBELET_REVERSE,
  makeStore,
  MINUTE,
  POD,
  readStoredFixture,
  storageWith,
  storedEnvelope,
  T0,
  undoLast,
} from './store-test-kit';
import { deckCardValue } from '../../src/store/data/study-data';
import { logArray, progressRecord } from '../study-data-kit';

const noFuzz = schedulerOptionsFrom(defaultStudySettings, false);

/** What the domain scheduler gives for these grades at these times, from a new card. */
function expectedAfter(grades: [Grade, number][], options = noFuzz): SchedulingState {
  let state = newSchedulingState(grades[0][1]);
  for (const [grade, at] of grades) state = gradeCard(state, grade, at, options).next;
  return state;
}

describe('grading', () => {
  it('schedules with the domain scheduler, logs the review and persists both', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    const outcome = store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 8_200);

    expect(outcome.scheduling).toEqual(expectedAfter([[3, T0]]));
    expect(outcome.entry).toEqual({ cardId: KUBELET, at: T0, rating: Rating.Good, stateBefore: State.New, durationMs: 8_000, origin: 'review' });
    expect(selectCardProgress(DECK, KUBELET)(store.getState())).toEqual({ scheduling: outcome.scheduling, suspended: false });
    expect(logArray(selectDeckLog(DECK)(store.getState()))).toEqual([outcome.entry]);
    expect(storedEnvelope(storage).version).toBe(CURRENT_STORE_VERSION);
  });

  it('survives a new store instance reading the same storage', () => {
    const storage = createMemoryStorage();
    const first = makeStore(storage);
    first.getState().gradeCard(DECK, KUBELET, Rating.Again, T0, 12_000);
    first.getState().gradeCard(DECK, KUBELET, Rating.Good, T0 + MINUTE, 5_000);
    first.getState().gradeCard(DECK, POD, Rating.Easy, T0 + 2 * MINUTE, 3_000, 'quiz');
    first.getState().setSuspended(DECK, ETCD, true, T0 + 3 * MINUTE);

    const second = makeStore(storage);
    const { progress, log, cardChangedAt } = second.getState();
    expect(progress).toEqual(first.getState().progress);
    expect(log).toEqual(first.getState().log);
    expect(cardChangedAt).toEqual(first.getState().cardChangedAt);
    expect(logArray(log[DECK]).map((entry) => [entry.cardId, entry.rating, entry.origin])).toEqual([
      [KUBELET, 1, 'review'],
      [KUBELET, 3, 'review'],
      [POD, 4, 'quiz'],
    ]);
    // Grading goes on from the reloaded state exactly as it would have without the reload.
    const later = T0 + 3 * DAY;
    expect(second.getState().gradeCard(DECK, KUBELET, Rating.Good, later, 4_000).scheduling).toEqual(
      first.getState().gradeCard(DECK, KUBELET, Rating.Good, later, 4_000).scheduling,
    );
  });

  it('keeps times to the second and never records two changes of one card at the same second', () => {
    const store = makeStore();
    const first = store.getState().gradeCard(DECK, KUBELET, Rating.Again, T0 + 517, 1_000);
    const second = store.getState().gradeCard(DECK, KUBELET, Rating.Again, T0 + 900, 1_000);
    expect(first.entry.at).toBe(T0);
    expect(second.entry.at).toBe(T0 + 1_000);
    expect(second.scheduling.lastReview).toBe(T0 + 1_000);
  });

  it('caps the time spent on a card at 60 seconds', () => {
    const store = makeStore();
    expect(store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 40 * MINUTE).entry.durationMs).toBe(60_000);
    expect(store.getState().gradeCard(DECK, POD, Rating.Good, T0, -5).entry.durationMs).toBe(0);
  });

  it('grades with the desired retention from the settings', () => {
    const store = makeStore();
    store.getState().updateSettings({ desiredRetention: 0.8 }, T0);
    const grades: [Grade, number][] = [
      [3, T0],
      [3, T0 + 10 * MINUTE],
      [3, T0 + 3 * DAY],
    ];
    for (const [grade, at] of grades) store.getState().gradeCard(DECK, KUBELET, grade, at, 5_000);
    const settings = { ...defaultStudySettings, desiredRetention: 0.8 };
    const expected = expectedAfter(grades, schedulerOptionsFrom(settings, false));
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)!.scheduling).toEqual(expected);
    expect(expected.scheduledDays).toBeGreaterThan(expectedAfter(grades).scheduledDays);
  });

  it('fuzzes review intervals when fuzz is on, exactly as the scheduler does with fuzz', () => {
    const store = makeStore(createMemoryStorage(), { enableFuzz: true });
    const grades: [Grade, number][] = [
      [3, T0],
      [3, T0 + 10 * MINUTE],
      [3, T0 + 3 * DAY],
      [3, T0 + 12 * DAY],
      [3, T0 + 40 * DAY],
    ];
    for (const [grade, at] of grades) store.getState().gradeCard(DECK, KUBELET, grade, at, 5_000);
    const withFuzz = expectedAfter(grades, schedulerOptionsFrom(defaultStudySettings, true));
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)!.scheduling).toEqual(withFuzz);
    expect(withFuzz.due).not.toBe(expectedAfter(grades).due);
  });

  it('reports when a grade makes the card a leech', () => {
    const store = makeStore();
    let at = T0;
    const outcomes = [];
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, at, 1_000);
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, (at += 10 * MINUTE), 1_000);
    for (let lapse = 0; lapse < 8; lapse += 1) {
      outcomes.push(store.getState().gradeCard(DECK, KUBELET, Rating.Again, (at += 5 * DAY), 1_000));
      store.getState().gradeCard(DECK, KUBELET, Rating.Good, (at += 10 * MINUTE), 1_000);
    }
    expect(outcomes.map((outcome) => outcome.becameLeech)).toEqual([false, false, false, false, false, false, false, true]);
    expect(outcomes.at(-1)?.isLeech).toBe(true);
  });
});

describe('undo', () => {
  it('restores the previous scheduling state exactly and removes the log entry', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0 + 10 * MINUTE, 5_000);
    const beforeThird = deckCardValue(store.getState().progress, DECK, KUBELET);
    const third = store.getState().gradeCard(DECK, KUBELET, Rating.Again, T0 + 4 * DAY, 5_000);

    expect(undoLast(store)).toEqual(third.entry);
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)).toEqual(beforeThird);
    expect(logArray(store.getState().log[DECK]).map((entry) => entry.at)).toEqual([T0, T0 + 10 * MINUTE]);
    // The undo is persisted, with the removed review remembered so no other tab brings it back.
    const reloaded = makeStore(storage).getState();
    expect(deckCardValue(reloaded.progress, DECK, KUBELET)).toEqual(beforeThird);
    expect(logArray(reloaded.log[DECK])).toHaveLength(2);
    expect(reloaded.undoneReviews[DECK][KUBELET]).toEqual([T0 + 4 * DAY]);
  });

  it('undoes grades one by one, newest first, back to a new card', () => {
    const store = makeStore();
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    store.getState().gradeCard(DECK, POD, Rating.Hard, T0 + MINUTE, 5_000);
    expect(undoLast(store)?.cardId).toBe(POD);
    expect(deckCardValue(store.getState().progress, DECK, POD)!.scheduling).toEqual(newSchedulingState(T0 + MINUTE));
    expect(undoLast(store)?.cardId).toBe(KUBELET);
    expect(store.getState().log[DECK]).toBeUndefined();
    expect(store.getState().session.undoStack).toEqual([]);
    expect(undoLast(store)).toBeNull();
  });

  it('undoes a grade after the card was suspended, keeping the suspension', () => {
    const store = makeStore();
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    const graded = store.getState().gradeCard(DECK, KUBELET, Rating.Again, T0 + 5 * DAY, 5_000);
    store.getState().setSuspended(DECK, KUBELET, true, T0 + 5 * DAY);
    expect(undoLast(store)).toEqual(graded.entry);
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)).toEqual({ scheduling: expectedAfter([[3, T0]]), suspended: true });
  });

  it('does not undo a grade whose card has changed since', () => {
    const store = makeStore();
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    store.getState().resetCard(DECK, KUBELET, T0 + MINUTE);
    const reset = deckCardValue(store.getState().progress, DECK, KUBELET);
    expect(undoLast(store)).toBeNull();
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)).toBe(reset);
    expect(logArray(store.getState().log[DECK])).toHaveLength(1);
  });

  it('undoes only the review grade it names: never another deck’s, and never a quiz’s', () => {
    const store = makeStore();
    const inA = store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    const quiz = store.getState().gradeCard(DECK, POD, Rating.Again, T0 + MINUTE, 5_000, 'quiz');
    const inB = store.getState().gradeCard('networking-basics', 'addressing/definition/subnet', Rating.Good, T0 + 2 * MINUTE, 5_000);
    const logBefore = store.getState().log;
    // Deck B's review screen names deck B: deck A's grade is not its to undo, nor is a quiz grade anyone's.
    expect(store.getState().undoGrade('networking-basics', inA.entry)).toBeNull();
    expect(store.getState().undoGrade(DECK, quiz.entry)).toBeNull();
    expect(store.getState().log).toBe(logBefore);
    expect(store.getState().session.undoStack.map((step) => step.deckId)).toEqual([DECK, 'networking-basics']);

    expect(store.getState().undoGrade('networking-basics', inB.entry)).toEqual(inB.entry);
    expect(store.getState().log[DECK]).toEqual(logBefore[DECK]);
    expect(store.getState().undoGrade(DECK, inA.entry)).toEqual(inA.entry);
    expect(logArray(store.getState().log[DECK])).toEqual([quiz.entry]);
  });

  it('lets a card be graded again right after an undo in the same second', () => {
    const store = makeStore();
    store.getState().gradeCard(DECK, KUBELET, Rating.Again, T0, 5_000);
    undoLast(store);
    const regraded = store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    expect(regraded.entry.at).toBeGreaterThan(T0);
    expect(logArray(store.getState().log[DECK])).toEqual([regraded.entry]);
  });
});

describe('cards that left the notes', () => {
  it('keeps their progress through loading, grading, resets of other cards and reloads, and resumes it when they return', () => {
    const storage = storageWith(readStoredFixture('v1-plain-json.json'));
    const store = makeStore(storage);
    const orphan = deckCardValue(store.getState().progress, DECK, CASE_STUDIES)!;
    expect(orphan.scheduling.reps).toBe(1);

    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    store.getState().resetCard(DECK, POD, T0);
    store.getState().setSuspended(DECK, ETCD, true, T0);
    const reloaded = makeStore(storage);
    expect(deckCardValue(reloaded.getState().progress, DECK, CASE_STUDIES)).toEqual(orphan);

    const resumed = reloaded.getState().gradeCard(DECK, CASE_STUDIES, Rating.Good, T0 + DAY, 5_000);
    expect(resumed.scheduling.reps).toBe(2);
    const fixtureOptions = schedulerOptionsFrom(reloaded.getState().settings, false);
    expect(resumed.scheduling).toEqual(gradeCard(orphan.scheduling, Rating.Good, T0 + DAY, fixtureOptions).next);
  });
});

describe('suspending and resetting', () => {
  it('suspends and unsuspends a card, also one never studied, and persists it', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    store.getState().setSuspended(DECK, ETCD, true, T0);
    expect(deckCardValue(store.getState().progress, DECK, ETCD)).toEqual({ scheduling: newSchedulingState(T0), suspended: true });
    expect(deckCardValue(makeStore(storage).getState().progress, DECK, ETCD)!.suspended).toBe(true);
    store.getState().setSuspended(DECK, ETCD, false, T0 + MINUTE);
    expect(deckCardValue(makeStore(storage).getState().progress, DECK, ETCD)!.suspended).toBe(false);
  });

  it('resets one card to new, keeping its suspension and its review history', () => {
    const store = makeStore();
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    store.getState().setSuspended(DECK, KUBELET, true, T0 + MINUTE);
    store.getState().resetCard(DECK, KUBELET, T0 + 2 * MINUTE);
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)).toEqual({ scheduling: newSchedulingState(T0 + 2 * MINUTE), suspended: true });
    expect(logArray(store.getState().log[DECK])).toHaveLength(1);
  });

  it('resets all progress, the log and the quiz history, keeping the settings', () => {
    const storage = storageWith(readStoredFixture('v1-plain-json.json'));
    const store = makeStore(storage);
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    store.getState().resetAllProgress(T0 + MINUTE);
    const reloaded = makeStore(storage).getState();
    for (const state of [store.getState(), reloaded]) {
      expect(state.progress).toEqual({});
      expect(state.log).toEqual({});
      expect(state.quizHistory).toEqual([]);
      expect(state.settings.newCardsPerDay).toBe(15);
      expect(state.progressResetAt).toBe(T0 + MINUTE);
    }
    expect(progressRecord(selectDeckProgress(DECK)(reloaded))).toEqual({});
    expect(store.getState().session.undoStack).toEqual([]);
  });
});

describe('settings', () => {
  it('applies and persists a valid change', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    const result = store.getState().updateSettings({ newCardsPerDay: 0, desiredRetention: 0.97, dayStartHour: 0, theme: 'dark' }, T0);
    expect(result.ok).toBe(true);
    expect(makeStore(storage).getState().settings).toEqual({
      ...defaultStudySettings,
      newCardsPerDay: 0,
      desiredRetention: 0.97,
      dayStartHour: 0,
      theme: 'dark',
    });
  });

  it.each([
    ['desiredRetention', { desiredRetention: 0.69 }, 'Desired retention must be between 0.70 and 0.97'],
    ['desiredRetention', { desiredRetention: 0.98 }, 'Desired retention must be between 0.70 and 0.97'],
    ['newCardsPerDay', { newCardsPerDay: -1 }, 'New cards per day cannot be negative'],
    ['reviewsPerDay', { reviewsPerDay: 20.5 }, 'Reviews per day must be a whole number'],
    ['dayStartHour', { dayStartHour: 24 }, 'Day start hour must be between 0 and 23'],
    ['maximumIntervalDays', { maximumIntervalDays: 0 }, 'Maximum interval must be between 1 and 36500 days'],
    ['theme', { theme: 'sepia' }, 'Theme must be system, light or dark'],
  ])('refuses an invalid %s and changes nothing', (field, change, message) => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    const result = store.getState().updateSettings({ reviewsPerDay: 100, ...change } as never, T0);
    expect(result).toEqual({ ok: false, errors: { [field]: message } });
    expect(store.getState().settings).toEqual(defaultStudySettings);
    expect(store.getState().settingsChangedAt).toBeNull();
  });

  it('refuses fields that are not settings', () => {
    const store = makeStore();
    const result = store.getState().updateSettings({ dailyGoal: 5 } as never, T0);
    expect(result.ok).toBe(false);
    expect(store.getState().settings).toEqual(defaultStudySettings);
  });
});

describe('quiz history', () => {
  it('adds finished quizzes once each, oldest first, and persists them', () => {
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    const record = {
      id: 'q2',
      deckId: DECK,
      startedAt: T0,
      finishedAt: T0 + 5 * MINUTE,
      mode: 'exam' as const,
      questionCount: 20,
      score: 17,
      wrongCardIds: [POD],
    };
    store.getState().addQuizRecord(record);
    store.getState().addQuizRecord({ ...record, id: 'q1', finishedAt: T0 - DAY });
    store.getState().addQuizRecord(record);
    expect(
      makeStore(storage)
        .getState()
        .quizHistory.map((r) => r.id),
    ).toEqual(['q1', 'q2']);
  });
});

describe('selectors', () => {
  it('return the same empty objects for a deck with no progress, so components do not re-render for nothing', () => {
    const state = makeStore().getState();
    expect(selectDeckProgress('other')(state)).toBe(selectDeckProgress('another')(state));
    expect(selectDeckLog('other')(state)).toBe(selectDeckLog('another')(state));
    expect(Object.isFrozen(selectDeckLog('other')(state))).toBe(true);
  });

  it('return the stored objects for a deck with progress', () => {
    const store = makeStore();
    store.getState().gradeCard(DECK, KUBELET_REVERSE, Rating.Good, T0, 5_000);
    const state = store.getState();
    expect(selectDeckProgress(DECK)(state)).toBe(state.progress[DECK]);
    expect(selectDeckLog(DECK)(state)).toBe(state.log[DECK]);
  });
});
