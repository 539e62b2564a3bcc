// The author preview as text: what the notes yield, by chapter and section, then warnings and a summary.
import type { Card, CardKind, Chapter, Deck, Section } from '../../domain/deck';
import { describeDeckWarning } from '../node/places';

const KINDS: CardKind[] = ['definition', 'enumeration', 'cloze', 'question'];
const KIND_WIDTH = Math.max(...KINDS.map((kind) => kind.length));
const INDENT = '    ';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Note ids that have a reverse sibling, so the forward card can say "(+ reverse)" instead of listing both. */
function notesWithReverse(cards: Card[]): Set<string> {
  return new Set(cards.filter((card) => card.reverse).map((card) => card.noteId));
}

/** Reverse cards are shown on their forward sibling; one without a forward sibling is shown itself. */
function listedCards(cards: Card[]): Card[] {
  const forwardNotes = new Set(cards.filter((card) => !card.reverse).map((card) => card.noteId));
  return cards.filter((card) => !card.reverse || !forwardNotes.has(card.noteId));
}

function formatCard(card: Card, hasReverse: boolean, lineWidth: number): string[] {
  const lineNumber = String(card.source.line).padStart(lineWidth);
  const head = `${INDENT}${lineNumber}  ${card.kind.padEnd(KIND_WIDTH)}  `;
  const under = ' '.repeat(head.length);
  const reverse = hasReverse && !card.reverse ? '  (+ reverse)' : '';
  if (card.kind === 'enumeration' && card.items) {
    return [`${head}${card.prompt} → ${plural(card.items.length, 'item')}`, ...card.items.map((item, index) => `${under}${index + 1}. ${item}`)];
  }
  const details = card.details.map((detail) => `${under}${'  '.repeat(detail.depth)}- ${detail.text}`);
  return [`${head}${card.prompt} → ${card.answer}${reverse}`, ...details];
}

/** Sections and cards in the order of the notes; a card outside any section gets its own heading where it stands. */
function formatChapter(chapter: Chapter, cards: Card[], withReverse: Set<string>, lineWidth: number): string[] {
  const lines = [`Chapter ${chapter.order}: ${chapter.title}  (${chapter.file})`];
  if (chapter.empty) return [...lines, `  (no notes yet)`];
  const sectionsById = new Map(chapter.sections.map((section) => [section.id, section]));
  const sectionsWithCards = new Set(cards.map((card) => card.sectionId));
  type Entry = { line: number; section: Section } | { line: number; card: Card };
  const entries: Entry[] = [
    ...chapter.sections.map((section) => ({ line: section.source.line, section })),
    ...cards.map((card) => ({ line: card.source.line, card })),
  ];
  // Stable sort, sections first on a shared line: a section's own cards follow its heading.
  entries.sort((a, b) => a.line - b.line || Number('card' in a) - Number('card' in b));

  const heading = (section: Section) => `  § ${section.title}${section.note ? ` -- ${section.note}` : ''}`;
  let current: string | null | undefined;
  for (const entry of entries) {
    if ('section' in entry) {
      current = entry.section.id;
      lines.push(heading(entry.section));
      if (!sectionsWithCards.has(entry.section.id)) lines.push(`${INDENT}(no cards)`);
      continue;
    }
    const section = entry.card.sectionId === null ? undefined : sectionsById.get(entry.card.sectionId);
    const place = section?.id ?? null;
    if (place !== current) lines.push(section ? heading(section) : '  (outside any section)');
    current = place;
    lines.push(...formatCard(entry.card, withReverse.has(entry.card.noteId), lineWidth));
  }
  return lines;
}

export function formatSummary(deck: Deck): string {
  const byKind = KINDS.map((kind) => `${deck.cards.filter((card) => card.kind === kind).length} ${kind}`).join(', ');
  const reverse = deck.cards.filter((card) => card.reverse).length;
  return `Summary: ${plural(deck.cards.length, 'card')} (${byKind}; ${reverse} of them reverse), ${plural(deck.warnings.length, 'warning')}`;
}

/** The deck as a readable listing: each card as `line  kind  prompt → answer`, items of enumerations below. */
export function formatDeckText(deck: Deck): string {
  const withReverse = notesWithReverse(deck.cards);
  const shown = listedCards(deck.cards);
  const lineWidth = Math.max(1, ...shown.map((card) => String(card.source.line).length));
  const chapterIds = new Set(deck.chapters.map((chapter) => chapter.id));

  const lines = [
    deck.title,
    `${plural(deck.chapters.length, 'chapter')}, ${plural(deck.cards.length, 'card')}, ${plural(deck.warnings.length, 'warning')}`,
    '',
  ];
  for (const chapter of deck.chapters) {
    lines.push(
      ...formatChapter(
        chapter,
        shown.filter((card) => card.chapterId === chapter.id),
        withReverse,
        lineWidth,
      ),
      '',
    );
  }
  const orphans = shown.filter((card) => !chapterIds.has(card.chapterId));
  if (orphans.length > 0) lines.push('(outside any chapter)', ...orphans.flatMap((card) => formatCard(card, withReverse.has(card.noteId), lineWidth)), '');
  if (deck.cards.length === 0) lines.push('No cards found in these notes.', '');
  if (deck.warnings.length > 0) lines.push('Warnings', ...deck.warnings.map((warning) => `  ${describeDeckWarning(warning)}`), '');
  lines.push(formatSummary(deck));
  return lines.join('\n') + '\n';
}
