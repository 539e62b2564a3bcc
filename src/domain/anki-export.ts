// The deck's cards as a text file Anki imports (File › Import), with the file headers Anki 2.1.55+ reads
// (docs.ankiweb.net, "Importing › Text Files › File Headers"):
//
//   #separator:tab              fields are tab-separated
//   #html:false                 Anki shows the text as written (note text is never read as HTML)
//   #notetype:Basic             Front/Back notes (if the collection has "Basic"; otherwise Anki asks)
//   #columns:GUID Deck Front Back Tags  (tab-separated names: Front and Back match Basic's fields)
//   #guid column:1              the card id: importing again updates these notes instead of duplicating them
//   #deck column:2              the deck's title; Anki creates the deck when it is missing
//   #tags column:5              one hierarchical tag, Deck::Chapter::Section, spaces as underscores
//
// One line per card: a reverse card (definition → term) is its own Basic note with its own id, rather than the
// "Basic (and reversed card)" type, so that every card here is one card in Anki and keeps its id as GUID.
// With html:false a line break inside a field shows as a space, so lists are joined with " · " on one line.
// A field holding a tab, a line break or a quote, or starting with "#" (a comment mark at the start of a line), is
// quoted with inner quotes doubled, as Anki's reader (RFC 4180 style) expects.
import type { Card, Deck } from './deck';

export const ANKI_COLUMNS = ['GUID', 'Deck', 'Front', 'Back', 'Tags'] as const;

const SEPARATOR = '\t';
const LIST_JOINER = ' · ';
const DETAILS_JOINER = ' — ';

/** The header lines, in the order Anki needs (the separator before the column names). */
export function ankiHeaderLines(): string[] {
  const column = (name: (typeof ANKI_COLUMNS)[number]) => ANKI_COLUMNS.indexOf(name) + 1;
  return [
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    `#columns:${ANKI_COLUMNS.join(SEPARATOR)}`,
    `#guid column:${column('GUID')}`,
    `#deck column:${column('Deck')}`,
    `#tags column:${column('Tags')}`,
  ];
}

/** A field as Anki's reader reads it back exactly. */
export function ankiField(text: string): string {
  const needsQuotes = /[\t\n\r"]/.test(text) || text.startsWith('#');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
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

/** What the back of the card shows: the answer (a list's items, a cloze's hidden part and its sentence), then details. */
export function ankiBack(card: Card): string {
  let back = card.items && card.items.length > 0 ? card.items.join(LIST_JOINER) : card.answer;
  if (card.kind === 'cloze' && card.context) back += `${DETAILS_JOINER}${card.context}`;
  if (card.details.length > 0) back += `${DETAILS_JOINER}${card.details.map((detail) => detail.text).join(LIST_JOINER)}`;
  return back;
}

export function ankiLine(deck: Deck, card: Card): string {
  return [card.id, deck.title, card.prompt, ankiBack(card), ankiTag(deck, card)].map(ankiField).join(SEPARATOR);
}

/** The whole file: headers, then one line per card in deck order. */
export function ankiExportText(deck: Deck): string {
  return [...ankiHeaderLines(), ...deck.cards.map((card) => ankiLine(deck, card))].join('\n') + '\n';
}

/** `study-deck-kubernetes.txt`. */
export function ankiExportFileName(deck: Deck): string {
  return `study-deck-${deck.id || 'deck'}.txt`;
}
