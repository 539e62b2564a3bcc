// The search button in the header, and the `/` key that opens search from any screen. Only this small part and the
// search box's frame are in the initial page: the field shows and takes keys at once, while the results, fuse.js and
// the index load the first time search opens.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { DeckSource } from '../../store/deck-library/deck-source';
import { SEARCH_INTRO, SEARCH_LOADING, SearchFrame } from './search-frame';
import './search.css';

const loadDialog = () => import('./search-dialog');
const SearchDialog = lazy(() => loadDialog().then((module) => ({ default: module.SearchDialog })));

/** Typing in a field (or an editable element) keeps its `/`. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'file', 'color'].includes(target.type);
}

function SearchIcon() {
  return (
    <svg className="search-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="M15.5 15.5 21 21" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

export function SearchLauncher({ source }: { source: DeckSource }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  /** Where focus goes back to when search closes without opening a result. */
  const returnTo = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : button.current;
    setQuery('');
    setOpen(true);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTypingTarget(event.target)) return;
      event.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [show]);

  const close = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) (returnTo.current ?? button.current)?.focus();
  }, []);

  return (
    <div className="search-launcher">
      <button
        ref={button}
        type="button"
        className="search-trigger"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts="/"
        onClick={show}
        // Starts loading the search box before the click lands.
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        <SearchIcon />
        <span className="search-trigger-text">Search</span>
        <kbd className="search-trigger-key" aria-hidden="true">
          /
        </kbd>
      </button>
      {open && (
        <Suspense fallback={<SearchFrame query={query} onQuery={setQuery} onClose={close} status={query.trim() === '' ? SEARCH_INTRO : SEARCH_LOADING} />}>
          <SearchDialog source={source} query={query} onQuery={setQuery} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
