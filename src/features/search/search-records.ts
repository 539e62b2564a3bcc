// What the search box searches: each card (its term or lead-in, and its answer), each section title, and each line
// of the notes that no card stands for (a card's own line is found through the card, which opens at that line).
import type { Card, Chapter, Deck } from '../../domain/deck';
import { cardsByChapter } from '../../domain/deck-outline';
import { type NoteBlock, type NoteDocument, type NoteDocuments, inlineText } from '../../domain/note-document';

export type SearchRecordKind = 'card' | 'section' | 'note';

/** What a result needs of its card: plain data, so records can be sent to the search worker. */
export type SearchCard = Pick<Card, 'id' | 'kind' | 'reverse'>;

export interface SearchRecord {
  /** Unique within the index. */
  key: string;
  kind: SearchRecordKind;
  /** A card's term, lead-in or question; a section's title; empty for a line of notes. */
  title: string;
  /** A card's answer; a line of notes. */
  body: string;
  chapterId: string;
  sectionId: string | null;
  line: number;
  card: SearchCard | null;
}

/** Code is searched too, but a long listing only by its start. */
const MAX_CODE_LENGTH = 400;

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

function cardRecord(card: Card, withDetails: boolean): SearchRecord {
  const title = card.kind === 'cloze' ? '' : (card.term ?? card.prompt);
  const answer = card.kind === 'cloze' ? (card.context ?? card.prompt) : card.answer;
  // Without the notes' lines, a definition's children are only searchable as part of its answer.
  const body = withDetails ? [answer, ...card.details.map((detail) => detail.text)].join(' · ') : answer;
  const searchCard: SearchCard = { id: card.id, kind: card.kind, reverse: card.reverse };
  return {
    key: `card:${card.id}`,
    kind: 'card',
    title: tidy(title),
    body: tidy(body),
    chapterId: card.chapterId,
    sectionId: card.sectionId,
    line: card.source.line,
    card: searchCard,
  };
}

/** One record per note: reverse cards and further cloze deletions ask the same note again. */
function noteCards(cards: readonly Card[]): Card[] {
  const seen = new Set<string>();
  return cards.filter((card) => {
    if (card.reverse || seen.has(card.noteId)) return false;
    seen.add(card.noteId);
    return true;
  });
}

function documentRecords(blocks: readonly NoteBlock[], chapter: Chapter, sectionId: string | null, cardLines: ReadonlySet<number>, out: SearchRecord[]): void {
  const add = (kind: SearchRecordKind, line: number, title: string, body: string, inSection = sectionId) => {
    if (kind === 'note' && (cardLines.has(line) || tidy(body) === '')) return;
    out.push({
      key: `${kind}:${chapter.id}:${line}:${out.length}`,
      kind,
      title: tidy(title),
      body: tidy(body),
      chapterId: chapter.id,
      sectionId: inSection,
      line,
      card: null,
    });
  };
  for (const block of blocks) {
    switch (block.type) {
      case 'section':
        add('section', block.line, block.title, block.note ?? '', block.sectionId);
        documentRecords(block.blocks, chapter, block.sectionId, cardLines, out);
        break;
      case 'paragraph':
      case 'heading':
        add('note', block.line, '', inlineText(block.content));
        break;
      case 'list':
        for (const item of block.items) {
          add('note', item.line, '', inlineText(item.content));
          documentRecords(item.children, chapter, sectionId, cardLines, out);
        }
        break;
      case 'table':
        for (const row of [block.head, ...block.rows]) add('note', block.line, '', row.map((cell) => inlineText(cell)).join(' · '));
        break;
      case 'code':
        add('note', block.line, '', block.value.slice(0, MAX_CODE_LENGTH));
        break;
      default:
    }
  }
}

/** The records of one chapter (its cards, all of the chapter's), with the lines of its notes when there is a document. */
export function chapterSearchRecords(chapter: Chapter, cards: readonly Card[], document: NoteDocument | null): SearchRecord[] {
  const records: SearchRecord[] = [];
  const chapterCards = noteCards(cards);
  const hasLines = document !== null && document.file === chapter.file;
  for (const card of chapterCards) records.push(cardRecord(card, !hasLines));
  if (hasLines) {
    const cardLines = new Set(chapterCards.map((card) => card.source.line));
    documentRecords(document.blocks, chapter, null, cardLines, records);
  } else {
    for (const section of chapter.sections) {
      records.push({
        key: `section:${section.id}`,
        kind: 'section',
        title: section.title,
        body: section.note ?? '',
        chapterId: chapter.id,
        sectionId: section.id,
        line: section.source.line,
        card: null,
      });
    }
  }
  return records;
}

/** The records of a deck, with the lines of its notes when there are documents for its chapters. */
export function searchRecords(deck: Pick<Deck, 'chapters' | 'cards'>, documents: NoteDocuments | null): SearchRecord[] {
  const byChapter = cardsByChapter(deck);
  return deck.chapters.flatMap((chapter) => chapterSearchRecords(chapter, byChapter.get(chapter.id) ?? [], documents?.[chapter.id] ?? null));
}
