// The extraction core for notes pasted or chosen in the browser. It runs in the import worker
// (browser-import-worker.ts), so remark and the rest of the pipeline stay out of the page and never hold it up.
import { PASTED_NOTES_PATH, type ImportedNotes, type ImportProgress } from '../domain/note-import';
import { buildDeck, type NoteSource } from './build-deck';
import { MAX_NESTING, limitSources, withWarnings } from './nesting-limit';

const FALLBACK_TITLE = 'Imported notes';

/** "03-kubernetes_notes.md" → "Kubernetes notes": the deck title when the notes have no `# Title`. */
export function titleFromFileName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  const words = name
    .replace(/\.(md|markdown|txt)$/i, '')
    .replace(/^\d+[-_. ]+/, '')
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words === '' ? FALLBACK_TITLE : words[0]!.toLocaleUpperCase() + words.slice(1);
}

/** Natural order, as the build reads content/: `2-x.md` before `10-x.md`. */
const byPath = (a: NoteSource, b: NoteSource) => a.path.localeCompare(b.path, 'en', { numeric: true });

/**
 * One deck from the files, in name order, titled by the first `# Title`, else by the first file's name. Lines nested
 * too deep are read at the deepest level allowed, with a warning (nesting-limit.ts); the sources kept are the notes
 * as they were written.
 */
export function buildImportedDeck(sources: readonly NoteSource[], onProgress?: (progress: ImportProgress) => void): ImportedNotes {
  const ordered = [...sources].sort(byPath);
  const first = ordered[0];
  const fallbackTitle = first && first.path !== PASTED_NOTES_PATH ? titleFromFileName(first.path) : FALLBACK_TITLE;
  const readable = limitSources(ordered);
  const deck = buildDeck(readable.sources, { fallbackTitle, onProgress });
  return { deck: withWarnings(deck, ordered, readable.warnings), sources: ordered };
}

/** Why reading the notes failed, as the learner should hear it (never advice about the connection). */
export function failureReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return `the notes are nested too deeply to read (lists, quotes or outline levels; up to ${MAX_NESTING} are read)`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `the note reader stopped on them: ${message || 'no reason given'}`;
}
