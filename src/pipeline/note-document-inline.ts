// mdast phrasing content → the note document's inline content, split into the lines the author typed.
// Lines break where line-text.ts breaks them (newlines in text, hard breaks), so a line here is the same line the
// outline builder read, and the outline's marker (`--`, `2. `) can be cut off by its length.
import type { Definition, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { type NoteInline, safeLinkUrl } from '../domain/note-document';

type Container = Extract<NoteInline, { children: NoteInline[] }>;

/** A container the leaf sits in; one object per mdast node, so leaves of the same node regroup under one copy. */
interface Wrapper {
  make: (children: NoteInline[]) => Container;
}

type Leaf = Exclude<NoteInline, Container>;

interface Token {
  leaf: Leaf;
  wrappers: Wrapper[];
  line: number;
}

export interface InlineLine {
  line: number;
  content: NoteInline[];
  /** The line ends with a hard break (two spaces or a backslash before the newline). */
  hardBreak: boolean;
}

/** Link reference definitions (`[id]: url`) by identifier, to resolve `[text][id]`. */
export type LinkDefinitions = ReadonlyMap<string, string>;

export function collectLinkDefinitions(root: Root): LinkDefinitions {
  const definitions = new Map<string, string>();
  visit(root, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  return definitions;
}

const collapse = (value: string) => value.replace(/\s+/g, ' ');

class LineSplitter {
  readonly lines: Token[][] = [];
  readonly hardBreaks = new Set<Token[]>();
  private current: Token[] | null = null;

  constructor(private readonly definitions: LinkDefinitions) {}

  private push(leaf: Leaf, wrappers: Wrapper[], line: number): void {
    if (this.current === null) {
      this.current = [];
      this.lines.push(this.current);
    }
    this.current.push({ leaf, wrappers, line });
  }

  private text(value: string, wrappers: Wrapper[], line: number): void {
    const pieces = value.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) this.current = null;
      if (piece !== '') this.push({ type: 'text', value: piece }, wrappers, line + index);
    });
  }

  private children(nodes: PhrasingContent[], wrappers: Wrapper[], make: Wrapper['make']): void {
    const inner = [...wrappers, { make }];
    for (const child of nodes) this.add(child, inner);
  }

  private link(url: string, nodes: PhrasingContent[], wrappers: Wrapper[]): void {
    const safe = safeLinkUrl(url);
    this.children(nodes, wrappers, (children) => ({ type: 'link', url: safe, children }));
  }

  add(node: PhrasingContent, wrappers: Wrapper[]): void {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'text':
        this.text(node.value, wrappers, line);
        return;
      case 'inlineCode':
        this.push({ type: 'inlineCode', value: collapse(node.value) }, wrappers, line);
        return;
      case 'html':
        // Shown as the characters the author typed; never markup.
        this.push({ type: 'text', value: collapse(node.value) }, wrappers, line);
        return;
      case 'break':
        if (this.current !== null) this.hardBreaks.add(this.current);
        this.current = null;
        return;
      case 'strong':
      case 'emphasis':
      case 'delete': {
        const type = node.type;
        this.children(node.children, wrappers, (children) => ({ type, children }));
        return;
      }
      case 'link':
        this.link(node.url, node.children, wrappers);
        return;
      case 'linkReference': {
        const url = this.definitions.get(node.identifier);
        if (url !== undefined) this.link(url, node.children, wrappers);
        else for (const child of node.children) this.add(child, wrappers);
        return;
      }
      case 'image':
      case 'imageReference': {
        // Pictures are not loaded from notes; the alt text stands in, linked to the picture when it is on the web.
        const alt = node.alt ?? '';
        if (alt === '') return;
        const url = node.type === 'image' ? node.url : this.definitions.get(node.identifier);
        const safe = url === undefined ? null : safeLinkUrl(url);
        const leafWrappers = safe === null ? wrappers : [...wrappers, { make: (children: NoteInline[]) => ({ type: 'link' as const, url: safe, children }) }];
        this.push({ type: 'text', value: collapse(alt) }, leafWrappers, line);
        return;
      }
      case 'footnoteReference':
        return;
      default: {
        const other = node as { children?: PhrasingContent[]; value?: unknown };
        if (Array.isArray(other.children)) for (const child of other.children) this.add(child, wrappers);
        else if (typeof other.value === 'string') this.push({ type: 'text', value: collapse(other.value) }, wrappers, line);
      }
    }
  }
}

/** Rebuilds nested inline nodes from leaves, merging neighbours that came from the same mdast node. */
function buildTree(tokens: Token[], depth: number): NoteInline[] {
  const out: NoteInline[] = [];
  let index = 0;
  while (index < tokens.length) {
    const wrapper = tokens[index].wrappers[depth];
    if (wrapper === undefined) {
      appendInline(out, tokens[index].leaf);
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < tokens.length && tokens[end].wrappers[depth] === wrapper) end += 1;
    out.push(wrapper.make(buildTree(tokens.slice(index, end), depth + 1)));
    index = end;
  }
  return out;
}

/** Appends, merging adjacent text. */
function appendInline(out: NoteInline[], node: NoteInline): void {
  const last = out[out.length - 1];
  if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
  else out.push(node);
}

/** The lines of a paragraph or heading, each with its inline content. */
export function phrasingToInlineLines(children: PhrasingContent[], definitions: LinkDefinitions): InlineLine[] {
  const splitter = new LineSplitter(definitions);
  for (const child of children) splitter.add(child, []);
  return splitter.lines.map((tokens) => ({ line: tokens[0].line, content: buildTree(tokens, 0), hardBreak: splitter.hardBreaks.has(tokens) }));
}

/** All of some phrasing content on one line (table cells, headings): line breaks become spaces. */
export function phrasingToInline(children: PhrasingContent[], definitions: LinkDefinitions): NoteInline[] {
  const lines = phrasingToInlineLines(children, definitions);
  return joinInline(lines.map((line) => trimInlineStart(trimInlineEnd(line.content))));
}

const textLength = (node: NoteInline): number => {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value.length;
    case 'break':
      return 1;
    default:
      return node.children.reduce((sum, child) => sum + textLength(child), 0);
  }
};

/** Drops `count` characters from the start (an outline marker like `--` or `2. `), emptied nodes included. */
export function dropInlineStart(content: readonly NoteInline[], count: number): NoteInline[] {
  let left = count;
  const out: NoteInline[] = [];
  for (const node of content) {
    if (left === 0) {
      out.push(node);
      continue;
    }
    const length = textLength(node);
    if (length <= left && node.type !== 'break') {
      left -= length;
      continue;
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      out.push({ ...node, value: node.value.slice(left) });
    } else if (node.type !== 'break') {
      out.push({ ...node, children: dropInlineStart(node.children, left) });
    }
    left = 0;
  }
  return out;
}

type Trim = 'start' | 'end';

function trimInline(content: readonly NoteInline[], side: Trim): NoteInline[] {
  const out = [...content];
  const at = side === 'start' ? 0 : out.length - 1;
  const node = out[at];
  if (node === undefined) return out;
  if (node.type === 'text') {
    const value = side === 'start' ? node.value.trimStart() : node.value.trimEnd();
    if (value === '') {
      out.splice(at, 1);
      return trimInline(out, side);
    }
    out[at] = { type: 'text', value };
  } else if (node.type === 'break') {
    out.splice(at, 1);
    return trimInline(out, side);
  } else if (node.type !== 'inlineCode') {
    const children = trimInline(node.children, side);
    if (children.length === 0) {
      out.splice(at, 1);
      return trimInline(out, side);
    }
    out[at] = { ...node, children };
  }
  return out;
}

export const trimInlineStart = (content: readonly NoteInline[]) => trimInline(content, 'start');
export const trimInlineEnd = (content: readonly NoteInline[]) => trimInline(content, 'end');

/**
 * Lines joined with a space, as the outline joins a soft-wrapped line to the one above; a line that starts with a
 * break (the one above ended with a hard break) is joined by that break instead.
 */
export function joinInline(lines: readonly NoteInline[][]): NoteInline[] {
  const out: NoteInline[] = [];
  for (const line of lines) {
    const [first, ...rest] = line;
    if (first === undefined || (first.type === 'break' && rest.length === 0)) continue;
    if (out.length > 0 && first.type !== 'break') appendInline(out, { type: 'text', value: ' ' });
    for (const node of out.length > 0 ? line : trimInlineStart(line)) appendInline(out, node);
  }
  return out;
}
