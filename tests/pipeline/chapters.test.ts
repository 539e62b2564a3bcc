import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/pipeline/build-deck';
import { deckOf, lines } from './deck-helpers';

const chapterSummary = (text: string, path?: string) =>
  deckOf(text, path).chapters.map(({ id, title, order, empty, file }) => ({ id, title, order, empty, file }));

describe('deck title', () => {
  it('is the first H1, across files', () => {
    const deck = buildDeck([
      { path: 'a.md', text: '## Chapter 1: One\n-x' },
      { path: 'b.md', text: '# Kubernetes\n## Chapter 2: Two\n-y' },
      { path: 'c.md', text: '# Other\n## Chapter 3: Three\n-z' },
    ]);
    expect([deck.id, deck.title]).toEqual(['kubernetes', 'Kubernetes']);
  });

  it('falls back to options.fallbackTitle, then to "Notes"', () => {
    expect(buildDeck([{ path: 'a.md', text: '## Chapter 1: One' }], { fallbackTitle: 'My Course' }).title).toBe('My Course');
    expect(buildDeck([]).title).toBe('Notes');
    expect(buildDeck([])).toEqual({ id: 'notes', title: 'Notes', chapters: [], cards: [], warnings: [] });
  });
});

describe('chapters', () => {
  it('reads "## Chapter N: Title" as chapter N with the slug of its title as id', () => {
    expect(
      chapterSummary(
        lines('# Kubernetes', '', '## Chapter 1: Container Orchestration', 'Define x', '-y', '', '## Chapter 3: Kubernetes Architecture', '-z'),
        'k.md',
      ),
    ).toEqual([
      { id: 'container-orchestration', title: 'Container Orchestration', order: 1, empty: false, file: 'k.md' },
      { id: 'kubernetes-architecture', title: 'Kubernetes Architecture', order: 3, empty: false, file: 'k.md' },
    ]);
  });

  it('keeps a chapter with no notes yet, marked empty', () => {
    const deck = deckOf(lines('## Chapter 3: Architecture', '-Pod: unit', '', '## Chapter 4: Installing Kubernetes', '', ''));
    expect(deck.chapters.map((chapter) => [chapter.id, chapter.empty, chapter.sections.length])).toEqual([
      ['architecture', false, 0],
      ['installing-kubernetes', true, 0],
    ]);
  });

  it('does not call a chapter of code only empty', () => {
    expect(deckOf(lines('## Chapter 1: Commands', '```sh', 'kubectl get pods', '```')).chapters[0]).toMatchObject({ empty: false, sections: [] });
  });

  it('orders chapters from several files by their number, whatever the file order', () => {
    const deck = buildDeck([
      { path: 'content/02-b.md', text: '## Chapter 2: Kubernetes\n-x' },
      { path: 'content/01-a.md', text: '# Kubernetes\n\n## Chapter 1: Container Orchestration\n-y' },
    ]);
    expect(deck.chapters.map((chapter) => [chapter.order, chapter.id, chapter.file])).toEqual([
      [1, 'container-orchestration', 'content/01-a.md'],
      [2, 'kubernetes', 'content/02-b.md'],
    ]);
  });

  it('numbers unnumbered H2 chapters after the one before', () => {
    expect(chapterSummary(lines('## Basics', '-a', '## Chapter 5: Storage', '-b', '## Extras', '-c')).map((chapter) => [chapter.title, chapter.order])).toEqual(
      [
        ['Basics', 1],
        ['Storage', 5],
        ['Extras', 6],
      ],
    );
  });

  it('keeps a file\'s own order when its numbers count something else ("Week 1" after two unnumbered chapters)', () => {
    expect(
      chapterSummary(lines('## Tools', '-a', '## Symbols', '-b', '## Week 1', '-c', '## Week 2', '-d')).map((chapter) => [chapter.title, chapter.order]),
    ).toEqual([
      ['Tools', 1],
      ['Symbols', 2],
      ['Week 1', 3],
      ['Week 2', 4],
    ]);
  });

  it('makes a file with no H2 one chapter, titled by front matter, else its first heading, else its file name', () => {
    expect(chapterSummary(lines('---', 'title: Pods in depth', 'order: 7', '---', '# Ignored for the chapter', '-a'), 'x.md')[0]).toMatchObject({
      title: 'Pods in depth',
      order: 7,
    });
    expect(chapterSummary(lines('# Networking', '', 'Services', '-a'), 'x.md')[0]).toMatchObject({ id: 'networking', title: 'Networking', order: 1 });
    expect(chapterSummary(lines('Services', '-a'), 'content/03-kubernetes-architecture.md')[0]).toMatchObject({
      id: 'kubernetes-architecture',
      title: 'Kubernetes architecture',
      order: 3,
    });
  });

  it('lets front matter title and order override the heading of a one-chapter file', () => {
    expect(chapterSummary(lines('---', 'title: Renamed', 'order: 9', '---', '## Chapter 2: Original', '-a'))).toEqual([
      { id: 'renamed', title: 'Renamed', order: 9, empty: false, file: 'notes.md' },
    ]);
  });

  it('does not use a heading that is a peer of the sections as the chapter title', () => {
    const deck = deckOf(lines('#### Denial', 'Refusing to accept reality.', '', '#### Projection', 'Attributing feelings to others.'), 'glossary.md');
    expect(deck.chapters[0].title).toBe('Glossary');
    expect(deck.chapters[0].sections.map((section) => section.title)).toEqual(['Denial', 'Projection']);
  });

  it('makes notes before the first H2 a chapter of their own', () => {
    expect(chapterSummary(lines('# Course', 'Intro', '-welcome', '## Chapter 1: Start', '-a')).map((chapter) => chapter.title)).toEqual(['Course', 'Start']);
  });

  it('warns with a place when front matter is not YAML, and still builds', () => {
    const deck = deckOf(lines('---', 'title: [unclosed', '---', '## Chapter 1: One', '-Pod: unit'), 'bad.md');
    expect(deck.chapters.map((chapter) => chapter.title)).toEqual(['One']);
    expect(deck.warnings).toEqual([expect.objectContaining({ file: 'bad.md', line: 1, column: 1, ruleId: 'front-matter' })]);
  });

  it('gives chapters with the same title distinct ids and says so', () => {
    const deck = buildDeck([
      { path: 'a.md', text: '## Chapter 1: Basics\n-x' },
      { path: 'b.md', text: '## Chapter 2: Basics\n-y' },
    ]);
    expect(deck.chapters.map((chapter) => chapter.id)).toEqual(['basics', 'basics-2']);
    expect(deck.warnings).toEqual([expect.objectContaining({ file: 'b.md', line: 1, ruleId: 'duplicate-chapter' })]);
  });
});

describe('sections', () => {
  it('takes plain lines followed by bullets as section titles, with the colon dropped and the note after `--` kept', () => {
    const deck = deckOf(
      lines(
        '## Chapter 1: Networking',
        'Explain reasons for container orchestration:',
        '-Better performance',
        '',
        'Networking Challenges-- microserves based apps rely on networking',
        '1. Container-to-container communication',
        '2. Pod-to-Pod communication',
      ),
    );
    expect(deck.chapters[0].sections).toEqual([
      {
        id: 'networking/explain-reasons-for-container-orchestration',
        title: 'Explain reasons for container orchestration',
        note: null,
        path: ['Networking', 'Explain reasons for container orchestration'],
        source: { file: 'notes.md', line: 2, column: 1 },
      },
      {
        id: 'networking/networking-challenges',
        title: 'Networking Challenges',
        note: 'microserves based apps rely on networking',
        path: ['Networking', 'Networking Challenges'],
        source: { file: 'notes.md', line: 5, column: 1 },
      },
    ]);
  });

  it('makes H3+ headings sections and nests section paths', () => {
    const deck = deckOf(
      lines('## Chapter 2: Storage', '### Volumes', 'Volume types', '-emptyDir: scratch space', '#### Persistent', '-PV: a piece of storage'),
    );
    expect(deck.chapters[0].sections.map((section) => [section.id, section.path])).toEqual([
      ['storage/volumes', ['Storage', 'Volumes']],
      ['storage/volume-types', ['Storage', 'Volumes', 'Volume types']],
      ['storage/persistent', ['Storage', 'Volumes', 'Persistent']],
    ]);
    expect(deck.cards.filter((card) => !card.reverse).map((card) => [card.prompt, card.sectionId, card.sectionPath])).toEqual([
      ['emptyDir', 'storage/volume-types', ['Storage', 'Volumes', 'Volume types']],
      ['PV', 'storage/persistent', ['Storage', 'Volumes', 'Persistent']],
    ]);
  });

  it('keeps section ids unique when titles repeat', () => {
    const deck = deckOf(lines('## Chapter 1: One', '### Pods', 'Basics', '-a', '### Services', 'Basics', '-b'));
    expect(deck.chapters[0].sections.map((section) => section.id)).toEqual(['one/pods', 'one/basics', 'one/services', 'one/services-basics']);
  });

  it('does not take a sentence over bullets for a section title', () => {
    const deck = deckOf(
      lines(
        '## Chapter 1: One',
        'In this chapter we look at the kinds of services.',
        '',
        '- ClusterIP: reachable inside the cluster',
        '- NodePort: a port on every node',
      ),
    );
    expect(deck.chapters[0].sections).toEqual([]);
    expect(deck.cards.filter((card) => !card.reverse).map((card) => [card.kind, card.prompt])).toEqual([
      ['definition', 'ClusterIP'],
      ['definition', 'NodePort'],
    ]);
  });

  it('does not take a definition with children for a section title', () => {
    const deck = deckOf(lines('## Chapter 1: One', 'Kubelet: agent on each node', '-talks to the API server'));
    expect(deck.chapters[0].sections).toEqual([]);
    expect(deck.cards[0]).toMatchObject({ prompt: 'Kubelet', sectionId: null, sectionPath: ['One'], details: [{ text: 'talks to the API server', depth: 1 }] });
  });
});
