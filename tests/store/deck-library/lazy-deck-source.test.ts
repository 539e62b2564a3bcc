// The built-in deck as the app loads it: the outline at once, chapters when asked for, each loaded once, the same
// deck in the end; a chapter that failed to load is tried again on the next request.
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { encodeDeck, type ChapterPayload } from '../../../src/domain/deck-payload';
import type { NoteDocument } from '../../../src/domain/note-document';
import { builtInDeckSource } from '../../../src/store/deck-library/built-in-deck';
import { lazyDeckSource, type DeckParts } from '../../../src/store/deck-library/lazy-deck-source';

const deck: Deck = builtDeck;
const payload = encodeDeck(deck);

function countingParts(failFirst: ReadonlySet<string> = new Set()) {
  const loads: string[] = [];
  const failed = new Set<string>();
  const chapters: Record<string, () => Promise<{ default: ChapterPayload }>> = {};
  for (const [id, chapter] of Object.entries(payload.chapters)) {
    chapters[id] = () => {
      loads.push(id);
      if (failFirst.has(id) && !failed.has(id)) {
        failed.add(id);
        return Promise.reject(new Error('Failed to fetch dynamically imported module'));
      }
      return Promise.resolve({ default: structuredClone(chapter) });
    };
  }
  const document: NoteDocument = { chapterId: 'kubernetes', file: 'content/02-kubernetes.md', blocks: [] };
  const parts: DeckParts = {
    chapters,
    rest: () => Promise.resolve({ default: payload.rest }),
    documents: { kubernetes: () => Promise.resolve({ default: document }) },
  };
  return { parts, loads };
}

describe('a deck loaded chapter by chapter', () => {
  it('has its outline at once and loads nothing until asked', () => {
    const { parts, loads } = countingParts();
    const source = lazyDeckSource(payload.outline, parts);
    expect(source.outline.chapters.map((chapter) => chapter.id)).toEqual(deck.chapters.map((chapter) => chapter.id));
    expect(source.loaded()).toBeNull();
    expect(loads).toEqual([]);
  });

  it('loads the chapters asked for, then the whole deck without loading them again', async () => {
    const { parts, loads } = countingParts();
    const source = lazyDeckSource(payload.outline, parts);
    const partial = await source.loadChapters(['kubernetes-architecture', 'kubernetes']);
    expect(partial.chapters.map((chapter) => chapter.id)).toEqual(['kubernetes', 'kubernetes-architecture']);
    expect(partial.cards).toEqual(deck.cards.filter((card) => card.chapterId === 'kubernetes' || card.chapterId === 'kubernetes-architecture'));
    expect(source.loadChapters(['kubernetes', 'kubernetes-architecture'])).toBe(source.loadChapters(['kubernetes-architecture', 'kubernetes']));

    const whole = await source.load();
    expect(whole).toEqual(deck);
    expect(source.loaded()).toBe(whole);
    expect([...loads].sort()).toEqual(deck.chapters.map((chapter) => chapter.id).sort());
    await expect(source.loadChapters(['kubernetes'])).resolves.toBe(whole);
  });

  it('tries a chapter again after it failed to load (offline, then back)', async () => {
    const { parts, loads } = countingParts(new Set(['kubernetes']));
    const source = lazyDeckSource(payload.outline, parts);
    await expect(source.load()).rejects.toThrow('Failed to fetch');
    await expect(source.load()).resolves.toEqual(deck);
    expect(loads.filter((id) => id === 'kubernetes')).toHaveLength(2);
    expect(loads.filter((id) => id === 'kubernetes-architecture')).toHaveLength(1);
  });

  it('gives the same promise for a chapter’s document every time, and null for a chapter without one', async () => {
    const { parts } = countingParts();
    const source = lazyDeckSource(payload.outline, parts);
    expect(source.loadDocument!('kubernetes')).toBe(source.loadDocument!('kubernetes'));
    await expect(source.loadDocument!('kubernetes')).resolves.toMatchObject({ chapterId: 'kubernetes' });
    expect(source.loadDocument!('installing-kubernetes')).toBe(source.loadDocument!('installing-kubernetes'));
    await expect(source.loadDocument!('installing-kubernetes')).resolves.toBeNull();
  });
});

describe('the built-in deck', () => {
  it('loads from the build’s chunks to the very deck the notes make', async () => {
    const source = builtInDeckSource();
    await expect(source.load()).resolves.toEqual(deck);
    const document = await source.loadDocument!('kubernetes-architecture');
    expect(document).toMatchObject({ chapterId: 'kubernetes-architecture', file: 'content/03-kubernetes-architecture.md' });
  });
});
