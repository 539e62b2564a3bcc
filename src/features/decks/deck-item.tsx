// One deck in the list: what it holds, how much is studied, and the ways to switch to it, rename it or delete it.
// Renaming and deleting open in place; deleting asks first, and forgets the deck's progress only if asked to.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { addCounts, type DeckOutline } from '../../domain/deck-outline';
import { plural } from '../../components/card-counts';
import { MAX_DECK_TITLE_LENGTH, normaliseDeckTitle } from '../../store/deck-library/deck-library';
import type { DeckProgressSize } from '../../store/deck-library/deck-library-progress';
import type { ImportedDeck } from '../../store/deck-library/deck-library-storage';

export interface DeckItemProps {
  /** What the deck holds: its outline is enough (the built-in deck's cards need not load for this list). */
  deck: DeckOutline;
  /** Null for the built-in deck. */
  imported: ImportedDeck | null;
  active: boolean;
  progress: DeckProgressSize;
  onSwitch: () => void;
  onRename: (title: string) => Promise<void>;
  onDelete: (forgetProgress: boolean) => Promise<void>;
}

type Panel = 'none' | 'rename' | 'delete';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function origin(imported: ImportedDeck | null): string {
  if (!imported) return 'Built in';
  const files = imported.sources.map((source) => source.path).join(', ');
  return `Imported from ${files}, ${dateFormat.format(imported.updatedAt)}`;
}

function progressText(progress: DeckProgressSize): string {
  if (progress.cards === 0) return 'Not studied yet';
  return `${plural(progress.cards, 'card')} studied, ${plural(progress.reviews, 'review')}`;
}

const closeOnEscape = (onClose: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  onClose();
};

function RenameForm({ deck, onRename, onClose }: { deck: DeckOutline; onRename: DeckItemProps['onRename']; onClose: () => void }) {
  const [title, setTitle] = useState(deck.title);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    inputRef.current?.select();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!normaliseDeckTitle(title)) {
      setError('Give the deck a name.');
      inputRef.current?.focus();
      return;
    }
    await onRename(title);
    onClose();
  };

  return (
    <form className="deck-panel" aria-label={`Rename ${deck.title}`} onSubmit={(event) => void submit(event)} onKeyDown={closeOnEscape(onClose)} noValidate>
      <label htmlFor={`${id}-name`} className="deck-label">
        New name
      </label>
      <input
        ref={inputRef}
        id={`${id}-name`}
        className="field-input field-input-soft deck-input"
        value={title}
        maxLength={MAX_DECK_TITLE_LENGTH}
        autoComplete="off"
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="form-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary">
          Save name
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DeleteForm({
  deck,
  progress,
  onDelete,
  onClose,
}: {
  deck: DeckOutline;
  progress: DeckProgressSize;
  onDelete: DeckItemProps['onDelete'];
  onClose: () => void;
}) {
  const [forgetProgress, setForgetProgress] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onDelete(forgetProgress);
  };

  return (
    <form className="deck-panel deck-delete" aria-label={`Delete ${deck.title}`} onSubmit={submit} onKeyDown={closeOnEscape(onClose)}>
      <p id={`${id}-warning`}>Delete “{deck.title}”? Its notes and cards leave this browser. The built-in deck and other decks stay.</p>
      {progress.cards > 0 && (
        <label className="check-inline deck-check">
          <input type="checkbox" checked={forgetProgress} onChange={(event) => setForgetProgress(event.target.checked)} />
          Also delete its progress ({progressText(progress).toLocaleLowerCase()})
        </label>
      )}
      <p className="deck-hint">
        {progress.cards === 0
          ? 'It has no progress to keep.'
          : forgetProgress
            ? 'Its progress will be gone for good.'
            : 'Its progress stays: import the same notes again and it comes back.'}
      </p>
      <div className="actions">
        <button type="submit" className="button button-danger" aria-describedby={`${id}-warning`}>
          Delete deck
        </button>
        <button ref={cancelRef} type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function DeckItem({ deck, imported, active, progress, onSwitch, onRename, onDelete }: DeckItemProps) {
  const [panel, setPanel] = useState<Panel>('none');
  const renameRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  const close = (opener: Panel) => () => {
    setPanel('none');
    (opener === 'rename' ? renameRef : deleteRef).current?.focus();
  };

  return (
    <li className={active ? 'panel panel-wide deck-item is-active' : 'panel panel-wide deck-item'} aria-labelledby={titleId}>
      <div className="deck-heading">
        <h2 id={titleId}>{deck.title}</h2>
        {active && <span className="deck-badge">Studying now</span>}
      </div>
      <p className="deck-meta">
        {plural(addCounts(deck.chapters.map((chapter) => chapter.counts)).cards, 'card')} in {plural(deck.chapters.length, 'chapter')}. {origin(imported)}.
      </p>
      <p className="deck-meta">{progressText(progress)}</p>
      <div className="actions">
        {!active && (
          <button type="button" className="button button-primary" onClick={onSwitch} aria-describedby={titleId}>
            Study this deck
          </button>
        )}
        {imported && (
          <>
            <button
              ref={renameRef}
              type="button"
              className="button"
              aria-expanded={panel === 'rename'}
              aria-describedby={titleId}
              onClick={() => setPanel(panel === 'rename' ? 'none' : 'rename')}
            >
              Rename…
            </button>
            <button
              ref={deleteRef}
              type="button"
              className="button button-danger"
              aria-expanded={panel === 'delete'}
              aria-describedby={titleId}
              onClick={() => setPanel(panel === 'delete' ? 'none' : 'delete')}
            >
              Delete…
            </button>
          </>
        )}
      </div>
      {panel === 'rename' && <RenameForm deck={deck} onRename={onRename} onClose={close('rename')} />}
      {panel === 'delete' && <DeleteForm deck={deck} progress={progress} onDelete={onDelete} onClose={close('delete')} />}
    </li>
  );
}
