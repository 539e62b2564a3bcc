// Rebuilds the author's outline from mdast blocks: one tree per file.
// CommonMark does not see `-text`/`--text` as lists: they arrive as lines of a paragraph, or as lazy continuation
// lines inside a numbered item. This file turns blocks and lines into one tree: headings, plain lines (possible
// section titles), dash lines, bullets and numbered items, each with its place. Callouts (`> [!note] Title`) and
// fenced divs (`::: challenge`) become titled blocks holding what is inside them. Code blocks and tables are leaves:
// rules never read their text, but a code block may be the answer of a task written above it.
import type { List, ListItem, RootContent, Table } from 'mdast';
import { INERT, isTermPhrase, trimMasked } from '../text/phrase-rules';
import {
  type SourceIndex,
  type Span,
  type TextLine,
  dropLineStart,
  phrasingToLines,
  shiftSpans,
  splitDashMarker,
  trimLineEnd,
  withoutDecoration,
} from './line-text';

export type OutlineMarker = 'root' | 'heading' | 'plain' | 'dash' | 'bullet' | 'number' | 'callout' | 'code' | 'table';

/** A table: its header cells and rows, each cell one normalised line. */
export interface OutlineTable {
  head: TextLine[];
  rows: TextLine[][];
}

export interface OutlineNode {
  marker: OutlineMarker;
  /**
   * Nominal depth used to nest: headings are negative (level − 100), a plain line is 0,
   * `-x` is 1, `--x` 2, and so on. Children always have a greater depth than their parent.
   */
  depth: number;
  /** Heading level (1–6) for headings, otherwise 0. */
  level: number;
  /** Number of a numbered item. */
  ordinal: number | null;
  text: string;
  mask: string;
  links: Span[];
  strong: Span[];
  emphasis: Span[];
  code: Span[];
  /** `#tags` of the line. */
  tags: string[];
  /** Where soft-wrapped lines were joined to this one (offsets in `text`): `- **Term**` then its definition below. */
  joins?: number[];
  line: number;
  column: number;
  children: OutlineNode[];
  /** A code block's language and text (marker `code`). */
  codeBlock?: { lang: string | null; value: string };
  /** A table's cells (marker `table`). */
  table?: OutlineTable;
  /** The kind of a callout or fenced div (`note`, `tip`, `challenge`…), marker `callout`. */
  calloutKind?: string;
  /** A paragraph the author numbered in bold (`**3)** The number of active ads.`): a numbered task. */
  boldNumber?: true;
  /** Display text, filled in when first needed. */
  display?: string;
}

const HEADING_DEPTH_BASE = -100;

/** Nodes that hold a line of note text (not the root, a heading, a titled block, code or a table). */
const LINE_MARKERS = new Set<OutlineMarker>(['plain', 'dash', 'bullet', 'number']);
const isLineNode = (node: OutlineNode) => LINE_MARKERS.has(node.marker);

function lineNode(marker: OutlineMarker, depth: number, line: TextLine, ordinal: number | null = null): OutlineNode {
  return {
    marker,
    depth,
    level: 0,
    ordinal,
    text: line.text,
    mask: line.mask,
    links: line.links,
    strong: line.strong,
    emphasis: line.emphasis,
    code: line.code,
    tags: line.tags,
    line: line.line,
    column: line.column,
    children: [],
  };
}

function emptyNode(marker: OutlineMarker, depth: number, line: number, column: number): OutlineNode {
  return { marker, depth, level: 0, ordinal: null, text: '', mask: '', links: [], strong: [], emphasis: [], code: [], tags: [], line, column, children: [] };
}

const Q_OR_A_LINE = /^(?:Q|A|Question|Answer)\s*:/i;
const NUMBERED_LINE = /^(\d{1,9})[.)]\s+/;
/** A line that starts its own note even without a dash: `Q:`/`A:` pairs, glossary lines "Term: text" and `Q :: A`. */
const OWN_LINE_DEFINITION = /^[\p{L}\p{N}][^:\uFFFC]{0,40}:\s+\S/u;
/** A soft-wrapped `Term - definition` line (checked for a term before the dash). */
const OWN_LINE_DASH = /^([\p{L}\p{N}][^:\uFFFC\t]{0,40}?)\s[-–—]\s+\S/u;
/** `term<TAB>definition`, as Anki and Quizlet export. */
const TAB_SEPARATED = /^[^\t\uFFFC]*\S\t+\S/;
/** The spaced-repetition plugin's separator lines between a question and its answer. */
const SR_SEPARATOR = /^\?{1,2}$/;
/** `Q :: A` (and `:::`): the line after one is never its soft-wrapped continuation. */
const DOUBLE_COLON = /\s:{2,3}\s*\S|\S\s*:{2,3}\s|\?:{2,3}/;
/** `::: name Title` opens a fenced div (Pandoc, Docusaurus, Carpentries); a line of colons alone closes it. */
const DIV_OPEN = /^:{3,}\s*([\p{L}][\p{L}\p{N}_-]*)?\s*(.*?)\s*:*$/u;
const DIV_CLOSE = /^:{3,}$/;
const CALLOUT = /^\[!([\p{L}\p{N}_-]+)\][+-]?\s*(.*)$/u;

/** How a dash line inside a container maps to a depth. */
type DashDepth = (dashes: number) => number;

interface LineContext {
  dashDepth: DashDepth;
  /** Depth of the item the lines belong to (own lines never go above it); -1 at top level. */
  floor: number;
}

const titleCase = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase().replace(/[-_]+/g, ' ');

class OutlineBuilder {
  readonly root: OutlineNode = { ...emptyNode('root', Number.NEGATIVE_INFINITY, 1, 1) };
  private readonly stack: OutlineNode[] = [this.root];
  private lastLine: OutlineNode | null = null;
  private lastEnd: number;
  /** Lines whose successor always starts a note of its own (`Q :: A`, a line before a hard break, `?`). */
  private readonly closedLines = new Set<OutlineNode>();
  /** Open titled blocks (callouts, fenced divs): content nests under the innermost one. */
  private readonly containers: OutlineNode[] = [];

  constructor(
    private readonly source: SourceIndex,
    startLine = 0,
  ) {
    this.lastEnd = startLine;
  }

  /** Depth of a top-level plain line: 0, or just under the innermost open titled block. */
  private get base(): number {
    const container = this.containers[this.containers.length - 1];
    return container ? container.depth + 1 : 0;
  }

  private topLevel(): LineContext {
    const base = this.base;
    return { dashDepth: (dashes) => base + dashes, floor: base - 1 };
  }

  private top(): OutlineNode {
    return this.stack[this.stack.length - 1];
  }

  private attach(node: OutlineNode): void {
    while (this.stack.length > 1 && this.top().depth >= node.depth) this.stack.pop();
    this.top().children.push(node);
    this.stack.push(node);
    if (isLineNode(node)) this.lastLine = node;
  }

  /** A leaf (code, table) under whatever is open: the line or heading it follows. */
  private attachLeaf(node: OutlineNode): void {
    this.top().children.push(node);
    this.lastLine = null;
  }

  /** Ends the current plain-line section: what follows belongs to the heading (or titled block) again. */
  private closeLines(): void {
    while (this.stack.length > 1 && isLineNode(this.top())) this.stack.pop();
    this.lastLine = null;
  }

  private openContainer(kind: string, title: string, line: number, column: number): void {
    this.closeLines();
    const node = emptyNode('callout', this.base, line, column);
    node.text = title || titleCase(kind);
    node.mask = node.text;
    node.calloutKind = kind.toLowerCase();
    this.attach(node);
    this.containers.push(node);
  }

  private closeContainer(): void {
    const container = this.containers.pop();
    if (!container) return;
    while (this.stack.length > 1 && this.top() !== container) this.stack.pop();
    if (this.stack.length > 1) this.stack.pop();
    this.lastLine = null;
  }

  /** Closes titled blocks left open at the end of the notes. */
  finish(): void {
    while (this.containers.length > 0) this.closeContainer();
  }

  addBlock(block: RootContent): void {
    const start = block.position?.start.line;
    // Two blank lines end a plain-line section, as the author separates topics.
    if (start !== undefined && start - this.lastEnd - 1 >= 2) this.closeLines();
    switch (block.type) {
      case 'heading': {
        if (this.containers.length > 0) {
          // A heading inside a titled block is a title line inside it, not a chapter or section of the file.
          this.addLines(phrasingToLines(block.children, this.source).map(withoutDecoration), this.topLevel(), true, this.base);
          break;
        }
        this.closeLines();
        const lines = phrasingToLines(block.children, this.source).map(withoutDecoration);
        const joined = joinedHeadingText(lines);
        if (joined) {
          const place = { line: block.position?.start.line ?? lines[0].line, column: block.position?.start.column ?? lines[0].column };
          const node = lineNode('heading', HEADING_DEPTH_BASE + block.depth, { ...joined, ...place });
          node.level = block.depth;
          this.attach(node);
          this.lastLine = null;
        }
        break;
      }
      case 'paragraph':
        this.addLines(phrasingToLines(block.children, this.source), this.topLevel(), true, this.base);
        break;
      case 'list':
        this.addList(block, this.topLevelListParentDepth(block));
        break;
      case 'blockquote':
        this.addBlockquote(block.children);
        break;
      case 'thematicBreak':
        this.closeLines();
        break;
      case 'code':
        this.attachLeaf(this.codeNode(block.lang ?? null, block.value, block.position?.start.line ?? 1, block.position?.start.column ?? 1, this.base));
        break;
      case 'table':
        this.attachLeaf(this.tableNode(block, this.base));
        break;
      default:
        // Raw HTML, front matter, link definitions: never part of the outline.
        this.lastLine = null;
    }
    this.lastEnd = block.position?.end.line ?? this.lastEnd;
  }

  /** `> [!note] Title` is a titled block; any other quote is read like the rest of the notes. */
  private addBlockquote(children: RootContent[]): void {
    const [first, ...rest] = children;
    const lines = first?.type === 'paragraph' ? phrasingToLines(first.children, this.source) : [];
    const callout = lines.length > 0 ? CALLOUT.exec(lines[0].mask) : null;
    if (first?.type !== 'paragraph' || !callout) {
      for (const child of children) this.addBlock(child);
      return;
    }
    const titleStart = lines[0].mask.length - callout[2].length;
    this.openContainer(callout[1], lines[0].text.slice(titleStart).trim(), lines[0].line, lines[0].column);
    this.addLines(lines.slice(1), this.topLevel(), true, this.base);
    for (const child of rest) this.addBlock(child);
    this.closeContainer();
  }

  private codeNode(lang: string | null, value: string, line: number, column: number, depth: number): OutlineNode {
    const node = emptyNode('code', depth, line, column);
    node.codeBlock = { lang, value };
    return node;
  }

  private sourceLine(line: number | undefined): string {
    if (line === undefined) return '|';
    const start = this.source.lineStarts[line - 1] ?? 0;
    const end = this.source.lineStarts[line] ?? this.source.text.length;
    return this.source.text.slice(start, end);
  }

  private tableNode(table: Table, depth: number): OutlineNode {
    const node = emptyNode('table', depth, table.position?.start.line ?? 1, table.position?.start.column ?? 1);
    // A line without a pipe right after a table is a row to Markdown, but the writer meant a note under it.
    const written = table.children.filter((row, index) => index === 0 || this.sourceLine(row.position?.start.line).includes('|'));
    const cells = written.map((row) =>
      row.children.map((cell) => joinedCell(phrasingToLines(cell.children, this.source), cell.position?.start.line ?? node.line)),
    );
    const [head = [], ...rows] = cells;
    node.table = { head, rows };
    return node;
  }

  /** A numbered list right after a lead-in ending in a colon belongs to it; any other list is a bullet level. */
  private topLevelListParentDepth(list: List): number {
    const leadIn = this.lastLine;
    if (list.ordered && leadIn !== null && leadIn.depth > this.base && endsWithColon(leadIn)) return leadIn.depth;
    return this.base;
  }

  private addList(list: List, parentDepth: number): void {
    const first = list.start ?? 1;
    // Markdown keeps " * b" after "* a" a sibling (one space is less than the item's indent), but the writer
    // indented it: a bullet further right than the one above is its child.
    const columns: number[] = [];
    list.children.forEach((item, index) => {
      const column = item.position?.start.column ?? 1;
      if (list.ordered || columns.length === 0) columns.splice(0, columns.length, column);
      else if (column > columns[columns.length - 1]) columns.push(column);
      else while (columns.length > 1 && column < columns[columns.length - 1]) columns.pop();
      this.addListItem(item, parentDepth + columns.length, list.ordered ? first + index : null);
    });
  }

  private addListItem(item: ListItem, depth: number, ordinal: number | null): void {
    const [first, ...rest] = item.children;
    const marker: OutlineMarker = ordinal === null ? 'bullet' : 'number';
    // Inside a numbered item, `-x` and `--x` are its children and `---x` a grandchild;
    // lazy dash lines after a bullet keep their own depth (`- a` then `-b` are siblings, as `-a` `-b`).
    const childDepth: DashDepth = (dashes) => depth + Math.max(1, dashes - 1);
    const base = this.base;
    const context: LineContext =
      ordinal === null ? { dashDepth: (dashes) => Math.max(base + dashes, depth), floor: depth - 1 } : { dashDepth: childDepth, floor: depth };
    // Indented blocks of an item are always inside it.
    const bodyContext: LineContext = { dashDepth: childDepth, floor: depth };
    let body = rest;
    if (first?.type === 'paragraph') {
      const lines = phrasingToLines(first.children, this.source);
      const [head, ...tail] = lines;
      if (head) {
        // The item's place is its marker ("1."), as a dash line's place is its first dash.
        const place = { line: item.position?.start.line ?? head.line, column: item.position?.start.column ?? head.column };
        const node = lineNode(marker, depth, { ...splitDashMarker(head).line, ...place }, ordinal);
        this.attach(node);
        if (head.breakAfter) this.closedLines.add(node);
        this.addLines(tail, context, false);
      } else {
        this.attach(emptyNode(marker, depth, first.position?.start.line ?? 1, first.position?.start.column ?? 1));
      }
    } else {
      // An item that starts with a list or code: a placeholder keeps its children together.
      this.attach(emptyNode(marker, depth, item.position?.start.line ?? 1, item.position?.start.column ?? 1));
      body = item.children;
    }
    for (const block of body) this.addItemBlock(block, depth, bodyContext);
  }

  private addItemBlock(block: RootContent, itemDepth: number, context: LineContext): void {
    switch (block.type) {
      case 'paragraph':
        this.addLines(phrasingToLines(block.children, this.source), context, true, itemDepth + 1);
        break;
      case 'list': {
        const leadIn = this.lastLine;
        const parentDepth = block.ordered && leadIn !== null && leadIn.depth > itemDepth && endsWithColon(leadIn) ? leadIn.depth : itemDepth;
        this.addList(block, parentDepth);
        break;
      }
      case 'blockquote':
        for (const child of block.children) this.addItemBlock(child, itemDepth, context);
        break;
      case 'heading':
        this.addLines(phrasingToLines(block.children, this.source), context, true, itemDepth + 1);
        break;
      case 'code':
        this.leafUnder(
          itemDepth,
          this.codeNode(block.lang ?? null, block.value, block.position?.start.line ?? 1, block.position?.start.column ?? 1, itemDepth + 1),
        );
        break;
      case 'table':
        this.leafUnder(itemDepth, this.tableNode(block, itemDepth + 1));
        break;
      default:
        this.lastLine = null;
    }
  }

  /** A leaf inside a list item: under the deepest open node that is still inside the item. */
  private leafUnder(itemDepth: number, node: OutlineNode): void {
    while (this.stack.length > 1 && this.top().depth > node.depth && this.top().depth > itemDepth + 1) this.stack.pop();
    this.attachLeaf(node);
  }

  /**
   * Lines of one paragraph. The first line of a paragraph starts a note at `firstDepth`
   * (a plain line at top level is a possible section title); later plain lines continue the line above
   * (soft wrap) unless they start a note of their own (`Q:`, `A:`, `Term: text`, `2. item`).
   */
  private addLines(lines: TextLine[], context: LineContext, startsParagraph: boolean, firstDepth = 0): void {
    lines.forEach((raw, index) => {
      if (raw.text === '') {
        this.tagOpenTitle(raw.tags);
        return;
      }
      if (this.fencedDiv(raw)) return;
      const { dashes, line } = splitDashMarker(raw);
      if (line.text === '') return;
      const node = this.lineFor(line, dashes, context, index === 0 && startsParagraph, firstDepth);
      if (node === null) {
        if (raw.breakAfter && this.lastLine) this.closedLines.add(this.lastLine);
        return;
      }
      if (DOUBLE_COLON.test(line.mask) || SR_SEPARATOR.test(line.mask.trim()) || raw.breakAfter) this.closedLines.add(node);
      this.attach(node);
    });
  }

  /** `#exam #chemistry` alone on a line: the tags of the heading or titled block it is under (else of the file). */
  private tagOpenTitle(tags: string[]): void {
    const title = [...this.stack].reverse().find((node) => !isLineNode(node)) ?? this.root;
    title.tags.push(...tags);
  }

  /** Opens or closes a fenced div on a `:::` line; true when the line was one. */
  private fencedDiv(raw: TextLine): boolean {
    const mask = raw.mask.trim();
    if (!mask.startsWith(':::')) return false;
    if (DIV_CLOSE.test(mask)) {
      this.closeContainer();
      return true;
    }
    const open = DIV_OPEN.exec(mask);
    if (!open || !open[1]) return false;
    this.openContainer(open[1], open[2] ?? '', raw.line, raw.column);
    return true;
  }

  /** The node a line starts, or null when it continues the line above (soft wrap). */
  private lineFor(line: TextLine, dashes: number, context: LineContext, firstOfParagraph: boolean, firstDepth: number): OutlineNode | null {
    if (dashes > 0) return lineNode('dash', context.dashDepth(dashes), line);
    const previous = this.lastLine;
    if (firstOfParagraph || previous === null) {
      const task = firstOfParagraph ? boldNumber(line) : null;
      if (task) return { ...lineNode('number', Math.max(firstDepth, context.floor + 1), task.line, task.ordinal), boldNumber: true };
      return lineNode('plain', Math.max(firstDepth, context.floor + 1), line);
    }
    const numbered = NUMBERED_LINE.exec(line.mask);
    if (numbered) {
      const depth = previous.marker === 'number' ? previous.depth : previous.depth === 0 || endsWithColon(previous) ? previous.depth + 1 : previous.depth;
      return lineNode('number', Math.max(depth, context.floor + 1), trimLineEnd(dropLineStart(line, numbered[0].length)), Number(numbered[1]));
    }
    if (this.closedLines.has(previous) && !SR_SEPARATOR.test(previous.mask.trim()) && previous.marker !== 'plain' && !DOUBLE_COLON.test(previous.mask)) {
      // After a hard break inside an item: a line of its own, under the item.
      return lineNode('plain', Math.max(previous.depth + 1, context.floor + 1), line);
    }
    if (this.closedLines.has(previous) || startsOwnNote(line, previous)) return lineNode('plain', Math.max(previous.depth, context.floor + 1), line);
    appendContinuation(previous, line);
    return null;
  }
}

/**
 * Whether a soft-wrapped line starts a note of its own rather than continuing the line above: `Q:`/`A:`, `Q :: A`, a
 * `?` separator, `term<TAB>definition`, and a `Term: definition` or `Term - definition` line after one of its kind or
 * after a finished sentence (in prose, "much\nsmaller: in 1956, …" is one sentence).
 */
function startsOwnNote(line: TextLine, previous: OutlineNode): boolean {
  const mask = line.mask;
  if (Q_OR_A_LINE.test(mask) || DOUBLE_COLON.test(mask) || SR_SEPARATOR.test(mask.trim())) return true;
  if (mask.includes('\t') && TAB_SEPARATED.test(mask)) return true;
  const lastLine = previous.mask.slice((previous.joins ?? [0]).at(-1) ?? 0);
  const listLike = /[.!?:;)"”]\s*$/.test(previous.mask) || OWN_LINE_DEFINITION.test(lastLine) || OWN_LINE_DASH.test(lastLine) || Q_OR_A_LINE.test(lastLine);
  if (!listLike) return false;
  if (OWN_LINE_DEFINITION.test(mask)) return true;
  const dash = OWN_LINE_DASH.exec(mask);
  return dash !== null && isTermPhrase(trimMasked({ text: line.text.slice(0, dash[1].length), mask: dash[1] }));
}

/** `**3)** The number of active ads.`: a paragraph that opens with a bold number is a numbered item. */
function boldNumber(line: TextLine): { line: TextLine; ordinal: number } | null {
  const numbered = NUMBERED_LINE.exec(line.mask) ?? /^(\d{1,9})[.)](?=\S)/.exec(line.mask);
  if (!numbered || !line.strong.some(([from, to]) => from === 0 && to >= numbered[1].length + 1)) return null;
  return { line: trimLineEnd(dropLineStart(line, numbered[0].length)), ordinal: Number(numbered[1]) };
}

function joinedHeadingText(lines: TextLine[]): TextLine | null {
  if (lines.length === 0) return null;
  const [first] = lines;
  let joined: TextLine = { ...first, ...trimmedLine(first) };
  for (const line of lines.slice(1)) {
    const trimmed = trimmedLine(line);
    const offset = joined.text.length + 1;
    joined = {
      ...joined,
      text: `${joined.text} ${trimmed.text}`,
      mask: `${joined.mask} ${trimmed.mask}`,
      links: [...joined.links, ...shiftSpans(trimmed.links, offset)],
      strong: [...joined.strong, ...shiftSpans(trimmed.strong, offset)],
      emphasis: [...joined.emphasis, ...shiftSpans(trimmed.emphasis, offset)],
      code: [...joined.code, ...shiftSpans(trimmed.code, offset)],
      tags: [...joined.tags, ...trimmed.tags],
    };
  }
  return joined;
}

function trimmedLine(line: TextLine): TextLine {
  const shift = line.mask.length - line.mask.trimStart().length;
  return trimLineEnd(dropLineStart(line, shift));
}

/** A table cell as one line (a cell never spans lines; a `<br>` in it becomes a space). */
function joinedCell(lines: TextLine[], line: number): TextLine {
  return joinedHeadingText(lines) ?? { text: '', mask: '', links: [], strong: [], emphasis: [], code: [], tags: [], breakAfter: false, line, column: 1 };
}

/** Spans that meet across the join of two lines (`**bold\nacross lines**`) are one span. */
function joinSpans(spans: Span[], added: Span[], offset: number): void {
  const last = spans[spans.length - 1];
  const [first, ...rest] = added;
  if (last && first && last[1] === offset - 1 && first[0] === offset) {
    last[1] = first[1];
    spans.push(...rest);
  } else {
    spans.push(...added);
  }
}

function appendContinuation(node: OutlineNode, line: TextLine): void {
  const offset = node.text.length + 1;
  (node.joins ??= []).push(offset);
  node.text += ' ' + line.text;
  node.mask += ' ' + line.mask;
  node.links.push(...shiftSpans(line.links, offset));
  joinSpans(node.strong, shiftSpans(line.strong, offset), offset);
  joinSpans(node.emphasis, shiftSpans(line.emphasis, offset), offset);
  node.code.push(...shiftSpans(line.code, offset));
  node.tags.push(...line.tags);
}

export function endsWithColon(node: { mask: string }): boolean {
  return /:\s*$/.test(node.mask) && !node.mask.trimEnd().endsWith(INERT);
}

/** Removes placeholder items with no text, giving their children to the parent in their place. */
function dropEmptyNodes(node: OutlineNode): void {
  if (node.children.every((child) => (child.text !== '' || !isLineNode(child)) && child.children.length === 0)) return;
  const children: OutlineNode[] = [];
  for (const child of node.children) {
    dropEmptyNodes(child);
    if (child.text === '' && isLineNode(child)) children.push(...child.children);
    else children.push(child);
  }
  node.children = children;
}

/** The outline of a file's blocks (or one chapter's). `startLine` is the line of the heading above them (or 0). */
export function buildOutline(blocks: RootContent[], source: SourceIndex, startLine = 0): OutlineNode {
  const builder = new OutlineBuilder(source, startLine);
  for (const block of blocks) builder.addBlock(block);
  builder.finish();
  dropEmptyNodes(builder.root);
  return builder.root;
}

export function isOutlineLine(node: OutlineNode): boolean {
  return isLineNode(node);
}

/** Headings, titled blocks and lines: what can open a section or hold notes (not code or tables). */
export function isTextNode(node: OutlineNode): boolean {
  return node.marker !== 'code' && node.marker !== 'table' && node.marker !== 'root';
}
