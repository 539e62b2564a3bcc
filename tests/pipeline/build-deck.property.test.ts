import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/pipeline/build-deck';

const word = fc.constantFrom(
  'Pod',
  'kubelet',
  'API Server',
  'etcd',
  'is',
  'are',
  'the',
  'runs',
  'include',
  'responsible for',
  'and',
  'a',
  'CNCF (aka x)',
  'x',
  '架构',
  'über',
);
const fragment = fc.oneof(
  { weight: 6, arbitrary: word },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ':',
      ': ',
      ' :: ',
      ' ::: ',
      '::',
      ' - ',
      ' – ',
      '- ',
      '-- ',
      ', ',
      ' and ',
      '==',
      '===',
      '{{c1::',
      '}}',
      '{{c2::x::hint}}',
      '`',
      '**',
      '_',
      '[',
      '](https://x.y)',
      'https://k8s.io',
      '?',
      '.',
      '\t',
      '    ',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<details>',
      '</details>',
      '<summary>',
      '<b>',
      '<script>',
      '<!--',
      '-->',
      '|',
      '| --- |',
      '#tag',
      '![[embed.png]]',
      '\\',
      '&amp;',
      '[^1]',
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
  '## ',
  '### ',
  '#### ',
  '## Chapter 3: ',
  '> ',
  '\t',
  '    ',
  '```',
  '~~~',
  'Q: ',
  'A: ',
  '* ',
  '+ ',
  '| ',
);
const line = fc.tuple(linePrefix, fc.array(fragment, { maxLength: 8 })).map(([prefix, parts]) => prefix + parts.join(''));
const markdown = (maxLines: number) =>
  fc
    .array(
      fc.oneof({ weight: 5, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom('', '', '---', '***', '```yaml', '```', '---\ntitle: x\n---', '===') }),
      { maxLength: maxLines },
    )
    .map((lines) => lines.join('\n'));

function checkDeck(texts: string[]): void {
  const deck = buildDeck(texts.map((text, index) => ({ path: `notes-${index}.md`, text })));
  const ids = new Set<string>();
  for (const card of deck.cards) {
    if (card.prompt.trim() === '' || card.answer.trim() === '') throw new Error(`empty prompt or answer: ${JSON.stringify(card)}`);
    if (ids.has(card.id)) throw new Error(`duplicate id ${card.id}`);
    if (!card.id.startsWith(`${card.chapterId}/${card.kind}/`)) throw new Error(`id ${card.id} outside its chapter and kind`);
    ids.add(card.id);
  }
  const sectionIds = deck.chapters.flatMap((chapter) => chapter.sections.map((section) => section.id));
  expect(new Set(sectionIds).size).toBe(sectionIds.length);
  expect(new Set(deck.chapters.map((chapter) => chapter.id)).size).toBe(deck.chapters.length);
  expect(JSON.parse(JSON.stringify(deck))).toEqual(deck);
}

// Generous timeouts: the runs are many and the machine may be busy; nothing here measures speed.
describe('buildDeck on any Markdown-ish text', () => {
  it('never throws, and every card has a prompt, an answer and a unique id', () => {
    fc.assert(
      fc.property(markdown(16), (text) => checkDeck([text])),
      { numRuns: 1500, seed: 20240611 },
    );
  }, 60_000);

  it('never throws on several files at once (chapters and ids across files)', () => {
    fc.assert(fc.property(fc.array(markdown(12), { minLength: 2, maxLength: 4 }), checkDeck), { numRuns: 300, seed: 1789 });
  }, 60_000);

  it('never makes a card from the inside of a code fence', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const body = lines.map((text) => text.replace(/`{3,}|~{3,}/g, '')).join('\n');
        const deck = buildDeck([{ path: 'code.md', text: `## Chapter 1: Code\n\n\`\`\`\`\n${body}\n\`\`\`\`\n` }]);
        expect(deck.cards).toEqual([]);
      }),
      { numRuns: 700, seed: 7 },
    );
  }, 60_000);
});
