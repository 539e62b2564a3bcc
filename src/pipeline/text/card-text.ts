// Card text shared by the rules: a line's display text, the lines under it as answer details, sentences,
// and the drafts of the common card shapes (a definition and its reverse, a list, a question, a cloze).
import type { AnswerDetail } from '../../domain/deck';
import { type OutlineNode, isOutlineLine } from '../normalise/outline';
import type { CardDraft, NoteDraft } from '../rules/rule';
import { withoutClozeMarkers } from './cloze-syntax';
import { dropTrailingColon, tidyText } from './phrase-rules';

/** A line's text as a learner reads it (cloze markers out, spaces tidied), computed once per node. */
export function displayText(node: OutlineNode): string {
  node.display ??= tidyText(withoutClozeMarkers(node.text));
  return node.display;
}

/** Descendants in outline order, with their depth below `node` (1 = child). Code and tables are left out. */
export function answerDetails(node: OutlineNode, baseDepth = 1): AnswerDetail[] {
  const details: AnswerDetail[] = [];
  const visit = (parent: OutlineNode, depth: number) => {
    for (const child of parent.children) {
      if (!isOutlineLine(child)) continue;
      const text = displayText(child);
      if (text !== '') details.push({ text, depth });
      visit(child, depth + 1);
    }
  };
  visit(node, baseDepth);
  return details;
}

/** The lines of several nodes (siblings under a heading), each with its own descendants one level down. */
export function linesAsDetails(nodes: OutlineNode[]): AnswerDetail[] {
  return nodes
    .filter(isOutlineLine)
    .flatMap((node) => [{ text: displayText(node), depth: 1 }, ...answerDetails(node, 2)])
    .filter((detail) => detail.text !== '');
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|esp|fig|eq|no|vol|ch|sec|al|ca|resp|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|U\.S|a\.k\.a)\.)$/i;

/**
 * Sentences of a text as [start, end) ranges: a split at `.`, `!` or `?` followed by a space and a capital, digit or
 * quote; never after an abbreviation ("e.g.", "i.e."), a single capital ("J. Smith") or inside parentheses.
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  let depth = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === '(' || char === '[') depth += 1;
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    if (depth > 0 || (char !== '.' && char !== '!' && char !== '?')) continue;
    let end = at + 1;
    while (end < text.length && /["'”’)\]*_=]/.test(text[end])) end += 1;
    if (end >= text.length || text[end] !== ' ') continue;
    const next = text.slice(end + 1).trimStart()[0] ?? '';
    if (!/[\p{Lu}\p{N}"'“‘([*`_=]/u.test(next)) continue;
    const before = text.slice(start, at + 1);
    if (char === '.' && (ABBREVIATIONS.test(before) || /(?:^|\s)\p{Lu}\.$/u.test(before))) continue;
    spans.push([start, end]);
    start = end + 1;
    while (start < text.length && text[start] === ' ') start += 1;
  }
  if (text.slice(start).trim() !== '') spans.push([start, text.trimEnd().length]);
  return spans;
}

export function sentencesOf(text: string): string[] {
  return sentenceSpans(text)
    .map(([from, to]) => text.slice(from, to).trim())
    .filter((sentence) => sentence !== '');
}

export const wordCount = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

/** The first sentence and what follows it. */
export function firstSentence(text: string): { sentence: string; rest: string } {
  const [sentence = '', ...rest] = sentencesOf(text);
  return { sentence, rest: rest.join(' ') };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** Replaces whole-word occurrences of `variant` (any case, with a plural `s`/`es`) by `[…]`. */
function hideWord(text: string, variant: string): string {
  const haystack = text.toLowerCase();
  const needle = variant.toLowerCase();
  // Lowercasing that changes lengths (rare scripts) would misalign the slices below.
  if (needle === '' || haystack.length !== text.length) return text;
  let out = '';
  let from = 0;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    let end = at + needle.length;
    if (haystack.startsWith('es', end) && !isWordChar(haystack[end + 2])) end += 2;
    else if (haystack[end] === 's' && !isWordChar(haystack[end + 1])) end += 1;
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[end])) {
      out += text.slice(from, at) + '[…]';
      from = end;
      at = haystack.indexOf(needle, end);
    } else {
      at = haystack.indexOf(needle, at + 1);
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The term and its short forms ("Cloud Native Computing Foundation", "CNCF") hidden in a reverse prompt. */
export function hideTerm(text: string, term: string): string {
  const inner = /\(([^)]*)\)/
    .exec(term)?.[1]
    ?.replace(/^(?:aka|a\.k\.a\.|also|or|i\.e\.|e\.g\.)\s+/i, '')
    .trim();
  const variants = [term, term.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), inner ?? '']
    .filter((variant) => variant.length >= 2)
    .sort((a, b) => b.length - a.length);
  let hidden = text;
  for (const variant of variants) hidden = hideWord(hidden, variant);
  return hidden;
}

/** A definition and its reverse sibling (definition → term); `withReverse: false` when the reverse would be ambiguous. */
export function definitionCards(term: string, answer: string, details: AnswerDetail[], withReverse = true): CardDraft[] {
  const shownTerm = tidyText(term);
  const shownAnswer = tidyText(withoutClozeMarkers(answer));
  if (shownTerm === '' || shownAnswer === '') return [];
  const forward: CardDraft = { suffix: null, reverse: false, prompt: shownTerm, answer: shownAnswer, term: shownTerm, items: null, details, context: null };
  const reversePrompt = dropTrailingColon(hideTerm(shownAnswer, shownTerm));
  if (!withReverse || !/[\p{L}\p{N}]/u.test(reversePrompt.replace(/\[…\]/g, ''))) return [forward];
  return [forward, { suffix: 'reverse', reverse: true, prompt: reversePrompt, answer: shownTerm, term: shownTerm, items: null, details: [], context: null }];
}

export function enumerationCard(prompt: string, items: string[], details: AnswerDetail[] = []): CardDraft {
  return { suffix: null, reverse: false, prompt, answer: items.join(', '), term: null, items, details, context: null };
}

export function questionCard(prompt: string, answer: string, details: AnswerDetail[] = []): CardDraft {
  return { suffix: null, reverse: false, prompt, answer, term: null, items: null, details, context: null };
}

/** A note of one rule at a node's place. */
export function noteAt(node: OutlineNode, draft: Omit<NoteDraft, 'line' | 'column'>): NoteDraft {
  return { ...draft, line: node.line, column: node.column };
}
