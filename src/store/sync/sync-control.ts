// Turning sync on and off in the app. Loaded after the first page (main.tsx) and by the Data screen; it loads the
// sync chunk (PouchDB, sync-runner.ts) only when sync is on.
import type { StudyStore } from '../create-study-store';
import { readSyncConfig, type SyncConfig } from './sync-config';
import type { SyncEngine } from './sync-replication';
import { setSyncStatus } from './sync-status';

let running: Promise<SyncEngine | null> = Promise.resolve(null);

/** Starts sync with `config` (stopping any sync running before). */
export function startSync(store: StudyStore, config: SyncConfig): Promise<void> {
  const previous = running;
  running = (async () => {
    await (await previous)?.stop();
    setSyncStatus({ state: 'starting', lastSyncedAt: null, message: null, conflicts: [], refused: [], decks: [] });
    try {
      const { runSync } = await import('./sync-runner');
      return await runSync(store, config, setSyncStatus);
    } catch {
      setSyncStatus({ state: 'error', lastSyncedAt: null, message: 'Sync could not start on this device.', conflicts: [], refused: [], decks: [] });
      return null;
    }
  })();
  return running.then(() => undefined);
}

export function stopSync(): Promise<void> {
  const previous = running;
  running = (async () => {
    await (await previous)?.stop();
    setSyncStatus(null);
    return null;
  })();
  return running.then(() => undefined);
}

let listening = false;

/**
 * At start: sync again if it was on. And when the device comes back online, sync restarts at once rather than at
 * the end of its back-off (up to a minute).
 */
export function resumeSync(store: StudyStore): Promise<void> {
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    window.addEventListener('online', () => {
      const config = readSyncConfig();
      if (config?.enabled) void startSync(store, config);
    });
  }
  const config = readSyncConfig();
  return config?.enabled ? startSync(store, config) : Promise.resolve();
}
