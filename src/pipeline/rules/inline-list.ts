/**
 * inline-list: a list written in one line makes a "name all N" card.
 *
 *   Examples of noble gases are helium, neon, and argon, all of them inert
 *   → list "Examples of noble gases" → helium, neon, argon
 *
 *   Mercury, Venus, and Mars are the rocky planets        → list "Rocky planets" → Mercury, Venus, Mars
 *   The atom consists of protons, neutrons and electrons  → list "The atom consists of" → protons, neutrons, electrons
 *   A cell has parts: nucleus, membrane, cytoplasm        → list "A cell has parts" → nucleus, membrane, cytoplasm
 *   A tide can be high, low or slack                     → list "A tide can be" → high, low, slack
 *
 * Items are short (at most four words, not counting a parenthesis) and there are at least two.
 */
import type { OutlineNode } from '../normalise/outline';
import { enumerationCard, sentenceSpans, sentencesOf } from '../text/card-text';
import { isLearnableAnswer, splitAtColon } from '../text/definition-forms';
import { splitListItems } from '../text/list-items';
import {
  type MaskedText,
  definesAfterIs,
  dropTrailingPunctuation,
  hasInert,
  isFiniteVerb,
  isSubjectStart,
  isTermPhrase,
  sliceMasked,
  tidyText,
  trimMasked,
  wordsOf,
} from '../text/phrase-rules';
import { type LineRule, STRENGTH } from './rule';

export interface InlineList {
  /** What the learner is asked to list ("Examples of noble gases", "The atom consists of"). */
  prompt: string;
  /** The named part of the lead-in, for the card id (kept free of the verb). */
  name: string;
  items: string[];
}

const MAX_LEAD_WORDS = 10;

interface Token {
  word: string;
  start: number;
  end: number;
}

const LEAD_STOP = new Set([
  'if',
  'when',
  'while',
  'for',
  'to',
  'at',
  'in',
  'on',
  'by',
  'with',
  'from',
  'because',
  'so',
  'and',
  'or',
  'but',
  'it',
  'they',
  'we',
  'you',
  'i',
  'there',
  'this',
  'that',
  'these',
  'those',
  'which',
  'who',
  'once',
  'after',
  'before',
  'regardless',
]);

const LIST_THEN_NAME = /\s(?:are|include)\s+/i;
const QUANTIFIER = /^(?:a few|a couple of|some|several|examples of|among the|all|the)\s+/i;

/** "Mercury, Venus, and Mars are the rocky planets". */
function readListThenName(line: MaskedText): InlineList | null {
  const verb = LIST_THEN_NAME.exec(line.mask);
  if (!verb || !line.mask.slice(0, verb.index).includes(',')) return null;
  const items = splitListItems(trimMasked(sliceMasked(line, 0, verb.index)), false);
  const rest = trimMasked(sliceMasked(line, verb.index + verb[0].length));
  const [first] = wordsOf(rest.text);
  if (!items || first === undefined || !definesAfterIs(first) || /[,;:]/.test(rest.mask) || hasInert(rest.mask)) return null;
  const name = dropTrailingPunctuation(tidyText(rest.text.replace(QUANTIFIER, '')));
  const words = wordsOf(name).length;
  if (words < 2 || words > MAX_LEAD_WORDS) return null;
  return { prompt: name.charAt(0).toUpperCase() + name.slice(1), name, items };
}

/** The words before `end` name a subject ("CRI", "The atom"), not a quantity ("Some examples"). */
function namesSubject(line: MaskedText, end: number): boolean {
  const subject = trimMasked(sliceMasked(line, 0, end));
  const bare = subject.text.replace(/^(?:the|a|an)\s+/i, '');
  return isTermPhrase({ text: bare, mask: bare });
}

/** "<lead-in> are|include|comprise|consists of A, B, and C[, clause]": the lead-in is a phrase without commas. */
function readNameThenList(line: MaskedText): InlineList | null {
  const tokens: Token[] = [];
  const pattern = /\S+/g;
  let match: RegExpExecArray | null;
  while (tokens.length <= MAX_LEAD_WORDS + 1 && (match = pattern.exec(line.mask)) !== null) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  if (tokens.length < 3 || LEAD_STOP.has(tokens[0].word.toLowerCase())) return null;
  for (let index = 1; index < tokens.length - 1; index += 1) {
    const token = tokens[index];
    if (/[,;:]/.test(tokens[index - 1].word)) return null;
    const word = token.word.toLowerCase();
    let listStart = -1;
    let keepVerb = false;
    let series = false;
    if (word === 'are' || word === 'include' || word === 'includes') listStart = token.end;
    else if (word === 'comprise' || word === 'comprises') {
      listStart = token.end;
      keepVerb = true;
    } else if (/^\p{Ll}+s$/u.test(word) && tokens[index + 1].word.toLowerCase() === 'of' && namesSubject(line, tokens[index].start)) {
      // "consists of", "comprises of": a verb and "of", kept in the prompt; only before a full series "A, B and C".
      listStart = tokens[index + 1].end;
      keepVerb = true;
      series = true;
    } else if (word === 'is' || word === 'was' || word === 'were') {
      return null;
    }
    if (listStart === -1) continue;
    const lead = trimMasked(sliceMasked(line, 0, token.start));
    if (hasInert(lead.mask)) return null;
    // The list ends with its sentence ("…; and C. It is worth noting …").
    const sentenceEnd = sentenceSpans(line.mask).find(([, end]) => end > listStart)?.[1] ?? line.mask.length;
    const rest = trimMasked(sliceMasked(line, listStart, sentenceEnd));
    const items = splitListItems(rest, !series);
    if (!items || (series && (items.length < 3 || !/(?:,|\s)\s*(?:and|or)\s+\S+[^,]*$/i.test(rest.mask)))) return null;
    const name = tidyText(lead.text);
    const prompt = keepVerb ? tidyText(line.text.slice(0, listStart)) : name;
    return { prompt, name, items };
  }
  return null;
}

/** "A cell has parts: nucleus, membrane, …": a clause, then a list (a label's list is example-list.ts's). */
function readColonList(node: OutlineNode): InlineList | null {
  const colon = splitAtColon(node);
  if (!colon || !colon.after.mask.includes(',') || !isLearnableAnswer(colon.after, node.links, colon.at + 1)) return null;
  const before = tidyText(colon.before.text);
  if (sentencesOf(before).length > 1 || isTermPhrase(colon.before) || !wordsOf(colon.before.text).some(isFiniteVerb)) return null;
  const items = splitListItems(colon.after, false);
  return items ? { prompt: before, name: before, items } : null;
}

/** "status could be active or inactive", "A token may be a word, a number or a sign": the values a thing takes. */
const POSSIBLE_VALUES =
  /^((?:(?:in|for|on|with)\s+[^,]{1,30},\s+)?((?:the\s+|an?\s+)?\S+(?:\s+\S+){0,2}?))\s+(?:can|could|may|might)\s+be\s+(?:either\s+|one\s+of\s+)?/i;
/** Two values: "active or inactive", "positional (in order) or explicitly named". */
const PAIR = /^(\S+(?:\s+\S+)?(?:\s+\([^()]+\))?)\s+or\s+(\S+(?:\s+\S+)?(?:\s+\([^()]+\))?)$/;
const wordsOutsideBrackets = (item: string) => wordsOf(item.replace(/\([^()]*\)/g, ' '));

function readPossibleValues(line: MaskedText): InlineList | null {
  const found = POSSIBLE_VALUES.exec(line.mask);
  if (!found || hasInert(line.mask)) return null;
  const subject = wordsOf(found[2].replace(/^(?:the|an?)\s+/i, ''));
  if (subject.length === 0 || !isSubjectStart(subject[0]) || subject.some(isFiniteVerb) || /[,;:()]/.test(found[2])) return null;
  const rest = trimMasked(sliceMasked(line, found[0].length));
  if (sentencesOf(rest.text).length > 1) return null;
  const pair = rest.mask.includes(',') ? null : PAIR.exec(rest.mask.replace(/[.;]+$/, ''));
  const items = pair ? [pair[1], pair[2]].filter((item) => !wordsOf(item).some(isFiniteVerb)) : splitListItems(rest, false);
  if (!items || items.length < 2 || items.some((item) => wordsOutsideBrackets(item).length > 3 || /^(?:a|an|the)$/i.test(item))) return null;
  const name = tidyText(line.text.slice(found[1].length - found[2].length, found[1].length));
  return { prompt: tidyText(line.text.slice(0, found[0].length).replace(/\s+(?:either|one\s+of)\s*$/i, '')), name, items: items.map(tidyText) };
}

const NOT_LIMITED = /,?\s*but (?:are |is )?not limited to,?/i;

export function readInlineList(line: MaskedText): InlineList | null {
  const values = readPossibleValues(line);
  if (values) return values;
  if (!line.mask.includes(',') && !line.mask.includes(';')) return null;
  // "Examples include, but are not limited to, A; B; and C": the hedge is not part of the list.
  const hedge = NOT_LIMITED.exec(line.mask);
  const read = hedge
    ? {
        text: line.text.slice(0, hedge.index) + ' ' + line.text.slice(hedge.index + hedge[0].length),
        mask: line.mask.slice(0, hedge.index) + ' ' + line.mask.slice(hedge.index + hedge[0].length),
      }
    : line;
  return readListThenName(read) ?? readNameThenList(read);
}

export const inlineList: LineRule = {
  name: 'inline-list',
  scope: 'line',
  read(node) {
    const list = readInlineList(node) ?? readColonList(node);
    if (!list) return null;
    return {
      rule: 'inline-list',
      kind: 'enumeration',
      term: list.name,
      itemName: list.name,
      notes: [
        {
          kind: 'enumeration',
          key: list.name,
          rule: 'inline-list',
          strength: STRENGTH.explicit,
          line: node.line,
          column: node.column,
          cards: [enumerationCard(list.prompt, list.items)],
        },
      ],
    };
  },
};
