// The import rules of eslint.config.js on fixture files placed (by path) inside src/: each way of crossing a layer
// that a text-matching rule let through is an error, and imports that follow the flow are not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../paths';

let eslint: ESLint;

beforeAll(async () => {
  // no-cycle would follow each fixture's imports through the whole app; these tests are about the zones.
  eslint = new ESLint({ cwd: repoPath(), overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });
  // Loading the config and its plugins (typescript-eslint's program) takes seconds on a busy machine; done here, it
  // counts against the hook's time, not a test's.
  await eslint.lintText('', { filePath: repoPath('src/domain/warm-up.ts') });
}, 60_000);

/** Lints a fixture of tests/fixtures/lint/ as if it were the file `asFile` of the repo; its problems, in order. */
async function lintAs(fixture: string, asFile: string) {
  const text = readFileSync(repoPath('tests/fixtures/lint', fixture), 'utf8');
  const [result] = await eslint.lintText(text, { filePath: path.join(repoPath(), asFile) });
  return result!.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message }));
}

describe('import rules', () => {
  it('refuse a feature importing another through ../../features/', async () => {
    expect(await lintAs('feature-imports-feature.ts', 'src/features/home/fixture.ts')).toEqual([
      {
        ruleId: 'import-x/no-restricted-paths',
        line: 2,
        message: expect.stringContaining('Features never import each other') as string,
      },
    ]);
  });

  it('refuse a dynamic import() that goes against the flow', async () => {
    expect(await lintAs('dynamic-import-across-layers.ts', 'src/store/fixture.ts')).toEqual([
      {
        ruleId: 'import-x/no-restricted-paths',
        line: 2,
        message: expect.stringContaining('src/store/ may not import from src/features/') as string,
      },
    ]);
  });

  it('refuse virtual:deck and virtual:notes in the domain, imported or loaded', async () => {
    const problems = await lintAs('domain-reads-virtual-deck.ts', 'src/domain/fixture.ts');
    expect(problems.map(({ ruleId, line }) => ({ ruleId, line }))).toEqual([
      { ruleId: 'no-restricted-imports', line: 2 },
      { ruleId: 'no-restricted-syntax', line: 5 },
    ]);
    for (const problem of problems) expect(problem.message).toContain('The domain takes the deck as a parameter');
  });

  it('let through imports that follow the flow', async () => {
    expect(await lintAs('allowed-imports.ts', 'src/features/home/fixture.ts')).toEqual([]);
  });
});
