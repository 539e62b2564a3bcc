/**
 * spaced-repetition-multiline: the multi-line cards of Obsidian's spaced-repetition plugin: the question, a line with
 * `?` (or `??` for both directions), then the answer.
 *
 *   What are the three primary colours of light?
 *   ?
 *   Red, green and blue
 *   → question "What are the three primary colours of light?" → "Red, green and blue"
 *
 * With `??` the reverse card asks the answer and expects the question. The plugin's `<!--SR:…-->` scheduling comments
 * are gone before any rule reads a line (normalise/line-text.ts).
 */
import { isOutlineLine } from '../normalise/outline';
import { answerDetails, displayText, questionCard } from '../text/card-text';
import { type BlockRule, type CardDraft, STRENGTH } from './rule';

const SEPARATOR = /^\?{1,2}$/;

export const spacedRepetitionMultiline: BlockRule = {
  name: 'spaced-repetition-multiline',
  scope: 'block',
  apply(node, context) {
    if (!isOutlineLine(node) || SEPARATOR.test(node.mask.trim())) return null;
    const siblings = context.parentOf(node)?.children ?? [];
    const at = siblings.indexOf(node);
    const separator = siblings[at + 1];
    const answer = siblings[at + 2];
    if (!separator || !answer || !isOutlineLine(separator) || !isOutlineLine(answer) || !SEPARATOR.test(separator.mask.trim())) return null;
    const question = displayText(node);
    const answerText = displayText(answer);
    if (question === '' || answerText === '') return null;
    const cards: CardDraft[] = [questionCard(question, answerText, [...answerDetails(node), ...answerDetails(answer)])];
    if (separator.mask.trim() === '??') cards.push({ ...questionCard(answerText, question), suffix: 'reverse', reverse: true });
    return {
      notes: [{ kind: 'question', key: question, rule: 'spaced-repetition-multiline', strength: STRENGTH.syntax, line: node.line, column: node.column, cards }],
      used: [node, separator, answer],
    };
  },
};
