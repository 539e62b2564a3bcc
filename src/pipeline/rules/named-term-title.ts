/**
 * named-term-title: a heading or section title that names a term ("Define X", "What is X?", "Explain what X does")
 * defines X with what is under it.
 *
 *   ### What is plate tectonics?
 *   Plate tectonics is the theory that Earth's outer shell is divided into moving plates.
 *   → definition "Plate tectonics" → "the theory that Earth's outer shell is divided into moving plates."
 *
 *   Define photosynthesis
 *   -Photosynthesis turns light, water and carbon dioxide into sugar
 *   → definition "Photosynthesis" → "Photosynthesis turns light, water and carbon dioxide into sugar"
 *
 * Not when a line under it defines X explicitly (that line is the card), nor for a comparison ("What is the
 * difference between X and Y?" is a question).
 */
import { isOutlineLine } from '../normalise/outline';
import { definitionCards } from '../text/card-text';
import { escapeRegExp, isTermPhrase } from '../text/phrase-rules';
import { type BlockRule, STRENGTH } from './rule';
import { answerFromBody, bodyOf, definesTerm } from './title-helpers';

const NAMED_TERM_TITLES = [
  /^define\s+(?:the\s+)?(?:concept|term|idea|meaning|notion)\s+of\s+(?:an?\s+|the\s+)?(.+)$/i,
  /^define\s+(?:an?\s+|the\s+)?(.+)$/i,
  /^(?:explain|describe)\s+what\s+(?:an?\s+|the\s+)?(.+?)\s+(?:is|are|does|do|means|stands for)$/i,
  /^what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(.+?)\s*\??$/i,
  /^what\s+does\s+(?:an?\s+|the\s+)?(.+?)\s+(?:do|mean|stand for)\s*\??$/i,
];
const COMPARISON = /\b(?:difference|differences|between|versus|vs\.?|compared?)\b/i;

/** "Define concept of container orchestration" → "container orchestration"; null when the title names no term. */
export function termNamedByTitle(title: string): string | null {
  if (COMPARISON.test(title)) return null;
  for (const pattern of NAMED_TERM_TITLES) {
    const match = pattern.exec(title.trim());
    const term = match?.[1]?.trim();
    if (term && isTermPhrase({ text: term, mask: term })) return term;
  }
  return null;
}

export const namedTermTitle: BlockRule = {
  name: 'named-term-title',
  scope: 'block',
  apply(node, context) {
    const title = context.sectionOf(node)?.title;
    if (!title || (node.marker !== 'heading' && !isOutlineLine(node))) return null;
    const named = termNamedByTitle(title);
    if (named === null) return null;
    const body = bodyOf(node, context);
    if (!body.some(isOutlineLine) || definesTerm(node, named, context)) return { notes: [], final: true };
    const read = answerFromBody(body, 1);
    if (!read) return { notes: [], final: true };
    const firstText = read.answer;
    const term = firstText.toLowerCase().startsWith(named.toLowerCase() + ' ') ? firstText.slice(0, named.length) : named;
    // "Plate tectonics is the theory …": the answer is what follows the term and its verb.
    const restated = new RegExp(`^${escapeRegExp(term)}\\s+(?:is|are)\\s+(?=\\S+\\s+\\S)`, 'i').exec(firstText);
    const answer = restated ? firstText.slice(restated[0].length) : firstText;
    return {
      notes: [
        {
          kind: 'definition',
          key: term,
          rule: 'named-term-title',
          strength: STRENGTH.structure,
          line: node.line,
          column: node.column,
          cards: definitionCards(term, answer, read.details),
        },
      ],
      final: true,
    };
  },
};
