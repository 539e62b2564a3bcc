// A chapter's note document as React elements: sections as regions, the outline as nested lists, code, tables.
// Every line with a place (list items, paragraphs) has an element id from its source line, which is how links land.
import { useMemo } from 'react';
import { Link } from 'wouter';
import type { NoteBlock, NoteInline, NoteListItem } from '../../domain/note-document';
import { SectionMastery } from '../../components/section-mastery';
import { markConcepts } from './concept-marks';
import { ConceptChip, ConceptPanel, useCloseOnEscape } from './concept-mark';
import { InlineNodes } from './note-inline';
import { placeElementId } from './note-place';
import { useConceptsAt, useNotesView } from './notes-view-context';
import { paths } from '../../config/paths';

type SectionBlock = Extract<NoteBlock, { type: 'section' }>;

/** A line of the notes with its concepts marked, the concepts set apart beside it, and the open concept's cards. */
function useMarkedLine(content: readonly NoteInline[], line: number) {
  const concepts = useConceptsAt(line);
  const marked = useMemo(() => markConcepts(content, concepts), [content, concepts]);
  const onKeyDown = useCloseOnEscape(concepts);
  const text = (
    <>
      <InlineNodes nodes={marked.content} />
      {marked.apart.map((concept) => (
        <ConceptChip key={concept.key} concept={concept} />
      ))}
    </>
  );
  return { text, panel: <ConceptPanel concepts={concepts} />, onKeyDown };
}

function ListItemView({ item }: { item: NoteListItem }) {
  const { text, panel, onKeyDown } = useMarkedLine(item.content, item.line);
  return (
    <li id={placeElementId(item.line)} className="note-item" value={item.ordinal ?? undefined} onKeyDown={onKeyDown}>
      <div className="note-line">{text}</div>
      {panel}
      <Blocks blocks={item.children} />
    </li>
  );
}

function ParagraphView({ block }: { block: Extract<NoteBlock, { type: 'paragraph' }> }) {
  const { text, panel, onKeyDown } = useMarkedLine(block.content, block.line);
  return (
    <div id={placeElementId(block.line)} className="note-paragraph" onKeyDown={onKeyDown}>
      <p className="note-line">{text}</p>
      {panel}
    </div>
  );
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** Depth 1 is h2: the chapter title is the screen's h1. */
const headingTag = (depth: number) => `h${Math.min(6, Math.max(2, depth + 1))}` as HeadingTag;

function HeadingView({ block }: { block: Extract<NoteBlock, { type: 'heading' }> }) {
  const { text, panel, onKeyDown } = useMarkedLine(block.content, block.line);
  const Heading = headingTag(block.depth);
  return (
    <div id={placeElementId(block.line)} className="note-heading" onKeyDown={onKeyDown}>
      <Heading>{text}</Heading>
      {panel}
    </div>
  );
}

function TableView({ block }: { block: Extract<NoteBlock, { type: 'table' }> }) {
  const align = (column: number) => block.align[column] ?? undefined;
  return (
    // Wide tables scroll on their own instead of pushing the page sideways; focusable so keys can scroll them.
    <div id={placeElementId(block.line)} className="note-table" role="region" aria-label={`Table from line ${block.line}`} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            {block.head.map((cell, column) => (
              <th key={column} scope="col" style={{ textAlign: align(column) }}>
                <InlineNodes nodes={cell} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column} style={{ textAlign: align(column) }}>
                  <InlineNodes nodes={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SectionStudyLinks({ sectionId }: { sectionId: string }) {
  const { deck } = useNotesView();
  if (!deck.cards.some((card) => card.sectionId === sectionId)) return null;
  return (
    <p className="section-study-links">
      <Link href={paths.review.href({ kind: 'section', sectionId })}>Study this section</Link>
      <Link href={paths.quiz.href({ kind: 'section', sectionId })}>Quiz this section</Link>
    </p>
  );
}

function SectionView({ block }: { block: SectionBlock }) {
  const { deck, clock } = useNotesView();
  const concepts = useConceptsAt(block.line);
  const onKeyDown = useCloseOnEscape(concepts);
  const titleId = `${block.sectionId}-title`;
  const Heading = headingTag(block.depth);
  return (
    <section id={block.sectionId} className="notes-section" aria-labelledby={titleId}>
      <div className="section-head" onKeyDown={onKeyDown}>
        <Heading id={titleId} className="section-title" tabIndex={-1}>
          {block.title}
        </Heading>
        {block.note && <p className="section-note">{block.note}</p>}
        {concepts.length > 0 && (
          <p className="section-concepts">
            {concepts.map((concept) => (
              <ConceptChip key={concept.key} concept={concept} />
            ))}
          </p>
        )}
        <ConceptPanel concepts={concepts} />
        <SectionMastery deck={deck} sectionId={block.sectionId} title={block.title} clock={clock} />
        <SectionStudyLinks sectionId={block.sectionId} />
      </div>
      <Blocks blocks={block.blocks} />
    </section>
  );
}

function BlockView({ block }: { block: NoteBlock }) {
  switch (block.type) {
    case 'section':
      return <SectionView block={block} />;
    case 'heading':
      return <HeadingView block={block} />;
    case 'paragraph':
      return <ParagraphView block={block} />;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="note-list">
          {block.items.map((item) => (
            <ListItemView key={item.line} item={item} />
          ))}
        </List>
      );
    }
    case 'code':
      return (
        <pre id={placeElementId(block.line)} className="note-code" data-lang={block.lang ?? undefined}>
          <code>{block.value}</code>
        </pre>
      );
    case 'html':
      // Raw HTML from the notes: shown as the text the author typed, never interpreted.
      return (
        <pre id={placeElementId(block.line)} className="note-code note-html">
          <code>{block.value}</code>
        </pre>
      );
    case 'table':
      return <TableView block={block} />;
    case 'thematicBreak':
      return <hr className="note-break" />;
  }
}

export function Blocks({ blocks }: { blocks: readonly NoteBlock[] }) {
  return blocks.map((block, index) => <BlockView key={`${block.type}-${block.line}-${index}`} block={block} />);
}
