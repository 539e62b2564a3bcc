import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toContractJson } from '../../../src/pipeline/cli/contract-json';
import { buildDeck } from '../../../src/pipeline/build-deck';
import { readNotes } from '../../../src/pipeline/node/read-notes';

const REPO = path.resolve(__dirname, '../../..');
const FIXTURE = 'tests/pipeline/cli/fixtures/notes';

/** Runs `npm run cards -- …` as an author would, from the project folder. */
async function npmRunCards(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'cards', '--', ...args], { cwd: REPO });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('npm run cards', () => {
  it('prints the contract JSON of a folder of notes and exits 0', { timeout: 30_000 }, async () => {
    const result = await npmRunCards([FIXTURE, '--json']);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const deck = buildDeck((await readNotes([FIXTURE], REPO)).sources, { fallbackTitle: 'notes' });
    expect(JSON.parse(result.stdout)).toEqual(toContractJson(deck));
  });

  it('exits 2 naming an unreadable path', { timeout: 30_000 }, async () => {
    const result = await npmRunCards(['no/such/folder']);

    expect(result.code).toBe(2);
    expect(result.stderr).toBe('cards: no/such/folder: cannot read notes: no such file or folder\n');
    expect(result.stdout).toBe('');
  });
});
