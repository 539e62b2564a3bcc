// The card browser's table: every row shown, drawn a screenful at a time (@tanstack/react-virtual: fixed row height,
// spacer rows above and below), so 14,000 cards scroll smoothly. A grid the keyboard drives (row-selection.ts).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { SORT_COLUMNS, type CardRow, type RowSort, type SortColumn } from '../../domain/card-browser-rows';
import { cellText, COLUMN_LABELS } from './card-text';
import type { RowSelection } from './row-selection';

const ROW_HEIGHT = 36;
const PAGE_ROWS = 10;

interface CardTableProps {
  rows: readonly CardRow[];
  sort: RowSort;
  onSort: (column: SortColumn) => void;
  selection: RowSelection;
  dayStartHour: number;
  onRowClick: (cardId: string, keys: { shift: boolean; toggle: boolean }) => void;
  /** Keys the grid does not handle itself go to the screen. */
  onMove: (delta: number, extend: boolean) => void;
  onToggle: () => void;
  onSelectAll: () => void;
}

const rowId = (index: number) => `card-row-${index}`;

export function CardTable({ rows, sort, onSort, selection, dayStartHour, onRowClick, onMove, onToggle, onSelectAll }: CardTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The header row sits above the rows in the same scroll box.
    scrollPaddingStart: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const focusIndex = selection.focus === null ? -1 : rows.findIndex((row) => row.card.id === selection.focus);

  useEffect(() => {
    if (focusIndex >= 0) virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusIndex, virtualizer]);

  const focusDrawn = items.some((item) => item.index === focusIndex);
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys on a header's sort button are the button's.
    if (event.target !== event.currentTarget) return;
    const extend = event.shiftKey;
    const keys: Record<string, () => void> = {
      ArrowDown: () => onMove(1, extend),
      ArrowUp: () => onMove(-1, extend),
      PageDown: () => onMove(PAGE_ROWS, extend),
      PageUp: () => onMove(-PAGE_ROWS, extend),
      Home: () => onMove(-rows.length, extend),
      End: () => onMove(rows.length, extend),
      ' ': onToggle,
    };
    const action = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a' ? onSelectAll : keys[event.key];
    if (!action || event.altKey) return;
    event.preventDefault();
    action();
  };

  const click = (event: MouseEvent, cardId: string) => {
    if (event.shiftKey) event.preventDefault();
    onRowClick(cardId, { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
  };

  return (
    <div className="card-table-scroll" ref={scrollRef}>
      <table
        className="card-table"
        role="grid"
        aria-label="Cards"
        aria-multiselectable="true"
        aria-rowcount={rows.length + 1}
        tabIndex={0}
        aria-activedescendant={focusDrawn ? rowId(focusIndex) : undefined}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr aria-rowindex={1}>
            {SORT_COLUMNS.map((column) => (
              <th key={column} scope="col" className={`card-col-${column}`} aria-sort={sort.column === column ? sort.direction : undefined}>
                <button type="button" className="card-sort" onClick={() => onSort(column)}>
                  {COLUMN_LABELS[column]}
                  <span aria-hidden="true" className="card-sort-mark">
                    {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="card-spacer" style={{ height: before }}>
              <td colSpan={SORT_COLUMNS.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            const selected = selection.selected.has(row.card.id);
            const classes = ['card-row', selected ? 'is-selected' : '', item.index === focusIndex ? 'is-focused' : '', row.flag ? `flag-${row.flag}` : ''];
            return (
              <tr
                key={row.card.id}
                id={rowId(item.index)}
                className={classes.filter(Boolean).join(' ')}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                onClick={(event) => click(event, row.card.id)}
              >
                {SORT_COLUMNS.map((column) => (
                  <td key={column} role="gridcell" className={`card-col-${column}`}>
                    {column === 'flag' && row.flag ? <span className={`flag-dot flag-${row.flag}`} aria-hidden="true" /> : null}
                    {cellText(row, column, dayStartHour)}
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="card-spacer" style={{ height: after }}>
              <td colSpan={SORT_COLUMNS.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
