// Cards (`#/cards`): every card of the deck in one table, sorted and filtered, selected one or many at a time and
// changed together (suspend, flag, forget, reschedule, each undoable), with the focused card's details beside it.
import { logEntries } from '../../domain/review-log';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CardChange } from '../../domain/card-changes';
import { cardBrowserRows, filterRows, NO_FILTER, reviewCounts, sortRows, type RowFilter, type RowSort, type SortColumn } from '../../domain/card-browser-rows';
import { cardHistory } from '../../domain/card-history';
import type { Deck } from '../../domain/deck';
import { schedulerOptionsFrom } from '../../domain/scheduler';
import { studyDayKey } from '../../domain/study-day';
import { PageTitle } from '../../components/page-title';
import { CardActions } from './card-actions';
import { CardDetail } from './card-detail';
import { CardFilters } from './card-filters';
import { useCardActions, useCardStudyData, type CardsChanged } from './card-store-access';
import { CardTable } from './card-table';
import { cardsText } from './card-text';
import { clickRow, moveFocus, NO_SELECTION, selectAll, selectedShown, toggleFocused, type RowSelection } from './row-selection';
import './cards.css';

interface CardsScreenProps {
  deck: Deck;
  clock?: () => number;
}

interface UndoEntry {
  changed: CardsChanged;
  label: string;
}

const MAX_UNDO = 50;
const DEFAULT_SORT: RowSort = { column: 'place', direction: 'ascending' };

/** What a change did, in words: "Suspended 3 cards." */
function doneText(label: string, count: number, asked: number): string {
  const left = asked - count;
  const changed = `${label[0].toUpperCase()}${label.slice(1)}: ${cardsText(count)} changed.`;
  return left > 0 ? `${changed} ${cardsText(left)} already so${label === 'reschedule' || label === 'forget' ? ' or not studied yet' : ''}.` : changed;
}

export function CardsScreen({ deck, clock = Date.now }: CardsScreenProps) {
  const { progress, log, manualLog, settings } = useCardStudyData(deck.id);
  const actions = useCardActions(deck.id);
  const options = useMemo(() => schedulerOptionsFrom(settings, false), [settings]);
  const reviews = useMemo(() => reviewCounts(logEntries(log)), [log]);
  // "Today" is when the figures were drawn: a change redraws them.
  const rows = useMemo(() => cardBrowserRows({ deck, progress, reviews, now: clock(), options }), [deck, progress, reviews, options, clock]);
  const [sort, setSort] = useState<RowSort>(DEFAULT_SORT);
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(
    () => filterRows(sorted, filter, { now: clock(), dayStartHour: settings.dayStartHour }),
    [sorted, filter, clock, settings.dayStartHour],
  );
  const ids = useMemo(() => shown.map((row) => row.card.id), [shown]);
  const [selection, setSelection] = useState<RowSelection>(NO_SELECTION);
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [message, setMessage] = useState('');

  const selectedIds = useMemo(() => selectedShown(selection, ids), [selection, ids]);
  const focused = selection.focus === null ? undefined : rows.find((row) => row.card.id === selection.focus);

  const onSort = (column: SortColumn) =>
    setSort((current) => ({ column, direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  const apply = (change: CardChange, label: string, cardIds: readonly string[] = selectedIds) => {
    const changed = actions.change(cardIds, change, clock());
    if (changed.cards.length > 0) setUndoStack((stack) => [...stack.slice(1 - MAX_UNDO), { changed, label }]);
    setMessage(doneText(label, changed.cards.length, cardIds.length));
  };

  const reschedule = (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    apply({ kind: 'reschedule', due: new Date(year, month - 1, day, settings.dayStartHour).getTime() }, 'reschedule');
  };

  const undo = useCallback(() => {
    const last = undoStack.at(-1);
    if (!last) return;
    const restored = actions.undo(last.changed, clock());
    setUndoStack((stack) => stack.slice(0, -1));
    const kept = last.changed.cards.length - restored;
    setMessage(`Undid ${last.label}: ${cardsText(restored)} back as before${kept > 0 ? `; ${cardsText(kept)} changed since kept as they are` : ''}.`);
  }, [undoStack, actions, clock]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        const target = event.target as HTMLElement | null;
        // Text fields keep their own undo.
        if (target?.closest('input, textarea, select')) return;
        event.preventDefault();
        undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  const history = useMemo(
    () =>
      focused
        ? cardHistory(
            logEntries(log).filter((entry) => entry.cardId === focused.card.id),
            manualLog.filter((entry) => entry.cardId === focused.card.id),
            options,
          )
        : [],
    [focused, log, manualLog, options],
  );
  const siblings = useMemo(
    () => (focused ? rows.filter((row) => row.card.noteId === focused.card.noteId && row.card.id !== focused.card.id) : []),
    [focused, rows],
  );

  return (
    <div className="screen container cards-screen">
      <PageTitle title="Cards" />
      <header className="screen-header">
        <h1>Cards</h1>
        <p className="lead">
          {cardsText(shown.length)} shown of {deck.cards.length}. Click a row to select it, Ctrl/⌘-click or Space to add one, Shift-click or Shift+arrows for a
          range, Ctrl+A for all shown.
        </p>
      </header>
      <CardFilters deck={deck} filter={filter} onChange={setFilter} />
      <CardActions
        selectedIds={selectedIds}
        today={studyDayKey(clock(), settings.dayStartHour)}
        onChange={(change, label) => apply(change, label)}
        onReschedule={reschedule}
        undoLabel={undoStack.at(-1)?.label ?? null}
        onUndo={undo}
      />
      <p className="card-message" role="status" aria-live="polite">
        {message}
      </p>
      <div className="cards-layout">
        <CardTable
          rows={shown}
          sort={sort}
          onSort={onSort}
          selection={selection}
          dayStartHour={settings.dayStartHour}
          onRowClick={(cardId, keys) => setSelection((current) => clickRow(current, ids, cardId, keys))}
          onMove={(delta, extend) => setSelection((current) => moveFocus(current, ids, delta, extend))}
          onToggle={() => setSelection(toggleFocused)}
          onSelectAll={() => setSelection((current) => selectAll(current, ids))}
        />
        {focused ? (
          <CardDetail
            row={focused}
            history={history}
            siblings={siblings}
            dayStartHour={settings.dayStartHour}
            onFocusCard={(cardId) => setSelection((current) => ({ ...current, focus: cardId }))}
          />
        ) : (
          <section className="panel card-detail card-detail-empty" aria-label="Card details">
            <p className="muted">Select a card to see its history, the lines of your notes it comes from and its siblings.</p>
          </section>
        )}
      </div>
    </div>
  );
}
