/**
 * contrast-statement: a sentence that says two things are not the same asks for the difference.
 *
 *   Weather is not the same as climate, which is weather averaged over decades.
 *   → definition "Weather vs climate" → "Weather is not the same as climate, which is weather averaged over decades."
 *
 * Only explicit forms: "is not the same as", "is not equivalent to", "is not identical to", "is not to be confused
 * with", "is different from"; both sides are short names.
 */
import { isOutlineLine } from '../normalise/outline';
import { definitionCards, sentenceSpans } from '../text/card-text';
import { isTermPhrase, tidyText } from '../text/phrase-rules';
import { type BlockRule, type NoteDraft, STRENGTH } from './rule';

const NAME = String.raw`[\p{L}][\p{L}\p{N}'-]*(?:\s+[\p{L}][\p{L}\p{N}'-]*){0,3}?`;
const CONTRAST = new RegExp(
  String.raw`^(?:the\s+|an?\s+)?(${NAME})\s+(?:is|are)\s+(?:not\s+(?:the\s+same(?:\s+thing)?\s+as|equivalent\s+to|identical\s+to|to\s+be\s+confused\s+with|interchangeable\s+with)|different\s+from)\s+(?:the\s+|an?\s+)?(${NAME})(?=$|[\s,;.:])`,
  'iu',
);

const asTerm = (name: string) => isTermPhrase({ text: name, mask: name });

export const contrastStatement: BlockRule = {
  name: 'contrast-statement',
  scope: 'block',
  sentences: true,
  apply(node) {
    if (!isOutlineLine(node) || !/\b(?:not|different)\b/i.test(node.mask)) return null;
    const notes: NoteDraft[] = [];
    for (const [from, to] of sentenceSpans(node.mask)) {
      const mask = node.mask.slice(from, to);
      if (/\uFFFC/.test(mask)) continue;
      const sentence = tidyText(node.text.slice(from, to));
      const found = CONTRAST.exec(sentence);
      if (!found || !asTerm(found[1]) || !asTerm(found[2])) continue;
      const term = `${found[1]} vs ${found[2]}`;
      notes.push({
        kind: 'definition',
        key: term,
        rule: 'contrast-statement',
        strength: STRENGTH.sentence,
        line: node.line,
        column: node.column,
        cards: definitionCards(term, sentence, [], false),
      });
    }
    return notes.length > 0 ? { notes } : null;
  },
};
