import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayUseGfm, parseMarkdown, parseMarkdownWithGfm } from '../../src/pipeline/parse-markdown';
import { sharedNotesPath } from '../paths';

const userNotes = readFileSync(sharedNotesPath('kubernetes-notes.md'), 'utf8');

const pieces = [
  '# Title',
  '## Chapter 2: Kubernetes',
  'Define Kubernetes',
  '-Kubelet: Agent on each node',
  '--child',
  '---grandchild',
  '1. API Server: admin tasks',
  '2. Scheduler',
  '- item',
  '* item',
  '> quote',
  '```',
  'code # not a heading',
  '    indented',
  '\t-tabbed',
  '**Pod**: unit',
  'Term - definition',
  'Q :: A',
  '==hidden==',
  '{{c1::etcd}}',
  '<details>',
  '<b>x</b>',
  '[link](./x.md)',
  '![img](./x.png)',
  '`code`',
  '*em*',
  '---',
  '',
  'Networking Challenges-- note',
  'word: ',
  '#tag',
];
const line = fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }));
const document = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'));

describe('parseMarkdown', () => {
  it('gives the same tree as a parse with GFM always on whenever it skips GFM', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(document, (text) => {
        fc.pre(!mayUseGfm(text));
        expect(parseMarkdown(text)).toEqual(parseMarkdownWithGfm(text));
      }),
      { numRuns: 1500, seed: 2611 },
    );
  });

  it('uses GFM for the user’s notes (they hold links) and for tables, strikethrough, footnotes, task boxes, emails', () => {
    expect(mayUseGfm(userNotes)).toBe(true);
    expect(parseMarkdown(userNotes)).toEqual(parseMarkdownWithGfm(userNotes));
    for (const text of ['| a | b |\n| - | - |\n| 1 | 2 |', '~~gone~~', 'see [^1]\n\n[^1]: note', '- [ ] task', 'mail me@example.org', 'www.example.org']) {
      expect(mayUseGfm(text)).toBe(true);
      expect(parseMarkdown(text)).toEqual(parseMarkdownWithGfm(text));
    }
  });

  it('skips GFM for the user’s notes without their links, with the same tree', () => {
    const withoutLinks = userNotes.replace(/https?:\/\/\S+/g, 'a link');
    expect(mayUseGfm(withoutLinks)).toBe(false);
    expect(parseMarkdown(withoutLinks)).toEqual(parseMarkdownWithGfm(withoutLinks));
  });
});
