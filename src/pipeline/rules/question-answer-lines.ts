/**
 * question-answer-lines: a `Q:` line followed by an `A:` line (also `Question:` / `Answer:`), in one paragraph or as
 * bullets.
 *
 *   Q: Which planet has the most moons?
 *   A: Saturn
 *   → question "Which planet has the most moons?" → "Saturn"
 *
 * A `Q:` line with no `A:` after it makes nothing.
 */
import type { OutlineNode } from '../normalise/outline';
import { isOutlineLine } from '../normalise/outline';
import { answerDetails, questionCard } from '../text/card-text';
import { type MaskedText, tidyText } from '../text/phrase-rules';
import { type BlockRule, STRENGTH } from './rule';

const QUESTION_LINE = /^(?:Q|Question)\s*:\s*(?=\S)/i;
const ANSWER_LINE = /^(?:A|Answer)\s*:\s*(?=\S)/i;

/** The question of a `Q: …` line, or null. */
export function readQuestionLine(line: MaskedText): string | null {
  const match = QUESTION_LINE.exec(line.mask);
  return match ? tidyText(line.text.slice(match[0].length)) : null;
}

/** The answer of an `A: …` line, or null. */
export function readAnswerLine(line: MaskedText): string | null {
  const match = ANSWER_LINE.exec(line.mask);
  return match ? tidyText(line.text.slice(match[0].length)) : null;
}

function nextSibling(node: OutlineNode, parent: OutlineNode | undefined): OutlineNode | undefined {
  if (!parent) return undefined;
  return parent.children[parent.children.indexOf(node) + 1];
}

export const questionAnswerLines: BlockRule = {
  name: 'question-answer-lines',
  scope: 'block',
  apply(node, context) {
    if (!isOutlineLine(node)) return null;
    const question = readQuestionLine(node);
    if (question === null) return null;
    const next = nextSibling(node, context.parentOf(node));
    const answer = next && isOutlineLine(next) ? readAnswerLine(next) : null;
    if (!next || answer === null) return { notes: [], used: [node] };
    const details = [...answerDetails(node), ...answerDetails(next)];
    return {
      notes: [
        {
          kind: 'question',
          key: question,
          rule: 'question-answer-lines',
          strength: STRENGTH.syntax,
          line: node.line,
          column: node.column,
          cards: [questionCard(question, answer, details)],
        },
      ],
      used: [node, next],
    };
  },
};
