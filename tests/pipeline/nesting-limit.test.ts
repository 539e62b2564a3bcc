// Notes nested absurdly deep are read at the deepest level allowed, quickly, with a warning naming the lines; notes
// of any usual depth are not touched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildImportedDeck, failureReason } from '../../src/pipeline/browser-import';
import { MAX_NESTING, limitLine, limitNesting } from '../../src/pipeline/nesting-limit';

const REPO = path.resolve(__dirname, '../..');

/** A list nested one level deeper on every line, `Term i: definition` on each. */
const deepList = (levels: number) =>
  [
    '# Deep',
    '',
    '## Chapter 1: Depth',
    '',
    'Nested terms',
    ...Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- Term ${level}: definition ${level}`),
  ].join('\n');

// A list 1,000 levels deep is parsed here: 15 s, enough on a busy machine.
describe('nesting limit', { timeout: 15_000 }, () => {
  it('leaves notes of usual depth exactly as they are', () => {
    for (const file of ['content/03-kubernetes-architecture.md', '../shared/notes/kubernetes-notes.md', 'tests/fixtures/notes/other-styles.md']) {
      const source = { path: file, text: readFileSync(path.join(REPO, file), 'utf8') };
      expect(limitNesting(source)).toEqual({ source, warnings: [] });
    }
    expect(limitLine('---')).toEqual({ text: '---', limited: false });
    expect(limitLine(`${'  '.repeat(MAX_NESTING)}- at the limit`).limited).toBe(false);
  });

  it('cuts quotes, indentation, list markers and dash levels beyond the limit, keeping the text', () => {
    expect(limitLine(`${'>'.repeat(50_000)} deep quote`)).toEqual({ text: `${'> '.repeat(MAX_NESTING)}deep quote`, limited: true });
    expect(limitLine(`${' '.repeat(5000)}- item`)).toEqual({ text: `${' '.repeat(2 * MAX_NESTING)}- item`, limited: true });
    expect(limitLine(`${'- '.repeat(100)}x`)).toEqual({ text: `${'- '.repeat(MAX_NESTING)}x`, limited: true });
    expect(limitLine(`${'-'.repeat(1000)}child`)).toEqual({ text: `${'-'.repeat(MAX_NESTING)}child`, limited: true });
  });

  it('reads a list nested 1,000 levels deep into cards, with one warning naming the first line too deep', () => {
    const { deck } = buildImportedDeck([{ path: 'deep.md', text: deepList(1000) }]);
    expect(deck.cards.filter((card) => card.kind === 'definition' && !card.reverse).map((card) => card.term)).toContain('Term 999');
    const firstTooDeep = 6 + MAX_NESTING + 1;
    expect(deck.warnings).toContainEqual(
      expect.objectContaining({
        file: 'deep.md',
        line: firstTooDeep,
        ruleId: 'nesting-too-deep',
        message: expect.stringMatching(new RegExp(`^Lines ${firstTooDeep}–1005 are nested more than ${MAX_NESTING} levels deep`)),
      }),
    );
    // The notes kept are the notes as written.
    expect(buildImportedDeck([{ path: 'deep.md', text: deepList(40) }]).sources[0]!.text).toBe(deepList(40));
  });

  it('reads 50,000 `>` on a line without running out of stack', () => {
    const { deck } = buildImportedDeck([{ path: 'quotes.md', text: `## Chapter 1: Quotes\n\n${'>'.repeat(50_000)} Term: deep\n` }]);
    expect(deck.warnings.map((warning) => [warning.line, warning.ruleId])).toEqual([[3, 'nesting-too-deep']]);
  });
});

describe('a failure to read notes', () => {
  it('says the notes are nested too deeply for a stack overflow, and never to check the connection', () => {
    let overflow: unknown;
    const recurse = (depth: number): number => recurse(depth + 1) + 1;
    try {
      recurse(0);
    } catch (error) {
      overflow = error;
    }
    expect(failureReason(overflow)).toMatch(/^the notes are nested too deeply to read/);
    expect(failureReason(new Error('Unexpected token'))).toBe('the note reader stopped on them: Unexpected token');
    for (const reason of [failureReason(overflow), failureReason(new Error('x'))]) expect(reason).not.toMatch(/connection/i);
  });
});
