/**
 * quoted-name: a line that ends by naming what it describes, in quotes between parentheses.
 *
 *   - Heat that flows through a solid by contact ("conduction").
 *   → definition "conduction" → "Heat that flows through a solid by contact" (and its reverse)
 *
 * In a list, the quoted names are the items' names ("three kinds of heat transfer: conduction, …").
 */
import type { OutlineNode } from '../normalise/outline';
import { answerDetails, definitionCards } from '../text/card-text';
import { isTermPhrase, tidyText } from '../text/phrase-rules';
import { type LineRule, STRENGTH } from './rule';

const QUOTED_NAME = /\s*\(\s*["“']([^"”'()]{1,40})["”']\s*\)\s*[.;]?\s*$/u;

export const quotedName: LineRule = {
  name: 'quoted-name',
  scope: 'line',
  read(node: OutlineNode) {
    const match = QUOTED_NAME.exec(node.mask);
    if (!match || match.index === 0) return null;
    const name = tidyText(match[1]);
    const answer = tidyText(node.text.slice(0, match.index));
    if (!isTermPhrase({ text: name, mask: name }) || answer.split(/\s+/).length < 3) return null;
    return {
      rule: 'quoted-name',
      kind: 'definition',
      term: name,
      itemName: name,
      notes: [
        {
          kind: 'definition',
          key: name,
          rule: 'quoted-name',
          strength: STRENGTH.explicit,
          line: node.line,
          column: node.column,
          cards: definitionCards(name, answer, answerDetails(node)),
        },
      ],
    };
  },
};
