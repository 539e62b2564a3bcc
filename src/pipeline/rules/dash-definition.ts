/**
 * dash-definition: `Term - definition`, `Term – definition`, `**Term** — definition`, and the dash glued to the
 * term (`term- definition`).
 *
 *   Igneous rock - rock formed by the cooling of magma or lava
 *   → definition "Igneous rock" → "rock formed by the cooling of magma or lava" (and its reverse)
 *
 *   mitosis- the cell divides into two identical daughter cells
 *   → definition "mitosis" → "the cell divides into two identical daughter cells"
 *
 * The term is a short noun phrase; a dash between words (`Pod-to-Pod`) is no separator.
 */
import type { OutlineNode } from '../normalise/outline';
import { answerDetails, definitionCards } from '../text/card-text';
import { type LinkedText, isCrossReference, isLearnableAnswer } from '../text/definition-forms';
import { isTermPhrase, sliceMasked, tidyText, trimMasked } from '../text/phrase-rules';
import { type LineRule, STRENGTH } from './rule';

export interface DashDefinition {
  term: string;
  answer: string;
}

// A dash with a space after it, and a space before it or the end of the term's last word before it.
const SEPARATOR = /(?:\s[-–—]|(?<=[\p{L}\p{N})])[-–—])\s+(?=\S)/u;
const NOT_AN_ANSWER_START = /^(?:and|or|nor|to)\b/i;

export function readDashDefinition(line: LinkedText): DashDefinition | null {
  const match = SEPARATOR.exec(line.mask);
  if (!match || match.index === 0) return null;
  // A dash inside a link's text ("[Interview questions - HTML](…)") separates nothing.
  if (line.links?.some(([from, to]) => from <= match.index && to > match.index)) return null;
  const glued = !/^\s/.test(match[0]);
  const term = trimMasked(sliceMasked(line, 0, match.index));
  const start = match.index + match[0].length;
  const answer = trimMasked(sliceMasked(line, start));
  if (!isTermPhrase(term) || !isLearnableAnswer(answer, line.links, start) || isCrossReference(answer.text)) return null;
  // A glued dash is read only after one word or a short name, and never before a conjunction ("well- and ill-").
  if (glued && (answer.text.split(/\s+/).length < 2 || NOT_AN_ANSWER_START.test(answer.text))) return null;
  return { term: term.text, answer: answer.text };
}

export const dashDefinition: LineRule = {
  name: 'dash-definition',
  scope: 'line',
  read(node: OutlineNode) {
    const definition = readDashDefinition(node);
    if (!definition) return null;
    const term = tidyText(definition.term);
    return {
      rule: 'dash-definition',
      kind: 'definition',
      term,
      itemName: term,
      notes: [
        {
          kind: 'definition',
          key: definition.term,
          rule: 'dash-definition',
          strength: STRENGTH.explicit,
          line: node.line,
          column: node.column,
          cards: definitionCards(definition.term, definition.answer, answerDetails(node)),
        },
      ],
    };
  },
};
