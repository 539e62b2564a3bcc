import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeNoteText, displayPath, readNotes } from '../../../src/pipeline/node/read-notes';

let root: string;

async function write(relative: string, content: string | Uint8Array) {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'read-notes-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('decodeNoteText', () => {
  it('decodes UTF-8 text and drops a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# Café\n-naïve')]);
    expect(decodeNoteText(bytes)).toEqual({ ok: true, text: '# Café\n-naïve' });
  });

  it('refuses invalid UTF-8 and says on which line and column the bad byte is', () => {
    const encoder = new TextEncoder();
    // Line 3 is "-é" then a lone Latin-1 "é" (0xE9) then "x".
    const bytes = new Uint8Array([...encoder.encode('# Notes\n\n-é'), 0xe9, ...encoder.encode('x\n')]);
    expect(decodeNoteText(bytes)).toEqual({ ok: false, reason: 'not UTF-8 text (invalid byte at line 3, column 3)', line: 3, column: 3 });
  });

  it('refuses a multi-byte sequence cut short at the end of the file', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('ok\nab'), 0xe2, 0x82]);
    expect(decodeNoteText(bytes)).toMatchObject({ ok: false, line: 2, column: 3 });
  });

  it('refuses binary data that happens to be valid UTF-8 (a NUL byte)', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('PNG\nxy'), 0, 1, 2]);
    expect(decodeNoteText(bytes)).toEqual({ ok: false, reason: 'not text (a NUL byte at line 2, column 3)', line: 2, column: 3 });
  });
});

describe('readNotes', () => {
  it('walks folders in natural name order, skipping dot-files and files that are not Markdown', async () => {
    await write('notes/10-late.md', '# Ten');
    await write('notes/2-early.markdown', '# Two');
    await write('notes/.draft.md', '# Hidden');
    await write('notes/.obsidian/workspace.md', '# Hidden too');
    await write('notes/image.png', 'not a note');
    await write('notes/sub/01-nested.MD', '# Nested');

    const result = await readNotes(['notes'], root);

    expect(result.problems).toEqual([]);
    expect(result.sources).toEqual([
      { path: 'notes/2-early.markdown', text: '# Two' },
      { path: 'notes/10-late.md', text: '# Ten' },
      { path: 'notes/sub/01-nested.MD', text: '# Nested' },
    ]);
    expect(result.files).toEqual([path.join(root, 'notes/2-early.markdown'), path.join(root, 'notes/10-late.md'), path.join(root, 'notes/sub/01-nested.MD')]);
  });

  it('reads a file given by name whatever its extension, and only once when named twice', async () => {
    await write('notes/a.md', 'A');
    await write('todo.txt', 'plain text notes');

    const result = await readNotes(['todo.txt', 'notes', 'notes/a.md'], root);

    expect(result.sources.map((source) => source.path)).toEqual(['todo.txt', 'notes/a.md']);
  });

  it('reports a missing path with its path and reason, and still reads the others', async () => {
    await write('notes/a.md', 'A');

    const result = await readNotes(['missing', 'notes'], root);

    expect(result.problems).toEqual([{ path: 'missing', message: 'no such file or folder' }]);
    expect(result.sources).toEqual([{ path: 'notes/a.md', text: 'A' }]);
  });

  it('reports a file that is not UTF-8 text with its line and column', async () => {
    await write('notes/a.md', 'A');
    await write('notes/b.md', new Uint8Array([0x2d, 0x63, 0x61, 0x66, 0xe9, 0x0a])); // "-caf" + Latin-1 "é"

    const result = await readNotes(['notes'], root);

    expect(result.problems).toEqual([{ path: 'notes/b.md', message: 'not UTF-8 text (invalid byte at line 1, column 5)', line: 1, column: 5 }]);
    expect(result.sources.map((source) => source.path)).toEqual(['notes/a.md']);
  });

  it('reports a broken symbolic link, given by name or found in a folder', async () => {
    await mkdir(path.join(root, 'notes'));
    await symlink(path.join(root, 'gone.md'), path.join(root, 'notes/link.md'));
    await symlink(path.join(root, 'gone'), path.join(root, 'notes/not-a-note-link'));

    const result = await readNotes(['notes', 'notes/link.md'], root);

    const brokenLink = 'broken symbolic link (its target does not exist)';
    expect(result.problems).toEqual([
      { path: 'notes/link.md', message: brokenLink },
      { path: 'notes/link.md', message: brokenLink },
    ]);
    expect(result.sources).toEqual([]);
  });

  it('follows symbolic links to notes and folders without looping forever', async () => {
    await write('shared/a.md', 'A');
    await mkdir(path.join(root, 'notes'));
    await symlink(path.join(root, 'shared'), path.join(root, 'notes/shared'));
    await symlink(path.join(root, 'notes'), path.join(root, 'notes/loop'));
    await symlink(path.join(root, 'shared/a.md'), path.join(root, 'notes/b.md'));

    const result = await readNotes(['notes'], root);

    expect(result.problems).toEqual([]);
    expect(result.sources).toEqual([
      { path: 'notes/b.md', text: 'A' },
      { path: 'notes/shared/a.md', text: 'A' },
    ]);
  });

  it('names a file outside the root relative to it', async () => {
    const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'read-notes-elsewhere-'));
    try {
      await writeFile(path.join(elsewhere, 'n.md'), 'N');
      const result = await readNotes([path.join(elsewhere, 'n.md')], root);
      expect(result.sources).toEqual([{ path: displayPath(path.join(elsewhere, 'n.md'), root), text: 'N' }]);
      expect(result.sources[0]?.path).toMatch(/^\.\.\/read-notes-elsewhere-[^/]+\/n\.md$/);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
