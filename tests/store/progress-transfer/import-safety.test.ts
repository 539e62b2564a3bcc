// Imports that must not lose anything: the app's own backup of unreadable data imports (previewed like a progress
// file), and an import that cannot be stored, or does not read back as written, changes nothing and says why.
import { describe, expect, it } from 'vitest';
import type { RawStorage } from '../../../src/store/persist/guarded-storage';
import { createMemoryStorage } from '../../../src/store/persist/memory-storage';
import { parseProgressFile } from '../../../src/store/progress-transfer/progress-transfer';
import { exportStoreProgress, importIntoStore } from '../../../src/store/progress-transfer/progress-transfer-store';
import { studyDataOf } from '../../../src/store/data/study-data';
import { selectStorageIssue } from '../../../src/store/study-selectors';
import { DECK, KUBELET, makeStore, POD, readStoredFixture, storageWith, T0 } from '../store-test-kit';
import { Rating } from '../../../src/domain/progress';
import { cardIds } from '../../../src/domain/card-map';

function backupTextOf(storage: RawStorage, store: ReturnType<typeof makeStore>): string {
  const issue = selectStorageIssue(store.getState());
  const backupKey = issue && 'backupKey' in issue ? issue.backupKey : null;
  if (!backupKey) throw new Error('expected a backup');
  return storage.getItem(backupKey)!;
}

describe('the backup of damaged stored data', () => {
  it('imports as a progress file: the readable records, with the damaged ones counted', () => {
    const fixture = JSON.parse(readStoredFixture('v2-compact-codec.json'));
    fixture.state.decks[DECK].states[1] = 'garbage,,,';
    const storage = storageWith(JSON.stringify(fixture));
    const store = makeStore(storage);
    const read = parseProgressFile(backupTextOf(storage, store));
    if (!read.ok) throw new Error(read.reason);
    expect(read.damagedCount).toBe(1);
    expect(cardIds(read.data.progress[DECK])).toHaveLength(5);
  });

  it('imports when it is a copy of stored data that could not be read at all (older backups)', () => {
    const copy = readStoredFixture('v2-compact-codec.json');
    const read = parseProgressFile(copy);
    if (!read.ok) throw new Error(read.reason);
    expect(studyDataOf(makeStore(storageWith(copy)).getState())).toEqual(read.data);
  });
});

/** A storage that holds what it holds but refuses every new write, as a full localStorage does. */
function fullStorage(base: RawStorage): RawStorage & { full: boolean } {
  const storage = {
    full: false,
    getItem: (key: string) => base.getItem(key),
    removeItem: (key: string) => base.removeItem(key),
    setItem: (key: string, value: string) => {
      if (storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      base.setItem(key, value);
    },
  };
  return storage;
}

describe('an import that cannot be stored', () => {
  it('replaces nothing, in memory or in storage, and says that storage is full', () => {
    const source = makeStore();
    source.getState().gradeCard(DECK, POD, Rating.Good, T0, 5_000);
    const file = parseProgressFile(exportStoreProgress(source, T0, '0.1.0'));
    if (!file.ok) throw new Error(file.reason);

    const base = createMemoryStorage();
    const storage = fullStorage(base);
    const store = makeStore(storage);
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    const before = {
      data: studyDataOf(store.getState()),
      keys: base.length,
      texts: JSON.stringify([...Array(base.length).keys()].map((i) => base.getItem(base.key(i)!))),
    };

    storage.full = true;
    const result = importIntoStore(store, file.data, 'replace');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/storage is full/i);
    expect(studyDataOf(store.getState())).toEqual(before.data);
    expect(JSON.stringify([...Array(base.length).keys()].map((i) => base.getItem(base.key(i)!)))).toBe(before.texts);
  });

  it('is reported done only once what was written reads back the same', () => {
    const source = makeStore();
    source.getState().gradeCard(DECK, POD, Rating.Good, T0, 5_000);
    const file = parseProgressFile(exportStoreProgress(source, T0, '0.1.0'));
    if (!file.ok) throw new Error(file.reason);
    const storage = createMemoryStorage();
    const store = makeStore(storage);
    const result = importIntoStore(store, file.data, 'replace');
    expect(result.ok).toBe(true);
    expect(studyDataOf(makeStore(storage).getState())).toEqual(file.data);
  });
});

/** A storage that, while `lying`, keeps every write but reads a key written since back altered, as a faulty one would. */
function lyingStorage(base: RawStorage): RawStorage & { lying: boolean } {
  const altered = new Set<string>();
  const storage = {
    lying: false,
    getItem: (key: string) => {
      const text = base.getItem(key);
      return altered.has(key) && text !== null ? `${text.slice(0, -1)}?` : text;
    },
    removeItem: (key: string) => base.removeItem(key),
    setItem: (key: string, value: string) => {
      if (storage.lying) altered.add(key);
      else altered.delete(key);
      base.setItem(key, value);
    },
  };
  return storage;
}

describe('an import that does not read back as written', () => {
  it('is not reported as done, and storage holds the previous progress again, key for key', () => {
    const source = makeStore();
    for (const [index, cardId] of [POD, KUBELET].entries()) source.getState().gradeCard(DECK, cardId, Rating.Good, T0 + index, 5_000);
    const file = parseProgressFile(exportStoreProgress(source, T0, '0.1.0'));
    if (!file.ok) throw new Error(file.reason);

    const base = createMemoryStorage();
    const storage = lyingStorage(base);
    const store = makeStore(storage);
    store.getState().gradeCard(DECK, KUBELET, Rating.Hard, T0, 5_000);
    const snapshot = () => Object.fromEntries([...Array(base.length).keys()].map((i) => [base.key(i)!, base.getItem(base.key(i)!)]));
    const before = { data: studyDataOf(store.getState()), texts: snapshot() };

    storage.lying = true;
    const result = importIntoStore(store, file.data, 'replace');
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^The imported progress did not read back as it was written \(.+\)\. Nothing was replaced\.$/),
    });
    expect(studyDataOf(store.getState())).toEqual(before.data);
    expect(snapshot()).toEqual(before.texts);

    // Studying goes on and is saved, and a reload reads it.
    storage.lying = false;
    store.getState().gradeCard(DECK, POD, Rating.Good, T0 + 1, 5_000);
    expect(studyDataOf(makeStore(storage).getState())).toEqual(studyDataOf(store.getState()));
  });
});

describe('an import while saving is paused', () => {
  it('is refused with the reason: data of a newer version is kept for it', () => {
    const storage = storageWith(readStoredFixture('newer-version.json'));
    const store = makeStore(storage);
    const before = studyDataOf(store.getState());
    const source = makeStore();
    source.getState().gradeCard(DECK, POD, Rating.Good, T0, 5_000);
    const file = parseProgressFile(exportStoreProgress(source, T0, '0.1.0'));
    if (!file.ok) throw new Error(file.reason);
    const result = importIntoStore(store, file.data, 'merge');
    expect(result).toEqual({
      ok: false,
      reason:
        'Saving is paused, so the import could not be kept (the saved progress is from a newer version of Study Deck and is kept for it). Nothing was replaced.',
    });
    expect(studyDataOf(store.getState())).toEqual(before);
    expect(storage.getItem('study-deck')).toBe(readStoredFixture('newer-version.json'));
  });
});

describe('an import where the browser lets nothing be saved (private mode)', () => {
  it('is refused with the reason, and the progress in memory stays', () => {
    const throwing = (): never => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const store = makeStore({ getItem: throwing, setItem: throwing, removeItem: throwing });
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    const before = studyDataOf(store.getState());
    const source = makeStore();
    source.getState().gradeCard(DECK, POD, Rating.Good, T0, 5_000);
    const file = parseProgressFile(exportStoreProgress(source, T0, '0.1.0'));
    if (!file.ok) throw new Error(file.reason);
    const result = importIntoStore(store, file.data, 'merge');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^This browser does not let Study Deck save \(a private window, or storage turned off\)/);
    expect(studyDataOf(store.getState())).toEqual(before);
  });
});
