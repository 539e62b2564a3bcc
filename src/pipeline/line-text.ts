// Splits mdast phrasing content into the lines the author typed.
// The dash outline lives in the newlines inside text nodes, so a paragraph is read line by line,
// keeping inline code, raw HTML and images inert in a mask so no rule ever matches inside them.
import type { Nodes, PhrasingContent } from 'mdast';
import { INERT, type MaskedText } from './phrase-rules';

export interface TextLine extends MaskedText {
  /** [start, end) ranges of link text, so "Term: <a link>" can be told from a definition. */
  links: Array<[number, number]>;
  line: number;
  column: number;
}

/** Line starts of a source text, to give lines inside a paragraph their column. */
export interface SourceIndex {
  text: string;
  lineStarts: number[];
}

export function indexSource(text: string): SourceIndex {
  const lineStarts = [0];
  let at = text.indexOf('\n');
  while (at !== -1) {
    lineStarts.push(at + 1);
    at = text.indexOf('\n', at + 1);
  }
  return { text, lineStarts };
}

/** Column of the first visible character of a 1-based source line (1 when unknown). */
export function firstColumnOf(source: SourceIndex, line: number): number {
  const start = source.lineStarts[line - 1];
  if (start === undefined) return 1;
  let at = start;
  while (at < source.text.length && (source.text[at] === ' ' || source.text[at] === '\t')) at += 1;
  return at - start + 1;
}

interface LineDraft extends TextLine {
  textParts: string[];
  maskParts: string[];
  length: number;
}

class LineCollector {
  readonly lines: LineDraft[] = [];
  private current: LineDraft | null = null;

  constructor(private readonly source: SourceIndex) {}

  /** Appends `value`; each newline in it starts a new line numbered from `line`. */
  add(value: string, inert: boolean, line: number, column: number): void {
    let start = 0;
    let lineNumber = line;
    for (;;) {
      const end = value.indexOf('\n', start);
      const piece = end === -1 ? value.slice(start) : value.slice(start, end);
      if (this.current === null) {
        const firstPiece = lineNumber === line && start === 0;
        this.open(lineNumber, firstPiece ? column : firstColumnOf(this.source, lineNumber));
      }
      this.push(piece, inert);
      if (end === -1) return;
      this.current = null;
      start = end + 1;
      lineNumber += 1;
    }
  }

  breakLine(): void {
    this.current = null;
  }

  /** Length of the current line, to record link ranges. */
  offset(): number {
    return this.current?.length ?? 0;
  }

  currentLine(): LineDraft | null {
    return this.current;
  }

  private open(line: number, column: number): void {
    this.current = { text: '', mask: '', links: [], line, column, textParts: [], maskParts: [], length: 0 };
    this.lines.push(this.current);
  }

  private push(piece: string, inert: boolean): void {
    if (piece === '' || this.current === null) return;
    this.current.textParts.push(piece);
    this.current.maskParts.push(inert ? INERT.repeat(piece.length) : piece);
    this.current.length += piece.length;
  }
}

function collect(node: PhrasingContent | Nodes, collector: LineCollector): void {
  const start = node.position?.start;
  const line = start?.line ?? 1;
  const column = start?.column ?? 1;
  switch (node.type) {
    case 'text':
      collector.add(node.value, false, line, column);
      return;
    case 'inlineCode':
    case 'html':
      collector.add(node.value.replace(/\s+/g, ' '), true, line, column);
      return;
    case 'image':
    case 'imageReference':
      collector.add(node.alt ?? '', true, line, column);
      return;
    case 'break':
      collector.breakLine();
      return;
    case 'footnoteReference':
      return;
    case 'link':
    case 'linkReference': {
      const before = collector.currentLine();
      const from = collector.offset();
      for (const child of node.children) collect(child, collector);
      const after = collector.currentLine();
      if (after !== null && after === before) after.links.push([from, collector.offset()]);
      else if (after !== null && before === null) after.links.push([0, collector.offset()]);
      return;
    }
    default:
      if ('children' in node) {
        for (const child of node.children as PhrasingContent[]) collect(child, collector);
      } else if ('value' in node && typeof node.value === 'string') {
        collector.add(node.value.replace(/\s+/g, ' '), true, line, column);
      }
  }
}

/** The lines of a paragraph or heading, in order; empty lines are kept out. */
export function phrasingToLines(children: PhrasingContent[], source: SourceIndex): TextLine[] {
  const collector = new LineCollector(source);
  for (const child of children) collect(child, collector);
  const lines: TextLine[] = [];
  for (const draft of collector.lines) {
    const text = draft.textParts.join('');
    if (text.trim() === '') continue;
    lines.push({ text, mask: draft.maskParts.join(''), links: draft.links, line: draft.line, column: draft.column });
  }
  return lines;
}

/** Drops `count` leading characters, keeping link ranges aligned. */
export function dropLineStart(line: TextLine, count: number): TextLine {
  if (count === 0) return line;
  return {
    ...line,
    text: line.text.slice(count),
    mask: line.mask.slice(count),
    links: line.links.map(([from, to]): [number, number] => [Math.max(0, from - count), Math.max(0, to - count)]).filter(([from, to]) => to > from),
  };
}

/** Drops trailing whitespace. */
export function trimLineEnd(line: TextLine): TextLine {
  const end = line.mask.trimEnd().length;
  if (end === line.mask.length) return line;
  return { ...line, text: line.text.slice(0, end), mask: line.mask.slice(0, end), links: line.links.map(([from, to]): [number, number] => [from, Math.min(to, end)]) };
}

/**
 * Leading dashes of the author's outline (`-x`, `--x`, `- x`), and the line without them.
 * A dash inside inline code is not a marker.
 */
export function splitDashMarker(line: TextLine): { dashes: number; line: TextLine } {
  let dashes = 0;
  const mask = line.mask;
  let at = 0;
  while (at < mask.length && (mask[at] === ' ' || mask[at] === '\t')) at += 1;
  while (at < mask.length && mask[at] === '-') {
    dashes += 1;
    at += 1;
  }
  while (at < mask.length && (mask[at] === ' ' || mask[at] === '\t')) at += 1;
  return { dashes, line: trimLineEnd(dropLineStart(line, at)) };
}

const TAG_OR_EMBED_ONLY = /^(?:\s*(?:#[\p{L}\p{N}_/-]+|!\[\[[^\]]*\]\]))+\s*$/u;

/** Obsidian tag lines (`#k8s #exam`) and embeds (`![[diagram.png]]`) carry no note text. */
export function isTagOrEmbedLine(line: TextLine): boolean {
  return (line.mask.includes('#') || line.mask.includes('![[')) && TAG_OR_EMBED_ONLY.test(line.mask);
}
