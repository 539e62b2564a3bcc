// Words and numbers of the review screen: grade names, card labels, intervals spoken aloud, times and dates.
import { plural } from '../../components/card-counts';
import { chapterLabel } from '../../components/scope-label';
import type { Card, Deck } from '../../domain/deck';
import { formatInterval } from '../../domain/scheduler';
import { scopeTarget, type StudyScope } from '../../domain/study-scope';

/** What the card is, above the prompt. */
export function kindLabel(card: Card): string {
  switch (card.kind) {
    case 'definition':
      return card.reverse ? 'Definition · reverse' : 'Definition';
    case 'enumeration':
      return 'List';
    case 'cloze':
      return 'Fill in the blank';
    case 'question':
      return card.reverse ? 'Question · reverse' : 'Question';
  }
}

/** What the learner is asked to recall, under the prompt. */
export function taskText(card: Card): string {
  switch (card.kind) {
    case 'definition':
      return card.reverse ? 'Which term is this?' : 'What does it mean?';
    case 'enumeration': {
      const count = card.items?.length ?? 0;
      return count === 1 ? 'Name the 1 item' : `Name all ${count} items`;
    }
    case 'cloze':
      return 'What is hidden?';
    case 'question':
      return card.reverse ? 'What is the question?' : 'Recall the answer';
  }
}

/** A short name for a card in messages shown after its answer ("Undid Good on Kubelet"). */
export const cardTitle = (card: Card) => (card.kind === 'definition' && card.term ? card.term : card.prompt);

/** The answer as one line of text, for screen-reader announcements. */
export function answerText(card: Card): string {
  if (card.kind === 'enumeration' && card.items) return `${card.items.length} items: ${card.items.join('; ')}`;
  if (card.kind === 'cloze' && card.context) return card.context;
  return card.answer;
}

export interface TextPart {
  text: string;
  /** A blank on the front, or the hidden part revealed on the back. */
  marked: boolean;
}

const BLANK = '[…]';

/** The prompt with its `[…]` blanks marked, so they can be drawn as blanks and read as "blank". */
export function promptParts(prompt: string): TextPart[] {
  const parts: TextPart[] = [];
  prompt.split(BLANK).forEach((text, index) => {
    if (index > 0) parts.push({ text: BLANK, marked: true });
    if (text !== '') parts.push({ text, marked: false });
  });
  return parts;
}

const PLACEHOLDER = /\[[^[\]]*\]/g;

function highlightFirst(sentence: string, hidden: string): TextPart[] {
  const at = hidden === '' ? -1 : sentence.indexOf(hidden);
  if (at === -1) return [{ text: sentence, marked: false }];
  const parts = [
    { text: sentence.slice(0, at), marked: false },
    { text: hidden, marked: true },
    { text: sentence.slice(at + hidden.length), marked: false },
  ];
  return parts.filter((part) => part.text !== '');
}

/**
 * The full cloze sentence with the parts this card hides marked. The prompt is the sentence with `[…]` (or `[hint]`)
 * in their place, so lining the two up gives the hidden parts exactly; a bracket that stands in the sentence
 * itself stays plain. If they do not line up, the answer text is marked where it first occurs.
 */
export function revealCloze(prompt: string, sentence: string, answer: string): TextPart[] {
  const pieces: { text: string; placeholder: boolean }[] = [];
  let from = 0;
  for (const match of prompt.matchAll(PLACEHOLDER)) {
    if (match.index > from) pieces.push({ text: prompt.slice(from, match.index), placeholder: false });
    pieces.push({ text: match[0], placeholder: true });
    from = match.index + match[0].length;
  }
  if (from < prompt.length) pieces.push({ text: prompt.slice(from), placeholder: false });

  const parts: TextPart[] = [];
  let at = 0;
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index]!;
    if (!piece.placeholder) {
      if (!sentence.startsWith(piece.text, at)) return highlightFirst(sentence, answer);
      parts.push({ text: piece.text, marked: false });
      at += piece.text.length;
      continue;
    }
    const following = pieces[index + 1];
    if (following?.placeholder) return highlightFirst(sentence, answer);
    const end = following ? sentence.indexOf(following.text, at) : sentence.length;
    if (end === -1) return highlightFirst(sentence, answer);
    const shown = sentence.slice(at, end);
    parts.push({ text: shown, marked: shown !== piece.text });
    at = end;
  }
  return at === sentence.length ? parts.filter((part) => part.text !== '') : highlightFirst(sentence, answer);
}

const SPOKEN_UNITS: Record<string, [string, string]> = {
  s: ['second', 'seconds'],
  m: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  mo: ['month', 'months'],
  y: ['year', 'years'],
};

/** An interval label as a screen reader should say it: "10m" → "10 minutes". */
export function spokenInterval(label: string): string {
  const match = /^(\d+(?:\.\d+)?)(mo|s|m|h|d|y)$/.exec(label);
  if (!match) return label;
  const [, amount, unit] = match as unknown as [string, string, string];
  const [one, many] = SPOKEN_UNITS[unit]!;
  return `${amount} ${amount === '1' ? one : many}`;
}

export interface WhenText {
  /** "now", "in 10m", "in 3d". */
  relative: string;
  /** The date and time when it is an hour or more away, else null. */
  date: string | null;
}

const HOUR_MS = 3_600_000;
const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

export function formatWhen(at: number, now: number): WhenText {
  if (at <= now) return { relative: 'now', date: null };
  return { relative: `in ${formatInterval(at - now)}`, date: at - now >= HOUR_MS ? dateFormat.format(at) : null };
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;

export interface ScopeDescription {
  /** Small line above the title: "Review · Chapter 3". */
  eyebrow: string;
  title: string;
  /** False when the query names a chapter, section or cards the deck does not have. */
  known: boolean;
}

const NOT_FOUND: Record<StudyScope['kind'], string> = {
  deck: 'Deck not found',
  chapter: 'Chapter not found',
  section: 'Section not found',
  cards: 'Cards not found',
};

/** The review screen's heading for a scope. */
export function describeScope(deck: Deck, scope: StudyScope): ScopeDescription {
  const target = scopeTarget(deck, scope);
  switch (target?.kind) {
    case undefined:
      return { eyebrow: 'Review', title: NOT_FOUND[scope.kind], known: false };
    case 'deck':
      return { eyebrow: 'Review · all chapters', title: deck.title, known: true };
    case 'chapter':
      return { eyebrow: `Review · Chapter ${target.chapter.order}`, title: target.chapter.title, known: true };
    case 'section':
      return { eyebrow: `Review · ${chapterLabel(target.chapter)}`, title: target.section.title, known: true };
    case 'cards':
      return { eyebrow: 'Review · selected cards', title: plural(target.count, 'selected card'), known: true };
  }
}
