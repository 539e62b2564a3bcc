// Chapters, decided per file from its outline (normalise/outline.ts):
// - a `#` heading that opens the file is its title (and the deck's, for the first file that has one);
// - `#` and `##` headings below it are chapters: `## Chapter N: Title` is chapter N, others follow the one before;
// - a single such heading is not a split: the file is one chapter and the heading a section in it;
// - a glossary, whose chapter-level headings are terms with a short definition each, is one chapter of concepts;
// - one chapter is titled by front matter `title`, else the title heading, else the file name.
// Notes before the first chapter heading are a chapter of their own when they hold note lines.
import type { VFile } from 'vfile';
import type { NormalisedNotes } from '../normalise/normalise-notes';
import { type OutlineNode, isOutlineLine } from '../normalise/outline';
import { isGenericHeading, isTermPhrase, wordsOf } from '../text/phrase-rules';

export interface ChapterDraft {
  title: string;
  /** From "Chapter N", front matter `order` or the file name's number; null to follow the previous chapter. */
  order: number | null;
  file: string;
  line: number;
  column: number;
  /** The chapter's notes: a root node whose children are its part of the outline. */
  outline: OutlineNode;
  /** Notes before the first chapter heading: kept only when they hold note lines. */
  preamble?: boolean;
  /** Front matter tags of the file, given to every card of the chapter. */
  tags: string[];
  /** Lines of the file that are chapter or title headings (not part of any chapter's notes). */
  headingLines: number[];
  /** The chapter's first line and the first line after it (null: to the end of the file). */
  range: { from: number; to: number | null };
}

export interface FileChapters {
  deckTitle: string | null;
  chapters: ChapterDraft[];
}

const NUMBERED_CHAPTER = /^(?:chapter|ch\.?|part|module|lesson|unit|week)\s*(\d{1,6})\s*(?:[:.)\-–—]\s*(.*))?$/i;
const NUMBERED_TITLE = /^(\d{1,6})\s*[.):\-–—]\s+(.+)$/;

export function readChapterHeading(text: string): { title: string; order: number | null } {
  const trimmed = text.trim();
  const match = NUMBERED_CHAPTER.exec(trimmed) ?? NUMBERED_TITLE.exec(trimmed);
  if (!match) return { title: trimmed, order: null };
  const title = (match[2] ?? '').trim();
  return { title: title === '' ? trimmed : title, order: Number(match[1]) };
}

const isChapterNumbered = (text: string) => NUMBERED_CHAPTER.test(text.trim());

/** "content/03-kubernetes-architecture.md" → "Kubernetes architecture", order 3. */
export function titleFromFileName(path: string): { title: string; order: number | null } {
  const name = path.split(/[\\/]/).pop() ?? path;
  const base = name.replace(/\.[^.]+$/, '');
  const numbered = /^(\d{1,6})[-_. ]+(.*)$/.exec(base);
  const words = (numbered ? numbered[2] : base).replace(/[-_]+/g, ' ').trim() || base;
  return { title: words.charAt(0).toUpperCase() + words.slice(1), order: numbered ? Number(numbered[1]) : null };
}

const headingText = (heading: OutlineNode) => heading.text.replace(/\s+/g, ' ').trim();

const isHeading = (node: OutlineNode) => node.marker === 'heading';

function allHeadings(node: OutlineNode, out: OutlineNode[] = []): OutlineNode[] {
  for (const child of node.children) {
    if (!isHeading(child)) continue;
    out.push(child);
    allHeadings(child, out);
  }
  return out;
}

const hasLines = (node: OutlineNode): boolean => node.children.some((child) => isOutlineLine(child) || (child.marker !== 'heading' && hasLines(child)));

/** Words of prose a heading holds before its first sub-heading. */
function bodyWords(heading: OutlineNode): number {
  let count = 0;
  const visit = (node: OutlineNode) => {
    for (const child of node.children) {
      if (isHeading(child)) continue;
      if (child.marker === 'code' || child.marker === 'table') count += 5;
      // Words outside links: a list of links is no definition.
      let mask = child.mask;
      for (const [from, to] of child.links) mask = mask.slice(0, from) + ' '.repeat(to - from) + mask.slice(to);
      count += wordsOf(mask.replace(/\uFFFC+/g, ' ').replace(/[^\p{L}\p{N}\s]+/gu, ' ')).length;
      visit(child);
    }
  };
  visit(heading);
  return count;
}

const MAX_GLOSSARY_BODY_WORDS = 80;

/** A heading that names a term and holds a short definition, with no headings under it. */
function isGlossaryEntry(heading: OutlineNode): boolean {
  const title = headingText(heading);
  if (!isTermPhrase({ text: title, mask: heading.mask }) && !/^\uFFFC+$/.test(heading.mask.trim())) return false;
  if (isGenericHeading(title) || heading.children.some(isHeading)) return false;
  const words = bodyWords(heading);
  return words > 0 && words <= MAX_GLOSSARY_BODY_WORDS;
}

/** Most chapter-level headings are terms with a short definition: a glossary, one chapter of concepts. */
function isGlossary(headings: OutlineNode[]): boolean {
  if (headings.length < 3) return false;
  return headings.filter(isGlossaryEntry).length / headings.length >= 0.6;
}

const emptyRoot = (line: number): OutlineNode => ({
  marker: 'root',
  depth: Number.NEGATIVE_INFINITY,
  level: 0,
  ordinal: null,
  text: '',
  mask: '',
  links: [],
  strong: [],
  emphasis: [],
  code: [],
  tags: [],
  line,
  column: 1,
  children: [],
});

/** The children of `node`, with chapter headings taken out (they are chapters of their own). */
function withoutChapters(node: OutlineNode, chapters: Set<OutlineNode>): OutlineNode[] {
  return node.children.filter((child) => !chapters.has(child));
}

export function splitChapters(notes: NormalisedNotes, file: VFile): FileChapters {
  const { outline, frontMatter } = notes;
  const path = file.path;
  const [first] = outline.children;
  const titleHeading = first && isHeading(first) && first.level === 1 ? first : undefined;
  const deckTitle = titleHeading ? headingText(titleHeading) || null : null;
  const headings = allHeadings(outline).filter((heading) => heading !== titleHeading);
  const numbered = headings.filter((heading) => heading.level <= 2 && isChapterNumbered(headingText(heading)));
  const levelTwo = headings.filter((heading) => heading.level <= 2);
  const candidates = numbered.length > 0 ? levelTwo : levelTwo.length >= 2 && !isGlossary(levelTwo) ? levelTwo : [];
  const chapterHeadings = new Set(candidates);
  const headingLines = [...(titleHeading ? [titleHeading.line] : []), ...candidates.map((heading) => heading.line)];
  const fromName = titleFromFileName(path);
  const tags = frontMatter.tags;

  if (chapterHeadings.size === 0) {
    // One chapter: the title heading (or a first heading above all others) names it.
    const above = first && isHeading(first) && headings.every((heading) => heading === first || heading.level > first.level) ? first : undefined;
    const named = titleHeading ?? above;
    const heading = named ? readChapterHeading(headingText(named)) : null;
    const content = emptyRoot(1);
    content.children = named ? [...named.children, ...outline.children.slice(1)] : outline.children;
    content.tags = [...outline.tags, ...(named?.tags ?? [])];
    const lines = named && named !== titleHeading ? [...headingLines, named.line] : headingLines;
    return {
      deckTitle,
      chapters: [
        {
          title: frontMatter.title ?? (heading?.title || fromName.title),
          order: frontMatter.order ?? heading?.order ?? fromName.order,
          file: path,
          line: named?.line ?? 1,
          column: named?.column ?? 1,
          outline: content,
          tags,
          headingLines: lines,
          range: { from: 1, to: null },
        },
      ],
    };
  }

  const chapters: ChapterDraft[] = [];
  // Notes before the first chapter heading (under the title, or at the top of the file).
  const preambleNodes = titleHeading ? withoutChapters(titleHeading, chapterHeadings) : [];
  const topLevel = withoutChapters(outline, chapterHeadings).filter((node) => node !== titleHeading);
  const beforeFirst = [...preambleNodes, ...topLevel].filter((node) => node.line < (candidates[0]?.line ?? Infinity));
  if (beforeFirst.length > 0) {
    const content = emptyRoot(beforeFirst[0].line);
    content.children = beforeFirst;
    content.tags = [...outline.tags, ...(titleHeading?.tags ?? [])];
    if (hasLines(content)) {
      chapters.push({
        title: deckTitle ?? frontMatter.title ?? fromName.title,
        order: null,
        file: path,
        line: beforeFirst[0].line,
        column: 1,
        outline: content,
        preamble: true,
        tags,
        headingLines,
        range: { from: 1, to: candidates[0]?.line ?? null },
      });
    }
  }
  candidates.forEach((heading, index) => {
    const { title, order } = readChapterHeading(headingText(heading));
    const content = emptyRoot(heading.line);
    content.children = withoutChapters(heading, chapterHeadings);
    // Tags of the file's title and of the chapter heading hold for the whole chapter.
    content.tags = [...outline.tags, ...(titleHeading?.tags ?? []), ...heading.tags];
    chapters.push({
      title,
      order,
      file: path,
      line: heading.line,
      column: heading.column,
      outline: content,
      tags,
      headingLines,
      range: { from: heading.line, to: candidates[index + 1]?.line ?? null },
    });
  });
  // "## Tools", "## Symbols", "## Week 1", "## Week 2": numbers that would reorder the file's own chapters count
  // weeks, not chapters; the file's order stands.
  let previous = 0;
  const inFileOrder = chapters.every((chapter) => {
    const order = chapter.order ?? previous + 1;
    const keeps = order >= previous;
    previous = order;
    return keeps;
  });
  if (!inFileOrder) for (const chapter of chapters) chapter.order = null;
  if (chapters.length === 1) {
    chapters[0].title = frontMatter.title ?? chapters[0].title;
    chapters[0].order = frontMatter.order ?? chapters[0].order;
    return { deckTitle, chapters };
  }
  // A file of several chapters: its front matter title names the whole deck.
  if (frontMatter.order !== null) {
    file.message('Front matter `order` places one chapter, but this file has several (## headings); it is ignored', {
      place: { line: 1, column: 1 },
      ruleId: 'front-matter',
      source: 'study-deck',
    });
  }
  return { deckTitle: deckTitle ?? frontMatter.title, chapters };
}

/** A chapter with no note lines, code, tables or titled blocks has no notes yet ("## Chapter 4: Installing Kubernetes"). */
export function isEmptyChapter(outline: OutlineNode): boolean {
  const visit = (node: OutlineNode): boolean => node.children.some((child) => child.marker !== 'heading' || visit(child));
  return !visit(outline);
}
