// Definition forms on one line: `Term: def`, `**Term**: def` (bold is already flattened),
// `Term - def`, `Term – def`, the author's `dockershim- def`, and subject statements that
// define their subject ("Nomad is container orchestrator from HashiCorp").
import {
  type MaskedText,
  definesAfterIs,
  hasInert,
  isResponsible,
  isSubjectStart,
  isTermPhrase,
  isUrlOnly,
  sliceMasked,
  trimMasked,
} from './phrase-rules';

export type DefinitionForm = 'colon' | 'dash' | 'word-dash' | 'subject';

export interface DefinitionParts {
  term: string;
  answer: string;
  form: DefinitionForm;
}

/** Text with link ranges, as lines of the outline carry them. */
export interface LinkedText extends MaskedText {
  links?: Array<[number, number]>;
}

/** Splits at the first colon that ends a word (`Term: …`), never inside code, a URL or `::`. */
export function splitAtColon(line: MaskedText): { before: MaskedText; after: MaskedText; at: number } | null {
  const mask = line.mask;
  let at = mask.indexOf(':');
  while (at !== -1) {
    const next = mask[at + 1];
    const previous = mask[at - 1];
    if (previous !== ':' && next !== ':' && (next === undefined || next === ' ' || next === '\t')) {
      return { before: trimMasked(sliceMasked(line, 0, at)), after: trimMasked(sliceMasked(line, at + 1)), at };
    }
    at = mask.indexOf(':', at + 1);
  }
  return null;
}

/** True when the answer has something to learn: not empty, not only a URL or a link, not only code. */
export function isLearnableAnswer(answer: MaskedText, links: Array<[number, number]> = [], offset = 0): boolean {
  const text = answer.text.trim();
  if (text === '' || isUrlOnly(text)) return false;
  if (!/[\p{L}\p{N}]/u.test(answer.mask.replace(/\uFFFC/g, ''))) return false;
  const start = offset;
  const end = offset + answer.text.length;
  return !links.some(([from, to]) => from <= start && to >= end);
}

export function readColonDefinition(line: LinkedText): DefinitionParts | null {
  const split = splitAtColon(line);
  if (!split || !isTermPhrase(split.before)) return null;
  const offset = line.mask.length - line.mask.slice(split.at + 1).trimStart().length;
  if (!isLearnableAnswer(split.after, line.links, offset)) return null;
  return { term: split.before.text, answer: split.after.text, form: 'colon' };
}

const SPACED_DASH = /\s[-–—]\s/;

export function readDashDefinition(line: LinkedText): DefinitionParts | null {
  const match = SPACED_DASH.exec(line.mask);
  if (!match) return null;
  const term = trimMasked(sliceMasked(line, 0, match.index));
  const answer = trimMasked(sliceMasked(line, match.index + match[0].length));
  if (!isTermPhrase(term) || !isLearnableAnswer(answer, line.links, match.index + match[0].length)) return null;
  return { term: term.text, answer: answer.text, form: 'dash' };
}

const WORD_DASH = /^([\p{L}\p{N}][\p{L}\p{N}._]{2,})- (?=\S)/u;
const NOT_AN_ANSWER_START = new Set(['and', 'or', 'nor', 'to']);

/** The author's `dockershim- containers are created …`: one word glued to `- `. */
export function readWordDashDefinition(line: MaskedText): DefinitionParts | null {
  const match = WORD_DASH.exec(line.mask);
  if (!match) return null;
  const answer = trimMasked(sliceMasked(line, match[0].length));
  const words = answer.text.split(/\s+/);
  if (words.length < 2 || NOT_AN_ANSWER_START.has(words[0].toLowerCase()) || !isLearnableAnswer(answer)) return null;
  return { term: line.text.slice(0, match[1].length), answer: answer.text, form: 'word-dash' };
}

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
const BY_VERBS = new Set(['hosted', 'provided', 'maintained', 'developed', 'created']);
const NOT_AFTER_RUNS = new Set(['on', 'in', 'at', 'as', 'inside', 'within', 'under', 'over', 'out', 'into']);
/** Words that make a subject a phrase rather than a name ("Kubelet connects to CRI shim"). */
const NOT_IN_SUBJECT = new Set(['to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'but', 'not', 'also', 'can', 'will', 'should', 'must', 'may', 'might', 'could', 'would', 'does', 'do', 'did', 'has', 'have', 'had', 'was', 'were', 'be', 'been']);
const MAX_SUBJECT_WORDS = 4;

/**
 * Where the definition starts after the subject, or -1 when the verb states something else
 * ("Pods are scheduled …", "Kubernetes is also referred to …"); null when `verb` is not a defining verb.
 */
function definitionStart(verb: Token, next: Token | undefined, afterNext: Token | undefined): number | null {
  const word = lower(verb.word);
  const nextWord = next ? lower(next.word) : '';
  if (word === 'is' || word === 'are') return next && definesAfterIs(next.word) ? next.start : -1;
  if (BY_VERBS.has(word) && nextWord === 'by') return verb.start;
  if (isResponsible(word) && (nextWord === 'for' || nextWord === 'to')) return verb.start;
  if (word === 'runs' && next) return NOT_AFTER_RUNS.has(nextWord) ? -1 : verb.start;
  if ((word === 'stands' && nextWord === 'for') || (word === 'refers' && nextWord === 'to')) return afterNext ? afterNext.start : -1;
  return null;
}

/**
 * "Nomad is container orchestrator from HashiCorp", "ImageService repsonsible for …",
 * "etcd is based on Raft …", "kube-controller-manager runs controllers …".
 * The subject is a name of one to four words; the first verb decides.
 */
export function readSubjectStatement(line: MaskedText): DefinitionParts | null {
  const tokens = firstTokens(line.mask, MAX_SUBJECT_WORDS + 4);
  const from = tokens.length > 0 && ARTICLES.has(lower(tokens[0].word)) ? 1 : 0;
  for (let index = from + 1; index <= from + MAX_SUBJECT_WORDS && index < tokens.length; index += 1) {
    const start = definitionStart(tokens[index], tokens[index + 1], tokens[index + 2]);
    if (start === null) {
      // The word joins the subject: a subject never holds a preposition, an auxiliary or a comma.
      if (NOT_IN_SUBJECT.has(lower(tokens[index].word)) || /[,;:]$/.test(tokens[index].word)) return null;
      continue;
    }
    if (start === -1) return null;
    const subject = sliceMasked(line, tokens[from].start, tokens[index - 1].end);
    const answer = trimMasked(sliceMasked(line, start));
    if (!isSubjectStart(tokens[from].word) || !isTermPhrase(subject) || /[,;:]/.test(subject.text) || hasInert(subject.mask)) return null;
    if (answer.text.split(/\s+/).length < 2 || !isLearnableAnswer(answer)) return null;
    return { term: subject.text, answer: answer.text, form: 'subject' };
  }
  return null;
}

/** The first definition form that reads the line, most explicit first. */
export function readDefinition(line: LinkedText): DefinitionParts | null {
  return readColonDefinition(line) ?? readDashDefinition(line) ?? readWordDashDefinition(line) ?? readSubjectStatement(line);
}
