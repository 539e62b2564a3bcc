import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toContractJson } from '../../../src/pipeline/cli/contract-json';
import { formatDeckText } from '../../../src/pipeline/cli/format-deck-text';
import { EXIT_OK, EXIT_PROBLEM, USAGE, parseCardsArgs, runCards } from '../../../src/pipeline/cli/run-cards';
import { buildDeck } from '../../../src/pipeline/build-deck';
import { readNotes } from '../../../src/pipeline/node/read-notes';

const REPO = path.resolve(__dirname, '../../..');
const FIXTURE = 'tests/pipeline/cli/fixtures/notes';
const USER_NOTES = path.resolve(REPO, '../shared/notes/kubernetes-notes.md');

async function run(argv: string[], cwd = REPO) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCards(argv, { stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), cwd });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'cards-cli-'));
  await writeFile(path.join(scratch, 'empty.md'), '');
  await writeFile(path.join(scratch, 'latin1.md'), new Uint8Array([0x2d, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('parseCardsArgs', () => {
  it('takes paths and --json in any order', () => {
    expect(parseCardsArgs(['--json', 'a.md', 'notes/'])).toEqual({ help: false, json: true, paths: ['a.md', 'notes/'], idMap: null });
    expect(parseCardsArgs(['a.md'])).toEqual({ help: false, json: false, paths: ['a.md'], idMap: null });
    expect(parseCardsArgs(['a.md', '--id-map', 'ids.json'])).toEqual({ help: false, json: false, paths: ['a.md'], idMap: 'ids.json' });
    expect(parseCardsArgs(['a.md', '-h'])).toEqual({ help: true });
  });

  it('refuses no path and unknown options', () => {
    expect(parseCardsArgs([])).toEqual({ error: 'no notes given: name at least one Markdown file or folder' });
    expect(parseCardsArgs(['--yaml', 'a.md'])).toMatchObject({ error: expect.stringContaining("Unknown option '--yaml'") });
  });
});

describe('runCards', () => {
  it('prints usage and exits 2 when no path is given', async () => {
    const result = await run([]);
    expect(result).toEqual({ code: EXIT_PROBLEM, stdout: '', stderr: `cards: no notes given: name at least one Markdown file or folder\n\n${USAGE}` });
  });

  it('prints usage on --help and exits 0', async () => {
    expect(await run(['--help'])).toEqual({ code: EXIT_OK, stdout: USAGE, stderr: '' });
  });

  it('exits 2 for an unknown option', async () => {
    const result = await run(['--yaml', FIXTURE]);
    expect(result.code).toBe(EXIT_PROBLEM);
    expect(result.stderr).toContain("cards: Unknown option '--yaml'");
    expect(result.stdout).toBe('');
  });

  it('names a missing path and why on stderr, and exits 2', async () => {
    const result = await run(['no/such/notes.md']);
    expect(result).toEqual({ code: EXIT_PROBLEM, stdout: '', stderr: 'cards: no/such/notes.md: cannot read notes: no such file or folder\n' });
  });

  it('names a file that is not UTF-8 with its line, still shows the readable notes, and exits 2', async () => {
    const result = await run(['latin1.md', 'empty.md'], scratch);
    expect(result.code).toBe(EXIT_PROBLEM);
    expect(result.stderr).toBe('cards: latin1.md:1:5: cannot read notes: not UTF-8 text (invalid byte at line 1, column 5)\n');
    expect(result.stdout).toContain('No cards found in these notes.');
  });

  it('exits 0 for notes that yield no cards', async () => {
    const result = await run([path.join(scratch, 'empty.md')]);
    expect(result.code).toBe(EXIT_OK);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('No cards found in these notes.');
    expect(result.stdout).toMatch(/^empty\n/);
  });

  it('prints the deck of a folder as text, exactly as formatDeckText shows it', async () => {
    const deck = buildDeck((await readNotes([FIXTURE], REPO)).sources, { fallbackTitle: 'notes' });
    const result = await run([FIXTURE]);
    expect(result).toEqual({ code: EXIT_OK, stdout: formatDeckText(deck), stderr: '' });
  });

  it('prints the deck of a folder as contract JSON with --json', async () => {
    const deck = buildDeck((await readNotes([FIXTURE], REPO)).sources, { fallbackTitle: 'notes' });
    const result = await run([FIXTURE, '--json']);
    expect(result.code).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout)).toEqual(toContractJson(deck));
  });

  it('shows the fixture notes by chapter and section, with their cards', async () => {
    const { stdout } = await run([FIXTURE]);
    expect(stdout).toMatch(/^Networking Basics\n3 chapters, /);
    expect(stdout).toContain(`Chapter 1: Addresses  (${FIXTURE}/01-networking.md)\n`);
    expect(stdout).toContain('  § Define IP address\n');
    expect(stdout).toMatch(
      /\n +5 {2}definition {3}IP Address → Number that identifies a host on a network {2}\(\+ reverse\)\n +- Written as four numbers from 0 to 255 in IPv4\n/,
    );
    expect(stdout).toMatch(/ {2}enumeration {2}Address classes → 3 items\n +1\. Class A\n +2\. Class B\n +3\. Class C\n/);
    expect(stdout).toMatch(/ {2}question {5}DNS → Turns names into IP addresses\n/);
    expect(stdout).toMatch(/definition {3}Router → Device that forwards packets between networks/);
    expect(stdout).toMatch(/cloze {8}A router keeps a \[…\] of known networks → routing table\n/);
    expect(stdout).toContain(`Chapter 3: Firewalls  (${FIXTURE}/02-routing.md)\n  (no notes yet)\n`);
    expect(stdout).not.toContain('Gateway');
  });

  it('writes the card id map with --id-map, and records the moves of a renamed chapter in it', async () => {
    const notes = path.join(scratch, 'rocks.md');
    const map = path.join(scratch, 'card-ids.json');
    await writeFile(notes, '## Chapter 1: Rocks\nKinds\n-Basalt: a dark volcanic rock\n-Granite: a coarse rock of quartz and feldspar\n');
    expect((await run([notes, '--id-map', map], scratch)).stderr).toBe('cards: wrote ' + map + ': 5 card ids, 0 moves\n');
    await writeFile(notes, '## Chapter 1: Igneous rocks\nKinds\n-Basalt: a dark volcanic rock\n-Granite: a coarse rock of quartz and feldspar\n');
    expect((await run([notes, '--id-map', map], scratch)).stderr).toBe('cards: wrote ' + map + ': 5 card ids, 5 moves\n');
    const written = JSON.parse(await readFile(map, 'utf8'));
    expect(written.moved).toContainEqual({ from: 'rocks/definition/basalt', to: 'igneous-rocks/definition/basalt' });
    expect(Object.keys(written.cards)).toContain('igneous-rocks/definition/basalt/reverse');
  });

  it('works on a notes file outside the project, naming it relative to where it runs', async () => {
    const result = await run([USER_NOTES, '--json']);
    expect(result.code).toBe(EXIT_OK);
    const json = JSON.parse(result.stdout) as ReturnType<typeof toContractJson>;
    expect(json.title).toBe('Kubernetes');
    expect(json.chapters.map((chapter) => [chapter.order, chapter.title])).toEqual([
      [1, 'Container Orchestration'],
      [2, 'Kubernetes'],
      [3, 'Kubernetes Architecture'],
      [4, 'Installing Kubernetes'],
    ]);
    const kubelet = json.cards.find((card) => card.id === 'kubernetes-architecture/definition/kubelet');
    expect(kubelet).toMatchObject({ kind: 'definition', term: 'Kubelet', items: null, source: { file: '../shared/notes/kubernetes-notes.md', line: 117 } });
    expect(kubelet?.answer).toMatch(/^Agent that runs on each WN/);
  });
});
