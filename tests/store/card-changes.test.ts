// Changes made to many cards at once (the card browser's actions), undone, persisted and exported.
import { describe, expect, it } from 'vitest';
import { Rating, State } from '../../src/domain/progress';
import { newSchedulingState } from '../../src/domain/scheduler';
import { parseProgressFile } from '../../src/store/progress-transfer/progress-transfer';
import { exportStoreProgress } from '../../src/store/progress-transfer/progress-transfer-store';
import { createMemoryStorage } from '../../src/store/persist/memory-storage';
import { studyDataOf, deckCardValue } from '../../src/store/data/study-data';
import { changeCards, undoCardChanges } from '../../src/store/card-changes';
import { DAY, DECK, ETCD, KUBELET, makeStore, MINUTE, POD, T0 } from './store-test-kit';
import { logArray } from '../study-data-kit';

const SECOND = 1000;

function studied() {
  const storage = createMemoryStorage();
  const store = makeStore(storage);
  const s = store.getState();
  s.gradeCard(DECK, KUBELET, Rating.Good, T0, 5000);
  s.gradeCard(DECK, KUBELET, Rating.Good, T0 + DAY, 5000);
  s.gradeCard(DECK, POD, Rating.Again, T0, 5000);
  return { store, storage };
}

describe('changing many cards at once', () => {
  it('flags cards (a card never studied too), leaves the ones already so, and undoes to the exact state before', () => {
    const { store, storage } = studied();
    const before = studyDataOf(store.getState());
    const changed = changeCards(store, DECK, [KUBELET, POD, ETCD], { kind: 'flag', flag: 'red' }, T0 + 2 * DAY);
    expect(changed.cards.map((card) => card.cardId)).toEqual([KUBELET, POD, ETCD]);
    expect([KUBELET, POD, ETCD].map((id) => deckCardValue(store.getState().progress, DECK, id)!.flag)).toEqual(['red', 'red', 'red']);
    expect(deckCardValue(store.getState().progress, DECK, ETCD)!.scheduling.state).toBe(State.New);
    // Persisted: a store over the same storage reads the flags back.
    expect(deckCardValue(makeStore(storage).getState().progress, DECK, POD)!.flag).toBe('red');
    expect(changeCards(store, DECK, [KUBELET], { kind: 'flag', flag: 'red' }, T0 + 2 * DAY).cards).toEqual([]);

    expect(undoCardChanges(store, changed, T0 + 2 * DAY + MINUTE)).toBe(3);
    const after = store.getState();
    expect(deckCardValue(after.progress, DECK, KUBELET)).toEqual(deckCardValue(before.progress, DECK, KUBELET));
    expect(deckCardValue(after.progress, DECK, POD)).toEqual(deckCardValue(before.progress, DECK, POD));
    expect(deckCardValue(after.progress, DECK, ETCD)).toEqual({ scheduling: newSchedulingState(T0 + 2 * DAY), suspended: false });
  });

  it('suspends and unsuspends, keeping each card’s schedule and flag', () => {
    const { store } = studied();
    changeCards(store, DECK, [KUBELET], { kind: 'flag', flag: 'blue' }, T0 + 2 * DAY);
    const scheduling = deckCardValue(store.getState().progress, DECK, KUBELET)!.scheduling;
    changeCards(store, DECK, [KUBELET, POD], { kind: 'suspend', suspended: true }, T0 + 2 * DAY);
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)).toEqual({ scheduling, suspended: true, flag: 'blue' });
    const unsuspended = changeCards(store, DECK, [KUBELET, POD, ETCD], { kind: 'suspend', suspended: false }, T0 + 3 * DAY);
    expect(unsuspended.cards.map((card) => card.cardId)).toEqual([KUBELET, POD]);
    expect(deckCardValue(store.getState().progress, DECK, POD)!.suspended).toBe(false);
  });

  it('forgets: the card is new, its reviews stay, the forget is logged; undo restores it and removes that entry', () => {
    const { store } = studied();
    const scheduling = deckCardValue(store.getState().progress, DECK, KUBELET)!.scheduling;
    const forgotten = changeCards(store, DECK, [KUBELET, ETCD], { kind: 'forget' }, T0 + 2 * DAY);
    expect(forgotten.cards.map((card) => card.cardId)).toEqual([KUBELET]);
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)!.scheduling).toEqual(newSchedulingState(T0 + 2 * DAY));
    expect(logArray(store.getState().log[DECK]).filter((entry) => entry.cardId === KUBELET)).toHaveLength(2);
    expect(store.getState().manualLog[DECK]).toEqual([{ cardId: KUBELET, at: T0 + 2 * DAY, action: 'forget' }]);

    undoCardChanges(store, forgotten, T0 + 2 * DAY + SECOND);
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)!.scheduling).toEqual(scheduling);
    expect(store.getState().manualLog[DECK]).toBeUndefined();
  });

  it('reschedules studied cards to a date with the interval to match, and leaves new cards', () => {
    const { store } = studied();
    const lastReview = deckCardValue(store.getState().progress, DECK, KUBELET)!.scheduling.lastReview!;
    const due = lastReview + 30 * DAY;
    const changed = changeCards(store, DECK, [KUBELET, ETCD], { kind: 'reschedule', due }, T0 + 2 * DAY);
    expect(changed.cards.map((card) => card.cardId)).toEqual([KUBELET]);
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)!.scheduling).toMatchObject({ due, scheduledDays: 30, state: State.Review });
  });

  it('keeps a change made since when undoing: a card graded after a suspend is not restored', () => {
    const { store } = studied();
    const suspended = changeCards(store, DECK, [KUBELET, POD], { kind: 'flag', flag: 'green' }, T0 + 2 * DAY);
    store.getState().gradeCard(DECK, POD, Rating.Good, T0 + 2 * DAY + MINUTE, 3000);
    const graded = deckCardValue(store.getState().progress, DECK, POD)!;
    expect(undoCardChanges(store, suspended, T0 + 2 * DAY + 2 * MINUTE)).toBe(1);
    expect(deckCardValue(store.getState().progress, DECK, POD)).toBe(graded);
    expect(graded.flag).toBe('green');
    expect(deckCardValue(store.getState().progress, DECK, KUBELET)!.flag).toBeUndefined();
  });

  it('exports flags and imports them back', () => {
    const { store } = studied();
    changeCards(store, DECK, [POD], { kind: 'flag', flag: 'orange' }, T0 + 2 * DAY);
    const read = parseProgressFile(exportStoreProgress(store, T0 + 3 * DAY, '0.1.0'));
    if (!read.ok) throw new Error(read.reason);
    expect(deckCardValue(read.data.progress, DECK, POD)!.flag).toBe('orange');
    expect(read.data).toEqual(studyDataOf(store.getState()));
  });
});
