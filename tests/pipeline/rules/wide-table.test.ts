import { describe, expect, it } from 'vitest';
import { lines, shown } from './rule-helpers';

describe('wide-table', () => {
  it('makes one card a row, each cell labelled with its header, and defines a column of abbreviations', () => {
    expect(shown(lines('| Element | Symbol | Group |', '| --- | --- | --- |', '| Sodium | Na | alkali metal |', '| Argon | Ar | noble gas |'))).toEqual([
      ['definition', 'Sodium', 'Symbol: Na; Group: alkali metal'],
      ['definition', 'Na', 'Sodium'],
      ['definition', 'Argon', 'Symbol: Ar; Group: noble gas'],
      ['definition', 'Ar', 'Argon'],
    ]);
  });

  it('names the compared columns in the prompt when the first header is empty', () => {
    expect(shown(lines('|  | Water | Ethanol |', '| --- | --- | --- |', '| Boiling point | 100 °C | 78 °C |'))).toEqual([
      ['definition', 'Boiling point (Water, Ethanol)', 'Water: 100 °C; Ethanol: 78 °C'],
    ]);
  });
});
