import { describe, expect, it } from 'vitest';
import { defaultStudySettings, Rating } from '../../../src/domain/progress';
import { STORAGE_KEY } from '../../../src/store/create-study-store';
import { CURRENT_STORE_VERSION } from '../../../src/store/persist/persisted-migrations';
import { BACKUP_KEY_PREFIX, listBackupKeys, type RawStorage } from '../../../src/store/persist/guarded-storage';
import { createMemoryStorage, type MemoryStorage } from '../../../src/store/persist/memory-storage';
import type { StorageBackup } from '../../../src/store/persist/storage-backup';
import { selectStorageIssue } from '../../../src/store/study-selectors';
import { DECK, KUBELET, makeStore, MINUTE, POD, readStoredFixture, storageWith, storedEnvelope, T0 } from '../store-test-kit';
import { logArray } from '../../study-data-kit';

const BACKUP_KEY = `${BACKUP_KEY_PREFIX}${new Date(T0).toISOString()}`;

/** The backup document under `key`: the copied keys and why they were copied. */
function backupAt(storage: RawStorage, key = BACKUP_KEY): StorageBackup {
  return JSON.parse(storage.getItem(key) ?? 'null') as StorageBackup;
}

/** A storage whose setItem throws a quota error while `full` is true (for keys matching `keys`). */
function quotaStorage(base: MemoryStorage, keys: (key: string) => boolean = () => true) {
  const control = { full: true };
  const storage: RawStorage = {
    getItem: (key) => base.getItem(key),
    removeItem: (key) => base.removeItem(key),
    setItem: (key, value) => {
      if (control.full && keys(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      base.setItem(key, value);
    },
  };
  return { storage, control };
}

/** A storage where every call throws, like localStorage in some private modes. */
function unavailableStorage(): RawStorage & { calls: number } {
  const storage = {
    calls: 0,
    getItem(): string | null {
      storage.calls += 1;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    setItem(): void {
      storage.calls += 1;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    removeItem(): void {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  };
  return storage;
}

describe.each([
  ['corrupt JSON', 'corrupt-truncated.txt', 'corrupt-json'],
  ['a foreign shape', 'foreign-shape.json', 'foreign-shape'],
])('stored data that is %s', (_what, fixture, kind) => {
  it('is copied to a backup key, reported, and the store starts fresh without throwing', () => {
    const original = readStoredFixture(fixture);
    const storage = storageWith(original);
    const store = makeStore(storage);

    expect(backupAt(storage)).toMatchObject({ format: 'study-deck-backup', problem: kind, storageKey: STORAGE_KEY, keys: { [STORAGE_KEY]: original } });
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind, backupKey: BACKUP_KEY, storageKey: STORAGE_KEY, savingPaused: false, at: T0 });
    expect(store.getState().progress).toEqual({});
    expect(store.getState().settings).toEqual(defaultStudySettings);
    // Nothing is written over the original until the learner does something; then the backup keeps it safe.
    expect(storage.getItem(STORAGE_KEY)).toBe(original);
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    expect(storedEnvelope(storage).version).toBe(CURRENT_STORE_VERSION);
    expect(backupAt(storage).keys[STORAGE_KEY]).toBe(original);
    expect(listBackupKeys(storage)).toEqual([BACKUP_KEY]);
  });
});

describe('stored data from a newer version', () => {
  it('is backed up and reported, and the key is left alone for that version while this one works in memory', () => {
    const original = readStoredFixture('newer-version.json');
    const storage = storageWith(original);
    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'newer-version', backupKey: BACKUP_KEY, savingPaused: true });
    expect(backupAt(storage).keys[STORAGE_KEY]).toBe(original);

    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    expect(logArray(store.getState().log[DECK])).toHaveLength(1);
    expect(storage.getItem(STORAGE_KEY)).toBe(original);
  });

  it('is backed up once, however often the newer version writes again', () => {
    const storage = storageWith(readStoredFixture('newer-version.json'));
    let clock = T0;
    const store = makeStore(storage, { clock: () => clock });
    for (let write = 1; write <= 3; write += 1) {
      clock += MINUTE;
      storage.setItem(STORAGE_KEY, readStoredFixture('newer-version.json').replace('"…"', `"write ${write}"`));
      store.syncFromStorage();
    }
    expect(listBackupKeys(storage)).toEqual([BACKUP_KEY]);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'newer-version', savingPaused: true });
  });
});

describe('stored data whose schema checks pass but whose compact text is damaged', () => {
  it('loses only the damaged record: it is backed up and counted, the rest is kept', () => {
    const intact = makeStore(storageWith(readStoredFixture('v2-compact-codec.json'))).getState();
    const fixture = JSON.parse(readStoredFixture('v2-compact-codec.json'));
    fixture.state.decks[DECK].logs[0] = '4fpoS';
    const original = JSON.stringify(fixture);
    const storage = storageWith(original);
    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'damaged-records', damagedCount: 1, backupKey: BACKUP_KEY });
    expect(backupAt(storage).keys[STORAGE_KEY]).toBe(original);
    expect(backupAt(storage).damaged).toEqual([
      { where: expect.stringContaining('container-orchestration/definition/container-orchestrator: log'), reason: expect.any(String) },
    ]);
    // The card keeps its state; only its log (the damaged record) is gone.
    expect(store.getState().progress).toEqual(intact.progress);
    const damagedCard = 'container-orchestration/definition/container-orchestrator';
    expect(logArray(store.getState().log[DECK])).toEqual(logArray(intact.log[DECK]).filter((entry) => entry.cardId !== damagedCard));
  });
});

describe('an unusable value when the backup cannot be written', () => {
  it('pauses saving and leaves the original untouched', () => {
    const base = storageWith('{"state": {"progress": ');
    const { storage } = quotaStorage(base, (key) => key.startsWith(BACKUP_KEY_PREFIX));
    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'corrupt-json', backupKey: null, savingPaused: true });
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    expect(base.getItem(STORAGE_KEY)).toBe('{"state": {"progress": ');
    expect(logArray(store.getState().log[DECK])).toHaveLength(1);
  });
});

describe('a full storage', () => {
  it('keeps the store working in memory, reports the quota, retries on the next write and clears the report', () => {
    const base = createMemoryStorage();
    const { storage, control } = quotaStorage(base);
    const store = makeStore(storage);

    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'quota', at: T0 });
    expect(selectStorageIssue(store.getState())?.detail).toContain('QuotaExceededError');
    expect(base.getItem(STORAGE_KEY)).toBeNull();
    store.getState().gradeCard(DECK, POD, Rating.Good, T0 + MINUTE, 5_000);
    expect(logArray(store.getState().log[DECK])).toHaveLength(2);

    control.full = false;
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0 + 10 * MINUTE, 5_000);
    expect(selectStorageIssue(store.getState())).toBeNull();
    expect(logArray(makeStore(base).getState().log[DECK])).toHaveLength(3);
  });

  it('leaves a report about data set aside in place when writes succeed; the backup stays listed', () => {
    const base = storageWith(readStoredFixture('corrupt-truncated.txt'));
    const { storage, control } = quotaStorage(base, (key) => key === STORAGE_KEY);
    control.full = false;
    const store = makeStore(storage);
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    expect(selectStorageIssue(store.getState())?.kind).toBe('corrupt-json');

    control.full = true;
    store.getState().gradeCard(DECK, POD, Rating.Good, T0, 5_000);
    expect(selectStorageIssue(store.getState())?.kind).toBe('quota');
    control.full = false;
    store.getState().gradeCard(DECK, POD, Rating.Good, T0 + MINUTE, 5_000);
    expect(selectStorageIssue(store.getState())).toBeNull();
    expect(listBackupKeys(base)).toEqual([BACKUP_KEY]);
  });
});

describe('a storage report', () => {
  it('can be dismissed', () => {
    const store = makeStore(storageWith(readStoredFixture('corrupt-truncated.txt')));
    expect(selectStorageIssue(store.getState())?.kind).toBe('corrupt-json');
    store.getState().dismissStorageIssue();
    expect(selectStorageIssue(store.getState())).toBeNull();
  });
});

describe('unavailable storage (private mode)', () => {
  it('starts in memory, reports it, keeps grading and retries every write', () => {
    const storage = unavailableStorage();
    const store = makeStore(storage);
    expect(selectStorageIssue(store.getState())).toMatchObject({ kind: 'unavailable' });
    expect(selectStorageIssue(store.getState())?.detail).toContain('SecurityError');

    const callsBefore = storage.calls;
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    store.getState().gradeCard(DECK, POD, Rating.Good, T0, 5_000);
    expect(logArray(store.getState().log[DECK])).toHaveLength(2);
    expect(storage.calls).toBeGreaterThanOrEqual(callsBefore + 2);
    expect(selectStorageIssue(store.getState())?.kind).toBe('unavailable');
  });

  it("uses the window's localStorage when given no storage", () => {
    const store = makeStore(createMemoryStorage(), { storage: undefined });
    store.getState().gradeCard(DECK, KUBELET, Rating.Good, T0, 5_000);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null').version).toBe(CURRENT_STORE_VERSION);
  });
});
