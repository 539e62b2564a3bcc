// What the page and the search worker say to each other, and the worker's side of it as a plain function, so the
// same code answers in the worker and, where there are no workers (tests), on the page.
import { type SearchHit, type SearchIndex, type SearchPlaces, indexRecords } from './search-engine';
import type { SearchRecord } from './search-records';

export type SearchRequest =
  /** Records to index, a chapter's at a time. */
  | { type: 'records'; records: SearchRecord[] }
  /** Every record has been sent: build the index. */
  | { type: 'build'; places: SearchPlaces }
  | { type: 'search'; id: number; query: string; limit?: number };

export type SearchReply =
  | { type: 'ready'; size: number }
  | { type: 'hits'; id: number; hits: SearchHit[] }
  /** The index could not be built (no id), or a query failed (its id). */
  | { type: 'failed'; message: string; id?: number };

/** The worker's state: records gathered, then the index; each request gets at most one reply. */
export function searchResponder(): (request: SearchRequest) => SearchReply | null {
  const records: SearchRecord[] = [];
  let index: SearchIndex | null = null;
  return (request) => {
    try {
      switch (request.type) {
        case 'records':
          records.push(...request.records);
          return null;
        case 'build':
          index = indexRecords(records, request.places);
          return { type: 'ready', size: index.size };
        case 'search':
          return { type: 'hits', id: request.id, hits: index === null ? [] : index.search(request.query, request.limit) };
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return request.type === 'search' ? { type: 'failed', message, id: request.id } : { type: 'failed', message };
    }
  };
}
