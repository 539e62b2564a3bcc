// Entry point of the extraction core: note sources in, a Deck out. No Node API here.
// The stages, each a pure function over one intermediate form:
//   parse (mdast) → normalise (the outline of each file, text normalised) → structure (deck title, chapters, sections)
//   → rules (note drafts) → quality gate (repaired drafts, duplicates merged) → ids (cards).
import { VFile } from 'vfile';
import type { Card, Chapter, Deck, DeckWarning } from '../domain/deck';
import type { ImportProgress } from '../domain/note-import';
import { IdRegistry, slugify } from './card-ids';
import { normaliseNotes } from './normalise/normalise-notes';
import { parseMarkdown } from './parse-markdown';
import { type GatedNote, gateNote, mergeDuplicateFronts } from './quality-gate';
import { RULES } from './rules/rule-list';
import { createRuleContext, runRules } from './rules/run-rules';
import { type ChapterDraft, isEmptyChapter, splitChapters } from './structure/chapters';
import { collectSections } from './structure/sections';

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
  draft: ChapterDraft;
  order: number;
  file: VFile;
}

/** Warnings file by file, in line order within each file. */
function toWarnings(files: VFile[]): DeckWarning[] {
  return files.flatMap((file) =>
    [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((message) => {
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

function toCards(notes: GatedNote[], chapters: Map<string, Chapter>, files: Map<string, VFile>, registry: IdRegistry): Card[] {
  const cards: Card[] = [];
  for (const note of notes) {
    const chapter = chapters.get(note.chapterId);
    if (!chapter) continue;
    const place = { file: chapter.file, line: note.line, column: note.column };
    const sectionSlug = note.section ? note.section.id.slice(chapter.id.length + 1) : null;
    const noteId = registry.claim(`${chapter.id}/${note.kind}/${slugify(note.key)}`, place, sectionSlug, (duplicate) => {
      files
        .get(chapter.file)
        ?.message(
          `Two ${note.kind} cards share the id \`${duplicate.id}\` (${duplicate.first.file}:${duplicate.first.line} and ${place.file}:${place.line}); the later one is \`${duplicate.replacement}\``,
          { place: { line: place.line, column: place.column }, ruleId: 'duplicate-card', source: 'study-deck' },
        );
    });
    const cardTags = note.tags ?? [];
    for (const draft of note.cards) {
      const card: Card = {
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
      };
      if (draft.answerCode) card.answerCode = draft.answerCode;
      if (cardTags.length > 0) card.tags = cardTags;
      cards.push(card);
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
    const notes = normaliseNotes(parseMarkdown(source.text), source.text, file);
    const split = splitChapters(notes, file);
    title ??= split.deckTitle;
    for (const draft of split.chapters) parsed.push({ draft, file });
  }

  const chapterIds = new Set<string>();
  const registry = new IdRegistry();
  const chapters: Chapter[] = [];
  const gated: GatedNote[] = [];
  for (const [done, { draft, order, file }] of orderChapters(parsed).entries()) {
    options.onProgress?.({ stage: 'cards', done, total: parsed.length });
    const id = chapterId(draft.title, chapterIds);
    if (id !== slugify(draft.title)) {
      file.message(`Another chapter is also titled "${draft.title}"; this one has the id \`${id}\``, {
        place: { line: draft.line, column: draft.column },
        ruleId: 'duplicate-chapter',
        source: 'study-deck',
      });
    }
    const ruleContext = createRuleContext(draft.outline, { id, title: draft.title, file: draft.file }, RULES);
    const { sections, sectionOf } = collectSections(draft.outline, { id, title: draft.title, file: draft.file }, ruleContext.readsAsCard, registry);
    ruleContext.setSections(sectionOf);
    chapters.push({ id, title: draft.title, order, file: draft.file, sections, empty: isEmptyChapter(draft.outline) });
    for (const note of runRules(draft.outline, ruleContext, RULES, draft.tags)) {
      const kept = gateNote(note, note.tags ?? []);
      if (kept) gated.push({ ...kept, chapterId: id, file: draft.file });
    }
  }

  const merged = mergeDuplicateFronts(gated);
  const byFile = new Map(files.map((file) => [file.path, file]));
  for (const warning of merged.warnings) {
    byFile.get(warning.file)?.message(warning.message, { place: { line: warning.line, column: warning.column }, ruleId: warning.ruleId, source: 'study-deck' });
  }
  const byId = new Map(chapters.map((chapter) => [chapter.id, chapter]));
  const cards = toCards(merged.notes, byId, byFile, registry);
  const deckTitle = title ?? options.fallbackTitle ?? 'Notes';
  return { id: slugify(deckTitle), title: deckTitle, chapters, cards, warnings: toWarnings(files) };
}
