/**
 * cloze-deletions: the cloze syntax of Obsidian's spaced-repetition plugin and of Anki, one card per deletion group.
 *
 *   The ==mitochondrion== is the powerhouse of the cell
 *   → cloze "The […] is the powerhouse of the cell" → "mitochondrion"
 *
 *   {{c1::Paris}} is the capital of {{c2::France::a country}}
 *   → cloze c1 "[…] is the capital of France" → "Paris"; c2 "Paris is the capital of [a country]" → "France"
 *
 * Never inside code; `===` is no highlight; a highlight over a whole sentence is emphasis (normalise/line-text.ts).
 */
import type { OutlineNode } from '../normalise/outline';
import { answerDetails } from '../text/card-text';
import { clozeCards, findClozeDeletions } from '../text/cloze-syntax';
import { type LineRule, STRENGTH } from './rule';

export const clozeDeletions: LineRule = {
  name: 'cloze-deletions',
  scope: 'line',
  read(node: OutlineNode) {
    if (!node.mask.includes('==') && !node.mask.includes('{{')) return null;
    const deletions = findClozeDeletions(node);
    if (deletions.length === 0) return null;
    const cards = clozeCards(node, deletions);
    if (cards.length === 0) return null;
    const details = answerDetails(node);
    return {
      rule: 'cloze-deletions',
      kind: 'cloze',
      itemName: cards[0].context,
      notes: [
        {
          kind: 'cloze',
          key: cards[0].context,
          rule: 'cloze-deletions',
          strength: STRENGTH.syntax,
          line: node.line,
          column: node.column,
          cards: cards.map((card) => ({
            suffix: `c${card.group}`,
            reverse: false,
            prompt: card.prompt,
            answer: card.answer,
            term: null,
            items: null,
            details,
            context: card.context,
          })),
        },
      ],
    };
  },
};
