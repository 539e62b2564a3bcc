// The search box's frame: the dialog with its field, Close and a status line. It is part of the initial page, so `/`
// shows a focused field at once and every key typed lands in it while the rest of search (results, the worker and its
// index) loads; the loaded search box then draws the same frame around the same query, with its results.
import type { InputHTMLAttributes, KeyboardEvent, ReactNode } from 'react';
import { useId, useLayoutEffect, useRef } from 'react';

export const SEARCH_TITLE = 'Search notes and cards';
export const SEARCH_INTRO = 'Search the terms, definitions and text of your notes.';
export const SEARCH_LOADING = 'Getting search ready…';

/** What the loaded search box adds to the field: the results it controls and their keys. */
export type ComboboxProps = Pick<InputHTMLAttributes<HTMLInputElement>, 'aria-expanded' | 'aria-controls' | 'aria-activedescendant' | 'onKeyDown'>;

interface SearchFrameProps {
  query: string;
  onQuery: (query: string) => void;
  /** `restoreFocus` is false when a result was opened: the notes screen then puts focus on its place. */
  onClose: (restoreFocus: boolean) => void;
  status: string;
  combobox?: ComboboxProps;
  /** The results. */
  children?: ReactNode;
}

export function SearchFrame({ query, onQuery, onClose, status, combobox = { 'aria-expanded': false }, children }: SearchFrameProps) {
  const input = useRef<HTMLInputElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const titleId = `${useId()}-title`;

  // In the same task as the frame appears (the loaded box replacing the first frame too), so no key falls between;
  // the caret after what was typed.
  useLayoutEffect(() => {
    const field = input.current;
    if (field === null) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

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
          {SEARCH_TITLE}
        </h2>
        <div className="search-field">
          <input
            ref={input}
            type="search"
            role="combobox"
            aria-label={SEARCH_TITLE}
            aria-autocomplete="list"
            placeholder="Search terms, definitions, notes"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            value={query}
            onChange={(event) => onQuery(event.target.value)}
            {...combobox}
          />
          <button ref={close} type="button" className="search-close" onClick={() => onClose(true)}>
            Close
          </button>
        </div>
        <p className="search-status" role="status">
          {status}
        </p>
        {children}
      </div>
    </div>
  );
}
