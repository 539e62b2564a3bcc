/**
 * term-with-body: a heading, or a bold-only line, that names a term, with its definition under it.
 *
 *   ### Photosynthesis
 *   The process by which plants turn light into chemical energy. It takes place in the chloroplasts.
 *   → definition "Photosynthesis" → "The process by which plants turn light into chemical energy."
 *     (detail: "It takes place in the chloroplasts.")
 *
 *   ### `grep`
 *   - print lines matching a pattern
 *   → definition "grep" → "print lines matching a pattern" (a heading may name a command in code)
 *
 *   **Mitochondrion**
 *   - produces most of the cell's energy
 *   → definition "Mitochondrion" → "produces most of the cell's energy"
 *
 *   - **Osmosis**
 *     diffusion of water through a membrane            (the definition on the line below the bold term)
 *   → definition "Osmosis" → "diffusion of water through a membrane"
 *
 * Not a topic heading: the body must read as a definition (a short body, a fragment such as "The process …", or a
 * first sentence that names the term), must not open with a label ("Stable: yes") and must not define the term on a
 * line of its own (that line is the card).
 */
import { termKey } from '../card-ids';
import type { OutlineNode } from '../normalise/outline';
import { isOutlineLine } from '../normalise/outline';
import { answerDetails, definitionCards, displayText, wordCount } from '../text/card-text';
import { isCrossReference } from '../text/definition-forms';
import { escapeRegExp, isGenericHeading, isTermPhrase, tidyText, wordsOf } from '../text/phrase-rules';
import { type BlockRule, type RuleContext, STRENGTH } from './rule';
import { answerFromBody, bodyOf, boldOnlyTitle, definesTerm, isTitleTerm } from './title-helpers';

/** A whole body this short is a glossary entry, whatever its first sentence says. */
const SHORT_BODY_WORDS = 40;
const LIST_TITLE = /^(?:examples?|types|kinds|forms|sorts|classes|categories|list|varieties)\s+of\b/i;
const LABEL_LINE = /^[^:\s][^:]{0,30}:\s/;

const stem = (word: string) => word.toLowerCase().replace(/(?:ing|ions?|ed|es|s)$/, '');

/** The first sentence names the term (or its head word), or is a fragment with no subject of its own. */
function readsAsDefinition(term: string, first: string, bodyWords: number): boolean {
  if (bodyWords <= SHORT_BODY_WORDS) return true;
  if (/^(?:an?|the)\s/i.test(first) && !/^(?:the|a|an)\s+\S+\s+(?:is|are|was|were)\b/i.test(first)) return true;
  if (/^\p{Ll}/u.test(first)) return true;
  // "Used as a minus sign", "Found in most cells": a fragment with no subject of its own.
  if (/^\p{L}+ed\s+(?:as|to|for|by|in|on|at|with|when)\s/iu.test(first)) return true;
  const sentence = new Set(wordsOf(first.toLowerCase()).map((word) => stem(word.replace(/[^\p{L}\p{N}-]/gu, ''))));
  const words = wordsOf(term).filter((word) => word.length > 3);
  return words.length > 0 && words.every((word) => sentence.has(stem(word.replace(/[^\p{L}\p{N}-]/gu, ''))));
}

const bodyWordCount = (body: OutlineNode[]) =>
  body
    .filter(isOutlineLine)
    .reduce((sum, node) => sum + wordCount(displayText(node)) + answerDetails(node).reduce((count, detail) => count + wordCount(detail.text), 0), 0);

/** "- **Osmosis**" with its definition written on the next line (joined to it as a soft wrap). */
function boldTermWithWrappedDefinition(node: OutlineNode): { term: string; answer: string } | null {
  const join = node.joins?.[0];
  if (join === undefined || !isOutlineLine(node)) return null;
  const start = node.mask.length - node.mask.trimStart().length;
  const bold = node.strong.find(([from, to]) => from === start && to >= join - 2 && to <= join);
  if (!bold) return null;
  const term = tidyText(node.text.slice(bold[0], bold[1]).replace(/[:.]+$/, ''));
  const answer = tidyText(node.text.slice(join));
  if (!isTermPhrase({ text: term, mask: term }) || answer === '' || isCrossReference(answer)) return null;
  return { term, answer };
}

function titledTerm(node: OutlineNode, context: RuleContext): string | null {
  if (node.marker === 'heading') {
    const title = context.sectionOf(node)?.title ?? tidyText(node.text);
    return isTitleTerm(node, title) && !isGenericHeading(title) && !LIST_TITLE.test(title) ? title : null;
  }
  const bold = boldOnlyTitle(node);
  return bold !== null && isTermPhrase({ text: bold, mask: bold }) && !LIST_TITLE.test(bold) ? bold : null;
}

export const termWithBody: BlockRule = {
  name: 'term-with-body',
  scope: 'block',
  apply(node, context) {
    const wrapped = boldTermWithWrappedDefinition(node);
    if (wrapped && context.readLine(node) === null) {
      return {
        notes: [
          {
            kind: 'definition',
            key: wrapped.term,
            rule: 'term-with-body',
            strength: STRENGTH.explicit,
            line: node.line,
            column: node.column,
            cards: definitionCards(wrapped.term, wrapped.answer, answerDetails(node)),
          },
        ],
        used: [node],
      };
    }
    const term = titledTerm(node, context);
    if (term === null) return null;
    const body = bodyOf(node, context);
    const firstLine = body.find(isOutlineLine);
    // A body that opens with a label ("Stable: yes") or a titled part of its own is no definition.
    if (!firstLine || LABEL_LINE.test(firstLine.mask) || context.sectionOf(firstLine)) return null;
    const firstReading = context.readLine(firstLine);
    // "### annotation" over "Genomic annotation refers to …", "### Vector" over "Vectors are …": the heading names
    // the entry and the line under it defines it; one card, under the heading's name.
    const sameEntry = firstReading?.kind === 'definition' && firstReading.term !== undefined && namesSameEntry(firstReading.term, term);
    const lineCard = sameEntry ? firstReading.notes[0]?.cards.find((card) => !card.reverse) : undefined;
    if (!lineCard && (definesTerm(node, term, context) || (firstReading !== null && firstReading.kind !== 'lead-in'))) return null;
    const read = lineCard ? { answer: lineCard.answer, details: lineCard.details } : answerFromBody(body, 1);
    if (!read || isCrossReference(read.answer) || (!lineCard && !readsAsDefinition(term, read.answer, bodyWordCount(body)))) return null;
    const shown = node.marker === 'heading' ? term.replace(/`/g, '') : term;
    return {
      notes: [
        {
          kind: 'definition',
          key: shown,
          rule: 'term-with-body',
          strength: STRENGTH.structure,
          line: node.line,
          column: node.column,
          cards: definitionCards(shown, read.answer, read.details),
        },
      ],
      used: [...(node.marker === 'heading' ? [] : [node]), ...(lineCard ? [firstLine] : [])],
    };
  },
};

/** The same entry: the same term but for case and a plural, or the heading's term narrowed ("Genomic annotation"). */
function namesSameEntry(defined: string, title: string): boolean {
  return termKey(defined) === termKey(title) || new RegExp(`(?:^|\\s)${escapeRegExp(title)}$`, 'i').test(defined);
}
