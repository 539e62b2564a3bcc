// The sync chunk: PouchDB (IndexedDB and HTTP) and the engine, loaded by sync-control.ts only when sync is on.
import type { StudyStore } from '../create-study-store';
import { studyDataOf } from '../data/study-data';
import { appDeckLibrary } from '../deck-library/use-active-deck';
import { BrowserPouchDB } from './pouchdb-browser';
import { deckDocOf } from './sync-documents';
import type { SyncConfig } from './sync-config';
import { startSyncEngine, type SyncEngine, type SyncStatus } from './sync-replication';

/** A short stable name for a server and user, so each has a replica of its own. */
function replicaSuffix(config: SyncConfig): string {
  let hash = 0x811c9dc5;
  for (const char of `${config.url}\u0000${config.username}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

export function runSync(store: StudyStore, config: SyncConfig, onStatus: (status: SyncStatus) => void): Promise<SyncEngine> {
  return startSyncEngine({
    PouchDB: BrowserPouchDB,
    localName: `study-deck-sync-${replicaSuffix(config)}`,
    target: config,
    device: config.device,
    enableFuzz: true,
    link: { read: () => studyDataOf(store.getState()), write: (data) => store.setState(data), subscribe: (listener) => store.subscribe(listener) },
    onStatus,
    deckDocs: () =>
      appDeckLibrary()
        .getState()
        .decks.map((entry) => deckDocOf(entry.deck.id, entry.deck.title, entry.sources, entry.updatedAt)),
  });
}
