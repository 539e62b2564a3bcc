// Rebuilds the author's outline from mdast blocks.
// CommonMark does not see `-text`/`--text` as lists: they arrive as lines of a paragraph, or as lazy
// continuation lines inside a numbered item. This file turns blocks and lines into one tree per chapter:
// headings, plain lines (section titles), dash lines, bullets and numbered items, each with its place.
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { readDoubleColon } from './explicit-cards';
import { INERT, trimMasked } from './phrase-rules';
import {
  type SourceIndex,
  type TextLine,
  dropLineStart,
  isTagOrEmbedLine,
  phrasingToLines,
  splitDashMarker,
  trimLineEnd,
} from './line-text';

export type OutlineMarker = 'root' | 'heading' | 'plain' | 'dash' | 'bullet' | 'number';

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
  links: Array<[number, number]>;
  line: number;
  column: number;
  children: OutlineNode[];
  /** Display text, filled in when first needed. */
  display?: string;
}

const HEADING_DEPTH_BASE = -100;

const isLineNode = (node: OutlineNode) => node.marker !== 'root' && node.marker !== 'heading';

function lineNode(marker: OutlineMarker, depth: number, line: TextLine, ordinal: number | null = null): OutlineNode {
  return { marker, depth, level: 0, ordinal, text: line.text, mask: line.mask, links: line.links, line: line.line, column: line.column, children: [] };
}

const Q_OR_A_LINE = /^(?:Q|A|Question|Answer)\s*:/i;
const NUMBERED_LINE = /^(\d{1,9})[.)]\s+/;
/** A line that starts its own note even without a dash: `Q:`/`A:` pairs, glossary lines "Term: text" and `Q :: A`. */
const OWN_LINE_DEFINITION = /^[\p{L}\p{N}][^:\uFFFC]{0,40}:\s+\S/u;

/** How a dash line inside a container maps to a depth. */
type DashDepth = (dashes: number) => number;

interface LineContext {
  dashDepth: DashDepth;
  /** Depth of the item the lines belong to (own lines never go above it); -1 at top level. */
  floor: number;
}

const TOP_LEVEL: LineContext = { dashDepth: (dashes) => dashes, floor: -1 };

class OutlineBuilder {
  readonly root: OutlineNode = {
    marker: 'root', depth: Number.NEGATIVE_INFINITY, level: 0, ordinal: null, text: '', mask: '', links: [], line: 1, column: 1, children: [],
  };
  private readonly stack: OutlineNode[] = [this.root];
  private lastLine: OutlineNode | null = null;
  private lastEnd: number;
  /** `Q :: A` lines: the line after one is never its soft-wrapped continuation. */
  private readonly questionLines = new Set<OutlineNode>();

  constructor(private readonly source: SourceIndex, startLine = 0) {
    this.lastEnd = startLine;
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

  /** Ends the current plain-line section: what follows belongs to the heading (or chapter) again. */
  private closeLines(): void {
    while (this.stack.length > 1 && isLineNode(this.top())) this.stack.pop();
    this.lastLine = null;
  }

  addBlock(block: RootContent): void {
    const start = block.position?.start.line;
    // Two blank lines end a plain-line section, as the author separates topics.
    if (start !== undefined && start - this.lastEnd - 1 >= 2) this.closeLines();
    switch (block.type) {
      case 'heading': {
        this.closeLines();
        const lines = phrasingToLines(block.children, this.source);
        const joined = joinedHeadingText(lines);
        if (joined) {
          const place = { line: block.position?.start.line ?? lines[0].line, column: block.position?.start.column ?? lines[0].column };
          const node = lineNode('heading', HEADING_DEPTH_BASE + block.depth, { ...lines[0], ...joined, ...place });
          node.level = block.depth;
          this.attach(node);
          this.lastLine = null;
        }
        break;
      }
      case 'paragraph':
        this.addLines(phrasingToLines(block.children, this.source), TOP_LEVEL, true);
        break;
      case 'list':
        this.addList(block, this.topLevelListParentDepth(block));
        break;
      case 'blockquote':
        for (const child of block.children) this.addBlock(child);
        break;
      case 'thematicBreak':
        this.closeLines();
        break;
      default:
        // Code, tables, raw HTML, front matter: never part of the outline.
        this.lastLine = null;
    }
    this.lastEnd = block.position?.end.line ?? this.lastEnd;
  }

  /** A numbered list right after a lead-in ending in a colon belongs to it; any other list is a bullet level. */
  private topLevelListParentDepth(list: List): number {
    const leadIn = this.lastLine;
    if (list.ordered && leadIn !== null && leadIn.depth > 0 && endsWithColon(leadIn)) return leadIn.depth;
    return 0;
  }

  private addList(list: List, parentDepth: number): void {
    const first = list.start ?? 1;
    list.children.forEach((item, index) => {
      this.addListItem(item, parentDepth + 1, list.ordered ? first + index : null);
    });
  }

  private addListItem(item: ListItem, depth: number, ordinal: number | null): void {
    const [first, ...rest] = item.children;
    const marker: OutlineMarker = ordinal === null ? 'bullet' : 'number';
    // Inside a numbered item, `-x` and `--x` are its children and `---x` a grandchild;
    // lazy dash lines after a bullet keep their own depth (`- a` then `-b` are siblings, as `-a` `-b`).
    const childDepth: DashDepth = (dashes) => depth + Math.max(1, dashes - 1);
    const context: LineContext = ordinal === null
      ? { dashDepth: (dashes) => Math.max(dashes, depth), floor: depth - 1 }
      : { dashDepth: childDepth, floor: depth };
    // Indented blocks of an item are always inside it.
    const bodyContext: LineContext = { dashDepth: childDepth, floor: depth };
    let body = rest;
    if (first?.type === 'paragraph') {
      const lines = phrasingToLines(first.children, this.source);
      const [head, ...tail] = lines;
      if (head) {
        // The item's place is its marker ("1."), as a dash line's place is its first dash.
        const place = { line: item.position?.start.line ?? head.line, column: item.position?.start.column ?? head.column };
        this.attach(lineNode(marker, depth, { ...splitDashMarker(head).line, ...place }, ordinal));
        this.addLines(tail, context, false);
      } else {
        this.attach(lineNode(marker, depth, emptyLine(first), ordinal));
      }
    } else {
      // An item that starts with a list or code: a placeholder keeps its children together.
      this.attach(lineNode(marker, depth, emptyLine(item), ordinal));
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
      default:
        this.lastLine = null;
    }
  }

  /**
   * Lines of one paragraph. The first line of a paragraph starts a note at `firstDepth`
   * (a plain line at top level is a possible section title); later plain lines continue the line above
   * (soft wrap) unless they start a note of their own (`Q:`, `A:`, `Term: text`, `2. item`).
   */
  private addLines(lines: TextLine[], context: LineContext, startsParagraph: boolean, firstDepth = 0): void {
    lines.forEach((raw, index) => {
      if (isTagOrEmbedLine(raw)) return;
      const { dashes, line } = splitDashMarker(raw);
      if (line.text === '') return;
      const isQuestion = readDoubleColon(line) !== null;
      const node = this.lineFor(line, dashes, isQuestion, context, index === 0 && startsParagraph, firstDepth);
      if (node === null) return;
      if (isQuestion) this.questionLines.add(node);
      this.attach(node);
    });
  }

  /** The node a line starts, or null when it continues the line above (soft wrap). */
  private lineFor(line: TextLine, dashes: number, isQuestion: boolean, context: LineContext, firstOfParagraph: boolean, firstDepth: number): OutlineNode | null {
    if (dashes > 0) return lineNode('dash', context.dashDepth(dashes), line);
    const previous = this.lastLine;
    if (firstOfParagraph || previous === null) return lineNode('plain', Math.max(firstDepth, context.floor + 1), line);
    const numbered = NUMBERED_LINE.exec(line.mask);
    if (numbered) {
      const depth = previous.marker === 'number' ? previous.depth : previous.depth === 0 || endsWithColon(previous) ? previous.depth + 1 : previous.depth;
      return lineNode('number', Math.max(depth, context.floor + 1), trimLineEnd(dropLineStart(line, numbered[0].length)), Number(numbered[1]));
    }
    const startsNote = isQuestion || this.questionLines.has(previous) || Q_OR_A_LINE.test(line.mask) || OWN_LINE_DEFINITION.test(line.mask);
    if (startsNote) return lineNode('plain', Math.max(previous.depth, context.floor + 1), line);
    appendContinuation(previous, line);
    return null;
  }
}

function emptyLine(block: Paragraph | ListItem): TextLine {
  return { text: '', mask: '', links: [], line: block.position?.start.line ?? 1, column: block.position?.start.column ?? 1 };
}

function joinedHeadingText(lines: TextLine[]): { text: string; mask: string; links: Array<[number, number]> } | null {
  if (lines.length === 0) return null;
  let text = '';
  let mask = '';
  const links: Array<[number, number]> = [];
  for (const line of lines) {
    const separator = text === '' ? '' : ' ';
    const trimmed = trimMasked(line);
    const shift = line.mask.length - line.mask.trimStart().length;
    for (const [from, to] of line.links) links.push([text.length + separator.length + from - shift, text.length + separator.length + to - shift]);
    text += separator + trimmed.text;
    mask += separator + trimmed.mask;
  }
  return { text, mask, links };
}

function appendContinuation(node: OutlineNode, line: TextLine): void {
  const offset = node.text.length + 1;
  node.text += ' ' + line.text;
  node.mask += ' ' + line.mask;
  for (const [from, to] of line.links) node.links.push([from + offset, to + offset]);
}

export function endsWithColon(node: { mask: string }): boolean {
  return /:\s*$/.test(node.mask) && !node.mask.trimEnd().endsWith(INERT);
}

/** Removes placeholder items with no text, giving their children to the parent in their place. */
function dropEmptyNodes(node: OutlineNode): void {
  if (node.children.every((child) => child.text !== '' && child.children.length === 0)) return;
  const children: OutlineNode[] = [];
  for (const child of node.children) {
    dropEmptyNodes(child);
    if (child.text === '' && child.marker !== 'heading') children.push(...child.children);
    else children.push(child);
  }
  node.children = children;
}

/** The outline of one chapter's blocks. `startLine` is the line of the chapter heading (or 0). */
export function buildOutline(blocks: RootContent[], source: SourceIndex, startLine = 0): OutlineNode {
  const builder = new OutlineBuilder(source, startLine);
  for (const block of blocks) builder.addBlock(block);
  dropEmptyNodes(builder.root);
  return builder.root;
}

export function isOutlineLine(node: OutlineNode): boolean {
  return isLineNode(node);
}
