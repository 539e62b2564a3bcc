// Saving over several keys: a grade writes the card's chunk and then the root; a save that fails or is cut short
// between keys never leaves storage reading as a loss; other tabs merge on the root's event.
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../../src/store/create-study-store';
import type { RawStorage } from '../../../src/store/persist/guarded-storage';
import { createMemoryStorage, type MemoryStorage } from '../../../src/store/persist/memory-storage';
import { cardBucket } from '../../../src/store/persist/persisted-codec';
import { selectStorageIssue } from '../../../src/store/study-selectors';
import { studyDataOf, deckCardValue, withCardValues } from '../../../src/store/data/study-data';
import { DECK, KUBELET, makeStore, MINUTE, T0 } from '../store-test-kit';
import { Rating, State, type CardProgress, type ReviewEntry } from '../../../src/domain/progress';
import { cardIds } from '../../../src/domain/card-map';
import { logArray, deckLog } from '../../study-data-kit';

/** 200 cards: two chunks of the deck. */
const MANY = Array.from({ length: 200 }, (_, index) => `kubernetes-architecture/definition/card-${index}`);

function allTexts(storage: MemoryStorage): Record<string, string> {
  const texts: Record<string, string> = {};
  for (let index = 0; index < storage.length; index += 1) texts[storage.key(index)!] = storage.getItem(storage.key(index)!)!;
  return texts;
}

/** Records every write; `failAt` makes the n-th write from now throw (as a full storage does). */
function recordingStorage(base: MemoryStorage) {
  const writes: string[] = [];
  const control = { failAt: -1 };
  const storage: RawStorage = {
    getItem: (key) => base.getItem(key),
    removeItem: (key) => {
      writes.push(`remove ${key}`);
      base.removeItem(key);
    },
    setItem: (key, value) => {
      if (control.failAt === 0) {
        control.failAt = -1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      if (control.failAt > 0) control.failAt -= 1;
      writes.push(key);
      base.setItem(key, value);
    },
  };
  return { storage, writes, control };
}

function studiedMany(storage: RawStorage) {
  const store = makeStore(storage);
  MANY.forEach((cardId, index) => store.getState().gradeCard(DECK, cardId, Rating.Good, T0 + index * MINUTE, 2000));
  return store;
}

/** Two cards of MANY in different chunks. */
function cardsInTwoChunks(): [string, string] {
  const first = MANY[0];
  const other = MANY.find((cardId) => cardBucket(cardId, 2) !== cardBucket(first, 2))!;
  return [first, other];
}

describe('a save over several keys', () => {
  it('writes only the graded card’s chunk, then the root', () => {
    const base = createMemoryStorage();
    const { storage, writes } = recordingStorage(base);
    const store = studiedMany(storage);
    expect(Object.keys(allTexts(base)).filter((key) => key.includes(':cards:'))).toHaveLength(2);
    writes.length = 0;
    store.getState().gradeCard(DECK, MANY[7], Rating.Easy, T0 + 3 * 86_400_000, 2000);
    expect(writes).toEqual([`${STORAGE_KEY}:cards:${DECK}:2:${cardBucket(MANY[7], 2)}`, STORAGE_KEY]);
  });

  it('that fails between keys puts back what it wrote: storage keeps the previous save whole, memory keeps the change', () => {
    const base = createMemoryStorage();
    const { storage, control } = recordingStorage(base);
    const store = studiedMany(storage);
    const before = allTexts(base);
    const [one, other] = cardsInTwoChunks();
    const next = studyDataOf(store.getState());
    next.progress = withCardValues<CardProgress>(
      next.progress,
      DECK,
      [one, other].map((cardId) => [cardId, { ...deckCardValue(next.progress, DECK, cardId)!, suspended: true }] as const),
    );
    // The first chunk is written, the second is refused.
    control.failAt = 1;
    store.setState(next);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'quota' });
    expect(allTexts(base)).toEqual(before);
    expect(deckCardValue(store.getState().progress, DECK, other)!.suspended).toBe(true);
    // The next save that fits writes everything the failed one did not.
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0 + 5 * 86_400_000, 2000);
    const reloaded = makeStore(base).getState();
    expect(deckCardValue(reloaded.progress, DECK, one)!.suspended).toBe(true);
    expect(deckCardValue(reloaded.progress, DECK, other)!.suspended).toBe(true);
    expect(selectStorageIssue(store.getState())).toBeNull();
  });

  it('cut short after any of its writes (the tab closed) reads back with nothing that was saved before lost', () => {
    const base = createMemoryStorage();
    const store = studiedMany(base);
    const saved = studyDataOf(makeStore(base).getState());
    const [one, other] = cardsInTwoChunks();
    const snapshots: Record<string, string>[] = [];
    const snapshotting: RawStorage = {
      getItem: (key) => base.getItem(key),
      removeItem: (key) => base.removeItem(key),
      setItem: (key, value) => {
        base.setItem(key, value);
        snapshots.push(allTexts(base));
      },
    };
    const tab = makeStore(snapshotting);
    const later = T0 + 10 * 86_400_000;
    const next = studyDataOf(tab.getState());
    const graded = [one, other].map((cardId, index): ReviewEntry => ({
      cardId,
      at: later + index * 1000,
      rating: Rating.Good,
      stateBefore: State.Review,
      durationMs: 1000,
      origin: 'quiz',
    }));
    tab.setState({ ...next, log: { [DECK]: deckLog([...logArray(next.log[DECK]), ...graded]) } });
    expect(snapshots.length).toBe(3);
    for (const texts of snapshots) {
      const reopened = studyDataOf(makeStore(createMemoryStorage(texts)).getState());
      for (const entry of logArray(saved.log[DECK])) expect(logArray(reopened.log[DECK])).toContainEqual(entry);
      expect(cardIds(reopened.progress[DECK])).toEqual(expect.arrayContaining(cardIds(saved.progress[DECK])));
    }
    store.stopTabSync();
  });
});

describe('two tabs over chunked storage', () => {
  function openTab(storage: RawStorage) {
    return makeStore(storage, { tabSyncSource: window });
  }

  function event(key: string | null) {
    window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
  }

  it('merge when the root changes, and not on the event of a chunk written before it', () => {
    localStorage.clear();
    const a = openTab(localStorage);
    const b = openTab(localStorage);
    a.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    event(`${STORAGE_KEY}:cards:${DECK}:1:0`);
    expect(b.getState().log).toEqual({});
    event(STORAGE_KEY);
    expect(logArray(b.getState().log[DECK])).toHaveLength(1);
    a.stopTabSync();
    b.stopTabSync();
  });

  it('converge when one tab’s deck has outgrown its chunks and the other’s has not', () => {
    localStorage.clear();
    const a = openTab(localStorage);
    const b = openTab(localStorage);
    MANY.forEach((cardId, index) => a.getState().gradeCard(DECK, cardId, Rating.Good, T0 + index * MINUTE, 2000));
    b.getState().gradeCard(DECK, KUBELET, Rating.Good, T0 + 300 * MINUTE, 2000);
    event(STORAGE_KEY);
    event(STORAGE_KEY);
    for (const tab of [a, b]) expect(cardIds(tab.getState().progress[DECK])).toHaveLength(MANY.length + 1);
    expect(studyDataOf(a.getState())).toEqual(studyDataOf(b.getState()));
    const reopened = makeStore(localStorage).getState();
    expect(cardIds(reopened.progress[DECK])).toHaveLength(MANY.length + 1);
    expect(Object.keys(allTexts(localStorage as unknown as MemoryStorage)).filter((key) => key.includes(':cards:'))).toEqual(
      expect.arrayContaining([`${STORAGE_KEY}:cards:${DECK}:2:0`, `${STORAGE_KEY}:cards:${DECK}:2:1`]),
    );
    expect(localStorage.getItem(`${STORAGE_KEY}:cards:${DECK}:1:0`)).toBeNull();
    a.stopTabSync();
    b.stopTabSync();
  });
});
