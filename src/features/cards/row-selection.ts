// Which rows of the card browser are selected and which one has focus, as a file manager (and Anki's browser) does:
// click picks one, Ctrl/Cmd-click adds or removes one, Shift-click and Shift+arrows select a range from the anchor,
// Space toggles the focused row, Ctrl+A selects every row shown. `ids` are the rows shown, in their order.

export interface RowSelection {
  selected: ReadonlySet<string>;
  /** The row with keyboard focus (its details are shown). */
  focus: string | null;
  /** Where a range starts. */
  anchor: string | null;
}

export const NO_SELECTION: RowSelection = { selected: new Set(), focus: null, anchor: null };

function range(ids: readonly string[], from: string | null, to: string): Set<string> {
  const end = ids.indexOf(to);
  const start = from === null ? -1 : ids.indexOf(from);
  if (start < 0) return new Set([to]);
  return new Set(ids.slice(Math.min(start, end), Math.max(start, end) + 1));
}

export function clickRow(selection: RowSelection, ids: readonly string[], id: string, keys: { shift: boolean; toggle: boolean }): RowSelection {
  if (keys.shift) return { selected: range(ids, selection.anchor ?? selection.focus, id), focus: id, anchor: selection.anchor ?? selection.focus ?? id };
  if (keys.toggle) {
    const selected = new Set(selection.selected);
    if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    return { selected, focus: id, anchor: id };
  }
  return { selected: new Set([id]), focus: id, anchor: id };
}

/** Focus moved `delta` rows (clamped); with `extend` the range from the anchor is selected, else the row alone. */
export function moveFocus(selection: RowSelection, ids: readonly string[], delta: number, extend: boolean): RowSelection {
  if (ids.length === 0) return selection;
  const current = selection.focus === null ? -1 : ids.indexOf(selection.focus);
  const index = current < 0 ? (delta < 0 ? ids.length - 1 : 0) : Math.min(ids.length - 1, Math.max(0, current + delta));
  const id = ids[index];
  if (extend) {
    const anchor = selection.anchor ?? selection.focus ?? id;
    return { selected: range(ids, anchor, id), focus: id, anchor };
  }
  return { selected: new Set([id]), focus: id, anchor: id };
}

export function toggleFocused(selection: RowSelection): RowSelection {
  if (selection.focus === null) return selection;
  return clickRow(selection, [], selection.focus, { shift: false, toggle: true });
}

export function selectAll(selection: RowSelection, ids: readonly string[]): RowSelection {
  return { selected: new Set(ids), focus: selection.focus ?? ids[0] ?? null, anchor: selection.anchor };
}

/** The selected rows among those shown, in their order: what an action applies to. */
export function selectedShown(selection: RowSelection, ids: readonly string[]): string[] {
  return selection.selected.size === 0 ? [] : ids.filter((id) => selection.selected.has(id));
}
