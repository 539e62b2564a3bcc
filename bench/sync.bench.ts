// Sync of a big history through a real CouchDB-protocol server (pouchdb-server, tests/sync-server.ts): one device
// with 10,000 cards × 20 reviews uploads it, then an empty device syncs it all in (PouchDB replicas in memory, as in
// the sync tests; the browser's IndexedDB replica is slower to write). And the first page's size with sync in the
// app: PouchDB is a chunk of its own, so the budget must not move.
import { cardEntries } from '../src/domain/card-map';
import { logEntries } from '../src/domain/review-log';
import { existsSync } from 'node:fs';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { BUDGET_KB, measureInitialPage } from '../.ci/check-size';
import { createStudyStore, type StudyStore } from '../src/store/create-study-store';
import { studyDataOf, type StudyData } from '../src/store/data/study-data';
import { cardTimeline, entriesByCard, replayCard } from '../src/domain/card-replay';
import { schedulerOptionsFrom } from '../src/domain/scheduler';
import { createMemoryStorage } from '../src/store/persist/memory-storage';
import { startSyncEngine, type PouchConstructor, type SyncEngine, type SyncStatus } from '../src/store/sync/sync-replication';
import { startSyncServer, SYNC_ADMIN } from '../tests/sync-server';
import { repoPath } from '../tests/paths';
import type { Bench, BenchRow } from './bench-row';
import { asStored } from './storage.bench';
import { makeSyntheticDeck, makeSyntheticProgress } from './synthetic-deck';

const CARD_COUNT = 10_000;
const REVIEWS_PER_CARD = 20;
const DECK_ID = 'kubernetes';
const NOW = Date.UTC(2026, 10, 27, 9, 0);
const TIMEOUT_MS = 30 * 60_000;

const MemoryPouchDB = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication) as unknown as PouchConstructor;

interface Device {
  store: StudyStore;
  status: SyncStatus | null;
  engine: SyncEngine | null;
}

async function connect(name: string, device: Device, url: string): Promise<void> {
  device.engine = await startSyncEngine({
    PouchDB: MemoryPouchDB,
    localName: `bench-${name}-${Date.now()}`,
    localOptions: { adapter: 'memory' },
    target: { url, ...SYNC_ADMIN },
    device: name,
    enableFuzz: true,
    link: {
      read: () => studyDataOf(device.store.getState()),
      write: (data) => device.store.setState(data),
      subscribe: (listener) => device.store.subscribe(listener),
    },
    onStatus: (status) => (device.status = status),
  });
}

async function until(condition: () => boolean): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > TIMEOUT_MS) throw new Error('sync did not finish within 30 minutes');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Cards whose state is not what replaying their log gives (the synthetic sender's states are not exact replays: its
 * times are rounded to the second when stored, so the receiver's rebuilt states are the reference). */
function cardsNotReplayed(data: Pick<StudyData, 'progress' | 'log' | 'manualLog' | 'settings'>): number {
  const options = schedulerOptionsFrom(data.settings, true);
  const reviews = entriesByCard(logEntries(data.log[DECK_ID]));
  let wrong = 0;
  for (const [cardId, progress] of cardEntries(data.progress[DECK_ID])) {
    const replayed = replayCard(cardTimeline(reviews.get(cardId) ?? []), options);
    if (replayed && JSON.stringify(replayed) !== JSON.stringify(progress.scheduling)) wrong += 1;
  }
  return wrong;
}

const reviewsOf = (device: Device) => device.store.getState().log[DECK_ID]?.size ?? 0;
const newStore = () => createStudyStore({ storage: createMemoryStorage(), enableFuzz: true, tabSyncSource: null, clock: () => NOW });

const bench: Bench = async () => {
  const deck = makeSyntheticDeck(CARD_COUNT, 7);
  const synthetic = makeSyntheticProgress(deck, REVIEWS_PER_CARD, 7, NOW);
  const data = asStored(synthetic.progress, synthetic.log);
  const total = data.log[DECK_ID].size;
  const server = await startSyncServer();
  const rows: BenchRow[] = [];
  try {
    await server.createDatabase('bench');
    const url = `${server.origin}/bench`;
    const laptop: Device = { store: newStore(), status: null, engine: null };
    laptop.store.getState();
    laptop.store.setState(data);

    let started = performance.now();
    await connect('laptop', laptop, url);
    await until(() => laptop.status?.state === 'synced');
    rows.push({
      name: `sync: upload ${CARD_COUNT.toLocaleString('en')} cards × ${REVIEWS_PER_CARD} reviews`,
      value: performance.now() - started,
      unit: 'ms',
      note: `${total} review documents`,
    });

    const phone: Device = { store: newStore(), status: null, engine: null };
    started = performance.now();
    await connect('phone', phone, url);
    await until(() => reviewsOf(phone) === total && phone.status?.state === 'synced');
    const elapsed = performance.now() - started;
    const received = phone.store.getState();
    const sameLog = JSON.stringify(received.log[DECK_ID]) === JSON.stringify(laptop.store.getState().log[DECK_ID]);
    const notReplays = cardsNotReplayed(received);
    rows.push({
      name: `sync: ${CARD_COUNT.toLocaleString('en')} cards × ${REVIEWS_PER_CARD} reviews into an empty device`,
      value: elapsed,
      unit: 'ms',
      note: `${reviewsOf(phone)} reviews, log ${sameLog ? 'equal to' : 'DIFFERENT from'} the sender's; ${notReplays} card states not the replay of their log`,
    });
    await laptop.engine?.stop();
    await phone.engine?.stop();
  } finally {
    await server.dispose();
  }

  const dist = repoPath('dist');
  if (existsSync(`${dist}/index.html`)) {
    const page = measureInitialPage(dist);
    const kb = page.totalGzipBytes / 1000;
    const pouch = page.files.filter((file) => /sync-runner|pouch/i.test(file.file));
    rows.push({
      name: 'sync: first page with sync in the app (dist/)',
      value: Math.round(kb * 10) / 10,
      unit: 'kB',
      target: `≤ ${BUDGET_KB} kB gzip`,
      ok: kb <= BUDGET_KB,
      note: pouch.length === 0 ? 'no PouchDB code in it (a chunk loaded when sync is on)' : `PouchDB in the first page: ${pouch.map((f) => f.file).join(', ')}`,
    });
  }
  return rows;
};

export default bench;
