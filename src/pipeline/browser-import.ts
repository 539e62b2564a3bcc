// The extraction core for notes pasted or chosen in the browser. Screens load this file with `import()` only, so
// remark and the rest of the pipeline stay out of the initial page.
import type { Deck } from '../domain/deck';
import { buildDeck, type NoteSource } from './build-deck';

/** The name pasted notes go by in warnings and card sources. */
export const PASTED_NOTES_PATH = 'pasted-notes.md';

const FALLBACK_TITLE = 'Imported notes';

export function pastedNotesSource(text: string): NoteSource {
  return { path: PASTED_NOTES_PATH, text };
}

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

export interface ImportedNotes {
  deck: Deck;
  /** The sources in the order they were read. */
  sources: NoteSource[];
}

/** One deck from the files, in name order, titled by the first `# Title`, else by the first file's name. */
export function buildImportedDeck(sources: readonly NoteSource[]): ImportedNotes {
  const ordered = [...sources].sort(byPath);
  const first = ordered[0];
  const fallbackTitle = first && first.path !== PASTED_NOTES_PATH ? titleFromFileName(first.path) : FALLBACK_TITLE;
  return { deck: buildDeck(ordered, { fallbackTitle }), sources: ordered };
}
