// `virtual:notes` in a Vite build: the documents of the notes folder, in a chunk of their own when imported lazily.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteDocuments } from '../../src/domain/note-document';
import { buildDeck } from '../../src/pipeline/build-deck';
import { buildNoteDocuments } from '../../src/pipeline/note-document';
import { readNotes } from '../../src/pipeline/node/read-notes';
import { deckPlugin, notesModuleCode } from '../../src/pipeline/node/vite-plugin-deck';

let root: string;

async function write(relative: string, content: string) {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

async function buildChunks(): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    cacheDir: path.join(root, '.vite-cache'),
    plugins: [deckPlugin({ contentDir: 'content' })],
    build: { write: false, minify: false, rollupOptions: { input: path.join(root, 'entry.js'), preserveEntrySignatures: 'strict' } },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => ('output' in output ? output.output : [])).filter((item) => item.type === 'chunk') as Rolldown.OutputChunk[];
}

async function importCode<T>(code: string): Promise<T> {
  const module = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { default: T };
  return module.default;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'notes-plugin-'));
  await write('entry.js', "import deck from 'virtual:deck';\nexport const title = deck.title;\nexport const loadNotes = () => import('virtual:notes');\n");
  await write(
    'content/01-pods.md',
    ['# Cluster Notes', '', '## Chapter 1: Pods', 'Define Pod', '-Pod: Scheduling unit', '--holds **containers**', ''].join('\n'),
  );
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('notes module', () => {
  it('ships the documents as a JSON module that evaluates to the same documents', async () => {
    const documents: NoteDocuments = { c: { chapterId: 'c', file: 'c.md', blocks: [{ type: 'html', value: '</script>${x}`', line: 1 }] } };
    await expect(importCode(notesModuleCode(documents))).resolves.toEqual(documents);
  });
});

describe('deck plugin serving virtual:notes', () => {
  it('builds the documents of content/ into a chunk of their own, out of the entry', async () => {
    const chunks = await buildChunks();
    expect(chunks).toHaveLength(2);
    const entry = chunks.find((chunk) => chunk.isEntry)!;
    const notes = chunks.find((chunk) => !chunk.isEntry)!;
    expect(Object.keys(entry.modules)).not.toContain('\0virtual:notes');
    expect(Object.keys(notes.modules)).toEqual(['\0virtual:notes']);
    for (const marker of ['micromark', 'unified', 'fromMarkdown']) expect(notes.code).not.toContain(marker);

    const sources = (await readNotes(['content'], root)).sources;
    const expected = buildNoteDocuments(sources, buildDeck(sources));
    await expect(importCode<NoteDocuments>(notes.code)).resolves.toEqual(expected);
    expect(expected.pods.blocks[0]).toMatchObject({ type: 'section', sectionId: 'pods/define-pod', title: 'Define Pod' });
  });
});
