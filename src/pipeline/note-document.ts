// Notes → one NoteDocument per chapter of a deck: what the notes screen renders.
// The outline comes from the extraction core (outline.ts), so the lists the reader sees are the same tree the cards
// were made from: `-x`/`--x` lines and numbered items nested as the author meant, not as CommonMark reads them.
// Inline content (emphasis, code, links) comes from the mdast, cut into the same lines. Code, tables and raw HTML are
// never part of the outline; they are placed between the outline's lines where they stand in the file.
import type { Heading, ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import { VFile } from 'vfile';
import type { Chapter, Deck, Section } from '../domain/deck';
import type { NoteBlock, NoteDocument, NoteDocuments, NoteInline, NoteListItem, TableAlign } from '../domain/note-document';
import type { NoteSource } from './build-deck';
import { IdRegistry } from './card-ids';
import { type SourceIndex, type TextLine, isTagOrEmbedLine, phrasingToLines, splitDashMarker } from './normalise/line-text';
import { normaliseNotes } from './normalise/normalise-notes';
import {
  type LinkDefinitions,
  collectLinkDefinitions,
  dropInlineStart,
  joinInline,
  phrasingToInline,
  phrasingToInlineLines,
  trimInlineEnd,
  trimInlineStart,
} from './note-document-inline';
import { type OutlineNode, isOutlineLine } from './normalise/outline';
import { parseMarkdown } from './parse-markdown';
import { RULES } from './rules/rule-list';
import { createRuleContext } from './rules/run-rules';
import { type ChapterDraft, splitChapters } from './structure/chapters';
import { collectSections } from './structure/sections';

const NUMBERED_START = /^\d{1,9}[.)]\s+/;

/** A paragraph of the chapter; `item` is the list item it opens (its first paragraph), if any. */
interface ParagraphSource {
  children: PhrasingContent[];
  item: ListItem | null;
}

/** A block outside the outline (code, table, raw HTML…), with the list items it is inside, outermost first. */
interface ExtraSource {
  block: NoteBlock;
  items: ListItem[];
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

function tableBlock(table: Table, definitions: LinkDefinitions): NoteBlock {
  const [head, ...rows] = table.children.map((row) => row.children.map((cell) => phrasingToInline(cell.children, definitions)));
  const align: TableAlign[] = (table.align ?? []).map((value) => value ?? null);
  return { type: 'table', align, head: head ?? [], rows, line: lineOf(table) };
}

/** A block the outline builder does not read as lines, as document blocks. */
function extraBlocks(block: RootContent, definitions: LinkDefinitions): NoteBlock[] {
  const line = lineOf(block);
  switch (block.type) {
    case 'code':
      return [{ type: 'code', lang: block.lang ?? null, value: block.value, line }];
    case 'table':
      return [tableBlock(block, definitions)];
    case 'html':
      return [{ type: 'html', value: block.value, line }];
    case 'thematicBreak':
      return [{ type: 'thematicBreak', line }];
    case 'footnoteDefinition':
      return block.children.flatMap((child) => {
        if (child.type !== 'paragraph') return extraBlocks(child, definitions);
        const label: NoteInline = { type: 'text', value: `[^${block.label ?? block.identifier}]: ` };
        return [{ type: 'paragraph', content: [label, ...phrasingToInline(child.children, definitions)], line: lineOf(child) }];
      });
    default:
      // Link definitions and front matter carry nothing to read.
      return [];
  }
}

/** Walks blocks as the outline builder does: which paragraphs become outline lines, which blocks stay outside. */
class BlockCollector {
  readonly paragraphs: ParagraphSource[] = [];
  readonly extras: ExtraSource[] = [];
  /** Top-level headings by line. */
  readonly headings = new Map<number, Heading>();

  constructor(private readonly definitions: LinkDefinitions) {}

  walk(blocks: readonly RootContent[], items: ListItem[]): void {
    for (const block of blocks) {
      switch (block.type) {
        case 'heading':
          if (items.length === 0) this.headings.set(lineOf(block), block);
          else this.paragraphs.push({ children: block.children, item: null });
          break;
        case 'paragraph':
          this.paragraphs.push({ children: block.children, item: null });
          break;
        case 'list':
          for (const item of block.children) this.walkItem(item, items);
          break;
        case 'blockquote':
          this.walk(block.children, items);
          break;
        default:
          for (const extra of extraBlocks(block, this.definitions)) this.extras.push({ block: extra, items });
      }
    }
  }

  private walkItem(item: ListItem, outer: ListItem[]): void {
    const items = [...outer, item];
    const [first, ...rest] = item.children;
    if (first?.type === 'paragraph') {
      this.paragraphs.push({ children: first.children, item });
      this.walk(rest, items);
    } else {
      this.walk(item.children, items);
    }
  }
}

/** Code and tables are outline leaves for the rules; the document places them from the syntax tree instead. */
const isTextNode = (node: OutlineNode) => node.marker !== 'code' && node.marker !== 'table';

/** Parent of every outline node, and the nodes in reading order (the builder only ever appends, so depth-first is reading order). */
function indexOutline(root: OutlineNode): { parent: Map<OutlineNode, OutlineNode>; ordered: OutlineNode[] } {
  const parent = new Map<OutlineNode, OutlineNode>();
  const ordered: OutlineNode[] = [];
  const visit = (node: OutlineNode) => {
    for (const child of node.children) {
      if (!isTextNode(child)) continue;
      parent.set(child, node);
      ordered.push(child);
      visit(child);
    }
  };
  visit(root);
  return { parent, ordered };
}

function ancestorsOf(node: OutlineNode, parent: Map<OutlineNode, OutlineNode>): OutlineNode[] {
  const chain: OutlineNode[] = [];
  for (let at: OutlineNode | undefined = node; at !== undefined; at = parent.get(at)) chain.push(at);
  return chain;
}

/** The line's text without its outline marker: the dashes (and `2. ` of a numbered line the outline read itself). */
function withoutMarker(raw: TextLine, node: OutlineNode, content: NoteInline[]): NoteInline[] {
  const { line: rest } = splitDashMarker(raw);
  let stripped = dropInlineStart(content, raw.mask.trimEnd().length - rest.mask.length);
  const numbered = node.marker === 'number' && !node.text.startsWith(rest.text) ? NUMBERED_START.exec(rest.mask) : null;
  if (numbered) stripped = dropInlineStart(stripped, numbered[0].length);
  return trimInlineEnd(stripped);
}

class ChapterDocumentBuilder {
  private readonly nodeAtLine = new Map<number, OutlineNode>();
  private readonly contentLines = new Map<OutlineNode, NoteInline[][]>();
  private readonly extrasOf = new Map<OutlineNode, NoteBlock[]>();
  private readonly parent: Map<OutlineNode, OutlineNode>;
  private readonly ordered: OutlineNode[];

  constructor(
    private readonly root: OutlineNode,
    private readonly collected: BlockCollector,
    private readonly sectionAt: (node: OutlineNode) => Section | undefined,
    private readonly source: SourceIndex,
    private readonly definitions: LinkDefinitions,
  ) {
    ({ parent: this.parent, ordered: this.ordered } = indexOutline(root));
    for (const node of this.ordered) if (!this.nodeAtLine.has(node.line)) this.nodeAtLine.set(node.line, node);
    for (const paragraph of collected.paragraphs) this.readParagraph(paragraph);
    for (const extra of collected.extras) this.placeExtra(extra);
  }

  /** Gives each outline node its inline content: its own line without the marker, then the lines that continue it. */
  private readParagraph({ children, item }: ParagraphSource): void {
    const inlineLines = new Map(phrasingToInlineLines(children, this.definitions).map((line) => [line.line, line]));
    let current: OutlineNode | null = null;
    let afterBreak = false;
    const seen = new Set<number>();
    phrasingToLines(children, this.source).forEach((raw, index) => {
      // A `<br>` inside a source line splits it in two here, but its inline content is one line.
      if (seen.has(raw.line)) return;
      seen.add(raw.line);
      const isItemHead = index === 0 && item !== null;
      if (!isItemHead && (isTagOrEmbedLine(raw) || splitDashMarker(raw).line.text === '')) return;
      const inline = inlineLines.get(raw.line);
      const content = inline?.content ?? [{ type: 'text', value: raw.text }];
      const starts = isItemHead ? this.nodeAtLine.get(lineOf(item)) : this.nodeAtLine.get(raw.line);
      if (starts !== undefined && !this.contentLines.has(starts)) {
        current = starts;
        this.contentLines.set(starts, [withoutMarker(raw, starts, content)]);
      } else if (current !== null) {
        const continued = trimInlineEnd(trimInlineStart(content));
        this.contentLines.get(current)?.push(afterBreak ? [{ type: 'break' }, ...continued] : continued);
      }
      afterBreak = inline?.hardBreak ?? false;
    });
  }

  /**
   * A block outside the outline goes where it stands: between the outline lines before and after it, at the level
   * they share (so `-a` / code / `-b` splits one list in two), but never outside the list item it is written in.
   */
  private placeExtra({ block, items }: ExtraSource): void {
    const previous = this.ordered.filter((node) => node.line <= block.line).at(-1);
    const next = this.ordered.find((node) => node.line > block.line);
    let owner = this.root;
    if (previous !== undefined) {
      const before = ancestorsOf(previous, this.parent);
      const after = new Set(next === undefined ? [this.root] : ancestorsOf(next, this.parent));
      const shared = before.find((node) => after.has(node)) ?? this.root;
      const itemNodes = items.map((item) => this.nodeAtLine.get(lineOf(item))).filter((node) => node !== undefined && before.includes(node));
      const container = itemNodes.at(-1);
      owner = container !== undefined && before.indexOf(container) < before.indexOf(shared) ? container : shared;
      // Between two sections, a block belongs to the one above it (the innermost one still around it).
      if (owner === shared) {
        for (let at = before.indexOf(owner) - 1; at >= 0 && this.sectionAt(before[at]) !== undefined; at -= 1) owner = before[at];
      }
    }
    const placed = this.extrasOf.get(owner) ?? [];
    placed.push(block);
    this.extrasOf.set(owner, placed);
  }

  private contentOf(node: OutlineNode): NoteInline[] {
    const lines = this.contentLines.get(node);
    return lines ? joinInline(lines) : [{ type: 'text', value: node.text }];
  }

  /** The blocks a heading or a plain line stands for: a section with what is under it, or the line and what follows. */
  private headBlocks(node: OutlineNode): NoteBlock[] {
    const head = this.headBlock(node);
    return head.type === 'section' ? [head] : [head, ...this.flow(node)];
  }

  private headBlock(node: OutlineNode): NoteBlock {
    const section = this.sectionAt(node);
    if (section) {
      const depth = Math.max(1, section.path.length - 1);
      return { type: 'section', sectionId: section.id, title: section.title, note: section.note, depth, line: node.line, blocks: this.flow(node) };
    }
    if (node.marker === 'heading') {
      const heading = this.collected.headings.get(node.line);
      const content = heading ? phrasingToInline(heading.children, this.definitions) : [{ type: 'text' as const, value: node.text }];
      return { type: 'heading', depth: Math.max(1, node.level - 2), content, line: node.line };
    }
    return { type: 'paragraph', content: this.contentOf(node), line: node.line };
  }

  /** What comes under a node, in reading order: runs of bullets or numbered items become lists; plain lines paragraphs. */
  flow(node: OutlineNode): NoteBlock[] {
    const entries: Array<{ line: number; node?: OutlineNode; block?: NoteBlock }> = [
      ...node.children.filter(isTextNode).map((child) => ({ line: child.line, node: child })),
      ...(this.extrasOf.get(node) ?? []).map((block) => ({ line: block.line, block })),
    ].sort((a, b) => a.line - b.line);
    const blocks: NoteBlock[] = [];
    let list: Extract<NoteBlock, { type: 'list' }> | null = null;
    for (const entry of entries) {
      const child = entry.node;
      if (child === undefined) {
        list = null;
        if (entry.block) blocks.push(entry.block);
        continue;
      }
      if (!isOutlineLine(child) || child.marker === 'plain') {
        list = null;
        blocks.push(...this.headBlocks(child));
        continue;
      }
      const ordered = child.marker === 'number';
      const lastOrdinal = list?.items.at(-1)?.ordinal ?? null;
      const restarts = ordered && lastOrdinal !== null && child.ordinal !== null && child.ordinal <= lastOrdinal;
      if (list === null || list.ordered !== ordered || restarts) {
        list = { type: 'list', ordered, items: [], line: child.line };
        blocks.push(list);
      }
      const item: NoteListItem = { line: child.line, ordinal: child.ordinal, content: this.contentOf(child), children: this.flow(child) };
      list.items.push(item);
    }
    return blocks;
  }
}

/** The top-level blocks of a chapter: those in its range of lines that are not chapter or title headings. */
function chapterBlocks(blocks: readonly RootContent[], draft: ChapterDraft): RootContent[] {
  const { from, to } = draft.range;
  return blocks.filter((block) => {
    const line = lineOf(block);
    return line >= from && (to === null || line < to) && block.type !== 'yaml' && !(block.type === 'heading' && draft.headingLines.includes(line));
  });
}

function chapterDocument(chapter: Chapter, draft: ChapterDraft, blocks: RootContent[], source: SourceIndex, definitions: LinkDefinitions): NoteDocument {
  const outline = draft.outline;
  // Which lines open sections, asked of the same rules the deck used; the ids are the deck's, found by place.
  const info = { id: chapter.id, title: chapter.title, file: draft.file };
  const { sectionOf } = collectSections(outline, info, createRuleContext(outline, info, RULES).readsAsCard, new IdRegistry());
  const deckSections = new Map(chapter.sections.map((section) => [`${section.source.line}:${section.source.column ?? 1}`, section]));
  const sectionAt = (node: OutlineNode) => (sectionOf.has(node) ? deckSections.get(`${node.line}:${node.column}`) : undefined);
  const collected = new BlockCollector(definitions);
  collected.walk(chapterBlocks(blocks, draft), []);
  const builder = new ChapterDocumentBuilder(outline, collected, sectionAt, source, definitions);
  return { chapterId: chapter.id, file: chapter.file, blocks: builder.flow(outline) };
}

/**
 * The documents of a deck's chapters, from the notes the deck was built from (the same sources, so places match).
 * Chapters are matched by file and title, in order; a chapter with no notes has an empty document.
 */
export function buildNoteDocuments(sources: readonly NoteSource[], deck: Pick<Deck, 'chapters'>): NoteDocuments {
  const documents: NoteDocuments = {};
  const matched = new Set<string>();
  for (const noteSource of sources) {
    const file = new VFile({ path: noteSource.path, value: noteSource.text });
    const root = parseMarkdown(noteSource.text);
    const definitions = collectLinkDefinitions(root);
    const notes = normaliseNotes(root, noteSource.text, file);
    for (const draft of splitChapters(notes, file).chapters) {
      const chapter = deck.chapters.find((candidate) => !matched.has(candidate.id) && candidate.file === draft.file && candidate.title === draft.title);
      if (chapter === undefined) continue;
      matched.add(chapter.id);
      documents[chapter.id] = chapterDocument(chapter, draft, root.children, notes.source, definitions);
    }
  }
  return documents;
}
