// Sync's status for the header, without loading sync itself: a value and its listeners (useSyncExternalStore).
// `null` while sync is off. Tiny on purpose: the header is on the first page.
import { useSyncExternalStore } from 'react';
import type { SyncStatus } from './sync-replication';

let current: SyncStatus | null = null;
const listeners = new Set<() => void>();

export function setSyncStatus(status: SyncStatus | null): void {
  current = status;
  for (const listener of listeners) listener();
}

export function getSyncStatus(): SyncStatus | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus | null {
  return useSyncExternalStore(subscribe, getSyncStatus, () => null);
}
