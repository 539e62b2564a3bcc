// Marks where each concept is named in a line of the notes: the words become one inline node (the concept),
// even when they cross emphasis or code, so the screen can make them a single control.
import { type NoteInline, inlineText } from '../../domain/note-document';
import type { NoteConcept } from './note-concepts';

export type MarkedInline = NoteInline | { type: 'concept'; concept: NoteConcept; children: NoteInline[] };

export interface MarkedLine {
  content: MarkedInline[];
  /** Concepts whose words are not in the line (or sit inside a link): shown beside it. */
  apart: NoteConcept[];
}

const lengthOf = (node: NoteInline): number => inlineText([node]).length;

/** Splits inline content at a text offset; containers cut in two keep their type on both sides. */
export function splitInline(content: readonly NoteInline[], offset: number): [NoteInline[], NoteInline[]] {
  const before: NoteInline[] = [];
  const after: NoteInline[] = [];
  let left = offset;
  for (const node of content) {
    const length = lengthOf(node);
    if (left >= length && left > 0) {
      before.push(node);
      left -= length;
    } else if (left <= 0) {
      after.push(node);
    } else {
      if (node.type === 'text' || node.type === 'inlineCode') {
        before.push({ ...node, value: node.value.slice(0, left) });
        after.push({ ...node, value: node.value.slice(left) });
      } else if (node.type !== 'break') {
        const [head, tail] = splitInline(node.children, left);
        before.push({ ...node, children: head });
        after.push({ ...node, children: tail });
      }
      left = 0;
    }
  }
  return [before, after];
}

/** [start, end) of every link's text. */
function linkRanges(content: readonly NoteInline[], start = 0, ranges: Array<[number, number]> = []): Array<[number, number]> {
  let at = start;
  for (const node of content) {
    const length = lengthOf(node);
    if (node.type === 'link') ranges.push([at, at + length]);
    else if ('children' in node) linkRanges(node.children, at, ranges);
    at += length;
  }
  return ranges;
}

const WORD = /[\p{L}\p{N}]/u;

/** Where `label` first stands as whole words in `text` (any case), from `from` on; -1 when it does not. */
export function findWords(text: string, label: string, from = 0): number {
  const haystack = text.toLowerCase();
  const needle = label.toLowerCase().trim();
  // Lowercasing that changes lengths (rare scripts) would misplace the mark.
  if (needle === '' || haystack.length !== text.length) return -1;
  for (let at = haystack.indexOf(needle, from); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const startsWord = at === 0 || !WORD.test(text[at - 1]) || !WORD.test(text[at]);
    const endsWord = end === text.length || !WORD.test(text[end]) || !WORD.test(text[end - 1]);
    if (startsWord && endsWord) return at;
  }
  return -1;
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** The line with each concept's words wrapped as a concept node; concepts not found (or inside a link) are set apart. */
export function markConcepts(content: readonly NoteInline[], concepts: readonly NoteConcept[]): MarkedLine {
  const text = inlineText(content);
  const links = linkRanges(content);
  const placed: Array<{ range: [number, number]; concept: NoteConcept }> = [];
  const apart: NoteConcept[] = [];
  for (const concept of concepts) {
    const label = concept.label.trim();
    let range: [number, number] | null = null;
    for (let at = findWords(text, label); at !== -1; at = findWords(text, label, at + 1)) {
      const candidate: [number, number] = [at, at + label.length];
      if (!links.some((link) => overlaps(link, candidate)) && !placed.some((other) => overlaps(other.range, candidate))) {
        range = candidate;
        break;
      }
    }
    if (range === null) apart.push(concept);
    else placed.push({ range, concept });
  }
  placed.sort((a, b) => a.range[0] - b.range[0]);
  const marked: MarkedInline[] = [];
  let rest: NoteInline[] = [...content];
  let consumed = 0;
  for (const { range, concept } of placed) {
    const [before, from] = splitInline(rest, range[0] - consumed);
    const [inside, after] = splitInline(from, range[1] - range[0]);
    marked.push(...before, { type: 'concept', concept, children: inside });
    rest = after;
    consumed = range[1];
  }
  marked.push(...rest);
  return { content: marked, apart };
}
