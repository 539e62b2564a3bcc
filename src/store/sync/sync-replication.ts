// Live sync of this device's study data with a CouchDB database, through a local PouchDB replica.
//
// The store (localStorage) stays what screens read. This device's changes become documents (localChanges) written to
// the replica; PouchDB replicates the replica with the server both ways, continuously, retrying with back-off while
// the server is away; documents arriving in the replica are checked (checkSyncDoc) and merged into the store
// (applyRemoteDocs). A document that fails its check is refused and reported; it never reaches the store.
//
// PouchDB comes in as a constructor, so the app passes its browser build (IndexedDB) and tests a memory one.
import type { StudyData } from '../data/study-data';
import { authHeaders, type SyncTarget } from './sync-connection';
import { checkSyncDoc, isStudyDocId, type SyncDoc } from './sync-documents';
import { emptyLedger, recordDoc } from './sync-ledger';
import { applyRemoteDocs, localChanges, type SyncConflict } from './sync-study-data';

// ---- the parts of PouchDB used here ----------------------------------------------------------------------

interface WriteResult {
  ok?: boolean;
  id?: string;
  error?: string | boolean;
  status?: number;
}

interface EventFeed {
  on(event: string, listener: (...args: never[]) => void): EventFeed;
  cancel(): void;
  /** A two-way sync's replications, each way. */
  push?: EventFeed;
  pull?: EventFeed;
}

export interface ReplicaDb {
  allDocs(options: { include_docs: true }): Promise<{ rows: Array<{ id: string; doc?: unknown }> }>;
  info(): Promise<{ update_seq: number | string }>;
  bulkDocs(docs: object[]): Promise<WriteResult[]>;
  get(id: string): Promise<unknown>;
  changes(options: { since: number | string; live: true; include_docs: true }): EventFeed;
  close(): Promise<void>;
}

export interface PouchConstructor {
  new (name: string, options?: object): ReplicaDb;
  sync(local: ReplicaDb, remote: ReplicaDb, options: object): EventFeed;
}

// ---- status ---------------------------------------------------------------------------------------------

export type SyncState = 'starting' | 'syncing' | 'synced' | 'offline' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** When both directions last caught up. */
  lastSyncedAt: number | null;
  /** What went wrong, in words (never holding the password). */
  message: string | null;
  /** This device's changes that lost to later ones, newest last. */
  conflicts: SyncConflict[];
  /** Documents from the server that were refused, and why. */
  refused: Array<{ id: string; reason: string }>;
  /** Imported decks of any device (this one's too), by id, title and the hash of their notes. */
  decks: Array<{ deckId: string; title: string; contentHash: string }>;
}

/** How the engine reads and writes the store. */
export interface SyncStoreLink {
  read: () => StudyData;
  write: (data: StudyData) => void;
  subscribe: (onChange: () => void) => () => void;
}

export interface SyncEngineOptions {
  PouchDB: PouchConstructor;
  /** Name of the local replica (an IndexedDB database in the browser). */
  localName: string;
  localOptions?: object;
  target: SyncTarget;
  /** This device's id: it names the card marks and settings it writes. */
  device: string;
  enableFuzz: boolean;
  link: SyncStoreLink;
  onStatus: (status: SyncStatus) => void;
  /** This device's imported decks as documents (deckDocOf), written like its other changes. */
  deckDocs?: () => SyncDoc[];
  clock?: () => number;
}

export interface SyncEngine {
  /** Writes pending local changes and merges documents received so far, now. */
  flush: () => Promise<void>;
  stop: () => Promise<void>;
}

const MAX_REPORTED = 50;
const WRITE_BATCH = 2000;
/** Documents arriving are merged once they stop arriving for a moment, or at least this often while they flow. */
const APPLY_IDLE_MS = 200;
const APPLY_MAX_WAIT_MS = 3000;
const PUSH_DELAY_MS = 300;

/** Retry after 1 s, then twice as long each time, up to a minute. */
export function nextBackOff(delay: number): number {
  return delay === 0 ? 1000 : Math.min(delay * 2, 60_000);
}

/** A replication error in words; a password is never part of it. */
export function describeSyncError(error: unknown): string {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  if (status === 401) return 'The server refused the user name or password (401).';
  if (status === 403) return 'This user may not write to the database (403).';
  if (status === 404) return 'The database is missing on the server (404).';
  if (typeof status === 'number' && status >= 500) return `The server failed (${status}).`;
  return 'The server cannot be reached.';
}

function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export async function startSyncEngine(options: SyncEngineOptions): Promise<SyncEngine> {
  const { PouchDB, link, device, enableFuzz } = options;
  const clock = options.clock ?? Date.now;
  const local = new PouchDB(options.localName, options.localOptions);
  // The password goes in a header, never in the URL (which PouchDB may show in errors); the database is not
  // created by replication (the connection test does that, for an admin).
  const remote = new PouchDB(options.target.url, {
    skip_setup: true,
    fetch: (url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      for (const [name, value] of Object.entries(authHeaders(options.target))) if (name === 'authorization') headers.set(name, value);
      return fetch(url, { ...init, headers, credentials: 'omit' });
    },
  });
  const ledger = emptyLedger();
  const queue = serialQueue();
  let stopped = false;
  const status: SyncStatus = { state: 'starting', lastSyncedAt: null, message: null, conflicts: [], refused: [], decks: [] };
  const reportDecks = () => {
    const decks = [...ledger.decks.values()].map(({ deckId, title, contentHash }) => ({ deckId, title, contentHash }));
    if (JSON.stringify(decks) !== JSON.stringify(status.decks)) report({ decks });
  };
  const report = (change: Partial<SyncStatus>) => {
    Object.assign(status, change);
    if (!stopped) options.onStatus({ ...status, conflicts: [...status.conflicts], refused: [...status.refused] });
  };

  const applyRaw = (raws: readonly unknown[]) => {
    const docs: SyncDoc[] = [];
    const refused: SyncStatus['refused'] = [];
    for (const raw of raws) {
      if (typeof raw !== 'object' || raw === null) continue;
      const { _id, _deleted } = raw as { _id?: unknown; _deleted?: unknown };
      if (typeof _id === 'string' && (!isStudyDocId(_id) || _deleted === true || ledger.seen.has(_id))) continue;
      const checked = checkSyncDoc(raw);
      if (checked.ok) docs.push(checked.doc);
      else refused.push({ id: checked.id, reason: checked.reason });
    }
    if (refused.length > 0) report({ refused: [...status.refused, ...refused].slice(-MAX_REPORTED) });
    if (docs.length === 0) return;
    const applied = applyRemoteDocs(link.read(), docs, ledger, enableFuzz);
    if (applied.changed) link.write(applied.data);
    reportDecks();
    if (applied.conflicts.length > 0) report({ conflicts: [...status.conflicts, ...applied.conflicts].slice(-MAX_REPORTED) });
  };

  let previous: StudyData | null = null;
  const push = async () => {
    const data = link.read();
    const decks = (options.deckDocs?.() ?? []).filter((doc) => !ledger.seen.has(doc._id));
    if (data === previous && decks.length === 0) return;
    const docs = [...localChanges(data, ledger, device), ...decks];
    previous = data;
    for (let start = 0; start < docs.length; start += WRITE_BATCH) {
      const batch = docs.slice(start, start + WRITE_BATCH);
      const results = await local.bulkDocs(batch);
      const taken: unknown[] = [];
      for (const [index, result] of results.entries()) {
        if (!result.error) recordDoc(ledger, batch[index]);
        // The same fact (a review at the same second) came from elsewhere first: that document is the one kept.
        else if (result.status === 409) taken.push(await local.get(batch[index]._id));
      }
      applyRaw(taken);
    }
    reportDecks();
  };

  // Catch up with what the replica holds (documents replicated while the app was closed), then write this device's.
  const all = await local.allDocs({ include_docs: true });
  applyRaw(all.rows.map((row) => row.doc));
  const { update_seq } = await local.info();
  await push();

  let pending: unknown[] = [];
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | null = null;
  const applyPending = () =>
    queue(async () => {
      clearTimeout(idleTimer);
      firstPendingAt = null;
      const raws = pending;
      pending = [];
      if (raws.length > 0) applyRaw(raws);
    });
  const changes = local.changes({ since: update_seq, live: true, include_docs: true }).on('change', ((change: { doc?: unknown }) => {
    pending.push(change.doc);
    firstPendingAt ??= clock();
    clearTimeout(idleTimer);
    const waited = clock() - firstPendingAt;
    idleTimer = setTimeout(() => void applyPending(), waited >= APPLY_MAX_WAIT_MS ? 0 : APPLY_IDLE_MS);
  }) as never);

  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = link.subscribe(() => {
    clearTimeout(pushTimer);
    pushTimer = setTimeout(() => void queue(push), PUSH_DELAY_MS);
  });

  // The two-way sync reports "paused" without its reason; each direction reports the failed request itself.
  let failure: unknown = null;
  const failed = (error: unknown) => {
    failure = error;
    const status = (error as { status?: unknown } | null)?.status;
    report({ state: typeof status === 'number' && status >= 400 ? 'error' : 'offline', message: describeSyncError(error) });
  };
  const replication = PouchDB.sync(local, remote, { live: true, retry: true, back_off_function: nextBackOff, batch_size: 500 })
    .on('active', () => {
      failure = null;
      report({ state: 'syncing', message: null });
    })
    .on('paused', () => {
      if (failure) failed(failure);
      else report({ state: 'synced', message: null, lastSyncedAt: clock() });
    })
    .on('denied', failed as never)
    .on('error', failed as never);
  for (const direction of [replication.push, replication.pull]) direction?.on('requestError', failed as never);

  return {
    flush: async () => {
      await queue(push);
      await applyPending();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(pushTimer);
      clearTimeout(idleTimer);
      unsubscribe();
      replication.cancel();
      changes.cancel();
      await queue(async () => undefined);
      await local.close();
      await remote.close();
    },
  };
}
