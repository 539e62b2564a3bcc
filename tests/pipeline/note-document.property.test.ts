// Note documents on any Markdown-ish text: they never throw, every card finds its place, and no link is unsafe.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoteBlock, NoteInline } from '../../src/domain/note-document';
import { buildDeck } from '../../src/pipeline/build-deck';
import { buildNoteDocuments } from '../../src/pipeline/note-document';

const word = fc.constantFrom('Pod', 'kubelet', 'API Server', 'etcd', 'is', 'runs', 'include', 'and', 'a', 'x', '架构');
const fragment = fc.oneof(
  { weight: 6, arbitrary: word },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ':',
      ': ',
      ' :: ',
      ' - ',
      '-- ',
      ', ',
      '==',
      '{{c1::',
      '}}',
      '`',
      '**',
      '_',
      '~~',
      '[',
      '](https://x.y)',
      '](javascript:alert(1))',
      '](data:x)',
      'https://k8s.io',
      '\t',
      '    ',
      '  \n',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<details>',
      '<img src=x onerror=alert(1)>',
      '<script>',
      '|',
      '| --- |',
      '#tag',
      '![[embed.png]]',
      '![alt](javascript:x)',
      '\\',
      '[^1]',
      '[r]',
      '[x][r]',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const linePrefix = fc.constantFrom(
  '',
  '',
  '',
  '-',
  '--',
  '---',
  '- ',
  '-- ',
  '  - ',
  '1. ',
  '2. ',
  '10) ',
  '# ',
  '### ',
  '#### ',
  '## Chapter 3: ',
  '> ',
  '\t',
  '    ',
  '```',
  '~~~',
  'Q: ',
  '* ',
  '| ',
  '[r]: ',
);
const line = fc.tuple(linePrefix, fc.array(fragment, { maxLength: 8 })).map(([prefix, parts]) => prefix + parts.join(''));
const markdown = fc
  .array(
    fc.oneof({ weight: 5, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom('', '', '---', '```yaml', '```', '[^1]: note', '[r]: vbscript:x') }),
    { maxLength: 16 },
  )
  .map((lines) => lines.join('\n'));

const SAFE_URL = /^(?:https?:|mailto:)/;

function linksIn(content: readonly NoteInline[]): Array<string | null> {
  return content.flatMap((node) => ('children' in node ? [...(node.type === 'link' ? [node.url] : []), ...linksIn(node.children)] : []));
}

/** Lines a reader can land on, and every link, in all blocks. */
function walk(blocks: readonly NoteBlock[], lines: Set<number>, links: Array<string | null>): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'section':
        lines.add(block.line);
        walk(block.blocks, lines, links);
        break;
      case 'list':
        for (const item of block.items) {
          lines.add(item.line);
          links.push(...linksIn(item.content));
          walk(item.children, lines, links);
        }
        break;
      case 'paragraph':
      case 'heading':
        lines.add(block.line);
        links.push(...linksIn(block.content));
        break;
      case 'table':
        for (const cell of [...block.head, ...block.rows.flat()]) links.push(...linksIn(cell));
        break;
      default:
    }
  }
}

describe('buildNoteDocuments on any Markdown-ish text', () => {
  it('never throws, gives every card a place at its source line, and keeps only web and mail links', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const sources = [{ path: 'notes.md', text }];
        const deck = buildDeck(sources);
        const documents = buildNoteDocuments(sources, deck);
        expect(Object.keys(documents).sort()).toEqual(deck.chapters.map((chapter) => chapter.id).sort());
        for (const chapter of deck.chapters) {
          const lines = new Set<number>();
          const links: Array<string | null> = [];
          walk(documents[chapter.id].blocks, lines, links);
          for (const card of deck.cards.filter((candidate) => candidate.chapterId === chapter.id)) {
            expect(lines, `${card.id} at line ${card.source.line}`).toContain(card.source.line);
          }
          for (const url of links) if (url !== null) expect(url).toMatch(SAFE_URL);
        }
        expect(JSON.parse(JSON.stringify(documents))).toEqual(documents);
      }),
      { numRuns: 1000, seed: 20261127 },
    );
  }, 60_000);
});
