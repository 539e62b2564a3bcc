// Groups a chapter's cards into the concepts a reader sees, section by section.
// Reverse cards and extra cloze deletions are the same note asked another way, so each note shows once.
import type { Card, Chapter, Section } from '../../domain/deck';

export type Concept =
  | {
      kind: 'definition' | 'enumeration' | 'question';
      key: string;
      card: Card;
      /** A reverse sibling asks it from the answer back to the term. */
      bothWays: boolean;
    }
  | { kind: 'cloze'; key: string; card: Card; hidden: string[] };

export interface SectionConcepts {
  /** Null for notes that are not under any section title. */
  section: Section | null;
  concepts: Concept[];
}

export interface SentencePart {
  text: string;
  hidden: boolean;
}

const bySourcePlace = (a: Card, b: Card) => a.source.line - b.source.line || (a.source.column ?? 0) - (b.source.column ?? 0);

function toConcepts(cards: readonly Card[]): Concept[] {
  const clozesByNote = new Map<string, Concept & { kind: 'cloze' }>();
  const concepts: Concept[] = [];
  const notesWithReverse = new Set(cards.filter((card) => card.reverse).map((card) => card.noteId));
  for (const card of [...cards].sort(bySourcePlace)) {
    if (card.reverse) continue;
    if (card.kind !== 'cloze') {
      concepts.push({ kind: card.kind, key: card.id, card, bothWays: notesWithReverse.has(card.noteId) });
      continue;
    }
    const existing = clozesByNote.get(card.noteId);
    if (existing) {
      existing.hidden.push(card.answer);
      continue;
    }
    const concept = { kind: 'cloze' as const, key: card.noteId, card, hidden: [card.answer] };
    clozesByNote.set(card.noteId, concept);
    concepts.push(concept);
  }
  return concepts;
}

export function chapterConcepts(chapter: Chapter, cards: readonly Card[]): SectionConcepts[] {
  const chapterCards = cards.filter((card) => card.chapterId === chapter.id);
  const knownSections = new Set(chapter.sections.map((section) => section.id));
  const groups: SectionConcepts[] = chapter.sections.map((section) => ({
    section,
    concepts: toConcepts(chapterCards.filter((card) => card.sectionId === section.id)),
  }));
  const outsideSections = toConcepts(chapterCards.filter((card) => card.sectionId === null || !knownSections.has(card.sectionId)));
  if (outsideSections.length === 0) return groups;
  // Notes outside any section go where they are in the file, so the chapter reads in the author's order.
  const firstLine = outsideSections[0]!.card.source.line;
  const before = groups.findIndex((group) => group.section !== null && group.section.source.line > firstLine);
  const at = before === -1 ? groups.length : before;
  return [...groups.slice(0, at), { section: null, concepts: outsideSections }, ...groups.slice(at)];
}

/** Splits a cloze sentence into plain and hidden parts; each hidden text takes its first free place. */
export function splitCloze(sentence: string, hidden: readonly string[]): SentencePart[] {
  const ranges: { start: number; end: number }[] = [];
  const overlaps = (start: number, end: number) => ranges.some((range) => start < range.end && range.start < end);
  for (const text of hidden) {
    if (text === '') continue;
    let at = sentence.indexOf(text);
    while (at !== -1 && overlaps(at, at + text.length)) at = sentence.indexOf(text, at + 1);
    if (at !== -1) ranges.push({ start: at, end: at + text.length });
  }
  ranges.sort((a, b) => a.start - b.start);
  const parts: SentencePart[] = [];
  let from = 0;
  for (const range of ranges) {
    if (range.start > from) parts.push({ text: sentence.slice(from, range.start), hidden: false });
    parts.push({ text: sentence.slice(range.start, range.end), hidden: true });
    from = range.end;
  }
  if (from < sentence.length) parts.push({ text: sentence.slice(from), hidden: false });
  return parts;
}
