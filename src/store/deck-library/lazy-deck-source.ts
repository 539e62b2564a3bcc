// A deck whose outline is at hand and whose parts load on demand: each chapter's sections and cards, the rest of the
// deck (warnings), and each chapter's note document. Each chapter is decoded as soon as it arrives, so no single
// task decodes the whole deck.
import type { Deck } from '../../domain/deck';
import type { DeckOutline } from '../../domain/deck-outline';
import { assembleDeck, type ChapterPayload, type DecodedChapter, decodeChapter, type DeckRestPayload } from '../../domain/deck-payload';
import type { NoteDocument } from '../../domain/note-document';
import type { DeckSource } from './deck-source';

type Loader<T> = () => Promise<{ default: T }>;

export interface DeckParts {
  chapters: Readonly<Record<string, Loader<ChapterPayload>>>;
  rest: Loader<DeckRestPayload>;
  documents: Readonly<Record<string, Loader<NoteDocument>>>;
}

/** `load` once; a failure is not kept, so the next call tries again (back online, say). */
function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

export function lazyDeckSource(outline: DeckOutline, parts: DeckParts): DeckSource {
  let deck: Deck | null = null;
  const chapters = outline.chapters.map((chapter) =>
    retryable(async (): Promise<DecodedChapter> => {
      const load = parts.chapters[chapter.id];
      if (!load) throw new Error(`The deck has no cards for chapter "${chapter.id}"`);
      return decodeChapter(chapter, (await load()).default);
    }),
  );
  const rest = retryable(async () => (await parts.rest()).default);
  const load = retryable(async () => {
    const [decoded, restPayload] = await Promise.all([Promise.all(chapters.map((loadChapter) => loadChapter())), rest()]);
    deck = assembleDeck(outline, decoded, restPayload);
    return deck;
  });
  const chapterSets = new Map<string, () => Promise<Deck>>();
  const loadChapters = (chapterIds: readonly string[]): Promise<Deck> => {
    if (deck) return load();
    const key = [...new Set(chapterIds)].sort().join('\n');
    let loadSet = chapterSets.get(key);
    if (loadSet === undefined) {
      loadSet = retryable(() => loadChapterSet(chapterIds));
      chapterSets.set(key, loadSet);
    }
    return loadSet();
  };
  const loadChapterSet = async (chapterIds: readonly string[]): Promise<Deck> => {
    const wanted = new Set(chapterIds);
    const picked = outline.chapters.flatMap((chapter, at) => (wanted.has(chapter.id) ? [{ chapter, load: chapters[at]! }] : []));
    const [decoded, restPayload] = await Promise.all([Promise.all(picked.map(({ load: loadChapter }) => loadChapter())), rest()]);
    // Cards that do not come chapter by chapter cannot be cut by chapter: the whole deck then.
    if (restPayload.runs !== undefined) return load();
    return assembleDeck({ ...outline, chapters: picked.map(({ chapter }) => chapter) }, decoded, { warnings: [] });
  };
  const documents = new Map<string, () => Promise<NoteDocument | null>>();
  // The same promise every time, as for documents that load: screens key on it.
  const noDocument = Promise.resolve(null);
  const loadDocument = (chapterId: string) => {
    let document = documents.get(chapterId);
    if (document === undefined) {
      const loader = parts.documents[chapterId];
      document = loader ? retryable(async () => (await loader()).default) : () => noDocument;
      documents.set(chapterId, document);
    }
    return document();
  };
  return { outline, loaded: () => deck, load, loadChapters, loadDocument };
}
