// Selecting rows of the card browser as a file manager does: click, Ctrl/Cmd-click, Shift-click, arrows, Space, Ctrl+A.
import { describe, expect, it } from 'vitest';
import { clickRow, moveFocus, NO_SELECTION, selectAll, selectedShown, toggleFocused, type RowSelection } from '../../../src/features/cards/row-selection';

const IDS = ['a', 'b', 'c', 'd', 'e'];
const plain = { shift: false, toggle: false };
const shift = { shift: true, toggle: false };
const toggle = { shift: false, toggle: true };
const selected = (selection: RowSelection) => selectedShown(selection, IDS);

describe('row selection', () => {
  it('clicks pick one row, Ctrl-clicks add and remove, Shift-clicks select the range from the anchor', () => {
    let selection = clickRow(NO_SELECTION, IDS, 'b', plain);
    expect(selection).toEqual({ selected: new Set(['b']), focus: 'b', anchor: 'b' });
    selection = clickRow(selection, IDS, 'd', shift);
    expect(selected(selection)).toEqual(['b', 'c', 'd']);
    selection = clickRow(selection, IDS, 'a', shift);
    expect(selected(selection)).toEqual(['a', 'b']);
    selection = clickRow(selection, IDS, 'e', toggle);
    expect(selected(selection)).toEqual(['a', 'b', 'e']);
    selection = clickRow(selection, IDS, 'a', toggle);
    expect(selected(selection)).toEqual(['b', 'e']);
    expect(selection.focus).toBe('a');
  });

  it('moves focus with the arrows (clamped), extends with Shift, toggles with Space and selects all shown', () => {
    let selection = moveFocus(NO_SELECTION, IDS, 1, false);
    expect(selection.focus).toBe('a');
    selection = moveFocus(selection, IDS, 2, true);
    expect(selected(selection)).toEqual(['a', 'b', 'c']);
    selection = moveFocus(selection, IDS, 99, false);
    expect(selected(selection)).toEqual(['e']);
    selection = toggleFocused(selection);
    expect(selected(selection)).toEqual([]);
    selection = selectAll(selection, IDS);
    expect(selected(selection)).toEqual(IDS);
    expect(selectedShown(selection, ['c', 'a'])).toEqual(['c', 'a']);
    expect(moveFocus(NO_SELECTION, IDS, -1, false).focus).toBe('e');
    expect(moveFocus(NO_SELECTION, [], 1, false)).toBe(NO_SELECTION);
  });
});
