// Tolerant matching of typed answers against the deck's names: forgiving about spelling and form,
// strict about answering with a different term of the deck.
import { distance } from 'fastest-levenshtein';
import type { ItemVerdictKind, KnownTerm } from './quiz-types';

const LEADING_ARTICLES = new Set(['a', 'an', 'the']);
/** Small words that join the head of a list item to its qualifiers ("Pod-to-Pod communication on the same node"). */
const JOINING_WORDS = new Set([
  'on',
  'in',
  'inside',
  'within',
  'across',
  'for',
  'with',
  'without',
  'and',
  'or',
  'to',
  'of',
  'from',
  'by',
  'via',
  'at',
  'into',
  'that',
  'which',
  'such',
  'as',
  'when',
  'where',
  'so',
  'like',
  'between',
  'than',
]);
const FILLER_WORDS = new Set(['a', 'an', 'the', 'is', 'are', 'be', 'can', 'it', 'its', 'their', 'them', 'this', 'these', 'our', 'we', 'us']);
const ALIAS_LEAD_IN = /^(aka|a\.k\.a\.?|also known as|also called|also|or|i\.e\.?|ie|e\.g\.?|short for)\s+/i;
const ITEM_HEAD_END = /--|:|\s[-–—]\s|\(|,|;/;

/** Simple English plural → singular, applied to both sides so only consistency matters. */
function singular(word: string): string {
  if (/\d/.test(word)) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length >= 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Memo for pure functions of one string: a quiz normalises the same few hundred names many times over. */
function memoised<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= 20_000) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** Lower-case words without punctuation, hyphens, leading articles or plural endings. */
export const answerTokens: (text: string) => readonly string[] = memoised(tokenise);

function tokenise(text: string): readonly string[] {
  const words = text
    .normalize('NFKD')
    // Accents on Latin letters are spelling noise; marks in other scripts change the letter.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  let start = 0;
  while (start < words.length - 1 && LEADING_ARTICLES.has(words[start])) start += 1;
  return words.slice(start).map(singular);
}

/** One string per answer, so "Kube-proxy", "kube proxy" and "kubeproxy" compare equal. */
export const compactAnswer: (text: string) => string = memoised((text) => answerTokens(text).join(''));

/** Same answer after normalisation (case, punctuation, spacing, hyphens, articles, plurals). */
export function sameAnswer(a: string, b: string): boolean {
  const left = compactAnswer(a);
  return left.length > 0 && left === compactAnswer(b);
}

/** Edits tolerated as typos, scaled to the length of the expected answer. */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  if (length <= 24) return 2;
  return 3;
}

/** Stricter per word, since a word is compared on its own. */
function wordTypoAllowance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return 2;
}

export type AliasKind = 'full' | 'short' | 'abbreviation' | 'derived';

export interface AnswerAlias {
  text: string;
  compact: string;
  kind: AliasKind;
}

function withoutParentheses(text: string): string {
  return text
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function parentheticalAliases(text: string): AnswerAlias[] {
  return [...text.matchAll(/\(([^)]*)\)/g)]
    .map((match) => match[1].replace(ALIAS_LEAD_IN, '').split(/[,;]/)[0].trim())
    .filter((inner) => inner.length >= 2)
    .map((inner) => ({ text: inner, compact: compactAnswer(inner), kind: /^\S{2,8}$/.test(inner) ? 'abbreviation' : 'short' }));
}

function significantNameWords(text: string): string[] {
  return text.split(/[\s\-/]+/).filter((word) => /^[\p{L}\p{N}]/u.test(word) && !JOINING_WORDS.has(word.toLowerCase()));
}

function initials(words: readonly string[]): string {
  return words.map((word) => word[0].toUpperCase()).join('');
}

/**
 * Shortenings people write without the notes stating them: initials of three or more words
 * ("CNCF"), a leading word kept before such initials ("Amazon ECS"), and the numeronym of one
 * long word ("k8s" for Kubernetes).
 */
function derivedShortenings(text: string): string[] {
  const words = significantNameWords(text);
  if (words.length === 1 && /^\p{L}{10,}$/u.test(words[0])) {
    const [word] = words;
    return [`${word[0]}${word.length - 2}${word.at(-1)}`.toLowerCase()];
  }
  if (words.length < 3) return [];
  const shortenings = [initials(words)];
  for (let kept = 1; words.length - kept >= 3; kept += 1) shortenings.push(`${words.slice(0, kept).join(' ')} ${initials(words.slice(kept))}`);
  return shortenings;
}

/** The ways a name may be given: as written, without its parenthesised part, its stated abbreviation, derived shortenings. */
export const answerAliases: (text: string) => readonly AnswerAlias[] = memoised(aliasesOf);

function aliasesOf(text: string): readonly AnswerAlias[] {
  const full = text.trim();
  const short = withoutParentheses(full);
  const candidates: AnswerAlias[] = [
    { text: full, compact: compactAnswer(full), kind: 'full' },
    { text: short, compact: compactAnswer(short), kind: 'short' },
    ...parentheticalAliases(full),
    ...derivedShortenings(short).map((shortening): AnswerAlias => ({ text: shortening, compact: compactAnswer(shortening), kind: 'derived' })),
  ];
  const seen = new Set<string>();
  return candidates.filter((alias) => {
    if (alias.compact.length === 0 || seen.has(alias.compact)) return false;
    seen.add(alias.compact);
    return true;
  });
}

const STATED = (alias: AnswerAlias): boolean => alias.kind !== 'derived';
const SPELLED_OUT = (alias: AnswerAlias): boolean => alias.kind === 'full' || alias.kind === 'short';

/**
 * Two names for the same thing ("ETCD"/"etcd", "CNCF"/"Cloud Native Computing Foundation (aka CNCF)",
 * "Amazon ECS"/"Amazon Elastic Container Service"). A derived shortening counts against a name as
 * written, never against another derived one (two phrases may share initials by chance).
 */
export function sameTerm(a: string, b: string): boolean {
  const left = answerAliases(a);
  const right = answerAliases(b);
  return left.some((x) => right.some((y) => x.compact === y.compact && (STATED(x) || STATED(y))));
}

/** Shortest definition text that counts when found inside another one. */
const MIN_CONTAINED_DEFINITION = 12;
/** Share of the longer text that may differ for two definitions to still say the same. */
const DEFINITION_EDIT_SHARE = 0.15;

/**
 * Two definitions that say the same thing: equal after normalisation, one inside the other
 * ("dockershim- containers are created…" / "containers are created…"), or a few edits apart.
 */
export function sameDefinition(a: string, b: string): boolean {
  const left = compactAnswer(a);
  const right = compactAnswer(b);
  if (left === right) return left.length > 0;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  if (shorter.length >= MIN_CONTAINED_DEFINITION && longer.includes(shorter)) return true;
  const allowed = Math.floor(longer.length * DEFINITION_EDIT_SHARE);
  return longer.length - shorter.length <= allowed && distance(left, right) <= allowed;
}

function numbersIn(text: string): string {
  return answerTokens(text)
    .filter((token) => /\d/.test(token))
    .sort()
    .join(' ');
}

function collapsedLowerCase(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface MatchVerdict {
  accepted: boolean;
  kind: ItemVerdictKind;
  explanation: string;
  /** The accepted form of the expected answer, when accepted. */
  matched: string | null;
  /** The other deck term the answer names, when rejected for that reason. */
  otherTerm: KnownTerm | null;
}

interface PreparedTerm {
  term: KnownTerm;
  aliases: readonly AnswerAlias[];
}

function prepareOtherTerms(otherTerms: readonly KnownTerm[], expected: readonly string[]): PreparedTerm[] {
  return otherTerms.filter((term) => !expected.some((text) => sameTerm(text, term.text))).map((term) => ({ term, aliases: answerAliases(term.text) }));
}

function closestOtherTerm(
  given: string,
  others: readonly PreparedTerm[],
  filter: (alias: AnswerAlias) => boolean,
): { term: KnownTerm; distance: number; allowance: number } | null {
  let best: { term: KnownTerm; distance: number; allowance: number } | null = null;
  for (const other of others) {
    for (const alias of other.aliases.filter(filter)) {
      const edits = distance(given, alias.compact);
      if (!best || edits < best.distance) best = { term: other.term, distance: edits, allowance: typoAllowance(alias.compact.length) };
    }
  }
  return best;
}

function exactOtherTerm(given: string, others: readonly PreparedTerm[]): KnownTerm | null {
  return others.find((other) => other.aliases.some((alias) => STATED(alias) && alias.compact === given))?.term ?? null;
}

function rejectedAsOtherTerm(term: KnownTerm, closer: boolean): MatchVerdict {
  const explanation = closer ? `Not accepted: closer to ${term.text}, a different term` : `Not accepted: ${term.text} is a different term`;
  return { accepted: false, kind: 'other-term', explanation, matched: null, otherTerm: term };
}

function accepted(kind: ItemVerdictKind, matched: string, explanation: string): MatchVerdict {
  return { accepted: true, kind, explanation, matched, otherTerm: null };
}

/**
 * Matches a typed answer against the expected name (and equally right alternatives).
 * Accepts case, punctuation, hyphen, article and plural differences, stated abbreviations and initials,
 * and small typos scaled to length — unless the answer is another term of the deck, or closer to one.
 */
export function matchAnswer(
  response: string,
  expected: string,
  options: { alternatives?: readonly string[]; otherTerms?: readonly KnownTerm[] } = {},
): MatchVerdict {
  const given = response.trim();
  const givenCompact = compactAnswer(given);
  if (givenCompact.length === 0) {
    return { accepted: false, kind: 'empty', explanation: `No answer: the answer is ${expected}`, matched: null, otherTerm: null };
  }
  const expectedTexts = [expected, ...(options.alternatives ?? [])];
  const aliases = expectedTexts.flatMap((text) => answerAliases(text));
  const others = prepareOtherTerms(options.otherTerms ?? [], expectedTexts);

  const stated = aliases.find((alias) => STATED(alias) && alias.compact === givenCompact);
  if (stated) {
    if (stated.kind === 'abbreviation') return accepted('abbreviation', stated.text, `Accepted: abbreviation ${stated.text}`);
    if (collapsedLowerCase(given) === collapsedLowerCase(stated.text)) return accepted('exact', stated.text, 'Correct');
    return accepted('variant', stated.text, `Accepted: written differently (${given} → ${stated.text})`);
  }

  const exactOther = exactOtherTerm(givenCompact, others);
  if (exactOther) return rejectedAsOtherTerm(exactOther, false);

  const shortening = aliases.find((alias) => alias.kind === 'derived' && alias.compact === givenCompact);
  if (shortening) return accepted('abbreviation', shortening.text, `Accepted: abbreviation ${shortening.text}`);

  const givenNumbers = numbersIn(given);
  let typo: { alias: AnswerAlias; distance: number } | null = null;
  for (const alias of aliases.filter(SPELLED_OUT)) {
    if (alias.compact.length < 4 || numbersIn(alias.text) !== givenNumbers) continue;
    const edits = distance(givenCompact, alias.compact);
    if (edits <= typoAllowance(alias.compact.length) && (!typo || edits < typo.distance)) typo = { alias, distance: edits };
  }
  const nearestOther = closestOtherTerm(givenCompact, others, SPELLED_OUT);
  if (typo) {
    if (nearestOther && nearestOther.distance <= typo.distance) return rejectedAsOtherTerm(nearestOther.term, true);
    return accepted('typo', typo.alias.text, `Accepted: small typo (${given} → ${typo.alias.text})`);
  }
  if (nearestOther && nearestOther.distance <= nearestOther.allowance) return rejectedAsOtherTerm(nearestOther.term, false);
  return { accepted: false, kind: 'wrong', explanation: `Not accepted: the answer is ${expected}`, matched: null, otherTerm: null };
}

// ---------------------------------------------------------------------------------------------
// List recall: several entries against several items, any order.
//
// Items are often descriptions rather than names ("Pod-to-Pod communication on the same node and
// across cluster nodes"), so an entry may name an item by some of its words ("pod to pod"), as long
// as those words fit that item alone. Other terms of the deck still come first: "containerd" never
// names "cri-containerd".

interface PreparedItem {
  text: string;
  /** Significant words of the whole item. */
  words: string[];
  /** The head words that name the item; one of them alone is enough. */
  keyWords: string[];
}

function significantWords(text: string): string[] {
  return answerTokens(text).filter((token) => !JOINING_WORDS.has(token) && !FILLER_WORDS.has(token));
}

/** Head words up to the first joining word after two significant words ("pod pod communication" | on the same node). */
function keyWordsOf(text: string): string[] {
  const head = text.split(ITEM_HEAD_END)[0] || text;
  const key: string[] = [];
  for (const token of answerTokens(head)) {
    if (FILLER_WORDS.has(token)) continue;
    if (JOINING_WORDS.has(token)) {
      if (key.length >= 2) break;
      continue;
    }
    key.push(token);
  }
  return key;
}

function closeWord(given: string, expected: string): boolean {
  return given === expected || (expected.length > 4 && distance(given, expected) <= wordTypoAllowance(expected.length));
}

/** Each entry word matches its own word of the item (so "pod to pod" needs two pods). */
function wordsWithin(entryWords: readonly string[], itemWords: readonly string[]): boolean {
  const unused = [...itemWords];
  for (const word of entryWords) {
    const found = unused.findIndex((itemWord) => closeWord(word, itemWord));
    if (found < 0) return false;
    unused.splice(found, 1);
  }
  return true;
}

/** Two words or more, or a single key word: "binpacking" names "Automatical Binpacking", "code" names nothing. */
function saysEnough(entryWords: readonly string[], item: PreparedItem): boolean {
  return entryWords.length >= 2 || (entryWords.length === 1 && item.keyWords.some((key) => closeWord(entryWords[0], key)));
}

function namesByWords(entryWords: readonly string[], item: PreparedItem): boolean {
  return entryWords.length > 0 && saysEnough(entryWords, item) && wordsWithin(entryWords, item.words);
}

interface Candidate {
  entry: number;
  item: number;
  /** Lower is better: 0 exact, 1 typo, 2+ by words (fewer words of the item left out first). */
  quality: number;
  verdict: MatchVerdict;
}

export interface ListEntryResult {
  /** Index of the entry in the response, or null when the item was not named. */
  entry: number | null;
  given: string | null;
  verdict: MatchVerdict;
}

export interface ListMatch {
  /** One per expected item, in the items' order. */
  items: ListEntryResult[];
  /** Entries that named no item (or one already named). */
  extras: { entry: number; given: string; verdict: MatchVerdict }[];
}

function rejected(kind: ItemVerdictKind, explanation: string, otherTerm: KnownTerm | null = null): MatchVerdict {
  return { accepted: false, kind, explanation, matched: null, otherTerm };
}

/** Candidates of one entry: whole-name matches, else the one item its words fit (none when several fit). */
function candidatesFor(text: string, entry: number, items: readonly PreparedItem[], others: readonly PreparedTerm[]): Candidate[] {
  const otherTerms = others.map((other) => other.term);
  const verdicts = items.map((item) => matchAnswer(text, item.text, { otherTerms }));
  const whole = verdicts.flatMap((verdict, item) => (verdict.accepted ? [{ entry, item, quality: verdict.kind === 'typo' ? 1 : 0, verdict }] : []));
  if (whole.length > 0 || verdicts.some((verdict) => verdict.kind === 'other-term')) return whole;
  const words = significantWords(text);
  const fitting = items.flatMap((item, index) => (namesByWords(words, item) ? [index] : []));
  if (fitting.length !== 1) return [];
  const [item] = fitting;
  const quality = 2 + (items[item].words.length - words.length) / Math.max(items[item].words.length, 1);
  return [{ entry, item, quality, verdict: accepted('key-words', items[item].text, `Accepted: names ${items[item].text}`) }];
}

/** Why an entry named nothing: another term, several items at once, or nothing in the list. */
function explainExtra(text: string, items: readonly PreparedItem[], others: readonly PreparedTerm[]): MatchVerdict {
  const compact = compactAnswer(text);
  const words = significantWords(text);
  const containing = items.filter((item) => words.length > 0 && wordsWithin(words, item.words));
  const other = exactOtherTerm(compact, others) ?? nearOtherTerm(compact, others);
  if (other) {
    const listed = containing.length === 1 ? `; this list has ${containing[0].text}` : '';
    return rejected('other-term', `Not in this list: ${other.text} is a different term${listed}`, other);
  }
  if (containing.length > 1 && words.length > 0) {
    return rejected('wrong', `Not accepted: could be ${containing.map((item) => item.text).join(' or ')}; say which`);
  }
  return rejected('wrong', `Not in this list: ${text}`);
}

/**
 * Matches a list-recall answer: each entry names at most one item and each item is named at most once,
 * best matches first (exact, then typos, then by words), so order does not matter.
 */
export function matchListEntries(entries: readonly string[], items: readonly string[], otherTerms: readonly KnownTerm[] = []): ListMatch {
  const prepared: PreparedItem[] = items.map((text) => ({ text, words: significantWords(text), keyWords: keyWordsOf(text) }));
  const others = prepareOtherTerms(otherTerms, items);
  const given = entries.map((entry) => entry.trim());
  const filled = (text: string) => compactAnswer(text).length > 0;
  const candidates = given.flatMap((text, entry) => (filled(text) ? candidatesFor(text, entry, prepared, others) : []));
  candidates.sort((a, b) => a.quality - b.quality || a.entry - b.entry || a.item - b.item);

  const itemResults: (ListEntryResult | null)[] = prepared.map(() => null);
  const usedEntries = new Set<number>();
  for (const candidate of candidates) {
    if (usedEntries.has(candidate.entry) || itemResults[candidate.item]) continue;
    usedEntries.add(candidate.entry);
    itemResults[candidate.item] = { entry: candidate.entry, given: given[candidate.entry], verdict: candidate.verdict };
  }

  const extras: ListMatch['extras'] = [];
  given.forEach((text, entry) => {
    if (usedEntries.has(entry) || !filled(text)) return;
    const repeated = candidates.find((candidate) => candidate.entry === entry);
    const verdict = repeated ? rejected('repeat', `Already named: ${prepared[repeated.item].text}`) : explainExtra(text, prepared, others);
    extras.push({ entry, given: text, verdict });
  });

  return {
    items: itemResults.map((result, index) => result ?? { entry: null, given: null, verdict: rejected('empty', `Missing: ${prepared[index].text}`) }),
    extras,
  };
}

function nearOtherTerm(givenCompact: string, others: readonly PreparedTerm[]): KnownTerm | null {
  const nearest = closestOtherTerm(givenCompact, others, SPELLED_OUT);
  return nearest && nearest.distance <= nearest.allowance ? nearest.term : null;
}
