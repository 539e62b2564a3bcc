// The deck in the public JSON shape of `npm run cards -- --json` (DESIGN.md, "Author preview").
// Every contract field is there under its contract name and comes first; the other fields of each record follow,
// so readers of the contract and readers of the full Deck are both served.
import type { Card, Chapter, Deck, DeckWarning, Section, StatedAlias } from '../../domain/deck';

export interface ContractDeck {
  title: string;
  id: string;
  chapters: Chapter[];
  cards: Card[];
  warnings: DeckWarning[];
  aliases?: StatedAlias[];
}

const toContractSection = ({ id, title, ...rest }: Section): Section => ({ id, title, ...rest });

const toContractChapter = ({ id, title, order, sections, ...rest }: Chapter): Chapter => ({
  id,
  title,
  order,
  sections: sections.map(toContractSection),
  ...rest,
});

const toContractCard = ({ id, kind, chapterId, sectionId, prompt, answer, term, items, source, ...rest }: Card): Card => ({
  id,
  kind,
  chapterId,
  sectionId,
  prompt,
  answer,
  term,
  items,
  source: { file: source.file, line: source.line, ...(source.column === undefined ? {} : { column: source.column }) },
  ...rest,
});

const toContractWarning = ({ file, line, column, message, ...rest }: DeckWarning): DeckWarning => ({ file, line, column, message, ...rest });

export function toContractJson(deck: Deck): ContractDeck {
  return {
    title: deck.title,
    id: deck.id,
    chapters: deck.chapters.map(toContractChapter),
    cards: deck.cards.map(toContractCard),
    warnings: deck.warnings.map(toContractWarning),
    ...(deck.aliases ? { aliases: deck.aliases } : {}),
  };
}
