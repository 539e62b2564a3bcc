// The persist storage: JSON in localStorage (or any Storage-like object), guarded so that no stored data is lost.
//
// - Stored text that cannot be used (not JSON, not study data, written by a newer version) is first copied to
//   `study-deck:backup:<iso time>`. Only when that copy is written and read back intact may the key be overwritten
//   with the fresh start; if the copy fails, saving pauses and the original stays untouched. Data from a newer
//   version also pauses saving: that version can still read it, so a reload after updating loses nothing.
// - A full storage (QuotaExceededError) or none at all (private mode: every call throws) leaves the store working in
//   memory; each later write tries again, and the first one that succeeds clears the problem.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { PersistedStudyData } from './persisted-codec';
import { readPersistedText, type StoredProblem } from './read-persisted';

/** The part of the Web Storage API the store uses. */
export interface RawStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type WriteProblem = 'quota' | 'unavailable';

export type StorageIssue =
  | {
      kind: StoredProblem;
      detail: string;
      at: number;
      /** The key that held the data. */
      storageKey: string;
      /** Where the original text was copied (offer it as a download); null when the copy failed. */
      backupKey: string | null;
      /** True while nothing is written to `storageKey` (newer version, or no backup could be made). */
      savingPaused: boolean;
    }
  | { kind: WriteProblem; detail: string; at: number };

export const BACKUP_KEY_PREFIX = 'study-deck:backup:';

export interface GuardedStorage extends PersistStorage<PersistedStudyData> {
  /** The problem found by the last read, once; merge puts it into the session. */
  takeLoadIssue(): StorageIssue | null;
  /** Backs up the text last read and reports it, for data that passed the checks but still could not be migrated. */
  quarantineLastRead(problem: StoredProblem, detail: string): void;
  /** Where write problems (and their end, as null) go once the store exists; earlier ones are delivered on connect. */
  connect(report: (issue: StorageIssue | null) => void): void;
}

export interface GuardedStorageOptions {
  /** Returns the storage, or throws / returns null when there is none; asked again on every call. */
  getStorage: () => RawStorage | null;
  clock: () => number;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chrome and Safari: QuotaExceededError (legacy code 22); Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function createGuardedStorage({ getStorage, clock }: GuardedStorageOptions): GuardedStorage {
  let loadIssue: StorageIssue | null = null;
  let report: ((issue: StorageIssue | null) => void) | null = null;
  let undelivered: StorageIssue | null | undefined;
  let shownWriteProblem: WriteProblem | null = null;
  let savingPaused = false;
  let writing = false;
  let lastRead: { key: string; text: string; value: StorageValue<PersistedStudyData> | null } | null = null;
  let lastBackup: { text: string; key: string } | null = null;

  function storage(): RawStorage {
    const area = getStorage();
    if (!area) throw new Error('No storage in this browser');
    return area;
  }

  function deliver(issue: StorageIssue | null): void {
    if (report) report(issue);
    else undelivered = issue;
  }

  function showWriteProblem(kind: WriteProblem, error: unknown): void {
    if (shownWriteProblem === kind) return;
    shownWriteProblem = kind;
    deliver({ kind, detail: errorMessage(error), at: clock() });
  }

  function clearWriteProblem(): void {
    if (shownWriteProblem === null) return;
    shownWriteProblem = null;
    deliver(null);
  }

  /** Copies `text` to a fresh backup key and checks it; the key, or null when the copy could not be made. */
  function backUp(text: string): string | null {
    if (lastBackup?.text === text) return lastBackup.key;
    try {
      const area = storage();
      const stamp = new Date(clock()).toISOString();
      let key = BACKUP_KEY_PREFIX + stamp;
      for (let n = 2; area.getItem(key) !== null && area.getItem(key) !== text; n += 1) key = `${BACKUP_KEY_PREFIX}${stamp}-${n}`;
      area.setItem(key, text);
      if (area.getItem(key) !== text) return null;
      lastBackup = { text, key };
      return key;
    } catch {
      return null;
    }
  }

  function setAside(storageKey: string, text: string, problem: StoredProblem, detail: string): void {
    // A newer version in another tab writes again and again; saving is already paused, one backup is enough.
    const alreadyPausedForNewer = savingPaused && problem === 'newer-version' && lastBackup !== null;
    const backupKey = alreadyPausedForNewer ? lastBackup!.key : backUp(text);
    savingPaused = problem === 'newer-version' || backupKey === null;
    loadIssue = { kind: problem, detail, at: clock(), storageKey, backupKey, savingPaused };
  }

  return {
    getItem(name) {
      let text: string | null;
      try {
        text = storage().getItem(name);
      } catch (error) {
        shownWriteProblem = 'unavailable';
        loadIssue = { kind: 'unavailable', detail: errorMessage(error), at: clock() };
        return null;
      }
      if (text === null) {
        savingPaused = false;
        return null;
      }
      if (lastRead?.key === name && lastRead.text === text) return lastRead.value;
      const read = readPersistedText(text);
      if (!read.ok) {
        setAside(name, text, read.problem, read.detail);
        lastRead = { key: name, text, value: null };
        return null;
      }
      savingPaused = false;
      const value = { state: read.state as PersistedStudyData, version: read.version };
      lastRead = { key: name, text, value };
      return value;
    },

    setItem(name, value) {
      // Reporting a problem sets state, which persist writes again: that nested write is the same data, so skip it.
      if (writing || savingPaused) return;
      writing = true;
      try {
        const text = JSON.stringify(value);
        const area = storage();
        // Unchanged text is not rewritten: other tabs get no storage event and stop merging back and forth.
        if (area.getItem(name) !== text) area.setItem(name, text);
        lastRead = { key: name, text, value };
        clearWriteProblem();
      } catch (error) {
        showWriteProblem(isQuotaError(error) ? 'quota' : 'unavailable', error);
      } finally {
        writing = false;
      }
    },

    removeItem(name) {
      try {
        storage().removeItem(name);
      } catch (error) {
        showWriteProblem('unavailable', error);
      }
    },

    takeLoadIssue() {
      const issue = loadIssue;
      loadIssue = null;
      return issue;
    },

    quarantineLastRead(problem, detail) {
      if (!lastRead) return;
      setAside(lastRead.key, lastRead.text, problem, detail);
      lastRead = { ...lastRead, value: null };
    },

    connect(receiver) {
      report = receiver;
      if (undelivered !== undefined) receiver(undelivered);
      undelivered = undefined;
    },
  };
}

/** Keys of all backups made so far, oldest first (for a "download backup" list in settings). */
export function listBackupKeys(area: Pick<Storage, 'length' | 'key'>): string[] {
  const keys: string[] = [];
  for (let index = 0; index < area.length; index += 1) {
    const key = area.key(index);
    if (key?.startsWith(BACKUP_KEY_PREFIX)) keys.push(key);
  }
  return keys.sort();
}
