/**
 * term-table: a two-column table of terms and their meanings makes one definition a row; the header row is never a
 * card.
 *
 *   | Term      | Meaning                          |
 *   | --------- | -------------------------------- |
 *   | Mantle    | the layer between crust and core |
 *   → definition "Mantle" → "the layer between crust and core" (and its reverse)
 *
 * When the first column holds symbols or code (`+`, `v`, `&&`), a row's term is named by what the table lists, from
 * the title above it ("## Shell operators" → "Shell operator &&"); a value or condition (`x > 1`) is named by its
 * column's header ("Reading: x > 1").
 */
import type { OutlineNode } from '../normalise/outline';
import type { TextLine } from '../normalise/line-text';
import { definitionCards } from '../text/card-text';
import { isCrossReference, isLearnableAnswer } from '../text/definition-forms';
import { isTermPhrase, tidyText, wordsOf } from '../text/phrase-rules';
import { type BlockRule, type NoteDraft, type RuleContext, STRENGTH } from './rule';

/** A cell that names nothing by itself: code, a symbol, a single letter, or a comparison. */
export const isSymbolCell = (cell: TextLine) => cell.code.length > 0 || !/[\p{L}\p{N}]{2}/u.test(cell.text) || /[<>=≤≥]/.test(cell.text);

/** A cell's text, code shown as text. */
export const cellText = (cell: TextLine) => tidyText(cell.text);

/** "Commands" → "Command", "Properties" → "Property": one row of a table titled by a plural. */
export function singular(phrase: string): string {
  return phrase.replace(/(\p{L}+)$/u, (word) =>
    /ies$/i.test(word)
      ? word.slice(0, -3) + 'y'
      : /(?:ss|us|is)$/i.test(word)
        ? word
        : /(?:xes|ches|shes|sses)$/i.test(word)
          ? word.slice(0, -2)
          : /s$/i.test(word)
            ? word.slice(0, -1)
            : word,
  );
}

/** What the rows of a table are: the most specific title above it ("Befunge commands" over "# Commands"). */
export function tableSubject(node: OutlineNode, context: RuleContext): string | null {
  const section = context.sectionAround(node);
  const titles = [context.chapter.title, ...(section?.path.slice(1) ?? [])];
  const nearest = titles[titles.length - 1];
  if (!nearest) return null;
  const wider = titles.find((title) => title !== nearest && title.toLowerCase().endsWith(nearest.toLowerCase()));
  return singular(wider ?? nearest);
}

export const termTable: BlockRule = {
  name: 'term-table',
  scope: 'block',
  apply(node, context) {
    const table = node.table;
    if (node.marker !== 'table' || !table || table.head.length !== 2 || table.rows.length === 0) return null;
    const symbols = table.rows.filter((row) => row[0] && isSymbolCell(row[0])).length * 2 >= table.rows.length;
    const header = cellText(table.head[0] ?? ({ text: '' } as TextLine));
    const byHeader = symbols && wordsOf(header).length >= 2 && isTermPhrase({ text: header, mask: header });
    const subject = symbols && !byHeader ? tableSubject(node, context) : null;
    const notes: NoteDraft[] = [];
    for (const row of table.rows) {
      const [termCell, meaningCell] = row;
      if (!termCell || !meaningCell) continue;
      const shown = cellText(termCell);
      if (shown === '' || !isLearnableAnswer(meaningCell) || isCrossReference(meaningCell.text)) continue;
      if (!symbols && !isTermPhrase({ text: shown, mask: termCell.mask }) && termCell.code.length === 0) continue;
      const term = byHeader ? `${header}: ${shown}` : subject ? `${subject} ${shown}` : shown;
      const cards = definitionCards(term, meaningCell.text, []);
      notes.push({
        kind: 'definition',
        key: term,
        rule: 'term-table',
        strength: STRENGTH.explicit,
        line: termCell.line,
        column: 1,
        cards: symbols ? cards.slice(0, 1) : cards,
      });
    }
    return notes.length > 0 ? { notes, usedTrees: [node] } : null;
  },
};
