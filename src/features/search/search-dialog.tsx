// The search box: one field over terms, definitions and the notes' text, results as you type. A result opens its
// place in the notes (a card's result opens the card there). Arrow keys move through results, Enter opens one,
// Escape closes. The index is built in the search worker the first time search opens, and kept for the deck. The
// field itself is the launcher's (search-frame.tsx), there before this part loads.
import type { KeyboardEvent } from 'react';
import { useEffect, useId, useState } from 'react';
import { useLocation } from 'wouter';
import type { DeckSource } from '../../store/deck-library/deck-source';
import { createSearchClient, type SearchClient } from './search-client';
import { MIN_QUERY_LENGTH, type SearchHit } from './search-engine';
import { SEARCH_INTRO, SEARCH_LOADING, SearchFrame } from './search-frame';

const clients = new WeakMap<DeckSource, SearchClient>();

function clientFor(source: DeckSource): SearchClient {
  let client = clients.get(source);
  if (client === undefined) {
    client = createSearchClient(source);
    clients.set(source, client);
  }
  return client;
}

interface SearchDialogProps {
  source: DeckSource;
  /** What is typed: kept by the launcher, which shows the field before this part has loaded. */
  query: string;
  onQuery: (query: string) => void;
  /** `restoreFocus` is false when a result was opened: the notes screen then puts focus on its place. */
  onClose: (restoreFocus: boolean) => void;
}

type IndexState = 'building' | 'ready' | 'failed';

/** The hits of the latest query answered; typing on shows them until the next answer comes. */
interface Answer {
  query: string;
  hits: SearchHit[];
}

function statusText(query: string, index: IndexState, answer: Answer): string {
  if (query.trim().length < MIN_QUERY_LENGTH) return SEARCH_INTRO;
  if (index === 'failed') return 'Search could not be made ready. Reload the page to try again.';
  if (index === 'building') return SEARCH_LOADING;
  if (answer.query !== query) return 'Searching…';
  if (answer.hits.length === 0) return `Nothing found for “${query.trim()}”.`;
  return `${answer.hits.length === 1 ? '1 result' : `${answer.hits.length} results`}: arrow keys to choose, Enter to open.`;
}

export function SearchDialog({ source, query, onQuery, onClose }: SearchDialogProps) {
  const [index, setIndex] = useState<IndexState>('building');
  const [answer, setAnswer] = useState<Answer>({ query: '', hits: [] });
  /** The result chosen, for the query it was chosen in: a new query starts at the first. */
  const [active, setActive] = useState({ query, at: 0 });
  const [, navigate] = useLocation();
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (at: number) => `${id}-result-${at}`;

  useEffect(() => {
    let mounted = true;
    clientFor(source).ready.then(
      () => mounted && setIndex('ready'),
      () => mounted && setIndex('failed'),
    );
    return () => {
      mounted = false;
    };
  }, [source]);

  // Each query is answered by the worker; an answer to a query typed over is dropped.
  useEffect(() => {
    if (index !== 'ready') return;
    let current = true;
    void clientFor(source)
      .search(query)
      .then((hits) => current && setAnswer({ query, hits }));
    return () => {
      current = false;
    };
  }, [source, index, query]);

  const hits = query.trim().length < MIN_QUERY_LENGTH ? [] : answer.hits;
  const activeAt = Math.min(active.query === query ? active.at : 0, hits.length - 1);

  useEffect(() => {
    if (activeAt >= 0) document.getElementById(optionId(activeAt))?.scrollIntoView?.({ block: 'nearest' });
  });

  const openHit = (hit: SearchHit) => {
    onClose(false);
    navigate(hit.href);
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      if (hits.length > 0) setActive({ query, at: (to + hits.length) % hits.length });
    };
    switch (event.key) {
      case 'ArrowDown':
        move(activeAt + 1);
        break;
      case 'ArrowUp':
        move(activeAt - 1);
        break;
      case 'Enter':
        event.preventDefault();
        if (activeAt >= 0) openHit(hits[activeAt]);
        break;
      default:
    }
  };

  return (
    <SearchFrame
      query={query}
      onQuery={onQuery}
      onClose={onClose}
      status={statusText(query, index, answer)}
      combobox={{
        'aria-expanded': hits.length > 0,
        'aria-controls': hits.length > 0 ? listId : undefined,
        'aria-activedescendant': activeAt >= 0 ? optionId(activeAt) : undefined,
        onKeyDown: onInputKeyDown,
      }}
    >
      {hits.length > 0 && (
        <ul id={listId} className="search-results" role="listbox" aria-label="Results">
          {hits.map((hit, at) => (
            <li
              key={hit.key}
              id={optionId(at)}
              className="search-hit"
              role="option"
              aria-selected={at === activeAt}
              // Keeps focus in the field, so the keyboard goes on working after a click elsewhere in the list.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => at !== activeAt && setActive({ query, at })}
              onClick={() => openHit(hit)}
            >
              <span className="search-hit-label">{hit.label}</span>
              <span className="search-hit-text">{hit.parts.map((part, partAt) => (part.match ? <mark key={partAt}>{part.text}</mark> : part.text))}</span>
              <span className="search-hit-place">
                {hit.chapter}
                {hit.section && ` › ${hit.section}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </SearchFrame>
  );
}
