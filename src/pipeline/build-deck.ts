// Entry point of the extraction core: note sources in, a Deck out. No Node API here.
// remark → mdast → chapters → outline per chapter → sections → notes → cards with stable ids.
import { VFile } from 'vfile';
import type { Card, Chapter, Deck, DeckWarning } from '../domain/deck';
import type { ImportProgress } from '../domain/note-import';
import { IdRegistry, slugify } from './card-ids';
import { type ChapterDraft, splitChapters } from './chapters';
import { type NoteDraft, NoteExtractor } from './extract-cards';
import { indexSource } from './line-text';
import { type OutlineNode, buildOutline, isOutlineLine } from './outline';
import { parseMarkdown } from './parse-markdown';
import { LineReader } from './read-line';
import { collectSections } from './sections';

export interface NoteSource {
  /** Path as it should appear in warnings and card sources, e.g. `content/03-kubernetes-architecture.md`. */
  path: string;
  text: string;
}

export interface BuildDeckOptions {
  /** Deck title when no `# Title` heading gives one. */
  fallbackTitle?: string;
  /** Told before each step (the import screen shows it). */
  onProgress?: (progress: ImportProgress) => void;
}

interface ParsedChapter {
  draft: Omit<ChapterDraft, 'blocks'>;
  order: number;
  file: VFile;
  outline: OutlineNode;
  empty: boolean;
}

const hasLines = (node: OutlineNode): boolean => node.children.some((child) => isOutlineLine(child) || hasLines(child));

/** A chapter with no note lines, code or tables has no notes yet ("## Chapter 4: Installing Kubernetes"). */
const isEmptyChapter = (draft: ChapterDraft, outline: OutlineNode) =>
  !hasLines(outline) && !draft.blocks.some((block) => block.type === 'code' || block.type === 'table' || block.type === 'blockquote');

/** The chapter without its mdast blocks, so the syntax tree can be freed once its outline is built. */
const withoutBlocks = ({ blocks: _blocks, ...draft }: ChapterDraft): Omit<ChapterDraft, 'blocks'> => draft;

/** Warnings file by file, in line order within each file. */
function toWarnings(files: VFile[]): DeckWarning[] {
  return files.flatMap((file) =>
    [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)).map((message) => {
      const warning: DeckWarning = { file: file.path, line: message.line ?? 1, column: message.column ?? 1, message: message.reason };
      if (message.ruleId) warning.ruleId = message.ruleId;
      if (message.fatal === true) warning.fatal = true;
      return warning;
    }),
  );
}

/** Chapters in reading order: "Chapter N" (or front matter `order`) first, else one after the previous. */
function orderChapters(drafts: Array<Omit<ParsedChapter, 'order'>>): ParsedChapter[] {
  let previous = 0;
  const ordered = drafts.map((draft) => {
    const order = draft.draft.order ?? previous + 1;
    previous = order;
    return { ...draft, order };
  });
  return ordered.sort((a, b) => a.order - b.order);
}

function chapterId(title: string, taken: Set<string>): string {
  const base = slugify(title);
  let id = base;
  for (let count = 2; taken.has(id); count += 1) id = `${base}-${count}`;
  taken.add(id);
  return id;
}

function toCards(notes: NoteDraft[], chapter: Chapter, file: VFile, registry: IdRegistry): Card[] {
  const cards: Card[] = [];
  for (const note of notes) {
    const place = { file: chapter.file, line: note.line, column: note.column };
    const sectionSlug = note.section ? note.section.id.slice(chapter.id.length + 1) : null;
    const noteId = registry.claim(`${chapter.id}/${note.kind}/${note.slug}`, place, sectionSlug, (duplicate) => {
      file.message(
        `Two ${note.kind} cards share the id \`${duplicate.id}\` (${duplicate.first.file}:${duplicate.first.line} and ${place.file}:${place.line}); the later one is \`${duplicate.replacement}\``,
        { place: { line: place.line, column: place.column }, ruleId: 'duplicate-card', source: 'study-deck' },
      );
    });
    for (const draft of note.cards) {
      cards.push({
        id: draft.suffix ? `${noteId}/${draft.suffix}` : noteId,
        kind: note.kind,
        noteId,
        reverse: draft.reverse,
        chapterId: chapter.id,
        sectionId: note.section?.id ?? null,
        prompt: draft.prompt,
        answer: draft.answer,
        term: draft.term,
        items: draft.items,
        details: draft.details,
        context: draft.context,
        sectionPath: note.section?.path ?? [chapter.title],
        source: place,
      });
    }
  }
  return cards;
}

export function buildDeck(sources: NoteSource[], options: BuildDeckOptions = {}): Deck {
  const files: VFile[] = [];
  const parsed: Array<Omit<ParsedChapter, 'order'>> = [];
  let title: string | null = null;
  for (const [done, source] of sources.entries()) {
    options.onProgress?.({ stage: 'parse', done, total: sources.length });
    const file = new VFile({ path: source.path, value: source.text });
    files.push(file);
    const split = splitChapters(parseMarkdown(source.text), file);
    title ??= split.deckTitle;
    const index = indexSource(source.text);
    for (const draft of split.chapters) {
      const outline = buildOutline(draft.blocks, index, draft.startLine);
      if (draft.preamble && !hasLines(outline)) continue;
      parsed.push({ draft: withoutBlocks(draft), file, outline, empty: isEmptyChapter(draft, outline) });
    }
  }

  const chapterIds = new Set<string>();
  const registry = new IdRegistry();
  const chapters: Chapter[] = [];
  const cards: Card[] = [];
  for (const [done, { draft, order, file, outline, empty }] of orderChapters(parsed).entries()) {
    options.onProgress?.({ stage: 'cards', done, total: parsed.length });
    const id = chapterId(draft.title, chapterIds);
    if (id !== slugify(draft.title)) {
      file.message(`Another chapter is also titled "${draft.title}"; this one has the id \`${id}\``, {
        place: { line: draft.line, column: draft.column }, ruleId: 'duplicate-chapter', source: 'study-deck',
      });
    }
    const reader = new LineReader();
    const { sections, sectionOf } = collectSections(outline, { id, title: draft.title, file: draft.file }, reader, registry);
    const chapter: Chapter = { id, title: draft.title, order, file: draft.file, sections, empty };
    chapters.push(chapter);
    const notes = new NoteExtractor(reader, sectionOf).extract(outline);
    cards.push(...toCards(notes, chapter, file, registry));
  }

  const deckTitle = title ?? options.fallbackTitle ?? 'Notes';
  return { id: slugify(deckTitle), title: deckTitle, chapters, cards, warnings: toWarnings(files) };
}

