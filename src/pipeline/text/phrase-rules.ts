// Word-level rules that tell a term or a list item from a sentence fragment.
// Every function works on one line of text and its mask (see normalise/line-text.ts), so code never matches.

/** Stands in the mask for every character of inline code, raw HTML and images: rules never match across it. */
export const INERT = '\uFFFC';

/** A line of note text plus its mask: same length, inert characters replaced by INERT. */
export interface MaskedText {
  text: string;
  mask: string;
}

export function hasInert(mask: string): boolean {
  return mask.includes(INERT);
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

export function sliceMasked(line: MaskedText, start: number, end?: number): MaskedText {
  return { text: line.text.slice(start, end), mask: line.mask.slice(start, end) };
}

/** Trims both strings by the whitespace of the mask, keeping them aligned. */
export function trimMasked(line: MaskedText): MaskedText {
  const start = line.mask.length - line.mask.trimStart().length;
  const end = line.mask.trimEnd().length;
  return start === 0 && end === line.mask.length ? line : sliceMasked(line, start, Math.max(start, end));
}

const URL_ONLY = /^<?(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*>?$/i;

export function isUrlOnly(text: string): boolean {
  return URL_ONLY.test(text.trim());
}

const NEEDS_TIDYING = /\s\s|[\t\n\r\f\v\u00a0]|--/;

/** Display form of note text: runs of spaces collapsed, the author's `word-- more` shown as a dash. */
export function tidyText(text: string): string {
  if (!NEEDS_TIDYING.test(text)) return text.trim();
  return text
    .replace(/\s+/g, ' ')
    .replace(/(\S)\s*--\s+/g, '$1 — ')
    .trim();
}

export function dropTrailingColon(text: string): string {
  return text.replace(/\s*:+\s*$/, '');
}

export function dropTrailingPunctuation(text: string): string {
  return text.replace(/[\s.:;,]+$/, '');
}

const set = (words: string) => new Set(words.split(' '));

/** Words a term or subject never starts with: pronouns, question words, conjunctions, prepositions, note markers. */
const LEADING_STOP = set(
  'a an the this that these those there here it its we you i he she they them our your my their his her some each every all any most many one once if when while whether for to at in on by with from of into inside within after before during until since regardless because although though unless whereas so then also and or but not no nor as like unlike via per note notes example examples ex eg e.g. i.e. ie see below above following tip warning important todo nb ps q a. question answer what why how where which who whom whose different various several other others such both few more less same only just can could must should will would may might do does did has have had is are was were be been being',
);

/** Irregular past participles: like any word in -ed, they open a clause about something else, never a term. */
const IRREGULAR_PARTICIPLES = set(
  'written made done known given taken seen shown built found held kept left meant paid put read run sent set spent told thought understood won',
);

const PARTICIPLE_PREPOSITIONS = set('by in for to of with on as from at into under over through');

/** "hosted by …", "written in …", "used as …": a past participle and its preposition open a clause, never a term. */
export function opensWithParticiple(words: string[]): boolean {
  const [first = '', second = ''] = words.map(lower);
  const participle = (first.length > 3 && first.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(first);
  return participle && PARTICIPLE_PREPOSITIONS.has(second);
}

/** Words a term never ends with: it would be a fragment of a sentence. */
const TRAILING_STOP = set(
  'is are was were be been the a an of to and or for with by in on at as from that which who whose than into via its their our your my this these those',
);

/** Finite verbs: a phrase holding one is a clause, not a term ("MN has following components"). */
const FINITE_VERBS = set(
  'is are was were has have had include includes contain contains consist consists can could should must will would shall may might do does did need needs make makes get gets let lets provide provides run runs use uses',
);

const GENERIC_HEADINGS = set(
  'introduction intro overview summary notes note references reference resources links link examples example conclusion conclusions background contents toc todo setup installation install prerequisites requirements usage faq glossary appendix misc miscellaneous further reading index abstract preface outline agenda questions answers other translations general',
);

/** Labels authors put before a colon that name no term ("Key idea: …", "TL;DR: …"). */
const NOTE_LABELS = new Set([
  'key idea',
  'main idea',
  'idea',
  'key point',
  'key points',
  'main point',
  'takeaway',
  'key takeaway',
  'summary',
  'tldr',
  'tl;dr',
  'remember',
  'hint',
  'conclusion',
  'result',
  'results',
  'output',
  'input',
  'goal',
  'goals',
  'aim',
  'objective',
  'objectives',
  'fyi',
  'caution',
  'reminder',
  'update',
  'edit',
  'source',
  'sources',
  'credit',
  'credits',
  'date',
  'author',
  'status',
  'tags',
  'tag',
  'aliases',
  'related',
  'prerequisite',
  'prerequisites',
  'recap',
  'exception',
  'exceptions',
  'formula',
  'reaction',
  'reactions',
  'info',
  'warning',
  'tip',
  'important',
  'more',
  'solution',
  'explanation',
  'reference',
  'references',
  'see also',
  'details',
  'example',
  'examples',
  'e.g',
  'eg',
]);

export function isNoteLabel(term: string): boolean {
  return NOTE_LABELS.has(term.trim().toLowerCase());
}

export function isGenericHeading(title: string): boolean {
  const words = wordsOf(title.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' '));
  return words.length === 0 || words.every((word) => GENERIC_HEADINGS.has(word) || word === 'and' || word === 'of');
}

const lower = (word: string) => word.toLowerCase().replace(/^[("'“‘[]+|[)"'”’\],.;:!?]+$/g, '');

/**
 * A term is a short noun phrase: a few words, no clause, no sentence punctuation, no code.
 * "Kubelet", "Service Discovery and Load Balancing", "Cloud Native Computing Foundation (aka CNCF)".
 */
export function isTermPhrase(term: MaskedText): boolean {
  const text = term.text.trim();
  if (text === '' || text.length > 64 || hasInert(term.mask)) return false;
  if (/[,;!?]|\.\s|^\W+$|^\d[\d\s.:/-]*$/.test(text) || isUrlOnly(text)) return false;
  if (/[=<>{}[\]|#*`→←⇌]|\s\+\s/.test(text)) return false;
  const words = wordsOf(text);
  if (words.length > 6) return false;
  // "WHO", "IT", "AND-gate": an acronym in capitals is a name, whatever word it spells.
  if (words.length === 1 && /^\p{Lu}[\p{Lu}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(text)) return true;
  const first = lower(words[0]);
  const last = lower(words[words.length - 1]);
  if (LEADING_STOP.has(first) || TRAILING_STOP.has(last) || opensWithParticiple(words)) return false;
  if (words.some((word) => FINITE_VERBS.has(lower(word)))) return false;
  if (words.length === 1 && text.length < 2) return false;
  return !isNoteLabel(text);
}

/**
 * A term the author marked (bold, italic, a heading): a short noun phrase as `isTermPhrase` says, except that it may
 * open with a capitalised word that usually opens a clause ("**All Solid State Batteries**", "*The Greedy Property*").
 */
export function isMarkedTerm(term: MaskedText): boolean {
  if (isTermPhrase(term)) return true;
  const [first = '', ...rest] = wordsOf(term.text);
  if (rest.length === 0 || !/^\p{Lu}/u.test(first) || !LEADING_STOP.has(lower(first))) return false;
  // A name in title case: every other word capitalised too ("All Solid State Batteries (ASSBs)").
  if (!rest.every((word) => /^[\p{Lu}(\p{N}]/u.test(word))) return false;
  const tail = rest.join(' ');
  return isTermPhrase({ text: tail, mask: tail });
}

/** Words that cannot start a subject: pronouns, conjunctions, prepositions, quantifiers. */
export function isSubjectStart(word: string): boolean {
  return !LEADING_STOP.has(lower(word)) && /^[\p{L}\p{N}]/u.test(word);
}

export function isFiniteVerb(word: string): boolean {
  return FINITE_VERBS.has(lower(word));
}

/** After "X is …": words that make it a statement about X rather than what X is. */
const NOT_DEFINING_AFTER_IS = set(
  'also not still often usually always never now then only just generally mostly typically really very too sometimes currently already automatically directly in on at to from with by for into inside within under over of able unable capable possible available accessible important necessary required needed ready likely unlikely similar different same equal equivalent related proportional true false expected done given known shown seen made taken written set run sent kept found called named there here it this that what why how where when responsible',
);

/** Past participles that still define: "etcd is based on …", "X is used for …". */
const DEFINING_PARTICIPLES = set('based used designed built intended meant');

export function definesAfterIs(word: string): boolean {
  const next = lower(word);
  if (next === '') return false;
  if (next === 'a' || next === 'an' || next === 'the') return true;
  if (NOT_DEFINING_AFTER_IS.has(next)) return false;
  // "Pods are scheduled …" states what happens to them; "raster-based" is an adjective.
  if (next.endsWith('ed') && !next.includes('-') && !DEFINING_PARTICIPLES.has(next)) return false;
  return true;
}

/** Words that end a one-line list: the sentence goes on with a new clause ("…, and rkt, are all good at …"). */
const CLAUSE_START = set(
  'are is was were which that who whom whose where when while all each both can could will would should must may might do does did has have had to so because but since though although',
);

export function startsClause(chunk: string): boolean {
  const [first] = wordsOf(chunk);
  return first !== undefined && CLAUSE_START.has(lower(first));
}

/** `text` as a literal inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
