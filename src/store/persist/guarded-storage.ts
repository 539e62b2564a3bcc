// The persist storage: the stored data (persisted-codec.ts) split over localStorage keys (stored-layout.ts), guarded
// so that no stored data is lost.
//
// - A save writes only the keys whose text changed (a grade: one chunk), then the root, which lists every key and
//   carries a fingerprint of the save, then removes keys no longer listed. All or nothing: if a write fails, the keys
//   written before it are put back as they were, so storage keeps the last complete save. A reader (a reload, another
//   tab hearing the root change) therefore never meets half of a save; and since every chunk reads on its own, even
//   keys from two tabs' saves read together are only two views to merge, never a loss.
// - Stored data that cannot be used at all (not JSON, not study data, written by a newer version) is first copied
//   into a backup (storage-backup.ts) under `study-deck:backup:<iso time>`. Only when that copy is written and read
//   back intact may anything be written; if the copy fails, saving pauses and the original stays untouched. Data from
//   a newer version also pauses saving: that version can still read it, so a reload after updating loses nothing.
// - A record that cannot be read (a card's state, id or log, a chunk, a quiz) costs only itself: the keys holding
//   such records are backed up the same way, the rest is kept, and the report counts them.
// - A full storage (QuotaExceededError) or none at all (private mode: every call throws) leaves the store working in
//   memory; each later save tries again, and the first one that succeeds clears the problem.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { PersistedStudyData } from './persisted-codec';
import { readStored, type StoredProblem, type StoredRead, type WholeProblem } from './read-persisted';
import { STORAGE_BACKUP_FORMAT, storageBackupText, type StorageBackup } from './storage-backup';
import { isLayoutKey, layoutParts, ownedKeys, rootOf, textHash, type TextCache } from './stored-layout';

/** The part of the Web Storage API the store uses. */
export interface RawStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** As in Web Storage, when the storage can list its keys: a backup of unreadable data then finds all of them. */
  readonly length?: number;
  key?(index: number): string | null;
}

export type WriteProblem = 'quota' | 'unavailable';

export type StorageIssue =
  | {
      kind: StoredProblem;
      detail: string;
      at: number;
      /** The key that held the data (its root). */
      storageKey: string;
      /** Where the original text was copied (offer it as a download); null when the copy failed. */
      backupKey: string | null;
      /** True while nothing is written (newer version, or no backup could be made). */
      savingPaused: boolean;
      /** For `damaged-records`: how many records could not be read. */
      damagedCount?: number;
    }
  | { kind: WriteProblem; detail: string; at: number };

export const BACKUP_KEY_PREFIX = 'study-deck:backup:';

/** What an explicit save (an import) gives: done, or why not (nothing was changed then). */
export type SaveResult = { ok: true } | { ok: false; problem: WriteProblem | 'paused' | 'not-read-back'; detail: string };

export interface GuardedStorage extends PersistStorage<PersistedStudyData> {
  /** The problem found by the last read, once; merge puts it into the session. */
  takeLoadIssue(): StorageIssue | null;
  /** Backs up what was last read and reports it, for data that passed the checks but still could not be migrated. */
  quarantineLastRead(problem: WholeProblem, detail: string): void;
  /** Where write problems (and their end, as null) go once the store exists; earlier ones are delivered on connect. */
  connect(report: (issue: StorageIssue | null) => void): void;
  /** Saves `value` now, all or nothing, and reads every key back; for an import, which is done only once stored. */
  save(name: string, value: StorageValue<PersistedStudyData>): SaveResult;
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

function writeProblemOf(error: unknown): WriteProblem {
  return isQuotaError(error) ? 'quota' : 'unavailable';
}

/** What this tab last read, so that hearing of a save it already read costs nothing. */
interface LastRead {
  name: string;
  rootText: string;
  texts: Map<string, string>;
  value: StorageValue<PersistedStudyData> | null;
}

export function createGuardedStorage({ getStorage, clock }: GuardedStorageOptions): GuardedStorage {
  let loadIssue: StorageIssue | null = null;
  let report: ((issue: StorageIssue | null) => void) | null = null;
  let undelivered: StorageIssue | null | undefined;
  let shownWriteProblem: WriteProblem | null = null;
  let savingPaused = false;
  /** Why saving is paused, in words for a message (an import refused while it is). */
  let pausedBecause = '';
  let writing = false;
  let lastRead: LastRead | null = null;
  let lastBackup: { identity: string; key: string } | null = null;
  /** What each key of the layout (root included) holds, as far as this tab knows: what it last read or wrote. */
  let known = new Map<string, string>();
  /** Changes with every save; each save's root carries it. */
  let fingerprint = '';
  const texts: TextCache = new WeakMap();

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

  /** Copies `keys` into a fresh backup key and checks it; the key, or null when the copy could not be made. */
  function backUp(backup: Omit<StorageBackup, 'format' | 'takenAt'>): string | null {
    const identity = `${backup.problem}:${textHash(JSON.stringify(backup.keys))}`;
    if (lastBackup?.identity === identity) return lastBackup.key;
    try {
      const area = storage();
      const stamp = new Date(clock()).toISOString();
      const text = storageBackupText({ format: STORAGE_BACKUP_FORMAT, takenAt: stamp, ...backup });
      let key = BACKUP_KEY_PREFIX + stamp;
      for (let n = 2; area.getItem(key) !== null && area.getItem(key) !== text; n += 1) key = `${BACKUP_KEY_PREFIX}${stamp}-${n}`;
      area.setItem(key, text);
      if (area.getItem(key) !== text) return null;
      lastBackup = { identity, key };
      return key;
    } catch {
      return null;
    }
  }

  /** The text of every key the store owns in the storage (for a backup of data that cannot be read at all). */
  function ownedTexts(name: string): Map<string, string> {
    const copied = new Map<string, string>();
    try {
      const area = storage();
      for (const key of ownedKeys(area, name)) {
        const text = area.getItem(key);
        if (text !== null) copied.set(key, text);
      }
    } catch {
      // Nothing more can be read; the backup holds what could.
    }
    return copied;
  }

  function setAside(name: string, problem: WholeProblem, detail: string, keys: Map<string, string>): void {
    // A newer version in another tab writes again and again; saving is already paused, one backup is enough.
    const alreadyPausedForNewer = savingPaused && problem === 'newer-version' && lastBackup !== null;
    const backupKey = alreadyPausedForNewer ? lastBackup!.key : backUp({ problem, detail, storageKey: name, keys: Object.fromEntries(keys) });
    savingPaused = problem === 'newer-version' || backupKey === null;
    pausedBecause =
      problem === 'newer-version'
        ? 'the saved progress is from a newer version of Study Deck and is kept for it'
        : 'the saved progress could not be read and no backup of it could be made, so it is left untouched';
    // Backed up: the next save may replace these keys (and remove the ones it does not list).
    if (!savingPaused) known = new Map(keys);
    loadIssue = { kind: problem, detail, at: clock(), storageKey: name, backupKey, savingPaused };
  }

  function setAsideDamaged(name: string, read: Extract<StoredRead, { ok: true }>): void {
    const keys = new Map<string, string>([[name, read.texts.get(name)!]]);
    for (const record of read.damaged) {
      const text = read.texts.get(record.key);
      if (text !== undefined) keys.set(record.key, text);
    }
    const damaged = read.damaged.map(({ where, reason }) => ({ where, reason }));
    const count = read.damaged.length;
    const detail = `${count} record${count === 1 ? '' : 's'} could not be read: ${damaged[0].where} (${damaged[0].reason})`;
    const backupKey = backUp({ problem: 'damaged-records', detail, storageKey: name, keys: Object.fromEntries(keys), damaged });
    savingPaused = backupKey === null;
    pausedBecause = 'part of the saved progress could not be read and no backup of it could be made, so it is left untouched';
    loadIssue = { kind: 'damaged-records', detail, at: clock(), storageKey: name, backupKey, savingPaused, damagedCount: count };
  }

  /** Puts the texts back, last first (`null`: the key was not there). */
  function putBack(area: RawStorage, texts: ReadonlyArray<[string, string | null]>): void {
    for (const [key, text] of [...texts].reverse()) {
      try {
        if (text === null) area.removeItem(key);
        else area.setItem(key, text);
      } catch {
        // Putting back a text that was there before frees space rather than taking it; nothing else to do.
      }
    }
  }

  /**
   * Writes the keys of `value` that changed, then the root, then removes keys no longer listed. Throws (after putting
   * back what it wrote) when a write fails. Returns what puts the previous save back, keys and all, for a save that
   * did not read back as written.
   */
  function write(name: string, value: StorageValue<PersistedStudyData>): () => void {
    const area = storage();
    const parts = layoutParts(name, value.state, texts);
    const changed = parts.filter((part) => known.get(part.key) !== part.text);
    const listed = new Set(parts.map((part) => part.key));
    const removed = [...known.keys()].filter((key) => key !== name && !listed.has(key));
    let nextFingerprint = fingerprint;
    if (changed.length > 0 || removed.length > 0) {
      const save = [...changed.map((part) => `${part.key}=${textHash(part.text)}`), ...removed.map((key) => `${key}=`)];
      nextFingerprint = textHash(`${fingerprint};${save.join(';')}`);
    }
    const rootText = JSON.stringify({ state: rootOf(value.state, nextFingerprint), version: value.version });
    const previous = { known: new Map(known), fingerprint };
    // Unchanged text is not rewritten: other tabs get no storage event and stop merging back and forth.
    if (changed.length === 0 && removed.length === 0 && known.get(name) === rootText) return () => undefined;

    const before: [string, string | null][] = [];
    try {
      for (const { key, text } of [...changed, { key: name, text: rootText }]) {
        before.push([key, area.getItem(key)]);
        area.setItem(key, text);
      }
    } catch (error) {
      // Storage holds the previous save whole again.
      putBack(area, before);
      throw error;
    }
    for (const key of removed) {
      try {
        const text = area.getItem(key);
        area.removeItem(key);
        before.push([key, text]);
      } catch {
        // A key the root no longer lists is never read; it goes at a later save.
        continue;
      }
      known.delete(key);
    }
    for (const { key, text } of changed) known.set(key, text);
    known.set(name, rootText);
    fingerprint = nextFingerprint;
    return () => {
      putBack(area, before);
      known = previous.known;
      fingerprint = previous.fingerprint;
    };
  }

  return {
    getItem(name) {
      let read: StoredRead | null;
      try {
        const area = storage();
        // Hearing again of a save this tab has read costs nothing.
        const rootText = area.getItem(name);
        if (lastRead?.name === name && rootText !== null && rootText === lastRead.rootText) return lastRead.value;
        read = readStored(area, name);
      } catch (error) {
        shownWriteProblem = 'unavailable';
        loadIssue = { kind: 'unavailable', detail: errorMessage(error), at: clock() };
        return null;
      }
      if (read === null) {
        // Nothing stored (a first visit, or another tab cleared the storage): the next save writes every key.
        savingPaused = false;
        lastRead = null;
        known = new Map();
        fingerprint = '';
        return null;
      }
      if (!read.ok) {
        const copied = ownedTexts(name);
        setAside(name, read.problem, read.detail, copied);
        lastRead = { name, rootText: copied.get(name) ?? '', texts: copied, value: null };
        return null;
      }
      if (read.damaged.length > 0) setAsideDamaged(name, read);
      else savingPaused = false;
      known = new Map(read.texts);
      fingerprint = read.fingerprint;
      // Chunks just read keep the text they were read from: a save that does not change them skips them.
      for (const [part, text] of read.sources) texts.set(part, text);
      const value = { state: read.state as PersistedStudyData, version: read.version };
      lastRead = { name, rootText: read.texts.get(name)!, texts: read.texts, value };
      return value;
    },

    setItem(name, value) {
      // Reporting a problem sets state, which persist writes again: that nested write is the same data, so skip it.
      if (writing || savingPaused) return;
      writing = true;
      try {
        write(name, value);
        clearWriteProblem();
      } catch (error) {
        showWriteProblem(writeProblemOf(error), error);
      } finally {
        writing = false;
      }
    },

    removeItem(name) {
      try {
        const area = storage();
        for (const key of known.keys()) if (key !== name && isLayoutKey(name, key)) area.removeItem(key);
        area.removeItem(name);
        known = new Map();
      } catch (error) {
        showWriteProblem('unavailable', error);
      }
    },

    save(name, value) {
      if (savingPaused) {
        return { ok: false, problem: 'paused', detail: pausedBecause };
      }
      let undo: () => void;
      try {
        undo = write(name, value);
      } catch (error) {
        return { ok: false, problem: writeProblemOf(error), detail: errorMessage(error) };
      }
      try {
        const area = storage();
        for (const [key, text] of known) {
          if (area.getItem(key) === text) continue;
          // What was written is not what is kept: the previous save goes back, so nothing is replaced.
          undo();
          return { ok: false, problem: 'not-read-back', detail: `${key} did not read back as written` };
        }
      } catch (error) {
        undo();
        return { ok: false, problem: 'unavailable', detail: errorMessage(error) };
      }
      clearWriteProblem();
      return { ok: true };
    },

    takeLoadIssue() {
      const issue = loadIssue;
      loadIssue = null;
      return issue;
    },

    quarantineLastRead(problem, detail) {
      if (!lastRead) return;
      setAside(lastRead.name, problem, detail, lastRead.texts);
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
