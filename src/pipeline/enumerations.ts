// Lists on one line: "Examples of Container Runtimes are runC, containerd, and rkt, are all good at …",
// "CRI consistes of protocol buffers, gRPC API, and libraries", or a bare "-VMs, on-premise, baremetal, …"
// under a lead-in. (Lists written as children of a lead-in are found in extract-cards.ts.)
import {
  type MaskedText,
  definesAfterIs,
  dropTrailingPunctuation,
  hasInert,
  isConsist,
  sliceMasked,
  startsClause,
  tidyText,
  trimMasked,
  wordsOf,
} from './phrase-rules';

export interface InlineList {
  /** What the learner is asked to list ("Examples of Container Runtimes", "CRI consistes of"). */
  prompt: string;
  /** The named part of the lead-in, for the card id (kept free of the verb). */
  name: string;
  items: string[];
}

const MAX_ITEM_WORDS = 4;
const MAX_ITEM_LENGTH = 40;
const MAX_LEAD_WORDS = 10;

function splitAtCommas(line: MaskedText): MaskedText[] {
  const chunks: MaskedText[] = [];
  let start = 0;
  let at = line.mask.indexOf(',');
  while (at !== -1) {
    chunks.push(trimMasked(sliceMasked(line, start, at)));
    start = at + 1;
    at = line.mask.indexOf(',', start);
  }
  chunks.push(trimMasked(sliceMasked(line, start)));
  return chunks;
}

const isShortItem = (item: MaskedText) => {
  const words = wordsOf(item.text);
  return words.length >= 1 && words.length <= MAX_ITEM_WORDS && item.text.length <= MAX_ITEM_LENGTH && !hasInert(item.mask) && /[\p{L}\p{N}]/u.test(item.text);
};

const CONJUNCTION = /^(?:and|or)\s+/i;
const LAST_PAIR = /^(.+?)\s+(?:and|or)\s+(.+)$/i;
const ETC = /^(?:etc\.?|and so on|and more|\.\.\.|…)$/i;

/**
 * Items of a comma list ("A, B, and C"). With `clauseMayFollow`, the list may end where a new clause starts
 * ("…, and rkt, are all good at …"). Null unless every item is short and there are at least two.
 */
export function splitListItems(line: MaskedText, clauseMayFollow: boolean): string[] | null {
  const chunks = splitAtCommas(line);
  if (chunks.length < 2) return null;
  const items: MaskedText[] = [];
  let lastIndex = chunks.length - 1;
  while (lastIndex > 0 && ETC.test(chunks[lastIndex].text.replace(/[.;]+$/, '.'))) lastIndex -= 1;
  for (let index = 0; index < chunks.length; index += 1) {
    let chunk = chunks[index];
    if (index > 0 && startsClause(chunk.text)) {
      if (!clauseMayFollow || items.length < 2) return null;
      break;
    }
    const conjunction = CONJUNCTION.exec(chunk.mask);
    if (conjunction && index > 0) chunk = trimMasked(sliceMasked(chunk, conjunction[0].length));
    chunk = { text: chunk.text.replace(/[.;]+$/, ''), mask: chunk.mask.replace(/[.;]+$/, '') };
    if (ETC.test(chunk.text.trim())) continue;
    const pair = index === lastIndex && index > 0 && !conjunction ? LAST_PAIR.exec(chunk.mask) : null;
    if (pair && wordsOf(pair[1]).length <= 3 && wordsOf(pair[2]).length <= 3) {
      const splitAt = pair[1].length;
      const second = trimMasked(sliceMasked(chunk, chunk.mask.indexOf(pair[2], splitAt)));
      items.push(trimMasked(sliceMasked(chunk, 0, splitAt)), second);
      continue;
    }
    if (!isShortItem(chunk)) return null;
    items.push(chunk);
  }
  const names = items.map((item) => tidyText(item.text)).filter((name) => name !== '');
  return names.length >= 2 ? names : null;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const LEAD_STOP = new Set(['if', 'when', 'while', 'for', 'to', 'at', 'in', 'on', 'by', 'with', 'from', 'because', 'so', 'and', 'or', 'but', 'it', 'they', 'we', 'you', 'i', 'there', 'this', 'that', 'these', 'those', 'which', 'who', 'once', 'after', 'before', 'regardless']);

/**
 * "<lead-in> are|include|consist of|comprise A, B, and C[, clause]" → the lead-in and its items.
 * The lead-in is a phrase without commas; the verb is the first one after it.
 */
export function readInlineList(line: MaskedText): InlineList | null {
  if (!line.mask.includes(',')) return null;
  return readListThenName(line) ?? readNameThenList(line);
}

const LIST_THEN_NAME = /\s(?:are|include)\s+/i;
const QUANTIFIER = /^(?:a few|a couple of|some|several|examples of|among the|all|the)\s+/i;

/** "Flannel, Weave, and Calico are a few SDN solutions available for Kubernetes clusters". */
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
    if (word === 'are' || word === 'include' || word === 'includes') listStart = token.end;
    else if ((word === 'comprise' || word === 'comprises')) {
      listStart = token.end;
      keepVerb = true;
    } else if (isConsist(word) && tokens[index + 1].word.toLowerCase() === 'of') {
      listStart = tokens[index + 1].end;
      keepVerb = true;
    } else if (word === 'is' || word === 'was' || word === 'were') {
      return null;
    }
    if (listStart === -1) continue;
    const lead = trimMasked(sliceMasked(line, 0, token.start));
    if (hasInert(lead.mask)) return null;
    const items = splitListItems(trimMasked(sliceMasked(line, listStart)), true);
    if (!items) return null;
    const name = tidyText(lead.text);
    const prompt = keepVerb ? tidyText(line.text.slice(0, listStart)) : name;
    return { prompt, name, items };
  }
  return null;
}

/** A bare list line under a lead-in: "VMs, on-premise, baremetal, workstation, …". */
export function readBareList(line: MaskedText): string[] | null {
  return splitListItems(line, false);
}

/** A list item's name: the text before `--` or `: `, else the whole line. */
export function plainItemName(line: MaskedText): string {
  const dashes = line.mask.indexOf('--');
  if (dashes > 0) return dropTrailingPunctuation(tidyText(line.text.slice(0, dashes)));
  const colon = /:\s/.exec(line.mask);
  if (colon && colon.index > 0) return dropTrailingPunctuation(tidyText(line.text.slice(0, colon.index)));
  return dropTrailingPunctuation(tidyText(line.text));
}
