// The page's side of search: the deck's records are made here chapter by chapter (one short task each, as the
// chapters' cards and notes arrive) and sent to the search worker, which builds the index and answers queries.
// Without workers (tests, very old browsers) the same responder answers on the page.
import { cardsByChapter } from '../../domain/deck-outline';
import type { DeckSource } from '../../store/deck-library/deck-source';
import { DEFAULT_LIMIT, MIN_QUERY_LENGTH, type SearchHit, searchPlaces } from './search-engine';
import { type SearchReply, type SearchRequest, searchResponder } from './search-protocol';
import { chapterSearchRecords } from './search-records';

export interface SearchClient {
  /** Resolves with the number of records once the index is built; rejects when it cannot be. */
  ready: Promise<number>;
  search: (query: string, limit?: number) => Promise<SearchHit[]>;
}

interface Channel {
  post: (request: SearchRequest) => void;
  onReply: (listener: (reply: SearchReply) => void) => void;
}

function workerChannel(): Channel {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  return {
    post: (request) => worker.postMessage(request),
    onReply: (listener) => {
      worker.addEventListener('message', (event: MessageEvent<SearchReply>) => listener(event.data));
      worker.addEventListener('error', () => listener({ type: 'failed', message: 'the search worker could not start' }));
    },
  };
}

function pageChannel(): Channel {
  const respond = searchResponder();
  const listeners: Array<(reply: SearchReply) => void> = [];
  return {
    // Answered in a later task, as a worker would.
    post: (request) =>
      void setTimeout(() => {
        const reply = respond(request);
        if (reply !== null) for (const listener of listeners) listener(reply);
      }),
    onReply: (listener) => void listeners.push(listener),
  };
}

/** Lets the page draw and take input between two steps. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function sendRecords(source: DeckSource, channel: Channel): Promise<void> {
  const deck = await source.load();
  const byChapter = cardsByChapter(deck);
  // Every document is asked for at once; each chapter is indexed as soon as its own has come.
  const documents = deck.chapters.map((chapter) => source.loadDocument?.(chapter.id).catch(() => null) ?? Promise.resolve(null));
  for (const [at, chapter] of deck.chapters.entries()) {
    const document = await documents[at]!;
    channel.post({ type: 'records', records: chapterSearchRecords(chapter, byChapter.get(chapter.id) ?? [], document) });
    await nextTask();
  }
  channel.post({ type: 'build', places: searchPlaces(deck.chapters) });
}

export function createSearchClient(source: DeckSource, useWorker = typeof Worker !== 'undefined'): SearchClient {
  const channel = useWorker ? workerChannel() : pageChannel();
  const waiting = new Map<number, (hits: SearchHit[]) => void>();
  let nextId = 0;
  let settleReady: { resolve: (size: number) => void; reject: (error: Error) => void } | null = null;
  const ready = new Promise<number>((resolve, reject) => (settleReady = { resolve, reject }));
  channel.onReply((reply) => {
    if (reply.type === 'ready') settleReady?.resolve(reply.size);
    else if (reply.type === 'failed' && reply.id === undefined) settleReady?.reject(new Error(reply.message));
    else {
      const id = reply.id!;
      // A query that failed finds nothing.
      waiting.get(id)?.(reply.type === 'hits' ? reply.hits : []);
      waiting.delete(id);
    }
  });
  sendRecords(source, channel).catch((error: unknown) => settleReady?.reject(error instanceof Error ? error : new Error(String(error))));
  return {
    ready,
    search: async (query, limit = DEFAULT_LIMIT) => {
      if (query.trim().length < MIN_QUERY_LENGTH) return [];
      await ready;
      nextId += 1;
      const id = nextId;
      return new Promise<SearchHit[]>((resolve) => {
        waiting.set(id, resolve);
        channel.post({ type: 'search', id, query, limit });
      });
    },
  };
}
