// The concepts of a chapter as the notes show them: one per note (a definition and its reverse are one concept),
// found by the line the note came from, with the words that name it in that line.
import type { Card } from '../../domain/deck';
import type { CardMastery, MasteryStatus } from '../../domain/mastery';

export interface NoteConcept {
  /** The note id: shared by the cards asked from the same note. */
  key: string;
  /** The note's main card first (forward before reverse, then cloze deletions in order). */
  cards: Card[];
  /** Words to look for in the line: the term, the lead-in, the question, or a cloze's hidden part. */
  label: string;
  line: number;
  sectionId: string | null;
}

/** Least advanced first: a concept is only as known as its least known card. */
const STATUS_ORDER: readonly MasteryStatus[] = ['new', 'learning', 'young', 'mature'];

function conceptLabel(card: Card): string {
  switch (card.kind) {
    case 'definition':
      return card.term ?? card.prompt;
    case 'cloze':
      return card.answer;
    default:
      return card.prompt;
  }
}

const byPlace = (a: Card, b: Card) => a.source.line - b.source.line || Number(a.reverse) - Number(b.reverse) || a.id.localeCompare(b.id, 'en');

/** The concepts of one chapter by source line, in the order they come on the line's cards. */
export function conceptsByLine(cards: readonly Card[], chapterId: string): Map<number, NoteConcept[]> {
  const byNote = new Map<string, NoteConcept>();
  for (const card of cards.filter((candidate) => candidate.chapterId === chapterId).sort(byPlace)) {
    const existing = byNote.get(card.noteId);
    if (existing) existing.cards.push(card);
    else byNote.set(card.noteId, { key: card.noteId, cards: [card], label: conceptLabel(card), line: card.source.line, sectionId: card.sectionId });
  }
  const byLine = new Map<number, NoteConcept[]>();
  for (const concept of byNote.values()) byLine.set(concept.line, [...(byLine.get(concept.line) ?? []), concept]);
  return byLine;
}

/** The concept's mastery: the least advanced state among its cards. */
export function conceptStatus(concept: NoteConcept, mastery: Readonly<Record<string, CardMastery>>): MasteryStatus {
  let rank = STATUS_ORDER.length - 1;
  for (const card of concept.cards) rank = Math.min(rank, STATUS_ORDER.indexOf(mastery[card.id]?.status ?? 'new'));
  return STATUS_ORDER[rank];
}

/** What a concept shown apart from the text (a section title's list, a question) reads as. */
export function conceptChipText(concept: NoteConcept): string {
  const [main] = concept.cards;
  switch (main.kind) {
    case 'enumeration':
      return `List of ${main.items?.length ?? 0}`;
    case 'question':
      return 'Question';
    case 'cloze':
      return 'Fill in the blank';
    default:
      return concept.label;
  }
}
