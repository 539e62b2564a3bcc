/**
 * example-list: a sentence that lists examples after a label names them by the section they are in.
 *
 *   ### Minerals
 *   Minerals are natural solids with a crystal structure. Examples: quartz, mica, feldspar.
 *   → list "Examples of Minerals" → quartz, mica, feldspar
 *
 * The label may close a paragraph whose first sentence says something else (a definition stays that line's card).
 */
import { isOutlineLine } from '../normalise/outline';
import { enumerationCard, sentenceSpans } from '../text/card-text';
import { splitListItems } from '../text/list-items';
import { isGenericHeading, tidyText } from '../text/phrase-rules';
import { type BlockRule, STRENGTH } from './rule';

const EXAMPLES = /^(?:examples?|e\.g\.?|for example|for instance|such as|types|kinds)\s*:\s+/i;

export const exampleList: BlockRule = {
  name: 'example-list',
  scope: 'block',
  sentences: true,
  apply(node, context) {
    if (!isOutlineLine(node) || !/\b(?:examples?|e\.g|for instance|such as|types|kinds)\s*:/i.test(node.mask)) return null;
    const title = context.sectionAround(node)?.title;
    // "Examples of Note" asks nothing: a callout's own label is no subject.
    if (!title || isGenericHeading(title)) return null;
    for (const [from, to] of sentenceSpans(node.mask)) {
      const sentence = node.mask.slice(from, to);
      const label = EXAMPLES.exec(sentence);
      if (!label || /\uFFFC/.test(sentence)) continue;
      const start = from + label[0].length;
      const items = splitListItems({ text: node.text.slice(start, to), mask: node.mask.slice(start, to) }, false);
      if (!items) continue;
      const prompt = `Examples of ${tidyText(title)}`;
      return {
        notes: [
          {
            kind: 'enumeration',
            key: prompt,
            rule: 'example-list',
            strength: STRENGTH.structure,
            line: node.line,
            column: node.column,
            cards: [enumerationCard(prompt, items)],
          },
        ],
      };
    }
    return null;
  },
};
