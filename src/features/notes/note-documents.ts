// Where the notes screen gets a chapter's document. The built-in deck's documents are `virtual:notes`, made at build
// time and loaded with `import()` only here, so they are a chunk of their own that loads when the notes screen opens.
// Imported decks have none (the pipeline does not run on this screen): the screen shows their concepts instead.
import { useEffect, useReducer } from 'react';
import type { Chapter } from '../../domain/deck';
import type { NoteDocument, NoteDocuments } from '../../domain/note-document';

let builtIn: Promise<NoteDocuments | null> | null = null;

/** The built-in deck's documents, loaded once; null when they cannot be loaded (the screen then shows the concepts). */
export function loadBuiltInNotes(): Promise<NoteDocuments | null> {
  builtIn ??= import('virtual:notes').then(
    (module) => module.default,
    () => null,
  );
  return builtIn;
}

/** The chapter's document, if the documents have one made from the same file. */
export function documentOf(documents: NoteDocuments | null, chapter: Chapter): NoteDocument | null {
  const document = documents?.[chapter.id];
  return document !== undefined && document.file === chapter.file ? document : null;
}

/** The chapter's sections with nothing under them yet: shown while its document loads, so the screen fills in. */
export function outlineDocument(chapter: Chapter): NoteDocument {
  return {
    chapterId: chapter.id,
    file: chapter.file,
    blocks: chapter.sections.map((section) => ({
      type: 'section',
      sectionId: section.id,
      title: section.title,
      note: section.note,
      depth: Math.max(1, section.path.length - 1),
      line: section.source.line,
      blocks: [],
    })),
  };
}

const settledValues = new WeakMap<Promise<NoteDocuments | null>, NoteDocuments | null>();

/**
 * The documents once `source` has settled (null if it failed), read at once when it settled before. A null `source`
 * (a deck with no documents) is settled with none.
 */
export function useNoteDocuments(source: Promise<NoteDocuments | null> | null): { settled: boolean; documents: NoteDocuments | null } {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (source === null || settledValues.has(source)) return;
    let mounted = true;
    const settle = (documents: NoteDocuments | null) => {
      settledValues.set(source, documents);
      if (mounted) rerender();
    };
    source.then(settle, () => settle(null));
    return () => {
      mounted = false;
    };
  }, [source]);
  if (source === null) return { settled: true, documents: null };
  return settledValues.has(source) ? { settled: true, documents: settledValues.get(source) ?? null } : { settled: false, documents: null };
}
