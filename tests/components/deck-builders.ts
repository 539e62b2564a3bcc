// Small decks built by hand, typed by the deck contract, for tests that need exact shapes.
import type { Card, Chapter, Deck, Section } from '../../src/domain/deck';

export function makeSection(chapterId: string, slug: string, title: string, line: number, note: string | null = null): Section {
  return { id: `${chapterId}/${slug}`, title, note, path: [title], source: { file: `content/${chapterId}.md`, line } };
}

export function makeChapter(id: string, title: string, order: number, sections: Section[] = []): Chapter {
  return { id, title, order, file: `content/0${order}-${id}.md`, sections, empty: sections.length === 0 };
}

type CardInput = Pick<Card, 'kind' | 'chapterId' | 'prompt' | 'answer'> & Partial<Card>;

export function makeCard(input: CardInput): Card {
  const slug = input.prompt.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const id = input.id ?? `${input.chapterId}/${input.kind}/${slug}${input.reverse ? '/reverse' : ''}`;
  return {
    id,
    noteId: input.noteId ?? `${input.chapterId}/${input.kind}/${slug}`,
    reverse: false,
    sectionId: null,
    term: null,
    items: null,
    details: [],
    context: null,
    sectionPath: [],
    source: { file: `content/${input.chapterId}.md`, line: 1 },
    ...input,
  };
}

/** A definition and its reverse sibling, as the pipeline makes them. */
export function makeDefinition(chapterId: string, sectionId: string | null, term: string, answer: string, line: number, extra: Partial<Card> = {}): Card[] {
  const source = { file: `content/${chapterId}.md`, line };
  const forward = makeCard({ kind: 'definition', chapterId, sectionId, prompt: term, answer, term, source, ...extra });
  const reverse = makeCard({ ...forward, id: `${forward.id}/reverse`, reverse: true, prompt: answer, answer: term });
  return [forward, reverse];
}

export function makeDeck(chapters: Chapter[], cards: Card[], title = 'Test Deck'): Deck {
  return { id: title.toLowerCase().replace(/\s+/g, '-'), title, chapters, cards, warnings: [] };
}
