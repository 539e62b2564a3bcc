// The pipeline entry the import screen loads lazily: file order, titles and pasted notes.
import { describe, expect, it } from 'vitest';
import { buildImportedDeck, titleFromFileName } from '../../../src/pipeline/browser-import';
import { pastedNotes } from '../../../src/domain/note-import';

describe('browser import', () => {
  it('titles a deck from its first file name when the notes have no `# Title`', () => {
    expect(titleFromFileName('03-kubernetes_notes.md')).toBe('Kubernetes notes');
    expect(titleFromFileName('folder/networking.markdown')).toBe('Networking');
    expect(titleFromFileName('.md')).toBe('Imported notes');

    const { deck } = buildImportedDeck([{ path: '02-cloud-basics.md', text: '## Chapter 1: Regions\n\nRegion: a set of data centres\n' }]);
    expect(deck).toMatchObject({ id: 'cloud-basics', title: 'Cloud basics' });
    expect(buildImportedDeck([pastedNotes('Region: a set of data centres\n')]).deck.title).toBe('Imported notes');
  });

  it('reads files in natural name order, whatever order they were chosen in', () => {
    const sources = [
      { path: '10-later.md', text: '## Chapter 10: Later\n\nLate: comes last\n' },
      { path: '2-earlier.md', text: '# Course\n\n## Chapter 2: Earlier\n\nEarly: comes first\n' },
    ];
    const imported = buildImportedDeck(sources);
    expect(imported.sources.map((source) => source.path)).toEqual(['2-earlier.md', '10-later.md']);
    expect(imported.deck.title).toBe('Course');
    expect(imported.deck.chapters.map((chapter) => chapter.title)).toEqual(['Earlier', 'Later']);
    expect(imported.deck.cards.filter((card) => !card.reverse).map((card) => card.source)).toEqual([
      { file: '2-earlier.md', line: 5, column: 1 },
      { file: '10-later.md', line: 3, column: 1 },
    ]);
  });
});
