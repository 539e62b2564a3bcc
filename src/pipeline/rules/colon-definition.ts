/**
 * colon-definition: `Term: definition` and `**Term**: definition`.
 *
 *   Photosynthesis: the process by which plants turn light into chemical energy
 *   → definition "Photosynthesis" → "the process by which plants turn light into chemical energy" (and its reverse)
 *
 *   - **Radius, diameter**: the distance from the centre to the edge, and twice that
 *   → definition "Radius, diameter" → … (a bold term may hold commas)
 *
 * The term is a short noun phrase; the answer has something to learn (not only a link, code or "see x").
 * When the answer itself opens with a definition (`Sedimentary rocks: sandstone - grains of sand cemented together`),
 * the line is a lead-in whose first item is written on it: the inner term is defined, and the line lists its items.
 */
import type { OutlineNode } from '../normalise/outline';
import { answerDetails, definitionCards } from '../text/card-text';
import { isCrossReference, isLearnableAnswer, splitAtColon } from '../text/definition-forms';
import { dropTrailingColon, isNoteLabel, isTermPhrase, tidyText } from '../text/phrase-rules';
import { readDashDefinition } from './dash-definition';
import { type LineReading, type LineRule, STRENGTH } from './rule';

/** The term is bold as a whole (`**Term**:` or `**Term:**`): the author marked it, so commas may be part of it. */
function isBoldTerm(node: OutlineNode, end: number): boolean {
  const start = node.mask.length - node.mask.trimStart().length;
  return node.strong.some(([from, to]) => from <= start && to >= end && to <= end + 1);
}

function acceptsTerm(node: OutlineNode, term: { text: string; mask: string }, colonAt: number): boolean {
  if (isTermPhrase(term)) return true;
  if (!isBoldTerm(node, colonAt)) return false;
  const words = term.text.split(/\s+/);
  return (
    words.length <= 6 &&
    !/[.!?;:]|\uFFFC/.test(term.mask) &&
    !isNoteLabel(term.text) &&
    isTermPhrase({ text: term.text.replace(/,/g, ''), mask: term.mask.replace(/,/g, '') })
  );
}

export const colonDefinition: LineRule = {
  name: 'colon-definition',
  scope: 'line',
  read(node: OutlineNode): LineReading | null {
    const split = splitAtColon(node);
    if (!split || !acceptsTerm(node, split.before, split.at)) return null;
    const offset = node.mask.length - node.mask.slice(split.at + 1).trimStart().length;
    if (!isLearnableAnswer(split.after, node.links, offset) || isCrossReference(split.after.text)) return null;
    const term = tidyText(dropTrailingColon(split.before.text));
    const inner = readDashDefinition(split.after);
    if (inner) {
      // "Kinds of rock: igneous - formed from magma" with more kinds under it: a list whose first item is here.
      const innerTerm = tidyText(inner.term);
      return {
        rule: 'colon-definition',
        kind: 'lead-in',
        term,
        itemName: term,
        firstItem: innerTerm,
        notes: [
          {
            kind: 'definition',
            key: inner.term,
            rule: 'colon-definition',
            strength: STRENGTH.explicit,
            line: node.line,
            column: node.column,
            cards: definitionCards(inner.term, inner.answer, []),
          },
        ],
      };
    }
    return {
      rule: 'colon-definition',
      kind: 'definition',
      term,
      itemName: term,
      notes: [
        {
          kind: 'definition',
          key: term,
          rule: 'colon-definition',
          strength: STRENGTH.explicit,
          line: node.line,
          column: node.column,
          cards: definitionCards(term, split.after.text, answerDetails(node)),
        },
      ],
    };
  },
};
