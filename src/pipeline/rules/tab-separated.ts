/**
 * tab-separated: `term<TAB>definition` lines, as Anki and Quizlet export a deck.
 *
 *   osmosis<TAB>diffusion of water through a semipermeable membrane
 *   → definition "osmosis" → "diffusion of water through a semipermeable membrane" (and its reverse)
 *
 * Each line is a card of its own, even when the lines form one paragraph.
 */
import type { OutlineNode } from '../normalise/outline';
import { answerDetails, definitionCards } from '../text/card-text';
import { isLearnableAnswer } from '../text/definition-forms';
import { sliceMasked, tidyText, trimMasked } from '../text/phrase-rules';
import { type LineRule, STRENGTH } from './rule';

const MAX_TERM_LENGTH = 80;

export const tabSeparated: LineRule = {
  name: 'tab-separated',
  scope: 'line',
  read(node: OutlineNode) {
    const tab = /\t+/.exec(node.mask);
    if (!tab || tab.index === 0) return null;
    const term = trimMasked(sliceMasked(node, 0, tab.index));
    const answer = trimMasked(sliceMasked(node, tab.index + tab[0].length));
    if (term.text === '' || term.text.length > MAX_TERM_LENGTH || /\t/.test(answer.mask) || /\uFFFC/.test(term.mask)) return null;
    if (!isLearnableAnswer(answer)) return null;
    const shown = tidyText(term.text);
    return {
      rule: 'tab-separated',
      kind: 'definition',
      term: shown,
      itemName: shown,
      notes: [
        {
          kind: 'definition',
          key: shown,
          rule: 'tab-separated',
          strength: STRENGTH.syntax,
          line: node.line,
          column: node.column,
          cards: definitionCards(shown, answer.text, answerDetails(node)),
        },
      ],
    };
  },
};
