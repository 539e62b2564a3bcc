// What can be done to the selected cards: suspend, flag, forget, reschedule, study or quiz them now, and undo.
import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '../../config/paths';
import type { CardChange } from '../../domain/card-changes';
import { CARD_FLAGS } from '../../domain/progress';
import { FLAG_LABELS, cardsText } from './card-text';

interface CardActionsProps {
  selectedIds: readonly string[];
  /** Today as `YYYY-MM-DD`, the first date a card can be rescheduled to. */
  today: string;
  onChange: (change: CardChange, label: string) => void;
  /** Reschedules to the start of that study day. */
  onReschedule: (date: string) => void;
  undoLabel: string | null;
  onUndo: () => void;
}

export function CardActions({ selectedIds, today, onChange, onReschedule, undoLabel, onUndo }: CardActionsProps) {
  const [date, setDate] = useState('');
  const none = selectedIds.length === 0;
  return (
    <div className="card-actions" role="toolbar" aria-label="Selected cards">
      <p className="card-selected-count" aria-live="polite">
        {none ? 'No card selected' : `${cardsText(selectedIds.length)} selected`}
      </p>
      <div className="card-action-group">
        <button type="button" className="button" disabled={none} onClick={() => onChange({ kind: 'suspend', suspended: true }, 'suspend')}>
          Suspend
        </button>
        <button type="button" className="button" disabled={none} onClick={() => onChange({ kind: 'suspend', suspended: false }, 'unsuspend')}>
          Unsuspend
        </button>
        <button type="button" className="button" disabled={none} onClick={() => onChange({ kind: 'forget' }, 'forget')}>
          Forget
        </button>
      </div>
      <div className="card-action-group" role="group" aria-label="Flag">
        {CARD_FLAGS.map((flag) => (
          <button
            key={flag}
            type="button"
            className="button card-flag-button"
            disabled={none}
            aria-label={`Flag ${FLAG_LABELS[flag]}`}
            onClick={() => onChange({ kind: 'flag', flag }, `flag ${flag}`)}
          >
            <span className={`flag-dot flag-${flag}`} aria-hidden="true" />
            {FLAG_LABELS[flag]}
          </button>
        ))}
        <button type="button" className="button card-flag-button" disabled={none} onClick={() => onChange({ kind: 'flag', flag: null }, 'remove flag')}>
          No flag
        </button>
      </div>
      <form
        className="card-action-group"
        onSubmit={(event) => {
          event.preventDefault();
          if (date) onReschedule(date);
        }}
      >
        <label className="card-filter">
          <span>Due on</span>
          <input type="date" min={today} value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <button type="submit" className="button" disabled={none || date === ''}>
          Reschedule
        </button>
      </form>
      <div className="card-action-group">
        {none ? (
          <>
            <span className="button is-disabled" aria-disabled="true">
              Study these now
            </span>
            <span className="button is-disabled" aria-disabled="true">
              Quiz me on these
            </span>
          </>
        ) : (
          <>
            <Link href={paths.review.customHref(selectedIds)} className="button button-primary">
              Study these now
            </Link>
            <Link href={paths.quiz.href({ kind: 'cards', cardIds: [...selectedIds] })} className="button">
              Quiz me on these
            </Link>
          </>
        )}
        <button type="button" className="button button-quiet" disabled={undoLabel === null} onClick={onUndo} aria-keyshortcuts="Control+Z">
          {undoLabel === null ? 'Undo' : `Undo ${undoLabel}`}
        </button>
      </div>
    </div>
  );
}
