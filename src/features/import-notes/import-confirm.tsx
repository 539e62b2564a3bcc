// Confirming an import: as a new deck (with a name) or as a new version of an imported deck (with what changes).
import { hasCard } from '../../domain/card-map';
import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useStore } from 'zustand';
import type { DeckDraft } from '../../store/deck-library/deck-library';
import { normaliseDeckTitle, MAX_DECK_TITLE_LENGTH } from '../../store/deck-library/deck-library';
import { diffDecks } from '../../store/deck-library/deck-library-diff';
import type { ImportedDeck } from '../../store/deck-library/deck-library-storage';
import { selectDeckProgress } from '../../store/study-selectors';
import { useStudyStore } from '../../store/study-store-context';
import { NEW_DECK } from './import-target';
import { ReimportReport } from './reimport-report';

export interface ImportChoice {
  /** NEW_DECK or the id of the imported deck to update. */
  target: string;
  /** The new deck's name (unused for an update). */
  title: string;
}

interface ImportConfirmProps {
  draft: DeckDraft;
  decks: readonly ImportedDeck[];
  initialTarget: string;
  busy: boolean;
  onConfirm: (choice: ImportChoice) => void;
  onCancel: () => void;
}

function UpdateReport({ previous, draft }: { previous: ImportedDeck; draft: DeckDraft }) {
  const store = useStudyStore();
  const diff = useMemo(() => diffDecks(previous.deck, draft.deck), [previous, draft]);
  const progress = useStore(store, selectDeckProgress(previous.deck.id));
  const goneWithProgress = diff.gone.filter((card) => hasCard(progress, card.id)).length;
  return <ReimportReport deckTitle={previous.deck.title} diff={diff} goneWithProgress={goneWithProgress} />;
}

export function ImportConfirm({ draft, decks, initialTarget, busy, onConfirm, onCancel }: ImportConfirmProps) {
  const [target, setTarget] = useState(initialTarget);
  const [title, setTitle] = useState(draft.deck.title);
  const [titleError, setTitleError] = useState<string | null>(null);
  const id = useId();
  const previous = decks.find((entry) => entry.deck.id === target);
  const isNew = target === NEW_DECK || !previous;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isNew && !normaliseDeckTitle(title)) {
      setTitleError('Give the deck a name.');
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    onConfirm({ target: isNew ? NEW_DECK : target, title });
  };

  return (
    <form className="import-confirm" aria-label="Keep this deck" onSubmit={submit} noValidate>
      {decks.length > 0 && (
        <fieldset className="import-targets">
          <legend>Import as</legend>
          <label className="check-inline">
            <input type="radio" name={`${id}-target`} value={NEW_DECK} checked={isNew} onChange={() => setTarget(NEW_DECK)} />A new deck
          </label>
          {decks.map((entry) => (
            <label key={entry.deck.id} className="check-inline">
              <input type="radio" name={`${id}-target`} value={entry.deck.id} checked={target === entry.deck.id} onChange={() => setTarget(entry.deck.id)} />A
              new version of “{entry.deck.title}”
            </label>
          ))}
        </fieldset>
      )}
      {isNew ? (
        <div className="import-field">
          <label htmlFor={`${id}-title`}>Deck name</label>
          <input
            id={`${id}-title`}
            className="field-input field-input-soft import-input"
            value={title}
            maxLength={MAX_DECK_TITLE_LENGTH}
            autoComplete="off"
            onChange={(event) => {
              setTitle(event.target.value);
              setTitleError(null);
            }}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${id}-title-error` : undefined}
          />
          {titleError && (
            <p id={`${id}-title-error`} className="form-error">
              {titleError}
            </p>
          )}
        </div>
      ) : (
        <UpdateReport previous={previous} draft={draft} />
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {isNew ? 'Add deck' : 'Update deck'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Start over
        </button>
      </div>
    </form>
  );
}
