/**
 * subject-statement: a sentence that defines its subject.
 *
 *   Granite is an igneous rock with large crystals
 *   → definition "Granite" → "an igneous rock with large crystals" (and its reverse)
 *
 *   The Louvre, sometimes called the Grand Louvre, is a museum in Paris
 *   → definition "Louvre" → "a museum in Paris"
 *
 *   Hubble Space Telescope launched by NASA in 1990   → "Hubble Space Telescope" → "launched by NASA in 1990"
 *   HTTP stands for Hypertext Transfer Protocol      → "HTTP" → "Hypertext Transfer Protocol"
 *   A virus is an infectious agent, while a bacterium is a single-celled organism   → "virus" and "bacterium"
 *   malloc-wrapper allocates and zeroes memory        → a technical name (camelCase, kebab-case) with what it does
 *
 * The subject is a name of one to four words; the first verb decides: "is/are" followed by what the subject is
 * ("Pods are scheduled …", "X is also …" are statements, not definitions), a participle with "by", "stands for",
 * "refers to", "means". Nothing else in the line may have been read as a definition already.
 */
import type { OutlineNode } from '../normalise/outline';
import { answerDetails, definitionCards, sentenceSpans } from '../text/card-text';
import { type LinkedText, isLearnableAnswer } from '../text/definition-forms';
import { type MaskedText, definesAfterIs, hasInert, isSubjectStart, isTermPhrase, sliceMasked, tidyText, trimMasked, wordsOf } from '../text/phrase-rules';
import { type LineRule, STRENGTH } from './rule';

interface Token {
  word: string;
  start: number;
  end: number;
}

function firstTokens(mask: string, count: number): Token[] {
  const tokens: Token[] = [];
  const pattern = /\S+/g;
  let match: RegExpExecArray | null;
  while (tokens.length < count && (match = pattern.exec(mask)) !== null) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const lower = (word: string) => word.toLowerCase().replace(/[.,;:!?]+$/, '');
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that make a subject a phrase rather than a name ("Kubelet connects to CRI shim"). */
const NOT_IN_SUBJECT = new Set([
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'and',
  'or',
  'but',
  'not',
  'also',
  'can',
  'will',
  'should',
  'must',
  'may',
  'might',
  'could',
  'would',
  'does',
  'do',
  'did',
  'has',
  'have',
  'had',
  'was',
  'were',
  'be',
  'been',
  'when',
  'if',
  'that',
  'which',
  'who',
]);
const MAX_SUBJECT_WORDS = 4;
const NAMING_NOUNS = new Set(['term', 'name', 'word', 'phrase', 'expression']);
const POINTING = new Set(['first', 'second', 'third', 'last', 'next', 'other', 'same', 'former', 'latter', 'above', 'following', 'previous', 'former']);
/** A technical name: camelCase, or lower-case words joined by `-`, `_` or `.` ("ImageService", "kube-proxy"). */
const IDENTIFIER = /^(?:[\p{Ll}\p{N}]+[\p{Lu}][\p{L}\p{N}]*|[\p{Lu}][\p{Ll}\p{N}]+[\p{Lu}][\p{L}\p{N}]*|[\p{Ll}\p{N}]+(?:[-_.][\p{Ll}\p{N}]+)+)$/u;
/** "X, sometimes called Y," / "X, also known as Y,": an aside between the subject and its verb. */
const APPOSITIVE =
  /^((?:\S+\s+){0,3}?\S+?),\s+(?:sometimes|also|often|usually|commonly)?\s*(?:called|known as|referred to as|named|abbreviated(?: as)?)\s+[^,]{1,40},\s+/iu;

const isParticiple = (word: string) => word.length > 3 && word.endsWith('ed');

/**
 * Where the definition starts after the subject, or -1 when the verb states something else
 * ("Pods are scheduled …", "Kubernetes is also referred to …"); null when `verb` is not a defining verb.
 */
function definitionStart(verb: Token, next: Token | undefined, afterNext: Token | undefined, subject: Token[], article: boolean): number | null {
  const word = lower(verb.word);
  const nextWord = next ? lower(next.word) : '';
  if (word === 'is' || word === 'are') {
    if (!next) return -1;
    // "X is also a Y": a second name for the same thing is still what X is.
    if (nextWord === 'also' && afterNext && ['a', 'an', 'the'].includes(lower(afterNext.word))) return afterNext.start;
    // "X is essentially a Y" defines X; "X is most often combined …", "X is commonly found …" do not.
    if (/ly$/.test(nextWord) || nextWord === 'most' || nextWord === 'more' || nextWord === 'less') {
      return afterNext && ['a', 'an', 'the'].includes(lower(afterNext.word)) ? afterNext.start : -1;
    }
    return definesAfterIs(next.word) ? next.start : -1;
  }
  // "Hubble Space Telescope launched by NASA": a name, never "A feature used by …" (a fragment describing a thing).
  if (isParticiple(word) && nextWord === 'by') return article ? null : verb.start;
  if ((word === 'stands' && nextWord === 'for') || (word === 'refers' && nextWord === 'to')) return afterNext ? afterNext.start : -1;
  if (word === 'means' || word === 'denotes') return next ? next.start : -1;
  // A technical name followed by what it does: "ImageService responsible for image-related operations".
  if (!article && subject.length === 1 && IDENTIFIER.test(subject[0].word) && /^\p{Ll}/u.test(verb.word) && !NOT_IN_SUBJECT.has(word)) return verb.start;
  return null;
}

/** The text from `start` on without its links' text. */
function withoutLinks(line: MaskedText & { links?: Array<[number, number]> }, start: number): string {
  let text = line.text;
  for (const [from, to] of [...(line.links ?? [])].sort((a, b) => b[0] - a[0])) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  return text.slice(start);
}

/** "The essence of demand is substitution": one abstract noun names what "the X of Y" is. */
function namesAbstraction(subject: Token[], answer: string): boolean {
  return (
    subject.length >= 3 &&
    subject.some((token) => lower(token.word) === 'of') &&
    /^\p{Ll}+(?:tion|sion|ment|ness|ity|ance|ence|ism|ship)[.]?$/u.test(answer.trim())
  );
}

export interface SubjectDefinition {
  term: string;
  answer: string;
  /** The other half of a contrast ("…, while Y is …"). */
  also?: SubjectDefinition;
  /** Sentences after the contrast, details of the first term. */
  more?: string;
}

export function readSubjectStatement(line: MaskedText): SubjectDefinition | null {
  // "A trie, sometimes called a prefix tree, is …": the aside goes, the subject and the rest stay.
  const aside = APPOSITIVE.exec(line.mask);
  const masked = aside
    ? {
        text: line.text.slice(0, aside[1].length) + ' ' + line.text.slice(aside[0].length),
        mask: line.mask.slice(0, aside[1].length) + ' ' + line.mask.slice(aside[0].length),
      }
    : line;
  const tokens = firstTokens(masked.mask, MAX_SUBJECT_WORDS + 6);
  let from = tokens.length > 0 && ARTICLES.has(lower(tokens[0].word)) ? 1 : 0;
  // "The term open addressing refers to …": the term is what follows "term".
  if (from === 1 && tokens.length > 3 && NAMING_NOUNS.has(lower(tokens[1].word))) from = 2;
  // "The first value is …", "The other one is …": points at something said before.
  if (from === 1 && tokens.length > 1 && POINTING.has(lower(tokens[1].word))) return null;
  for (let index = from + 1; index <= from + MAX_SUBJECT_WORDS && index < tokens.length; index += 1) {
    const subjectTokens = tokens.slice(from, index);
    const start = definitionStart(tokens[index], tokens[index + 1], tokens[index + 2], subjectTokens, from >= 1);
    if (start === null) {
      // The word joins the subject: a subject never holds a preposition, an auxiliary or a comma.
      if (NOT_IN_SUBJECT.has(lower(tokens[index].word)) || /[,;:]$/.test(tokens[index].word)) return null;
      continue;
    }
    if (start === -1) return null;
    const subject = sliceMasked(masked, tokens[from].start, tokens[index - 1].end);
    const answer = trimMasked(sliceMasked(masked, start));
    if (!isSubjectStart(tokens[from].word) || !isTermPhrase(subject) || /[,;:]/.test(subject.text) || hasInert(subject.mask)) return null;
    if (/^of$/i.test(lower(tokens[index - 1].word))) return null;
    // "The metals are …", "The abbreviations are …": common nouns that point back to something said before.
    if (from === 1 && subjectTokens.length === 1 && /^\p{Ll}+s$/u.test(subjectTokens[0].word) && lower(tokens[0].word) === 'the') return null;
    if ((answer.text.split(/\s+/).length < 2 && !namesAbstraction(subjectTokens, answer.text)) || !isLearnableAnswer(answer)) return null;
    // "Demand is elastic if …" defines elastic demand (defining-sentence.ts), not demand; "X is Y is Z" is garbled.
    if (/^[\p{Ll}][\p{L}-]*\s+(?:if|when|is|are)\s/u.test(answer.text)) return null;
    // "The list is based on [this post]": what it says is a link, nothing to learn.
    if (!aside && (line as LinkedText).links?.length && wordsOf(withoutLinks(line, start)).length < 3) return null;
    return withContrast(subject.text, answer);
  }
  return null;
}

const CONTRAST = /,?\s+(?:while|whereas)\s+/i;

/** "Canvas is raster-based, while SVG is vector-based": two definitions, each with its own half. */
function withContrast(term: string, answer: MaskedText): SubjectDefinition {
  const found = CONTRAST.exec(answer.mask);
  if (!found) return { term, answer: answer.text };
  const rest = trimMasked(sliceMasked(answer, found.index + found[0].length));
  const end = sentenceSpans(rest.mask)[0]?.[1] ?? rest.mask.length;
  const second = readSubjectStatement(sliceMasked(rest, 0, end));
  if (!second || second.term.toLowerCase() === term.toLowerCase()) return { term, answer: answer.text };
  // The sentences after the contrast stay with the first term, as its details.
  const after = rest.text.slice(end).trim();
  return { term, answer: answer.text.slice(0, found.index), also: second, ...(after ? { more: after } : {}) };
}

function unquoted(line: MaskedText): MaskedText {
  const text = line.text.trim();
  const mask = line.mask.trim();
  return { text: text.slice(1, -1), mask: mask.slice(1, -1) };
}

export const subjectStatement: LineRule = {
  name: 'subject-statement',
  scope: 'line',
  read(node: OutlineNode) {
    // A quoted line ("“The essence of demand is substitution”") reads as the sentence it quotes.
    const quoted = /^["“][^"“”]+["”]$/.test(node.text.trim()) && /^["“][^"“”]+["”]$/.test(node.mask.trim());
    const definition = readSubjectStatement(quoted ? unquoted(node) : node);
    if (!definition) return null;
    const term = tidyText(definition.term);
    const notes = [
      {
        kind: 'definition' as const,
        key: definition.term,
        rule: 'subject-statement',
        strength: STRENGTH.sentence,
        line: node.line,
        column: node.column,
        cards: definitionCards(definition.term, definition.answer, [...(definition.more ? [{ text: definition.more, depth: 1 }] : []), ...answerDetails(node)]),
      },
    ];
    if (definition.also) {
      notes.push({
        kind: 'definition',
        key: definition.also.term,
        rule: 'subject-statement',
        strength: STRENGTH.sentence,
        line: node.line,
        column: node.column,
        cards: definitionCards(definition.also.term, definition.also.answer, []),
      });
    }
    return { rule: 'subject-statement', kind: 'definition', term, itemName: term, notes };
  },
};
