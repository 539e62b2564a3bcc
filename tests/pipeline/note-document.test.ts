// Note documents: the chapters as the notes screen shows them, from the user's real notes and small fixtures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/domain/deck';
import { type NoteBlock, type NoteDocument, type NoteListItem, inlineText } from '../../src/domain/note-document';
import { buildDeck } from '../../src/pipeline/build-deck';
import { buildNoteDocuments } from '../../src/pipeline/note-document';
import { lines } from './deck-helpers';

const NOTES_PATH = path.resolve(__dirname, '../../../shared/notes/kubernetes-notes.md');
const notesSources = [{ path: 'kubernetes-notes.md', text: readFileSync(NOTES_PATH, 'utf8') }];
const notesDeck = buildDeck(notesSources);
const notesDocuments = buildNoteDocuments(notesSources, notesDeck);

function documentsOf(text: string, file = 'notes.md'): { deck: Deck; documents: Record<string, NoteDocument> } {
  const sources = [{ path: file, text }];
  const deck = buildDeck(sources);
  return { deck, documents: buildNoteDocuments(sources, deck) };
}

/** The blocks of the only chapter of a small fixture. */
function blocksOf(text: string): NoteBlock[] {
  const { deck, documents } = documentsOf(text);
  expect(deck.chapters).toHaveLength(1);
  return documents[deck.chapters[0].id].blocks;
}

/** Every section block, nested ones included. */
function sectionsIn(blocks: readonly NoteBlock[]): Array<Extract<NoteBlock, { type: 'section' }>> {
  return blocks.flatMap((block) => (block.type === 'section' ? [block, ...sectionsIn(block.blocks)] : []));
}

function sectionNamed(document: NoteDocument, title: string) {
  const section = sectionsIn(document.blocks).find((candidate) => candidate.title === title);
  if (!section) throw new Error(`no section "${title}"`);
  return section;
}

function onlyList(blocks: readonly NoteBlock[]): Extract<NoteBlock, { type: 'list' }> {
  const lists = blocks.filter((block) => block.type === 'list');
  expect(lists).toHaveLength(1);
  return lists[0] as Extract<NoteBlock, { type: 'list' }>;
}

const textOf = (item: NoteListItem) => inlineText(item.content);

/** Item texts as an indented outline, like the worked example in DESIGN.md; `1.` marks a numbered item. */
function outlineText(blocks: readonly NoteBlock[], depth = 0): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list') {
      return block.items.flatMap((item) => [
        `${'  '.repeat(depth)}${item.ordinal === null ? '' : `${item.ordinal}. `}${textOf(item)}`,
        ...outlineText(item.children, depth + 1),
      ]);
    }
    if (block.type === 'paragraph') return [`${'  '.repeat(depth)}¶ ${inlineText(block.content)}`];
    return [`${'  '.repeat(depth)}[${block.type}]`];
  });
}

/** Every place a card can point to: blocks and list items, with their text. */
function placesOf(blocks: readonly NoteBlock[]): Array<{ line: number; text: string }> {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'section':
        return [{ line: block.line, text: block.title }, ...placesOf(block.blocks)];
      case 'list':
        return block.items.flatMap((item) => [{ line: item.line, text: textOf(item) }, ...placesOf(item.children)]);
      case 'paragraph':
      case 'heading':
        return [{ line: block.line, text: inlineText(block.content) }];
      default:
        return [];
    }
  });
}

describe('the note document of the user’s chapter 3', () => {
  const chapter = notesDocuments['kubernetes-architecture'];

  it('nests the master node components under their lead-in, as in the worked example', () => {
    const section = sectionNamed(chapter, 'Explain different components for master and worker nodes');
    const leadIns = onlyList(section.blocks);
    expect(leadIns.ordered).toBe(false);
    expect(leadIns.items.map(textOf)).toEqual(['MN has following components:', 'WN has following components:']);

    const components = onlyList(leadIns.items[0].children);
    expect(components.ordered).toBe(true);
    expect(components.items.map((item) => [item.ordinal, textOf(item).split(':')[0]])).toEqual([
      [1, 'API Server'],
      [2, 'Scheduler'],
      [3, 'Controller Manager'],
      [4, 'ETCD'],
    ]);
    const [apiServer, , controllerManager] = components.items;
    expect(textOf(apiServer)).toBe(
      'API Server: admin tasks performed via API server in MN, operator sends REST commands to API which processes/validates reqs',
    );
    expect(onlyList(apiServer.children).items.map(textOf)).toEqual(['After executing reqs, resulting state of the cluster is stored in the ETCD']);
    // `--x` and the `-x` lines inside the numbered item are all its children.
    expect(onlyList(controllerManager.children).items.map((item) => textOf(item).slice(0, 40))).toEqual([
      'Each control loop knows about the desire',
      'If current state of objects managed by c',
      'kube-controller-manager runs controllers',
      'cloud-controller-manager runs controller',
    ]);
  });

  it('keeps three levels under Kubelet, as the dashes say', () => {
    const section = sectionNamed(chapter, 'Explain different components for master and worker nodes');
    const workerNode = onlyList(section.blocks).items[1];
    expect(outlineText(workerNode.children).slice(1, 9)).toEqual([
      '2. Kubelet: Agent that runs on each WN and communicates with MN, receives Pod definition primarily through API, and runs containers associated with Pod',
      '  Also makes sure that containers that are part of Pods are healthy at all times',
      '  Connects to container runtime using Container runtime Interface (CRI)',
      '    CRI consistes of protocol buffers, gRPC API, and libraries',
      '  Kubelet connects to CRI shim to perform container/image operations',
      '  CRI implements ImageService and RuntimeService',
      '    ImageService repsonsible for image-related operations',
      '    RuntimeService responsible for Pod and container-related operations',
    ]);
  });

  it('shows a numbered list under a section title as an ordered list, and the note after `--` apart from the title', () => {
    const networking = sectionNamed(chapter, 'Networking Challenges');
    expect(networking.note).toMatch(/^microserves based apps rely on networking/);
    const challenges = onlyList(networking.blocks);
    expect(challenges.ordered).toBe(true);
    expect(challenges.items.map((item) => item.ordinal)).toEqual([1, 2, 3, 4]);
    expect(textOf(challenges.items[0])).toBe('Container-to-container communication inside Pods');
  });

  it('has one section block per section of the deck, with the deck’s ids, in order', () => {
    const deckChapter = notesDeck.chapters.find((candidate) => candidate.id === 'kubernetes-architecture')!;
    expect(sectionsIn(chapter.blocks).map((section) => [section.sectionId, section.title, section.line])).toEqual(
      deckChapter.sections.map((section) => [section.id, section.title, section.source.line]),
    );
  });
});

describe('the note documents of the user’s notes', () => {
  it('have a document for every chapter, the empty chapter 4 with no blocks', () => {
    expect(Object.keys(notesDocuments)).toEqual(notesDeck.chapters.map((chapter) => chapter.id));
    expect(notesDocuments['installing-kubernetes'].blocks).toEqual([]);
  });

  it('have, for every card, a place at its source line that shows the card’s term or lead-in', () => {
    const misses: string[] = [];
    for (const card of notesDeck.cards) {
      const places = placesOf(notesDocuments[card.chapterId].blocks).filter((place) => place.line === card.source.line);
      // A cloze card shows its sentence with the name hidden: the name is on the line.
      const shown = card.kind === 'cloze' ? card.answer : (card.term ?? card.prompt);
      if (places.length !== 1 || !places[0].text.toLowerCase().includes(shown.toLowerCase())) misses.push(`${card.id} (line ${card.source.line})`);
    }
    // Reverse prompts and a question title's prompt are not words of the notes; every other card is found.
    expect(misses.filter((miss) => !miss.includes('/reverse') && !miss.includes('/question/'))).toEqual([]);
  });

  it('never show the raw outline markers at the start of an item', () => {
    const items = Object.values(notesDocuments).flatMap((document) => placesOf(document.blocks));
    expect(items.length).toBeGreaterThan(100);
    expect(items.filter((item) => /^\s*(?:-|\d+\.\s)/.test(item.text))).toEqual([]);
  });
});

describe('note documents', () => {
  it('cut the marker off a numbered line the outline read from inside a paragraph, keeping the number', () => {
    const blocks = blocksOf(lines('## Chapter 1: Lists', 'Title', '-Things to know:', '2. second', '3. third'));
    expect(outlineText(sectionsIn(blocks)[0].blocks)).toEqual(['Things to know:', '  2. second', '  3. third']);
  });

  it('join a soft-wrapped line to the line it continues', () => {
    const blocks = blocksOf(lines('## Chapter 1: Wrap', 'Title', '-a line that goes on', 'and on', '-next'));
    expect(outlineText(sectionsIn(blocks)[0].blocks)).toEqual(['a line that goes on and on', 'next']);
  });

  it('make the line after a hard break a line of its own, under the line it breaks', () => {
    const blocks = blocksOf(lines('## Chapter 1: Wrap', 'Title', '-first part  ', 'second part', '-next'));
    expect(outlineText(sectionsIn(blocks)[0].blocks)).toEqual(['first part', '  ¶ second part', 'next']);
  });

  it('read `- x` Markdown bullets the same as `-x`', () => {
    const dashes = blocksOf(lines('## Chapter 1: Same', 'Title', '-a', '--b', '-c'));
    const bullets = blocksOf(lines('## Chapter 1: Same', 'Title', '- a', '  - b', '- c'));
    expect(outlineText(sectionsIn(bullets)[0].blocks)).toEqual(outlineText(sectionsIn(dashes)[0].blocks));
  });

  it('keep emphasis, strong, inline code, strikethrough and links inside items', () => {
    const blocks = blocksOf(lines('## Chapter 1: Inline', 'Title', '--**Pod**: a `unit` of *one* or ~~two~~ [containers](https://kubernetes.io/docs/)'));
    const [item] = onlyList(sectionsIn(blocks)[0].blocks).items;
    expect(item.content).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'Pod' }] },
      { type: 'text', value: ': a ' },
      { type: 'inlineCode', value: 'unit' },
      { type: 'text', value: ' of ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'one' }] },
      { type: 'text', value: ' or ' },
      { type: 'delete', children: [{ type: 'text', value: 'two' }] },
      { type: 'text', value: ' ' },
      { type: 'link', url: 'https://kubernetes.io/docs/', children: [{ type: 'text', value: 'containers' }] },
    ]);
  });

  it('keep code as code: a fence with dash lines in it is a code block, never an outline', () => {
    const blocks = blocksOf(lines('## Chapter 1: Code', 'Title', '-before', '```yaml', '-not: an item', '--nor: this', '```', '-after'));
    const section = sectionsIn(blocks)[0];
    expect(section.blocks.map((block) => block.type)).toEqual(['list', 'code', 'list']);
    expect(section.blocks[1]).toEqual({ type: 'code', lang: 'yaml', value: '-not: an item\n--nor: this', line: 4 });
    expect(outlineText(section.blocks)).toEqual(['before', '[code]', 'after']);
  });

  it('keep code written inside a list item inside that item', () => {
    const blocks = blocksOf(lines('## Chapter 1: Code', 'Title', '- run this:', '', '  ```sh', '  kubectl get pods', '  ```', '- done'));
    const list = onlyList(sectionsIn(blocks)[0].blocks);
    expect(list.items.map(textOf)).toEqual(['run this:', 'done']);
    expect(list.items[0].children).toEqual([{ type: 'code', lang: 'sh', value: 'kubectl get pods', line: 5 }]);
  });

  it('keep raw HTML as text, in a line and as a block', () => {
    const blocks = blocksOf(lines('## Chapter 1: Markup', 'Title', '-<img src=x onerror=alert(1)> stays text', '', '<script>alert(1)</script>'));
    const section = sectionsIn(blocks)[0];
    expect(onlyList(section.blocks).items[0].content).toEqual([{ type: 'text', value: '<img src=x onerror=alert(1)> stays text' }]);
    expect(section.blocks[1]).toEqual({ type: 'html', value: '<script>alert(1)</script>', line: 5 });
  });

  it('keep only web and mail links; script, data and other links become text', () => {
    const text = lines(
      '## Chapter 1: Links',
      'Title',
      '-[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html,<b>x</b>) [d](vbscript:msgbox) [e][ref]',
      '-[f](https://example.com/x) [g](mailto:me@example.com) <http://example.org> [h](./relative.md)',
      '',
      '[ref]: javascript:alert(2)',
    );
    const [hostile, fine] = onlyList(sectionsIn(blocksOf(text))[0].blocks).items;
    const urls = (item: NoteListItem) => item.content.flatMap((node) => (node.type === 'link' ? [node.url] : []));
    expect(urls(hostile)).toEqual([null, null, null, null, null]);
    expect(urls(fine)).toEqual(['https://example.com/x', 'mailto:me@example.com', 'http://example.org/', null]);
  });

  it('show pictures as their alt text, never as images', () => {
    const blocks = blocksOf(lines('## Chapter 1: Pictures', 'Title', '-see ![the diagram](https://example.com/d.png) and ![x](javascript:alert(1))'));
    expect(onlyList(sectionsIn(blocks)[0].blocks).items[0].content).toEqual([
      { type: 'text', value: 'see ' },
      { type: 'link', url: 'https://example.com/d.png', children: [{ type: 'text', value: 'the diagram' }] },
      { type: 'text', value: ' and x' },
    ]);
  });

  it('turn tables into rows of cells with their alignment', () => {
    const blocks = blocksOf(lines('## Chapter 1: Tables', '| Term | Meaning |', '| :--- | ---: |', '| **Pod** | `unit` |'));
    expect(blocks).toEqual([
      {
        type: 'table',
        align: ['left', 'right'],
        head: [[{ type: 'text', value: 'Term' }], [{ type: 'text', value: 'Meaning' }]],
        rows: [[[{ type: 'strong', children: [{ type: 'text', value: 'Pod' }] }], [{ type: 'inlineCode', value: 'unit' }]]],
        line: 2,
      },
    ]);
  });

  it('nest sections under headings, with paragraphs and thematic breaks where they stand', () => {
    const blocks = blocksOf(lines('## Chapter 1: Glossary', '### Objects', 'Pods hold containers.', '', '---', '', '#### Denial', 'Refusing to see.'));
    const [objects] = blocks;
    expect(objects).toMatchObject({ type: 'section', title: 'Objects', depth: 1 });
    const inner = objects.type === 'section' ? objects.blocks : [];
    expect(inner.map((block) => block.type)).toEqual(['paragraph', 'thematicBreak', 'section']);
    expect(inner[2]).toMatchObject({ type: 'section', title: 'Denial', depth: 2, blocks: [{ type: 'paragraph', line: 8 }] });
  });

  it('leave lines after a topic ends (two blank lines) outside the section above', () => {
    const blocks = blocksOf(lines('## Chapter 1: Topics', 'Title', '-in the section', '', '', '-after the gap'));
    expect(blocks.map((block) => block.type)).toEqual(['section', 'list']);
    expect(outlineText(blocks.slice(1))).toEqual(['after the gap']);
  });

  it('match chapters of several files by file and title', () => {
    const sources = [
      { path: 'a.md', text: lines('## Chapter 2: Same', 'Title', '-from a') },
      { path: 'b.md', text: lines('## Chapter 1: Same', 'Title', '-from b') },
    ];
    const deck = buildDeck(sources);
    const documents = buildNoteDocuments(sources, deck);
    expect(deck.chapters.map((chapter) => [chapter.id, chapter.file])).toEqual([
      ['same', 'b.md'],
      ['same-2', 'a.md'],
    ]);
    expect(documents.same.file).toBe('b.md');
    expect(outlineText(sectionsIn(documents.same.blocks)[0].blocks)).toEqual(['from b']);
    expect(outlineText(sectionsIn(documents['same-2'].blocks)[0].blocks)).toEqual(['from a']);
  });
});
