/**
 * double-colon: `Question :: Answer`, and `Question ::: Answer` for both directions, as in Obsidian's
 * spaced-repetition plugin.
 *
 *   Largest planet of the solar system :: Jupiter
 *   → question "Largest planet of the solar system" → "Jupiter"
 *
 *   Capital of Peru ::: Lima
 *   → question "Capital of Peru" → "Lima", and its reverse "Lima" → "Capital of Peru"
 *
 * The separator needs a space on one side (or a `?` before it), so `std::vector` and `Foo::Bar` stay text.
 */
import type { OutlineNode } from '../normalise/outline';
import { answerDetails } from '../text/card-text';
import { type MaskedText, sliceMasked, tidyText, trimMasked } from '../text/phrase-rules';
import { type CardDraft, type LineRule, STRENGTH } from './rule';

export interface ExplicitQuestion {
  question: string;
  answer: string;
  /** `:::` asks both ways. */
  both: boolean;
}

export function readDoubleColon(line: MaskedText): ExplicitQuestion | null {
  if (!line.mask.includes('::')) return null;
  for (const match of line.mask.matchAll(/:{2,}/g)) {
    const length = match[0].length;
    if (length > 3) continue;
    const before = line.mask[match.index - 1] ?? ' ';
    const after = line.mask[match.index + length] ?? ' ';
    if (!/[\s?]/.test(before) && !/\s/.test(after)) continue;
    const question = trimMasked(sliceMasked(line, 0, match.index));
    const answer = trimMasked(sliceMasked(line, match.index + length));
    if (!/[\p{L}\p{N}]/u.test(question.mask) || !/[\p{L}\p{N}]/u.test(answer.mask)) return null;
    return { question: tidyText(question.text), answer: tidyText(answer.text), both: length === 3 };
  }
  return null;
}

export const doubleColon: LineRule = {
  name: 'double-colon',
  scope: 'line',
  read(node: OutlineNode) {
    const explicit = readDoubleColon(node);
    if (!explicit) return null;
    const cards: CardDraft[] = [
      {
        suffix: null,
        reverse: false,
        prompt: explicit.question,
        answer: explicit.answer,
        term: null,
        items: null,
        details: answerDetails(node),
        context: null,
      },
    ];
    if (explicit.both)
      cards.push({ suffix: 'reverse', reverse: true, prompt: explicit.answer, answer: explicit.question, term: null, items: null, details: [], context: null });
    return {
      rule: 'double-colon',
      kind: 'question',
      itemName: explicit.question,
      notes: [{ kind: 'question', key: explicit.question, rule: 'double-colon', strength: STRENGTH.syntax, line: node.line, column: node.column, cards }],
    };
  },
};
