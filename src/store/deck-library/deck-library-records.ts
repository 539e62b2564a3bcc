// Checking stored deck records before the app relies on them: one damaged record is reported and skipped, never
// allowed to hide the others or to break a screen.
import * as v from 'valibot';
import type { ImportedDeck, LoadedDecks } from './deck-library-storage';

// The deck's own shape is the pipeline's contract; this checks enough that screens can rely on it.
const PlaceSchema = v.looseObject({ file: v.string(), line: v.number() });
const CardSchema = v.looseObject({
  id: v.string(),
  kind: v.picklist(['definition', 'enumeration', 'cloze', 'question']),
  noteId: v.string(),
  reverse: v.boolean(),
  chapterId: v.string(),
  prompt: v.string(),
  answer: v.string(),
  details: v.array(v.looseObject({ text: v.string(), depth: v.number() })),
  sectionPath: v.array(v.string()),
  source: PlaceSchema,
});
const ChapterSchema = v.looseObject({
  id: v.string(),
  title: v.string(),
  order: v.number(),
  file: v.string(),
  empty: v.boolean(),
  sections: v.array(v.looseObject({ id: v.string(), title: v.string(), path: v.array(v.string()), source: PlaceSchema })),
});
const ImportedDeckSchema = v.object({
  deck: v.looseObject({
    id: v.pipe(v.string(), v.minLength(1)),
    title: v.string(),
    chapters: v.array(ChapterSchema),
    cards: v.array(CardSchema),
    warnings: v.array(v.looseObject({ file: v.string(), line: v.number(), column: v.number(), message: v.string() })),
  }),
  sources: v.array(v.object({ path: v.string(), text: v.string() })),
  importedAt: v.number(),
  updatedAt: v.number(),
});

/** The record if it is an imported deck, otherwise why not. */
export function checkImportedDeck(value: unknown): { ok: true; entry: ImportedDeck } | { ok: false; reason: string } {
  const result = v.safeParse(ImportedDeckSchema, value);
  if (result.success) return { ok: true, entry: value as ImportedDeck };
  const issue = result.issues[0];
  const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return { ok: false, reason: where ? `${where}: ${issue.message}` : issue.message };
}

function sortByImport(decks: ImportedDeck[]): ImportedDeck[] {
  return decks.sort((a, b) => a.importedAt - b.importedAt || (a.deck.id < b.deck.id ? -1 : 1));
}

export function checkedRecords(records: Array<[string, unknown]>): LoadedDecks {
  const decks: ImportedDeck[] = [];
  const unreadable: LoadedDecks['unreadable'] = [];
  for (const [key, value] of records) {
    const checked = checkImportedDeck(value);
    if (checked.ok && checked.entry.deck.id === key) decks.push(checked.entry);
    else unreadable.push({ key, reason: checked.ok ? `stored under "${key}" but its id is "${checked.entry.deck.id}"` : checked.reason });
  }
  return { decks: sortByImport(decks), unreadable };
}
