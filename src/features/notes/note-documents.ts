// How the notes screen gets a chapter's document. The built-in deck's documents are made at build time, one chunk
// per chapter, loaded when the chapter's notes open (DeckSource.loadDocument). Imported decks have none (the
// pipeline does not run on this screen): the screen shows their concepts instead.
import { useEffect, useReducer } from 'react';
import type { Chapter } from '../../domain/deck';
import type { NoteDocument } from '../../domain/note-document';

/** The document, if it is the chapter's, made from the same file. */
export function documentOf(document: NoteDocument | null, chapter: Chapter): NoteDocument | null {
  return document !== null && document.chapterId === chapter.id && document.file === chapter.file ? document : null;
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

const settledValues = new WeakMap<Promise<NoteDocument | null>, NoteDocument | null>();

/**
 * The document once `source` has settled (null if it failed: the screen then shows the concepts), read at once when
 * it settled before. A null `source` (a deck with no documents) is settled with none.
 */
export function useNoteDocument(source: Promise<NoteDocument | null> | null): { settled: boolean; document: NoteDocument | null } {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (source === null || settledValues.has(source)) return;
    let mounted = true;
    const settle = (document: NoteDocument | null) => {
      settledValues.set(source, document);
      if (mounted) rerender();
    };
    source.then(settle, () => settle(null));
    return () => {
      mounted = false;
    };
  }, [source]);
  if (source === null) return { settled: true, document: null };
  return settledValues.has(source) ? { settled: true, document: settledValues.get(source) ?? null } : { settled: false, document: null };
}
