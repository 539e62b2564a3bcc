// The deck's cards as a text file Anki imports (File › Import), with the file headers Anki 2.1.55+ reads
// (docs.ankiweb.net, "Importing › Text Files › File Headers"):
//
//   #separator:tab              fields are tab-separated
//   #html:false                 Anki shows the text as written (note text is never read as HTML)
//   #columns:GUID Notetype Deck Front/Text Back/Back Extra Tags   (tab-separated names)
//   #guid column:1              deck id + card id: importing again updates these notes instead of duplicating them,
//                               and no two decks of this app share a GUID (a deck id is unique in the browser)
//   #notetype column:2          "Basic" or "Cloze": with a notetype column Anki maps the regular columns to the
//                               note's fields in order (Front, Back; or Text, Back Extra)
//   #deck column:3              the deck's title ("::" in it written "∷", or Anki would nest decks); Anki creates it
//   #tags column:6              one hierarchical tag, Deck::Chapter::Section, spaces as underscores
//
// A definition, list or question card is one Basic note with its own id: a reverse card (definition → term) is a
// note of its own rather than "Basic (and reversed card)", so every card keeps its id as GUID. The cards of one cloze
// sentence are one Cloze note, `{{c1::etcd}} is based on {{c2::Raft}}`, which Anki turns into the same cards.
// With html:false a line break inside a field shows as a space, so lists are joined with " · " on one line.
// A field holding a tab, a line break or a quote, or starting with "#" (a comment mark at the start of a line), is
// quoted with inner quotes doubled, as Anki's reader (RFC 4180 style) expects.
import type { Card, Deck } from './deck';

export const ANKI_COLUMNS = ['GUID', 'Notetype', 'Deck', 'Front/Text', 'Back/Back Extra', 'Tags'] as const;
export type AnkiNotetype = 'Basic' | 'Cloze';

const SEPARATOR = '\t';
const LIST_JOINER = ' · ';
const DETAILS_JOINER = ' — ';
/** Anki reads "::" in a deck name as a subdeck; this reads the same and nests nothing. */
const DECK_LEVEL_LOOKALIKE = '∷';

/** The header lines, in the order Anki needs (the separator before the column names). */
export function ankiHeaderLines(): string[] {
  const column = (name: (typeof ANKI_COLUMNS)[number]) => ANKI_COLUMNS.indexOf(name) + 1;
  return [
    '#separator:tab',
    '#html:false',
    `#columns:${ANKI_COLUMNS.join(SEPARATOR)}`,
    `#guid column:${column('GUID')}`,
    `#notetype column:${column('Notetype')}`,
    `#deck column:${column('Deck')}`,
    `#tags column:${column('Tags')}`,
  ];
}

/** A field as Anki's reader reads it back exactly. */
export function ankiField(text: string): string {
  const needsQuotes = /[\t\n\r"]/.test(text) || text.startsWith('#');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The deck's name in Anki: its title, one deck, never subdecks ("C++ :: Basics" → "C++ ∷ Basics"). */
export function ankiDeckName(title: string): string {
  return title.replace(/::+/g, DECK_LEVEL_LOOKALIKE);
}

/** One part of a hierarchical tag: no spaces (they separate tags), no quotes or control characters, no `::`. */
export function ankiTagPart(text: string): string {
  return (
    text
      .replace(/[\s:]+/g, '_')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/["\u0000-\u001f\u007f]/g, '')
      .replace(/_+/g, '_')
      .replace(/^_|_$/g, '')
  );
}

/** `Kubernetes::Kubernetes_Architecture::Explain_different_components…`: deck, chapter, then the card's sections. */
export function ankiTag(deck: Deck, card: Card): string {
  const chapterTitle = deck.chapters.find((chapter) => chapter.id === card.chapterId)?.title ?? card.chapterId;
  const sections = card.sectionPath[0] === chapterTitle ? card.sectionPath.slice(1) : card.sectionPath;
  return [deck.title, chapterTitle, ...sections]
    .map(ankiTagPart)
    .filter((part) => part !== '')
    .join('::');
}

const detailsText = (card: Card) => card.details.map((detail) => detail.text).join(LIST_JOINER);

/** What the back of a Basic note shows: the answer (a list's items, a cloze's hidden part and its sentence), then details. */
export function ankiBack(card: Card): string {
  let back = card.items && card.items.length > 0 ? card.items.join(LIST_JOINER) : card.answer;
  if (card.kind === 'cloze' && card.context) back += `${DETAILS_JOINER}${card.context}`;
  if (card.details.length > 0) back += `${DETAILS_JOINER}${detailsText(card)}`;
  return back;
}

/** A GUID no other deck of this app shares: the deck id, then the card's (or the cloze note's) id. */
export function ankiGuid(deck: Pick<Deck, 'id'>, id: string): string {
  return `${deck.id}/${id}`;
}

function line(fields: readonly string[]): string {
  return fields.map(ankiField).join(SEPARATOR);
}

export function ankiLine(deck: Deck, card: Card): string {
  return line([ankiGuid(deck, card.id), 'Basic', ankiDeckName(deck.title), card.prompt, ankiBack(card), ankiTag(deck, card)]);
}

interface ClozeDeletion {
  group: number;
  start: number;
  end: number;
  hint: string | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where a cloze card's prompt hides its part: "[…]", or "[hint]" for `{{c1::etcd::hint}}`. */
const PLACEHOLDER = /\[([^[\]]*)\]/g;

/**
 * The deletions of one cloze card, found by reading its prompt against the full sentence (a bracket in the prompt is
 * a deletion, or the sentence's own bracketed text), checked against its answer; null when they cannot be told apart.
 */
function deletionsOf(card: Card, sentence: string): ClozeDeletion[] | null {
  const group = Number(/\/c(\d+)$/.exec(card.id)?.[1] ?? 1);
  const brackets = [...card.prompt.matchAll(PLACEHOLDER)];
  const pattern = card.prompt
    .split(PLACEHOLDER)
    .map((piece, index) => (index % 2 === 0 ? escapeRegExp(piece) : `(?:${escapeRegExp(`[${piece}]`)}|(.+?))`))
    .join('');
  const match = new RegExp(`^${pattern}$`, 'sd').exec(sentence);
  if (!match?.indices) return null;
  const deletions = brackets.flatMap((bracket, index): ClozeDeletion[] => {
    const span = match.indices![index + 1];
    return span ? [{ group, start: span[0], end: span[1], hint: bracket[1] === '…' ? null : bracket[1]! }] : [];
  });
  const hidden = deletions.map((deletion) => sentence.slice(deletion.start, deletion.end).trim()).join(', ');
  const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
  return deletions.length > 0 && same(hidden, card.answer) ? deletions : null;
}

/**
 * The cards of one cloze sentence as the text of one Anki Cloze note: `{{c1::etcd}} is based on {{c2::Raft::hint}}`.
 * Null when a card's prompt does not match the sentence it came from (then each card goes as a Basic note).
 */
export function ankiClozeText(cards: readonly Card[]): string | null {
  const sentence = cards[0]?.context;
  if (!sentence) return null;
  const deletions: ClozeDeletion[] = [];
  for (const card of cards) {
    if (card.context !== sentence) return null;
    const found = deletionsOf(card, sentence);
    if (!found) return null;
    deletions.push(...found);
  }
  deletions.sort((a, b) => a.start - b.start);
  if (deletions.some((deletion, index) => index > 0 && deletion.start < deletions[index - 1]!.end)) return null;
  let text = '';
  let at = 0;
  for (const { group, start, end, hint } of deletions) {
    text += `${sentence.slice(at, start)}{{c${group}::${sentence.slice(start, end)}${hint === null ? '' : `::${hint}`}}}`;
    at = end;
  }
  return text + sentence.slice(at);
}

function clozeNoteLine(deck: Deck, cards: readonly Card[], text: string): string {
  const [first] = cards;
  const details = [...new Set(cards.map(detailsText).filter((extra) => extra !== ''))].join(DETAILS_JOINER);
  return line([ankiGuid(deck, first!.noteId), 'Cloze', ankiDeckName(deck.title), text, details, ankiTag(deck, first!)]);
}

/** One line per note: a Basic note per card, a Cloze note per cloze sentence (where its first card stands). */
export function ankiLines(deck: Deck): string[] {
  const clozesByNote = new Map<string, Card[]>();
  for (const card of deck.cards) if (card.kind === 'cloze') clozesByNote.set(card.noteId, [...(clozesByNote.get(card.noteId) ?? []), card]);
  const lines: string[] = [];
  const written = new Set<string>();
  for (const card of deck.cards) {
    const cloze = card.kind === 'cloze' ? (clozesByNote.get(card.noteId) ?? []) : [];
    const text = cloze.length > 0 ? ankiClozeText(cloze) : null;
    if (text === null) lines.push(ankiLine(deck, card));
    else if (!written.has(card.noteId)) {
      written.add(card.noteId);
      lines.push(clozeNoteLine(deck, cloze, text));
    }
  }
  return lines;
}

/** The whole file: headers, then one line per note in deck order. */
export function ankiExportText(deck: Deck): string {
  return [...ankiHeaderLines(), ...ankiLines(deck)].join('\n') + '\n';
}

/** How many notes the file holds (cloze cards of one sentence make one note). */
export function ankiNoteCount(deck: Deck): number {
  return ankiLines(deck).length;
}

/** `study-deck-kubernetes.txt`. */
export function ankiExportFileName(deck: Deck): string {
  return `study-deck-${deck.id || 'deck'}.txt`;
}
