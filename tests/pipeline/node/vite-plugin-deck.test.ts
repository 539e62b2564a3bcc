import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { InlineConfig, Logger, Rolldown, ViteDevServer } from 'vite';
import { build, createLogger, createServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { decodeDeck, type ChapterPayload, type DeckRestPayload } from '../../../src/domain/deck-payload';
import type { DeckOutline } from '../../../src/domain/deck-outline';
import type { NoteDocument } from '../../../src/domain/note-document';
import { buildNoteDocuments } from '../../../src/pipeline/note-document';
import { buildDeck } from '../../../src/pipeline/build-deck';
import { EMPTY_CARD_ID_MAP, updatedCardIdMap } from '../../../src/pipeline/card-id-map';
import { CARD_ID_MAP_FILE, writeCardIdMap } from '../../../src/pipeline/node/card-id-map-file';
import { describeDeckWarning } from '../../../src/pipeline/node/places';
import { readNotes } from '../../../src/pipeline/node/read-notes';
import { deckModuleCode, deckPlugin } from '../../../src/pipeline/node/vite-plugin-deck';

const CHAPTER_ONE = ['# Cluster Notes', '', '## Chapter 1: Pods', 'Define Pod', '-Pod: Scheduling unit of one or more containers', ''].join('\n');
const CHAPTER_TWO = ['## Chapter 2: Services', 'Explain services', '-Service: Groups related Pods behind one address', ''].join('\n');
// The same term defined twice in one chapter: the pipeline makes one card of both and warns with both places.
const DUPLICATE = ['## Chapter 3: Storage', 'Volumes', '-Volume: Directory reachable by containers', '-Volume: Storage that outlives a container', ''].join(
  '\n',
);

let root: string;

async function write(relative: string, content: string | Uint8Array) {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

/** The deck the pipeline makes from the fixture's content/ folder, as the plugin should ship it. */
async function expectedDeck(): Promise<Deck> {
  const notes = await readNotes(['content'], root);
  return buildDeck(notes.sources);
}

function capturingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const logger = createLogger('silent');
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = logger.warn;
  return { logger, warnings };
}

function fixtureConfig(logger?: Logger): InlineConfig {
  return {
    root,
    configFile: false,
    logLevel: 'silent',
    customLogger: logger,
    cacheDir: path.join(root, '.vite-cache'),
    plugins: [deckPlugin({ contentDir: 'content' })],
  };
}

async function buildChunks(entry: string, logger?: Logger): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    ...fixtureConfig(logger),
    build: { write: false, minify: false, rollupOptions: { input: path.join(root, entry), preserveEntrySignatures: 'strict' } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => ('output' in output ? output.output : [])).filter((item) => item.type === 'chunk') as Rolldown.OutputChunk[];
}

/** Builds the fixture's tiny entry (which re-exports `virtual:deck`) and returns its only chunk. */
async function buildEntry(logger?: Logger): Promise<Rolldown.OutputChunk> {
  const chunks = await buildChunks('entry.js', logger);
  expect(chunks).toHaveLength(1);
  return chunks[0]!;
}

function isFullReload(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && 'type' in payload && payload.type === 'full-reload';
}

async function importChunk<T = Deck>(code: string): Promise<T> {
  const module = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { default: T };
  return module.default;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'deck-plugin-'));
  await write('entry.js', "import deck from 'virtual:deck';\nexport default deck;\n");
  await write('content/01-pods.md', CHAPTER_ONE);
  await write('content/02-services.md', CHAPTER_TWO);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('deck module', () => {
  it('ships the deck as a JSON module that evaluates to the same deck', async () => {
    const deck: Deck = { id: 'd', title: 'D `x` ${y} </script>', chapters: [], cards: [], warnings: [] };
    await expect(importChunk(deckModuleCode(deck))).resolves.toEqual(deck);
  });
});

describe('deck plugin in a Vite build', () => {
  it('serves virtual:deck as the deck built from content/, with sources named from the Vite root', async () => {
    const chunk = await buildEntry();
    const shipped = await importChunk(chunk.code);

    expect(shipped).toEqual(await expectedDeck());
    expect(shipped.title).toBe('Cluster Notes');
    expect(shipped.chapters.map((chapter) => [chapter.title, chapter.file])).toEqual([
      ['Pods', 'content/01-pods.md'],
      ['Services', 'content/02-services.md'],
    ]);
    expect(shipped.cards.find((card) => card.term === 'Pod' && !card.reverse)?.source).toMatchObject({ file: 'content/01-pods.md', line: 5 });
  });

  it('ships the id moves the id map next to the notes finds: progress under old ids follows a renamed chapter', async () => {
    const before = await expectedDeck();
    await writeCardIdMap(path.join(root, 'content', CARD_ID_MAP_FILE), updatedCardIdMap(before, EMPTY_CARD_ID_MAP));
    await write('content/01-pods.md', CHAPTER_ONE.replace(/^## Chapter 1: Pods$/m, '## Chapter 1: Pods and containers'));
    const shipped = await importChunk((await buildEntry()).code);
    expect(shipped.idMoves).toContainEqual({ from: 'pods/definition/pod', to: 'pods-and-containers/definition/pod' });
    expect(shipped.idMoves?.every((move) => move.from.startsWith('pods/') && move.to.startsWith('pods-and-containers/'))).toBe(true);
  });

  it('ships only JSON: no Markdown parser code reaches the bundle', async () => {
    const chunk = await buildEntry();

    expect(Object.keys(chunk.modules).sort()).toEqual(['\0virtual:deck', path.join(root, 'entry.js')]);
    for (const marker of ['micromark', 'unified', 'mdast', 'remark', 'fromMarkdown']) expect(chunk.code).not.toContain(marker);
  });

  it('ships the outline in the entry, and each chapter’s cards and notes in chunks of their own that make the deck', async () => {
    await write(
      'outline-entry.js',
      "import outline, { chapterLoaders, documentLoaders, loadRest } from 'virtual:deck-outline';\nexport default outline;\nexport const loaders = [chapterLoaders, documentLoaders, loadRest];\n",
    );
    const chunks = await buildChunks('outline-entry.js');
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const byModule = (id: string) => chunks.find((chunk) => chunk.facadeModuleId === `\0${id}`);
    const deck = await expectedDeck();

    expect(Object.keys(entry.modules).filter((id) => !id.includes('preload-helper'))).toEqual(['\0virtual:deck-outline', path.join(root, 'outline-entry.js')]);
    for (const card of deck.cards.filter((candidate) => !candidate.reverse)) expect(entry.code).not.toContain(card.answer);
    // The loaders' imports are only run when called, so the entry evaluates on its own.
    const outline = await importChunk<DeckOutline>(entry.code);
    expect(outline.chapters.map((chapter) => [chapter.id, chapter.counts.cards])).toEqual(
      deck.chapters.map((chapter) => [chapter.id, deck.cards.filter((card) => card.chapterId === chapter.id).length]),
    );

    const payloads: Record<string, ChapterPayload> = {};
    for (const chapter of deck.chapters) {
      const chunk = byModule(`virtual:deck-chapter-${chapter.id}`);
      expect(chunk, chapter.id).toBeDefined();
      expect(Object.keys(chunk!.modules)).toHaveLength(1);
      payloads[chapter.id] = await importChunk<ChapterPayload>(chunk!.code);
    }
    const rest = await importChunk<DeckRestPayload>(byModule('virtual:deck-rest')!.code);
    expect(decodeDeck(outline, payloads, rest)).toEqual(deck);

    const documents = buildNoteDocuments((await readNotes(['content'], root)).sources, deck);
    for (const chapter of deck.chapters) {
      await expect(importChunk<NoteDocument>(byModule(`virtual:notes-chapter-${chapter.id}`)!.code)).resolves.toEqual(documents[chapter.id]);
    }
  });

  it('prints deck warnings as Vite warnings with file:line:column', async () => {
    await write('content/03-storage.md', DUPLICATE);
    const { logger, warnings } = capturingLogger();

    await buildEntry(logger);

    const deck = await expectedDeck();
    expect(deck.warnings.length).toBeGreaterThan(0);
    for (const warning of deck.warnings) expect(warnings).toContainEqual(expect.stringContaining(describeDeckWarning(warning)));
    expect(warnings).toContainEqual(expect.stringMatching(/content\/03-storage\.md:\d+:\d+ {2}\S/));
  });

  it('fails the build on a note that is not UTF-8, naming the file and line', async () => {
    await write('content/03-latin1.md', new Uint8Array([...new TextEncoder().encode('## Chapter 3: Old\n-caf'), 0xe9, 0x0a]));

    await expect(buildEntry()).rejects.toThrow('content/03-latin1.md:2:5: cannot read notes: not UTF-8 text (invalid byte at line 2, column 5)');
  });

  it('names every unreadable note when there are several', async () => {
    await write('content/03-latin1.md', new Uint8Array([0x2d, 0xe9, 0x0a]));
    await write('content/04-binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));

    const failure = await buildEntry().then(
      () => undefined,
      (error: unknown) => String(error),
    );
    expect(failure).toContain(
      'content/03-latin1.md:1:2: cannot read notes: not UTF-8 text (invalid byte at line 1, column 2)\ncontent/04-binary.md:1:1: cannot read notes: not UTF-8 text',
    );
  });

  it('fails the build when the notes folder is missing', async () => {
    await rm(path.join(root, 'content'), { recursive: true });

    await expect(buildEntry()).rejects.toThrow('content: cannot read notes: no such file or folder');
  });
});

describe('deck plugin in the dev server', () => {
  let server: ViteDevServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('reloads the page with the new deck when a note is edited, added or removed', { timeout: 30_000 }, async () => {
    server = await createServer({ ...fixtureConfig(), server: { middlewareMode: true, ws: false }, optimizeDeps: { noDiscovery: true } });
    const client = server.environments.client;
    const send = vi.spyOn(client.hot, 'send');
    const reloads = () => send.mock.calls.filter(([payload]) => isFullReload(payload)).length;
    const servedDeck = async () => {
      const result = await client.transformRequest('virtual:deck');
      return importChunk(result?.code ?? '');
    };
    const chapterTitles = async () => (await servedDeck()).chapters.map((chapter) => chapter.title);

    expect(await servedDeck()).toEqual(await expectedDeck());

    // Rewritten until the watcher sees it: its first scan may still be running.
    const edited = CHAPTER_TWO.replace('Services', 'Service Networking');
    await vi.waitFor(
      async () => {
        await write('content/02-services.md', edited);
        expect(reloads()).toBeGreaterThan(0);
      },
      { timeout: 10_000, interval: 250 },
    );
    expect(client.moduleGraph.getModuleById('\0virtual:deck')?.transformResult).toBeNull();
    expect(await chapterTitles()).toEqual(['Pods', 'Service Networking']);

    const beforeAdd = reloads();
    await write('content/03-storage.md', DUPLICATE);
    await vi.waitFor(() => expect(reloads()).toBeGreaterThan(beforeAdd), { timeout: 10_000 });
    expect(await chapterTitles()).toEqual(['Pods', 'Service Networking', 'Storage']);

    const beforeRemove = reloads();
    await unlink(path.join(root, 'content/01-pods.md'));
    await vi.waitFor(() => expect(reloads()).toBeGreaterThan(beforeRemove), { timeout: 10_000 });
    expect(await servedDeck()).toEqual(await expectedDeck());
    expect(await chapterTitles()).toEqual(['Service Networking', 'Storage']);
  });

  it('does not reload for files that are not notes', { timeout: 30_000 }, async () => {
    server = await createServer({ ...fixtureConfig(), server: { middlewareMode: true, ws: false }, optimizeDeps: { noDiscovery: true } });
    const watcher = server.watcher;
    const send = vi.spyOn(server.environments.client.hot, 'send');
    await server.environments.client.transformRequest('virtual:deck');
    // Rewritten until the watcher sees it: its first scan may still be running.
    await vi.waitFor(
      async () => {
        await write('content/01-pods.md', CHAPTER_ONE);
        expect(send).toHaveBeenCalled();
      },
      { timeout: 10_000, interval: 250 },
    );

    const unrelated = ['notes-draft.md', 'content/diagram.png'];
    const seenByWatcher = unrelated.map(
      (name) => new Promise<void>((resolve) => watcher.on('all', (_event, file) => file === path.join(root, name) && resolve())),
    );
    for (const name of unrelated) await write(name, 'not a note in content/');
    await Promise.all(seenByWatcher);
    const before = send.mock.calls.length;
    await write('content/02-services.md', CHAPTER_TWO + '\n');
    await vi.waitFor(() => expect(send.mock.calls.length).toBeGreaterThan(before), { timeout: 10_000 });

    expect(send.mock.calls.slice(before)).toEqual([[{ type: 'full-reload', path: '*' }]]);
  });
});
