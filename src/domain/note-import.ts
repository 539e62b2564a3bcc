// What the page and the import worker (src/pipeline/browser-import-worker.ts) say to each other while notes are read
// into a deck in the browser: plain data, so it crosses to and from the worker as it is.
import type { Deck } from './deck';

/** A note file as read: its name (or the name pasted notes go by) and its text. */
export interface NoteText {
  path: string;
  text: string;
}

/** Pasted notes have no file: this is the name they go by in warnings and card sources. */
export const PASTED_NOTES_PATH = 'pasted-notes.md';

export const pastedNotes = (text: string): NoteText => ({ path: PASTED_NOTES_PATH, text });

/** How far reading is: parsing the files, then making each chapter's cards. */
export interface ImportProgress {
  stage: 'parse' | 'cards';
  /** Steps done in this stage, of `total` (files when parsing, chapters when making cards). */
  done: number;
  total: number;
}

/** The deck the notes make, and the notes in the order they were read. */
export interface ImportedNotes {
  deck: Deck;
  sources: NoteText[];
}

export type ImportReply =
  | { type: 'ready' }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; notes: ImportedNotes }
  /** What was wrong with the notes, in words for the learner. */
  | { type: 'failed'; reason: string };
