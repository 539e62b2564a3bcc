// The Node layer: finds Markdown files under the given paths and reads them as strict UTF-8.
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NoteSource } from '../build-deck';

export interface ReadProblem {
  /** Path relative to the root, with forward slashes. */
  path: string;
  /** Why it could not be read, e.g. "not UTF-8 text (invalid byte at line 3, column 7)". */
  message: string;
  /** 1-based place of the problem inside the file, when there is one. */
  line?: number;
  column?: number;
}

export interface ReadNotesResult {
  sources: NoteSource[];
  /** Every file that was read, absolute, for watchers. */
  files: string[];
  problems: ReadProblem[];
}

/** A problem before paths are made relative to the root. */
interface FileProblem extends Omit<ReadProblem, 'path'> {
  file: string;
}

type DecodedText = { ok: true; text: string } | { ok: false; reason: string; line: number; column: number };

const MARKDOWN_FILE = /\.(md|markdown)$/i;
const LINE_FEED = 0x0a;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Natural order, so `2-x.md` comes before `10-x.md`. */
const byName = (a: Dirent, b: Dirent) => a.name.localeCompare(b.name, 'en', { numeric: true });

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function describeError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'ENOTDIR':
      return 'no such file or folder (a part of the path is a file)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a folder';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Explains a failed `stat`: a dangling symbolic link says so rather than "no such file". */
async function describeStatError(file: string, error: unknown): Promise<string> {
  if (errorCode(error) === 'ENOENT') {
    const link = await lstat(file).catch(() => undefined);
    if (link?.isSymbolicLink()) return 'broken symbolic link (its target does not exist)';
  }
  return describeError(error);
}

/** Where the first invalid UTF-8 sequence starts in one line's bytes, as a 1-based column in characters. */
function invalidUtf8Column(lineBytes: Uint8Array): number {
  // A streaming decode tolerates a sequence cut at the end, so the longest valid prefix is where the bad byte is.
  let valid = 0;
  let invalid = lineBytes.length;
  while (invalid - valid > 1) {
    const middle = (valid + invalid) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(lineBytes.subarray(0, middle), { stream: true });
      valid = middle;
    } catch {
      invalid = middle;
    }
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(lineBytes.subarray(0, valid), { stream: true }).length + 1;
}

/** The 1-based line and column of the first invalid UTF-8 sequence (a line feed byte never occurs inside one). */
function locateInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const feed = bytes.indexOf(LINE_FEED, start);
    const end = feed === -1 ? bytes.length : feed;
    const lineBytes = bytes.subarray(start, end);
    try {
      strictUtf8.decode(lineBytes);
    } catch {
      return { line, column: invalidUtf8Column(lineBytes) };
    }
    if (feed === -1) break;
    start = feed + 1;
    line += 1;
  }
  // Only a sequence cut by the end of the file is left.
  return { line, column: 1 };
}

function placeOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  const before = bytes.subarray(0, index);
  let line = 1;
  let lineStart = 0;
  for (let at = before.indexOf(LINE_FEED); at !== -1; at = before.indexOf(LINE_FEED, at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: new TextDecoder('utf-8').decode(before.subarray(lineStart)).length + 1 };
}

/** Decodes note bytes as UTF-8 text; anything else (invalid sequences, binary data) is refused with its place. */
export function decodeNoteText(bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const place = locateInvalidUtf8(bytes);
    return { ok: false, reason: `not UTF-8 text (invalid byte at line ${place.line}, column ${place.column})`, ...place };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const place = placeOfByte(bytes, nul);
    return { ok: false, reason: `not text (a NUL byte at line ${place.line}, column ${place.column})`, ...place };
  }
  return { ok: true, text };
}

interface FoundFiles {
  files: string[];
  problems: FileProblem[];
}

async function listFolder(folder: string, found: FoundFiles, visitedFolders: Set<string>): Promise<void> {
  const real = await realpath(folder);
  // A symbolic link back up the tree would otherwise be walked forever.
  if (visitedFolders.has(real)) return;
  visitedFolders.add(real);
  const entries = (await readdir(folder, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.')).sort(byName);
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      await listFolderOrReport(full, found, visitedFolders);
    } else if (entry.isSymbolicLink()) {
      await listLinked(full, entry.name, found, visitedFolders);
    } else if (entry.isFile() && MARKDOWN_FILE.test(entry.name)) {
      found.files.push(full);
    }
  }
}

async function listFolderOrReport(folder: string, found: FoundFiles, visitedFolders: Set<string>): Promise<void> {
  try {
    await listFolder(folder, found, visitedFolders);
  } catch (error) {
    found.problems.push({ file: folder, message: describeError(error) });
  }
}

/** A symbolic link inside a folder: followed like what it points to; a dangling one is reported only if it names a note. */
async function listLinked(link: string, name: string, found: FoundFiles, visitedFolders: Set<string>): Promise<void> {
  try {
    const target = await stat(link);
    if (target.isDirectory()) await listFolderOrReport(link, found, visitedFolders);
    else if (MARKDOWN_FILE.test(name)) found.files.push(link);
  } catch (error) {
    if (MARKDOWN_FILE.test(name)) found.problems.push({ file: link, message: await describeStatError(link, error) });
  }
}

/** A path given by the user: a folder is walked; a file is read whatever its extension. */
async function listTarget(target: string, found: FoundFiles, visitedFolders: Set<string>): Promise<void> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    found.problems.push({ file: target, message: await describeStatError(target, error) });
    return;
  }
  if (info.isDirectory()) await listFolderOrReport(target, found, visitedFolders);
  else found.files.push(target);
}

async function readNoteFile(file: string): Promise<{ text: string } | FileProblem> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, message: describeError(error) };
  }
  const decoded = decodeNoteText(bytes);
  return decoded.ok ? { text: decoded.text } : { file, message: decoded.reason, line: decoded.line, column: decoded.column };
}

/**
 * Reads every Markdown file at or below `targets`, in sorted order, skipping dot-files.
 * Paths in the result are relative to `root` with forward slashes, so warnings read `content/01-….md:12`.
 */
export async function readNotes(targets: string[], root: string = process.cwd()): Promise<ReadNotesResult> {
  const found: FoundFiles = { files: [], problems: [] };
  const visitedFolders = new Set<string>();
  for (const target of targets) await listTarget(path.resolve(root, target), found, visitedFolders);

  const result: ReadNotesResult = { sources: [], files: [], problems: [] };
  const toReadProblem = ({ file, ...rest }: FileProblem): ReadProblem => ({ path: displayPath(file, root), ...rest });
  result.problems.push(...found.problems.map(toReadProblem));
  const seen = new Set<string>();
  for (const file of found.files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const read = await readNoteFile(file);
    if ('text' in read) {
      result.sources.push({ path: displayPath(file, root), text: read.text });
      result.files.push(file);
    } else {
      result.problems.push(toReadProblem(read));
    }
  }
  return result;
}

export function displayPath(file: string, root: string): string {
  const relative = path.relative(root, file);
  return (relative === '' ? file : relative).split(path.sep).join('/');
}
