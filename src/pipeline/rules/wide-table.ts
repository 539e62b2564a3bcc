/**
 * wide-table: a table of three columns or more makes one card a row, each cell labelled with its column's header;
 * the header row is never a card. A column of abbreviations (or a cell that abbreviates the row's name) also defines
 * each abbreviation.
 *
 *   | Planet | Moons | Type        |
 *   | ------ | ----- | ----------- |
 *   | Mars   | 2     | terrestrial |
 *   → definition "Mars" → "Moons: 2; Type: terrestrial"
 *
 *   | Element | Symbol | Group      |
 *   | Sodium  | Na     | alkali     |
 *   → definition "Sodium" → "Symbol: Na; Group: alkali", and "Na" → "Sodium"
 *
 * A table whose first header is empty compares its columns row by row: the prompt names them
 * ("Boiling point (water, ethanol)").
 */
import { abbreviates } from '../text/abbreviations';
import { definitionCards } from '../text/card-text';
import { type BlockRule, type NoteDraft, STRENGTH } from './rule';
import { ABBREVIATION_STRENGTH } from './abbreviation';
import { cellText } from './term-table';

const ABBREVIATION_HEADER = /^(?:abbr\.?|abbreviations?|acronyms?|short(?: form| name)?|symbols?|codes?)$/i;

export const wideTable: BlockRule = {
  name: 'wide-table',
  scope: 'block',
  apply(node) {
    const table = node.table;
    if (node.marker !== 'table' || !table || table.head.length < 3 || table.rows.length === 0) return null;
    const headers = table.head.map(cellText);
    const comparison = headers[0] === '';
    const notes: NoteDraft[] = [];
    for (const row of table.rows) {
      const label = cellText(row[0] ?? ({ text: '' } as never));
      if (label === '' || !/[\p{L}\p{N}]/u.test(label)) continue;
      const cells = row
        .slice(1)
        .map((cell, index) => ({ header: headers[index + 1] ?? '', text: cellText(cell) }))
        .filter((cell) => cell.text !== '');
      if (cells.length === 0) continue;
      const answer = cells.map((cell) => (cell.header ? `${cell.header}: ${cell.text}` : cell.text)).join('; ');
      const prompt = comparison
        ? `${label} (${headers
            .slice(1)
            .filter((header) => header !== '')
            .join(', ')})`
        : label;
      const line = row[0]?.line ?? node.line;
      const forward = definitionCards(prompt, answer, [])
        .slice(0, 1)
        .map((card) => ({ ...card, term: label }));
      notes.push({ kind: 'definition', key: prompt, rule: 'wide-table', strength: STRENGTH.explicit, line, column: 1, cards: forward });
      for (const cell of cells) {
        if (!ABBREVIATION_HEADER.test(cell.header) && !abbreviates(cell.text, label)) continue;
        if (!/^[\p{L}][\p{L}\p{N}-]{0,9}$/u.test(cell.text)) continue;
        notes.push({
          kind: 'definition',
          key: cell.text,
          rule: 'wide-table',
          strength: ABBREVIATION_STRENGTH,
          line,
          column: 1,
          cards: definitionCards(cell.text, label, []),
        });
      }
    }
    return notes.length > 0 ? { notes, usedTrees: [node] } : null;
  },
};
