// "Reset all progress", behind a confirmation: the learner types the deck name. Cancel (or Escape) leaves everything.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { plural } from '../../components/card-counts';
import type { StudyState } from '../../store/study-state';
import { useStudyStore } from '../../store/study-store-context';

interface ResetProgressProps {
  clock: () => number;
  deckTitle: string;
}

/** Cards with progress and logged reviews over every deck: what a reset forgets. */
function progressSize(state: Pick<StudyState, 'progress' | 'log'>): { cards: number; reviews: number } {
  let cards = 0;
  let reviews = 0;
  for (const deck of Object.values(state.progress)) cards += deck.size;
  for (const deckLog of Object.values(state.log)) reviews += deckLog.size;
  return { cards, reviews };
}

const sameName = (typed: string, name: string) => typed.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase();

export function ResetProgress({ clock, deckTitle }: ResetProgressProps) {
  const store = useStudyStore();
  const progress = useStore(store, (state) => state.progress);
  const log = useStore(store, (state) => state.log);
  const size = useMemo(() => progressSize({ progress, log }), [progress, log]);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const openerRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const panelId = `${id}-confirm`;
  const inputId = `${id}-name`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;

  useEffect(() => {
    if (confirming) inputRef.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    setTyped('');
    setError(null);
    openerRef.current?.focus();
  };

  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!sameName(typed, deckTitle)) {
      setError(`Type “${deckTitle}” to confirm.`);
      inputRef.current?.focus();
      return;
    }
    store.getState().resetAllProgress(clock());
    close();
    setStatus('All progress was reset. Every card is new again.');
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  return (
    <div className="reset-progress">
      <p>Forget every card’s progress, the review log and the quiz history, and start again with every card new. Your notes and settings stay.</p>
      <p className="small-note settings-hint">
        Saved now: {plural(size.cards, 'card')} with progress, {plural(size.reviews, 'logged review')}.
      </p>
      <button
        ref={openerRef}
        type="button"
        className="button button-danger"
        aria-expanded={confirming}
        aria-controls={confirming ? panelId : undefined}
        onClick={() => {
          setStatus('');
          if (confirming) inputRef.current?.focus();
          else setConfirming(true);
        }}
      >
        Reset all progress…
      </button>
      {confirming && (
        <form id={panelId} className="reset-confirm" aria-label="Confirm reset" onSubmit={confirm} onKeyDown={closeOnEscape} noValidate>
          <p id={warningId} className="reset-warning">
            This cannot be undone. To confirm, type the deck name, <strong>{deckTitle}</strong>.
          </p>
          <label htmlFor={inputId} className="settings-label">
            Deck name
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="field-input settings-input reset-input"
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              setError(null);
            }}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${warningId}` : warningId}
          />
          {error && (
            <p id={errorId} className="settings-error">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button button-danger-solid">
              Reset all progress
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <p role="status" className="settings-status is-saved">
        {status}
      </p>
    </div>
  );
}
