// The search box: one field over terms, definitions and the notes' text, results as you type. A result opens its
// place in the notes (a card's result opens the card there). Arrow keys move through results, Enter opens one,
// Escape closes. The index is built here, the first time search opens, and kept for the deck.
import type { KeyboardEvent } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { Deck } from '../../domain/deck';
import type { NoteDocuments } from '../../domain/note-document';
import { MIN_QUERY_LENGTH, type SearchHit, type SearchIndex, buildSearchIndex } from './search-engine';

const indexes = new WeakMap<Deck, Promise<SearchIndex>>();

/** The built-in deck's notes are searched too; they load with `import()`, as on the notes screen. */
function loadNotes(withNotes: boolean): Promise<NoteDocuments | null> {
  return withNotes ? import('virtual:notes').then((module) => module.default, () => null) : Promise.resolve(null);
}

function indexFor(deck: Deck, withNotes: boolean): Promise<SearchIndex> {
  let index = indexes.get(deck);
  if (index === undefined) {
    index = loadNotes(withNotes).then((documents) => buildSearchIndex(deck, documents));
    indexes.set(deck, index);
  }
  return index;
}

interface SearchDialogProps {
  deck: Deck;
  /** Whether the deck's notes have documents to search (the built-in deck). */
  withNotes: boolean;
  /** `restoreFocus` is false when a result was opened: the notes screen then puts focus on its place. */
  onClose: (restoreFocus: boolean) => void;
}

function statusText(query: string, index: SearchIndex | null, hits: readonly SearchHit[]): string {
  if (query.trim().length < MIN_QUERY_LENGTH) return 'Search the terms, definitions and text of your notes.';
  if (index === null) return 'Getting search ready…';
  if (hits.length === 0) return `Nothing found for “${query.trim()}”.`;
  return `${hits.length === 1 ? '1 result' : `${hits.length} results`}: arrow keys to choose, Enter to open.`;
}

export function SearchDialog({ deck, withNotes, onClose }: SearchDialogProps) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [, navigate] = useLocation();
  const id = useId();
  const titleId = `${id}-title`;
  const listId = `${id}-results`;
  const optionId = (at: number) => `${id}-result-${at}`;

  useEffect(() => {
    let mounted = true;
    void indexFor(deck, withNotes).then((built) => {
      if (mounted) setIndex(built);
    });
    return () => {
      mounted = false;
    };
  }, [deck, withNotes]);

  useEffect(() => input.current?.focus(), []);

  const hits = useMemo(() => (index === null ? [] : index.search(query)), [index, query]);
  const activeAt = Math.min(active, hits.length - 1);

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
      if (hits.length > 0) setActive((to + hits.length) % hits.length);
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

  // Focus stays in the dialog: Tab moves between the field and the close button.
  const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      (document.activeElement === input.current ? close.current : input.current)?.focus();
    }
  };

  return (
    <div
      className="search-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose(true);
      }}
    >
      <div className="search-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onDialogKeyDown}>
        <h2 id={titleId} className="visually-hidden">
          Search notes and cards
        </h2>
        <div className="search-field">
          <input
            ref={input}
            type="search"
            role="combobox"
            aria-label="Search notes and cards"
            aria-expanded={hits.length > 0}
            aria-controls={hits.length > 0 ? listId : undefined}
            aria-autocomplete="list"
            aria-activedescendant={activeAt >= 0 ? optionId(activeAt) : undefined}
            placeholder="Search terms, definitions, notes"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onInputKeyDown}
          />
          <button ref={close} type="button" className="search-close" onClick={() => onClose(true)}>
            Close
          </button>
        </div>
        <p className="search-status" role="status">
          {statusText(query, index, hits)}
        </p>
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
                onMouseMove={() => at !== activeAt && setActive(at)}
                onClick={() => openHit(hit)}
              >
                <span className="search-hit-label">{hit.label}</span>
                <span className="search-hit-text">
                  {hit.parts.map((part, partAt) => (part.match ? <mark key={partAt}>{part.text}</mark> : part.text))}
                </span>
                <span className="search-hit-place">
                  {hit.chapter}
                  {hit.section && ` › ${hit.section}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
