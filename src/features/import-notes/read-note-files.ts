// Chosen or dropped files → note sources. Only Markdown (or plain text) that is valid UTF-8 is read; anything
// else is reported by name and left out, so one wrong file does not stop the rest.
import type { DeckSourceFile } from '../../store/deck-library/deck-library-storage';

export interface FileProblem {
  file: string;
  message: string;
}

export interface ReadNoteFiles {
  sources: DeckSourceFile[];
  problems: FileProblem[];
}

const NOTE_FILE_NAME = /\.(md|markdown|txt)$/i;
/** Notes far beyond any course's size would make the page unresponsive while they are read. */
export const MAX_NOTE_FILE_BYTES = 5_000_000;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

async function readNoteFile(file: File): Promise<DeckSourceFile | FileProblem> {
  if (!NOTE_FILE_NAME.test(file.name)) return { file: file.name, message: 'not a Markdown file (.md, .markdown or .txt)' };
  if (file.size > MAX_NOTE_FILE_BYTES) return { file: file.name, message: `larger than ${MAX_NOTE_FILE_BYTES / 1_000_000} MB` };
  try {
    return { path: file.name, text: strictUtf8.decode(await file.arrayBuffer()) };
  } catch {
    return { file: file.name, message: 'not UTF-8 text' };
  }
}

export async function readNoteFiles(files: readonly File[]): Promise<ReadNoteFiles> {
  const read = await Promise.all(files.map(readNoteFile));
  return {
    sources: read.filter((item): item is DeckSourceFile => 'text' in item),
    problems: read.filter((item): item is FileProblem => 'message' in item),
  };
}
