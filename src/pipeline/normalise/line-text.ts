// Splits mdast phrasing content into the lines the author typed, and normalises their text.
// The dash outline lives in the newlines inside text nodes, so a paragraph is read line by line. Inline code, raw
// HTML and images stay in the text but are inert in a mask (same length), so no rule ever matches inside them.
// Normalising here means: `<br>` breaks the line, HTML comments (the spaced-repetition plugin's `<!--SR:…-->`) go,
// `[[page|alias]]` becomes its text and `![[embeds]]` go, `#tags` leave the text for the line's tags, and simple
// `$math$` reads as text. Emphasis, inline code and links are kept as ranges, for the rules that read them.
import type { Nodes, PhrasingContent } from 'mdast';
import { INERT, type MaskedText } from '../text/phrase-rules';

/** A [start, end) range of a line's text. */
export type Span = [number, number];

export interface TextLine extends MaskedText {
  /** Link text ranges, so "Term: <a link>" can be told from a definition. */
  links: Span[];
  /** `**strong**` ranges. */
  strong: Span[];
  /** `*emphasis*` ranges. */
  emphasis: Span[];
  /** `` `code` `` ranges (inert in the mask). */
  code: Span[];
  /** `#tags` taken out of the text, without the `#`. */
  tags: string[];
  /** The line ended with a hard break (`<br>`, two spaces or a backslash): what follows is a line of its own. */
  breakAfter: boolean;
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

interface LineDraft {
  textParts: string[];
  maskParts: string[];
  length: number;
  links: Span[];
  strong: Span[];
  emphasis: Span[];
  code: Span[];
  breakAfter: boolean;
  line: number;
  column: number;
}

type SpanKind = 'links' | 'strong' | 'emphasis';

class LineCollector {
  readonly lines: LineDraft[] = [];
  private current: LineDraft | null = null;

  constructor(private readonly source: SourceIndex) {}

  /** Appends `value`; each newline in it starts a new line numbered from `line`. */
  add(value: string, inert: boolean, line: number, column: number, isCode = false): void {
    let start = 0;
    let lineNumber = line;
    for (;;) {
      const end = value.indexOf('\n', start);
      const piece = end === -1 ? value.slice(start) : value.slice(start, end);
      if (this.current === null) {
        const firstPiece = lineNumber === line && start === 0;
        this.open(lineNumber, firstPiece ? column : firstColumnOf(this.source, lineNumber));
      }
      this.push(piece, inert, isCode);
      if (end === -1) return;
      this.current = null;
      start = end + 1;
      lineNumber += 1;
    }
  }

  breakLine(): void {
    const target = this.current ?? this.lines[this.lines.length - 1];
    if (target) target.breakAfter = true;
    this.current = null;
  }

  /** Where the next character goes: the current line and its length. */
  mark(): { line: LineDraft | null; offset: number } {
    return { line: this.current, offset: this.current?.length ?? 0 };
  }

  /** Records `kind` over what was added since `from`, split per line when it crossed a line end. */
  record(kind: SpanKind, from: { line: LineDraft | null; offset: number }): void {
    const after = this.current;
    if (after === null) return;
    if (from.line === after) {
      if (after.length > from.offset) after[kind].push([from.offset, after.length]);
      return;
    }
    if (from.line !== null && from.line.length > from.offset) from.line[kind].push([from.offset, from.line.length]);
    // Lines wholly inside the span (bold across three lines or more).
    const first = from.line === null ? -1 : this.lines.indexOf(from.line);
    const last = this.lines.indexOf(after);
    for (let index = first + 1; index < last; index += 1) {
      const middle = this.lines[index];
      if (middle.length > 0) middle[kind].push([0, middle.length]);
    }
    if (after.length > 0) after[kind].push([0, after.length]);
  }

  private open(line: number, column: number): void {
    this.current = { textParts: [], maskParts: [], length: 0, links: [], strong: [], emphasis: [], code: [], breakAfter: false, line, column };
    this.lines.push(this.current);
  }

  private push(piece: string, inert: boolean, isCode: boolean): void {
    if (piece === '' || this.current === null) return;
    if (isCode) this.current.code.push([this.current.length, this.current.length + piece.length]);
    this.current.textParts.push(piece);
    this.current.maskParts.push(inert ? INERT.repeat(piece.length) : piece);
    this.current.length += piece.length;
  }
}

const BREAK_TAG = /^<br\s*\/?>$/i;
const COMMENT = /^<!--[\s\S]*?-->$/;

function collect(node: PhrasingContent | Nodes, collector: LineCollector): void {
  const start = node.position?.start;
  const line = start?.line ?? 1;
  const column = start?.column ?? 1;
  switch (node.type) {
    case 'text':
      collector.add(node.value, false, line, column);
      return;
    case 'inlineCode':
      collector.add(node.value.replace(/\s+/g, ' '), true, line, column, true);
      return;
    case 'html': {
      const value = node.value.trim();
      if (BREAK_TAG.test(value)) collector.breakLine();
      else if (!COMMENT.test(value)) collector.add(node.value.replace(/\s+/g, ' '), true, line, column);
      return;
    }
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
    case 'linkReference':
    case 'strong':
    case 'emphasis': {
      const from = collector.mark();
      for (const child of node.children) collect(child, collector);
      collector.record(node.type === 'strong' ? 'strong' : node.type === 'emphasis' ? 'emphasis' : 'links', from);
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

/** One change to a line's text: `[from, to)` replaced by `text` (inert when `inert`), optionally a link. */
interface LineEdit {
  from: number;
  to: number;
  text: string;
  inert?: boolean;
  link?: boolean;
}

/** Applies non-overlapping edits, keeping the mask and every range aligned with the new text. */
function applyEdits(line: TextLine, edits: LineEdit[]): TextLine {
  if (edits.length === 0) return line;
  edits.sort((a, b) => a.from - b.from);
  let text = '';
  let mask = '';
  let at = 0;
  // Old offset → new offset, at the edges of every edit.
  const moves: Array<{ from: number; to: number; newFrom: number; newTo: number }> = [];
  const links: Span[] = [];
  for (const edit of edits) {
    if (edit.from < at) continue;
    text += line.text.slice(at, edit.from);
    mask += line.mask.slice(at, edit.from);
    const newFrom = text.length;
    text += edit.text;
    mask += edit.inert ? INERT.repeat(edit.text.length) : edit.text;
    moves.push({ from: edit.from, to: edit.to, newFrom, newTo: text.length });
    if (edit.link && edit.text !== '') links.push([newFrom, text.length]);
    at = edit.to;
  }
  text += line.text.slice(at);
  mask += line.mask.slice(at);
  const shift = (offset: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (const move of moves) {
      if (offset <= move.from) break;
      if (offset < move.to) return side === 'start' ? move.newFrom : move.newTo;
      delta = move.newTo - move.to;
    }
    return offset + delta;
  };
  const remap = (spans: Span[]) => spans.map(([from, to]): Span => [shift(from, 'start'), shift(to, 'end')]).filter(([from, to]) => to > from);
  return {
    ...line,
    text,
    mask,
    links: [...remap(line.links), ...links].sort((a, b) => a[0] - b[0]),
    strong: remap(line.strong),
    emphasis: remap(line.emphasis),
    code: remap(line.code),
  };
}

const WIKILINK = /(!?)\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]/g;
const LONG_HIGHLIGHT = /(?<!=)==(?=[^=\s])([^=]*?[^=\s])==(?!=)/g;
/** More hidden words than this is no cloze: nobody recalls a paragraph word for word. */
export const MAX_CLOZE_WORDS = 8;
// A tag starts a word and holds a letter: `#k8s`, `#topic/sub`; not `#1`, `C#` or `page#anchor`.
const TAG = /(^|\s)#([\p{L}_][\p{L}\p{N}_/-]*)/gu;
// `$…$` math as Obsidian and pandoc read it: no space inside the dollars, no digit right after the closing one.
const INLINE_MATH = /\$(?=\S)([^$\n]*?\S)\$(?!\d)/g;
const MATH_SYMBOLS: Record<string, string> = {
  rightarrow: '→',
  to: '→',
  leftarrow: '←',
  leftrightarrow: '↔',
  rightleftharpoons: '⇌',
  times: '×',
  cdot: '·',
  pm: '±',
  ominus: '°',
  circ: '°',
  degree: '°',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  neq: '≠',
  approx: '≈',
  infty: '∞',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  Delta: 'Δ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  theta: 'θ',
  Omega: 'Ω',
  omega: 'ω',
  lambda: 'λ',
};

/** Simple LaTeX (`\text{LiC}_\text{6}`, `\ce{LiPF6}`, `\rightarrow`) as plain text; null when it is more than that. */
export function mathAsText(latex: string): string | null {
  let out = latex.replace(/\\(?:text|ce|mathrm|textrm|mathit|mathbf|operatorname)\s*(?:\{([^{}]*)\}|\s([A-Za-z0-9]))/g, '$1$2');
  out = out.replace(/\\([A-Za-z]+)/g, (whole, name: string) => MATH_SYMBOLS[name] ?? whole);
  out = out
    .replace(/[_^]\{([^{}]*)\}/g, '$1')
    .replace(/[_^](\S)/g, '$1')
    .replace(/\\[,;:! ]/g, ' ');
  out = out.replace(/[{}]/g, '');
  if (out.includes('\\')) return null;
  return out.replace(/\s+/g, ' ').trim();
}

/** The edits that normalise a line: wikilinks to their text, embeds and tags out, simple math as text. */
function normalisingEdits(line: TextLine, tags: string[]): LineEdit[] {
  const edits: LineEdit[] = [];
  const mask = line.mask;
  if (mask.includes('[[')) {
    for (const match of mask.matchAll(WIKILINK)) {
      const [whole, bang, target, heading, alias] = match;
      const shown = (alias ?? '').trim() || (target ?? '').trim().replace(/\.md$/i, '') || (heading ?? '').trim();
      edits.push({ from: match.index, to: match.index + whole.length, text: bang === '!' ? '' : shown, link: bang !== '!' });
    }
  }
  if (mask.includes('$')) {
    for (const match of mask.matchAll(INLINE_MATH)) {
      const from = match.index;
      if (edits.some((edit) => edit.from < from + match[0].length && from < edit.to)) continue;
      const readable = mathAsText(line.text.slice(from + 1, from + match[0].length - 1));
      edits.push(
        readable === null
          ? { from, to: from + match[0].length, text: line.text.slice(from, from + match[0].length), inert: true }
          : { from, to: from + match[0].length, text: readable },
      );
    }
  }
  if (mask.includes('==')) {
    // A highlight over a whole sentence is emphasis, not a blank to fill in: its markers go.
    for (const match of mask.matchAll(LONG_HIGHLIGHT)) {
      if (match[1].split(/\s+/).length <= MAX_CLOZE_WORDS) continue;
      edits.push(
        { from: match.index, to: match.index + 2, text: '' },
        { from: match.index + match[0].length - 2, to: match.index + match[0].length, text: '' },
      );
    }
  }
  if (mask.includes('#')) {
    for (const match of mask.matchAll(TAG)) {
      const from = match.index + match[1].length;
      const to = match.index + match[0].length;
      if (edits.some((edit) => edit.from < to && from < edit.to)) continue;
      tags.push(match[2]);
      edits.push({ from, to, text: '' });
    }
  }
  return edits;
}

/** The lines of a paragraph or heading, in order, normalised; empty lines are kept out (but for a line of tags only). */
export function phrasingToLines(children: PhrasingContent[], source: SourceIndex): TextLine[] {
  const collector = new LineCollector(source);
  for (const child of children) collect(child, collector);
  const lines: TextLine[] = [];
  for (const draft of collector.lines) {
    const raw: TextLine = {
      text: draft.textParts.join(''),
      mask: draft.maskParts.join(''),
      links: draft.links,
      strong: draft.strong,
      emphasis: draft.emphasis,
      code: draft.code,
      tags: [],
      breakAfter: draft.breakAfter,
      line: draft.line,
      column: draft.column,
    };
    const tags: string[] = [];
    const line = applyEdits(raw, normalisingEdits(raw, tags));
    if (line.text.trim() === '') {
      // A line that held only a break still ends the line above it; a line of tags only tags what it is under.
      const previous = lines[lines.length - 1];
      if (previous && line.breakAfter) previous.breakAfter = true;
      if (previous && tags.length > 0) previous.tags.push(...tags);
      else if (tags.length > 0) lines.push({ ...line, text: '', mask: '', tags });
      continue;
    }
    lines.push({ ...line, tags });
  }
  return lines;
}

const DECORATION = /(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\u20e3)+\s*/gu;

/** Emoji and other decoration out of a heading ("🚀 Getting started" → "Getting started"). */
export function withoutDecoration(line: TextLine): TextLine {
  if (!/[\p{Extended_Pictographic}]/u.test(line.mask)) return line;
  const edits: LineEdit[] = [];
  for (const match of line.mask.matchAll(DECORATION)) edits.push({ from: match.index, to: match.index + match[0].length, text: '' });
  const edited = applyEdits(line, edits);
  const start = edited.mask.length - edited.mask.trimStart().length;
  return trimLineEnd(dropLineStart(edited, start));
}

/** Drops `count` leading characters, keeping every range aligned. */
export function dropLineStart(line: TextLine, count: number): TextLine {
  if (count === 0) return line;
  const cut = (spans: Span[]) => spans.map(([from, to]): Span => [Math.max(0, from - count), Math.max(0, to - count)]).filter(([from, to]) => to > from);
  return {
    ...line,
    text: line.text.slice(count),
    mask: line.mask.slice(count),
    links: cut(line.links),
    strong: cut(line.strong),
    emphasis: cut(line.emphasis),
    code: cut(line.code),
  };
}

/** Drops trailing whitespace. */
export function trimLineEnd(line: TextLine): TextLine {
  const end = line.mask.trimEnd().length;
  if (end === line.mask.length) return line;
  const cut = (spans: Span[]) => spans.map(([from, to]): Span => [from, Math.min(to, end)]).filter(([from, to]) => to > from);
  return {
    ...line,
    text: line.text.slice(0, end),
    mask: line.mask.slice(0, end),
    links: cut(line.links),
    strong: cut(line.strong),
    emphasis: cut(line.emphasis),
    code: cut(line.code),
  };
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

/** Obsidian tag lines (`#k8s #exam`) and embeds (`![[diagram.png]]`) carry no note text (read before normalising). */
export function isTagOrEmbedLine(line: MaskedText): boolean {
  return (line.mask.includes('#') || line.mask.includes('![[')) && TAG_OR_EMBED_ONLY.test(line.mask);
}

/** The same ranges, shifted by `offset` (a line appended to another). */
export const shiftSpans = (spans: Span[], offset: number): Span[] => spans.map(([from, to]): Span => [from + offset, to + offset]);
