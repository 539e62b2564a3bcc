// The Node layer: finds Markdown files under the given paths and reads them.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NoteSource } from '../build-deck';

export interface ReadProblem {
  path: string;
  message: string;
}

export interface ReadNotesResult {
  sources: NoteSource[];
  /** Every file that was read, absolute, for watchers. */
  files: string[];
  problems: ReadProblem[];
}

const MARKDOWN_FILE = /\.(md|markdown)$/i;

async function listMarkdownFiles(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((entry) => {
        const full = path.join(target, entry.name);
        if (entry.isDirectory()) return listMarkdownFiles(full);
        return Promise.resolve(MARKDOWN_FILE.test(entry.name) ? [full] : []);
      }),
  );
  return nested.flat();
}

function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder';
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads every Markdown file at or below `targets` (files are read whatever their extension).
 * Paths in the result are relative to `root` with forward slashes, so warnings read `content/01-….md:12`.
 */
export async function readNotes(targets: string[], root: string = process.cwd()): Promise<ReadNotesResult> {
  const result: ReadNotesResult = { sources: [], files: [], problems: [] };
  for (const target of targets) {
    const absolute = path.resolve(root, target);
    let files: string[];
    try {
      files = await listMarkdownFiles(absolute);
    } catch (error) {
      result.problems.push({ path: displayPath(absolute, root), message: describeError(error) });
      continue;
    }
    for (const file of files) {
      try {
        const text = await readFile(file, 'utf8');
        result.sources.push({ path: displayPath(file, root), text });
        result.files.push(file);
      } catch (error) {
        result.problems.push({ path: displayPath(file, root), message: describeError(error) });
      }
    }
  }
  return result;
}

export function displayPath(file: string, root: string): string {
  const relative = path.relative(root, file);
  return (relative === '' ? file : relative).split(path.sep).join('/');
}
