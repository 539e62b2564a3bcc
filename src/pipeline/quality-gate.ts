// Stage 5, the quality gate: every rule's drafts pass here, so what a card may look like is decided in one place.
// - No function word, pronoun, label or example marker as a term ("what", "it", "ex", "below", "what it is").
// - No question split into a term and a definition; no answer that is empty, only a link, or the term again.
// - A definition's answer is its first sentence, at most about 40 words; the rest becomes details.
// - A reverse card only for a term that is a short noun phrase, with a prompt of 2 to 25 words that does not give
//   the term away; rebuilt here from the final answer.
// - No raw HTML, #tags or URLs in what a card shows.
// - List items are names, not pointers ("Features mentioned below").
// - Two cards with the same front in a deck become one: the more explicit stays, the other's answer is a detail of
//   it, and a warning names both places.
import type { AnswerDetail } from '../domain/deck';
import type { CardDraft, NoteDraft } from './rules/rule';
import { hideTerm, sentencesOf, wordCount } from './text/card-text';
import { isNoteLabel, isTermPhrase, isUrlOnly, tidyText } from './text/phrase-rules';

export interface GatedNote extends NoteDraft {
  /** Which chapter and file the note is in, for merging across the deck and for warnings. */
  chapterId: string;
  file: string;
}

export interface GateWarning {
  file: string;
  line: number;
  column: number;
  message: string;
  ruleId: string;
}

const MAX_ANSWER_WORDS = 40;
/** A first sentence shorter than this is followed by the next one. */
const MIN_SENTENCE_WORDS = 8;
/** A first sentence longer than this is cut at a comma or semicolon. */
const MAX_SENTENCE_WORDS = 45;
const MAX_REVERSE_WORDS = 25;
const MIN_REVERSE_WORDS = 2;
const MAX_TERM_WORDS = 12;

const NOT_A_TERM = new Set(
  'what how why when where which who whom it its this that these those they them there here ex eg e.g example examples e.g. below above following note notes see also and or but the a an one ones what it is what it does how it works for example i.e ie etc'.split(
    ' ',
  ),
);
const NOT_A_TERM_PHRASES = /^(?:what|how|why|when|where|which|who)\s+(?:it|they|this|that|is|are|does|do)\b/i;

/** The HTML a learner should never see as a card (score.mjs flags the same). */
const RAW_HTML = /<\/?(?:img|br|div|p|span|details|summary|h[1-6])\b[^>]*>/i;
const TAG_IN_TEXT = /(^|\s)#[a-z][\w-]*(?=\s|$)/gi;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
/** "Features mentioned below": an item that points elsewhere names nothing. */
const POINTER_ITEM = /\b(?:below|above|following|mentioned|aforementioned|see|separate note)\b/i;

const comparable = (text: string) =>
  tidyText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function isJunkTerm(term: string): boolean {
  const key = comparable(term);
  // "WHO", "IT": an acronym in capitals is a name, not the function word it spells.
  const acronym = /^\p{Lu}{2,}$/u.test(term.trim());
  return (
    key === '' ||
    (!acronym && NOT_A_TERM.has(key)) ||
    NOT_A_TERM_PHRASES.test(key) ||
    isNoteLabel(term) ||
    /:\s*$/.test(term) ||
    wordCount(term) > MAX_TERM_WORDS
  );
}

/** A definition's answer cut to its first sentence (and that to about 40 words); what is cut leads the details. */
export function shortenAnswer(answer: string): { answer: string; moved: string[] } {
  const [sentence = answer, ...others] = sentencesOf(answer);
  let kept = sentence;
  // A first sentence that only names the thing ("The first is called long-term.") keeps the one that says more.
  const next = others[0];
  if (next !== undefined && wordCount(kept) < MIN_SENTENCE_WORDS && !/^[\p{L}\s]{1,20}:/u.test(next) && wordCount(kept) + wordCount(next) <= MAX_ANSWER_WORDS)
    kept = `${kept} ${others.shift()}`;
  const rest = others.join(' ');
  const moved = rest ? [rest] : [];
  if (wordCount(kept) > MAX_SENTENCE_WORDS) {
    const words = kept.split(/\s+/);
    const head = words.slice(0, MAX_ANSWER_WORDS).join(' ');
    const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' - '), head.lastIndexOf(' — '));
    const at = cut > head.length / 3 ? cut : head.length;
    moved.unshift(kept.slice(at).replace(/^[,;\s—-]+/, ''));
    kept = kept.slice(0, at).replace(/[,;\s]+$/, '') + '…';
  }
  return { answer: kept, moved: moved.filter((text) => text.trim() !== '') };
}

const showsMarkup = (text: string) => RAW_HTML.test(text) || /(^|\s)#[a-z][\w-]*(\s|$)/i.test(text);

function withoutTagsAndUrls(text: string): string {
  return tidyText(text.replace(URL, '').replace(TAG_IN_TEXT, '$1'));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** `word` as a whole word of `text`, any case ("cat" is not in "concatenate"). */
function containsWord(text: string, word: string): boolean {
  const haystack = text.toLowerCase();
  const needle = word.toLowerCase();
  if (needle === '') return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return true;
  }
  return false;
}

/** The reverse of a definition, from its final answer; null when it would not be a fair card. */
function reverseOf(forward: CardDraft, tags: string[]): CardDraft | null {
  const term = forward.term ?? forward.prompt;
  if (!isTermPhrase({ text: term, mask: term }) || wordCount(term) > 6) return null;
  const prompt = tidyText(hideTerm(forward.answer, term).replace(/\s*:+\s*$/, ''));
  const words = wordCount(prompt.replace(/\[…\]/g, ' '));
  if (words < MIN_REVERSE_WORDS || wordCount(prompt) > MAX_REVERSE_WORDS || URL.test(prompt)) return null;
  URL.lastIndex = 0;
  if (containsWord(prompt, term) || tags.some((tag) => containsWord(prompt, tag)) || /\?\s*$/.test(prompt) || showsMarkup(prompt)) return null;
  return { suffix: 'reverse', reverse: true, prompt, answer: term, term, items: null, details: [], context: null };
}

function gateDefinition(note: NoteDraft, tags: string[]): NoteDraft | null {
  const forward = note.cards.find((card) => !card.reverse);
  if (!forward) return null;
  const term = tidyText(forward.term ?? forward.prompt);
  const raw = tidyText(forward.answer);
  // "Stable: No": a yes or no is no definition.
  if (
    isJunkTerm(term) ||
    /\?\s*$/.test(term) ||
    /\?\s*$/.test(raw) ||
    raw === '' ||
    isUrlOnly(raw) ||
    comparable(raw) === comparable(term) ||
    /^(?:yes|no|true|false|n\/a)\.?$/i.test(raw)
  )
    return null;
  const { answer, moved } = shortenAnswer(raw);
  const prompt = withoutTagsAndUrls(forward.prompt);
  if (prompt === '' || isUrlOnly(term) || /\?\s*$/.test(answer) || showsMarkup(forward.prompt) || showsMarkup(answer)) return null;
  const details: AnswerDetail[] = [...moved.map((text) => ({ text, depth: 1 })), ...forward.details];
  const kept: CardDraft = { ...forward, prompt, term, answer, details };
  const hadReverse = note.cards.some((card) => card.reverse);
  const reverse = hadReverse ? reverseOf(kept, tags) : null;
  return { ...note, cards: reverse ? [kept, reverse] : [kept] };
}

function gateEnumeration(note: NoteDraft): NoteDraft | null {
  const cards = note.cards.flatMap((card) => {
    const items = (card.items ?? []).map((item) => tidyText(item)).filter((item) => item !== '' && !(POINTER_ITEM.test(item) && wordCount(item) <= 5));
    if (items.length < 2 || NOT_A_TERM.has(comparable(card.prompt)) || showsMarkup(card.prompt) || items.some(showsMarkup)) return [];
    return [{ ...card, prompt: withoutTagsAndUrls(card.prompt), items, answer: items.join(', ') }];
  });
  return cards.length > 0 ? { ...note, cards } : null;
}

function gateQuestionOrCloze(note: NoteDraft): NoteDraft | null {
  const cards = note.cards.flatMap((card) => {
    const prompt = withoutTagsAndUrls(card.prompt);
    const answer = card.answerCode ? card.answer : tidyText(card.answer);
    if (prompt === '' || answer.trim() === '' || isUrlOnly(answer) || showsMarkup(prompt) || (!card.answerCode && showsMarkup(answer))) return [];
    if (note.kind === 'question' && !card.reverse && !card.answerCode && wordCount(answer) > MAX_SENTENCE_WORDS * 2) {
      const { answer: short, moved } = shortenAnswer(answer);
      return [{ ...card, prompt, answer: short, details: [...moved.map((text) => ({ text, depth: 1 })), ...card.details] }];
    }
    return [{ ...card, prompt, answer }];
  });
  return cards.length > 0 && cards.some((card) => !card.reverse) ? { ...note, cards } : null;
}

/** One note through the gate: repaired, or null when no card a learner would keep is left. */
export function gateNote(note: NoteDraft, tags: string[] = []): NoteDraft | null {
  switch (note.kind) {
    case 'definition':
      return gateDefinition(note, tags);
    case 'enumeration':
      return gateEnumeration(note);
    default:
      return gateQuestionOrCloze(note);
  }
}

/** The same front, whatever its case and punctuation ("ETCD", "etcd"); "Runtime" and "Runtimes" are two fronts. */
const frontKey = (note: NoteDraft) => {
  const forward = note.cards.find((card) => !card.reverse);
  const front = tidyText(forward?.term ?? forward?.prompt ?? note.key).toLowerCase();
  return `${note.kind}:${front.replace(/^[\s"'“‘(]+|[\s"'”’).:;,!]+$/g, '')}`;
};

/** What a merged note adds to the one that stays: its answer, then its details one level down. */
function asDetails(note: NoteDraft): AnswerDetail[] {
  const forward = note.cards.find((card) => !card.reverse);
  if (!forward) return [];
  const answer = forward.items ? forward.items.join(', ') : forward.answer;
  return [{ text: answer, depth: 1 }, ...forward.details.map((detail) => ({ ...detail, depth: detail.depth + 1 }))];
}

/** Places as `a.md:3, 40, 77; b.md:12`: the file named once for its lines. */
function placesText(places: ReadonlyArray<{ file: string; line: number }>): string {
  const byFile = new Map<string, number[]>();
  for (const { file, line } of places) byFile.set(file, [...(byFile.get(file) ?? []), line]);
  return [...byFile].map(([file, lines]) => `${file}:${lines.join(', ')}`).join('; ');
}

/** The warning for a front written more than once: at the first place merged, naming where the card is and the rest. */
function duplicateWarning(kept: GatedNote, merged: readonly GatedNote[]): GateWarning {
  const [first, ...others] = merged;
  const front = kept.cards.find((card) => !card.reverse)?.prompt ?? kept.key;
  const message =
    others.length === 0
      ? `"${front}" is also at ${kept.file}:${kept.line}: one card, with this answer as a detail`
      : `"${front}" is on ${merged.length + 1} cards, kept at ${kept.file}:${kept.line} (also ${placesText(others)}): one card, with the other answers as details`;
  return { file: first.file, line: first.line, column: first.column, ruleId: 'duplicate-front', message };
}

/**
 * Notes with the same front become one: the stronger (else the first) stays and takes the others' answers as
 * details; one warning a front names the places. Cloze notes are never merged (their fronts are whole sentences).
 */
export function mergeDuplicateFronts(notes: GatedNote[]): { notes: GatedNote[]; warnings: GateWarning[] } {
  const byFront = new Map<string, GatedNote>();
  const mergedOf = new Map<string, GatedNote[]>();
  const dropped = new Set<GatedNote>();
  const extraDetails = new Map<GatedNote, AnswerDetail[]>();
  for (const note of notes) {
    if (note.kind === 'cloze') continue;
    const key = frontKey(note);
    const first = byFront.get(key);
    if (!first) {
      byFront.set(key, note);
      continue;
    }
    const [kept, merged] = note.strength > first.strength ? [note, first] : [first, note];
    byFront.set(key, kept);
    dropped.add(merged);
    mergedOf.set(key, [...(mergedOf.get(key) ?? []), merged]);
    // One list a front, added to in place: a front written a hundred times is not copied a hundred times.
    const extra = extraDetails.get(kept) ?? [];
    extra.push(...(extraDetails.get(merged) ?? []), ...asDetails(merged));
    extraDetails.set(kept, extra);
    extraDetails.delete(merged);
  }
  const warnings: GateWarning[] = [];
  const order = new Map(notes.map((note, index) => [note, index]));
  for (const [key, merged] of mergedOf) {
    const kept = byFront.get(key) as GatedNote;
    // One line that says a thing twice ("X: … The name X refers to …") is no duplicate to fix.
    const worthSaying = merged
      .filter((note) => note.strength > 0 && !(kept.file === note.file && kept.line === note.line))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    if (worthSaying.length > 0) warnings.push(duplicateWarning(kept, worthSaying));
  }
  const result = notes
    .filter((note) => !dropped.has(note))
    .map((note) => {
      const extra = extraDetails.get(note);
      if (!extra) return note;
      return {
        ...note,
        cards: note.cards.map((card) => {
          if (card.reverse) return card;
          // The same fact written twice adds nothing. The texts known so far are one string, a separator between
          // them that no text holds, so one search finds a fact inside any of them.
          let known = [comparable(card.answer), ...card.details.map((detail) => comparable(detail.text))].join('\0');
          const added = extra.filter((detail) => {
            const key = comparable(detail.text);
            if (known.includes(key)) return false;
            known += `\0${key}`;
            return true;
          });
          return { ...card, details: [...card.details, ...added] };
        }),
      };
    });
  return { notes: result, warnings };
}
