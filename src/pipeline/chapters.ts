// Files, H1/H2 headings and front matter → chapters.
// `# Title` names the deck (first one wins); `## Chapter N: Title` starts chapter N.
// A file with no H2 is one chapter, titled by front matter `title`, its first heading or its file name.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';

export interface ChapterDraft {
  title: string;
  /** From "Chapter N", front matter `order` or the file name's number; null to follow the previous chapter. */
  order: number | null;
  file: string;
  line: number;
  column: number;
  blocks: RootContent[];
  /** Line of the chapter's own heading (0 when it has none), to measure blank lines before its first block. */
  startLine: number;
  /** Notes before the first `##` heading: kept only when they hold note lines. */
  preamble?: boolean;
}

export interface FileChapters {
  deckTitle: string | null;
  chapters: ChapterDraft[];
}

interface FrontMatter {
  title: string | null;
  order: number | null;
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

/** "content/03-kubernetes-architecture.md" → "Kubernetes architecture", order 3. */
export function titleFromFileName(path: string): { title: string; order: number | null } {
  const name = path.split(/[\\/]/).pop() ?? path;
  const base = name.replace(/\.[^.]+$/, '');
  const numbered = /^(\d{1,6})[-_. ]+(.*)$/.exec(base);
  const words = (numbered ? numbered[2] : base).replace(/[-_]+/g, ' ').trim() || base;
  return { title: words.charAt(0).toUpperCase() + words.slice(1), order: numbered ? Number(numbered[1]) : null };
}

function readFrontMatter(root: Root, file: VFile): FrontMatter {
  const first = root.children[0];
  const empty: FrontMatter = { title: null, order: null };
  if (first?.type !== 'yaml') return empty;
  let data: unknown;
  try {
    data = parseYaml(first.value);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    file.message(`Front matter is not valid YAML (${reason}); it is ignored`, { place: first.position?.start, ruleId: 'front-matter', source: 'study-deck' });
    return empty;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return empty;
  const record = data as Record<string, unknown>;
  const title = typeof record.title === 'string' || typeof record.title === 'number' ? String(record.title).trim() : null;
  const order = typeof record.order === 'number' && Number.isFinite(record.order) ? record.order : null;
  return { title: title === '' ? null : title, order };
}

const headingText = (heading: Heading) => toString(heading).replace(/\s+/g, ' ').trim();

/** The first block, when it is a heading above every other heading of the file (not a peer of its sections). */
function chapterTitleHeading(blocks: RootContent[]): Heading | undefined {
  const [first] = blocks;
  if (first?.type !== 'heading') return undefined;
  const isAbove = blocks.every((block) => block === first || block.type !== 'heading' || block.depth > first.depth);
  return isAbove ? first : undefined;
}

export function splitChapters(root: Root, file: VFile): FileChapters {
  const path = file.path;
  const frontMatter = readFrontMatter(root, file);
  // TOML front matter (+++) is skipped like YAML; only YAML is read.
  const blocks = root.children.filter((block) => block.type !== 'yaml' && (block.type as string) !== 'toml');
  const firstH1 = blocks.find((block): block is Heading => block.type === 'heading' && block.depth === 1);
  const deckTitle = firstH1 ? headingText(firstH1) || null : null;
  const hasChapterHeadings = blocks.some((block) => block.type === 'heading' && block.depth === 2);
  const fromName = titleFromFileName(path);
  const chapters: ChapterDraft[] = [];

  if (!hasChapterHeadings) {
    const titleHeading = chapterTitleHeading(blocks);
    const heading = titleHeading ? readChapterHeading(headingText(titleHeading)) : null;
    chapters.push({
      title: frontMatter.title ?? (heading?.title || fromName.title),
      order: frontMatter.order ?? heading?.order ?? fromName.order,
      file: path,
      line: titleHeading?.position?.start.line ?? 1,
      column: titleHeading?.position?.start.column ?? 1,
      blocks: blocks.filter((block) => block !== titleHeading),
      startLine: titleHeading?.position?.end.line ?? 0,
    });
    return { deckTitle, chapters };
  }

  // Content before the first H2 (other than the deck title) is a chapter of its own.
  let current: ChapterDraft | null = null;
  const preamble: RootContent[] = [];
  for (const block of blocks) {
    if (block.type === 'heading' && block.depth === 2) {
      const { title, order } = readChapterHeading(headingText(block));
      current = {
        title, order, file: path,
        line: block.position?.start.line ?? 1, column: block.position?.start.column ?? 1,
        blocks: [], startLine: block.position?.end.line ?? 0,
      };
      chapters.push(current);
    } else if (block === firstH1) {
      continue;
    } else if (current) {
      current.blocks.push(block);
    } else {
      preamble.push(block);
    }
  }
  if (preamble.length > 0) {
    chapters.unshift({
      title: deckTitle ?? frontMatter.title ?? fromName.title,
      order: null,
      file: path,
      line: preamble[0].position?.start.line ?? 1,
      column: 1,
      blocks: preamble,
      startLine: firstH1?.position?.end.line ?? 0,
      preamble: true,
    });
  }
  if (chapters.length === 1) {
    chapters[0].title = frontMatter.title ?? chapters[0].title;
    chapters[0].order = frontMatter.order ?? chapters[0].order;
    return { deckTitle, chapters };
  }
  // A file of several chapters: its front matter title names the whole deck.
  if (frontMatter.order !== null) {
    file.message('Front matter `order` places one chapter, but this file has several (## headings); it is ignored', {
      place: root.children[0]?.position?.start, ruleId: 'front-matter', source: 'study-deck',
    });
  }
  return { deckTitle: deckTitle ?? frontMatter.title, chapters };
}
