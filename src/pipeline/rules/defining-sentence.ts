/**
 * defining-sentence: a sentence inside a paragraph (not only its first) that defines something.
 *
 *   Rivers carry sediment downstream. A delta is a landform at the mouth of a river.
 *   → definition "delta" → "a landform at the mouth of a river."          ("X is a/an/the …", "X refers to …")
 *
 *   Speed is measured over time. Velocity = displacement / time.
 *   → definition "Velocity" → "displacement / time"                        ("X = …")
 *
 *   Work, and hence energy, is equal to force times distance.   → "Work" → "equal to force times distance"
 *
 *   A triangle is equilateral if all its sides are equal.
 *   → definition "Equilateral triangle" → "A triangle is equilateral if all its sides are equal."
 *   When a star is massive, it ends as a supernova.         → "Massive star" → the sentence   ("When X is Y, …")
 *
 *   Compute the GDP (gross domestic product): the value of all goods and services produced.
 *   → definition "GDP (gross domestic product)" → "the value of all goods and services produced."
 *
 * Only clear forms: after "is" an article must follow in a later sentence, so "Attention is constrained" is no
 * definition. A term written with its long form in the same line ("CTR (click-through rate)") is shown with it.
 */
import { isOutlineLine } from '../normalise/outline';
import { findAbbreviations } from '../text/abbreviations';
import { definitionCards, sentenceSpans, wordCount } from '../text/card-text';
import { isLearnableAnswer } from '../text/definition-forms';
import { isTermPhrase, tidyText } from '../text/phrase-rules';
import { type BlockRule, type NoteDraft, STRENGTH } from './rule';
import { readSubjectStatement } from './subject-statement';

const STRICT_IS = /^(?:the\s+|an?\s+)?\S+(?:\s+\S+){0,3}\s+(?:is|are)\s+(?:a|an|the)\s/i;
const OTHER_VERB = /^(?:the\s+|an?\s+)?\S+(?:\s+\S+){0,3}\s+(?:refers to|stands for|means|is defined as)\s/i;
const EQUATION = /^([\p{L}][\p{L}\p{N} '-]{0,30}?)\s*=\s*([^=].*)$/u;
const CONDITION = /^(?:[Aa]n?\s+|[Tt]he\s+)?([\p{L}][\p{L}-]*)\s+(?:is|are)\s+([\p{Ll}][\p{L}-]*)\s+(?:if|when)\s+(.+)$/u;
/** "Total cost, and hence price, will be equal to …", "Work equals force times distance". */
const EQUAL_TO =
  /^(?:the\s+)?([\p{L}][\p{L}\p{N} '-]{0,30}?)(?:,?\s+(?:and\s+)?(?:hence|thus|therefore)\b,?[^,]{0,40},)?\s+(?:(?:is|are|will be|would be)\s+(?:always\s+)?equal\s+to|equals)\s+(\S.+)$/iu;
/** "When demand is inelastic, a price cut lowers spending": what holds for inelastic demand. */
const WHEN_CONDITION = /^(?:[Ww]hen|[Ww]henever)\s+(?:an?\s+|the\s+)?([\p{L}][\p{L}-]*)\s+(?:is|are)\s+([\p{Ll}][\p{L}-]*),\s+(\S.+)$/u;
const IMPERATIVE_COLON = /^(?:implement|compute|calculate|define|use|find|apply)\s+(?:the\s+|an?\s+)?(.+?)\s*:\s+(.+)$/i;

interface Found {
  term: string;
  answer: string;
  reverse: boolean;
}

function readSentence(sentence: string, index: number): Found | null {
  const text = sentence.replace(/^["“]|["”]$/g, '');
  if (index > 0 && (STRICT_IS.test(text) || OTHER_VERB.test(text))) {
    const subject = readSubjectStatement({ text, mask: text });
    if (subject) return { term: subject.term, answer: subject.answer, reverse: true };
  }
  const equation = EQUATION.exec(text);
  if (equation && isTermPhrase({ text: equation[1], mask: equation[1] }) && /\p{L}/u.test(equation[2]) && wordCount(equation[1]) <= 3) {
    return { term: equation[1].trim(), answer: equation[2].replace(/[.]$/, '').trim(), reverse: false };
  }
  const condition = CONDITION.exec(text);
  if (condition && isTermPhrase({ text: condition[1], mask: condition[1] }) && !/(?:ed|ing)$/.test(condition[2])) {
    const term = `${condition[2].charAt(0).toUpperCase()}${condition[2].slice(1)} ${condition[1].toLowerCase()}`;
    return { term, answer: text, reverse: false };
  }
  const equal = EQUAL_TO.exec(text);
  if (equal && isTermPhrase({ text: equal[1], mask: equal[1] }) && wordCount(equal[1]) <= 4 && equal[2].trim().split(/\s+/).length >= 3) {
    return { term: equal[1].trim(), answer: `equal to ${equal[2].replace(/[.]$/, '').trim()}`, reverse: false };
  }
  const when = WHEN_CONDITION.exec(text);
  if (when && isTermPhrase({ text: when[1], mask: when[1] }) && !/(?:ed|ing)$/.test(when[2]) && wordCount(when[3]) >= 3) {
    const term = `${when[2].charAt(0).toUpperCase()}${when[2].slice(1)} ${when[1].toLowerCase()}`;
    return { term, answer: text, reverse: false };
  }
  const imperative = IMPERATIVE_COLON.exec(text);
  if (imperative && isLearnableAnswer({ text: imperative[2], mask: imperative[2] })) {
    const term = imperative[1];
    const abbreviation = findAbbreviations(term).find((found) => found.end === term.length);
    if (abbreviation || isTermPhrase({ text: term, mask: term })) return { term, answer: imperative[2], reverse: true };
  }
  return null;
}

export const definingSentence: BlockRule = {
  name: 'defining-sentence',
  scope: 'block',
  sentences: true,
  apply(node, context) {
    if (!isOutlineLine(node) || /\uFFFC/.test(node.mask.slice(0, 2))) return null;
    const reading = context.readLine(node);
    const text = node.text;
    const spans = sentenceSpans(text);
    const abbreviations = findAbbreviations(node.mask);
    const notes: NoteDraft[] = [];
    spans.forEach(([from, to], index) => {
      // The first sentence of a line is the line rules' to read.
      if (index === 0 && reading !== null) return;
      if (/\uFFFC/.test(node.mask.slice(from, to))) return;
      const found = readSentence(tidyText(text.slice(from, to)), index);
      if (!found) return;
      // "CTR = clicks / impressions" after "CTR (click-through rate)": the term with its long form.
      const long = abbreviations.find((abbreviation) => abbreviation.short === found.term);
      const term = long ? `${found.term} (${long.long})` : found.term;
      const cards = definitionCards(term, found.answer, []);
      notes.push({
        kind: 'definition',
        key: found.term,
        rule: 'defining-sentence',
        strength: STRENGTH.sentence,
        line: node.line,
        column: node.column,
        cards: found.reverse ? cards : cards.slice(0, 1),
      });
    });
    return notes.length > 0 ? { notes } : null;
  },
};
