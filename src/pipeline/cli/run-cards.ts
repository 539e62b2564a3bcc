// `npm run cards -- <files or folders>… [--json]`: the author's preview of what their notes yield.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDeck } from '../build-deck';
import { updatedCardIdMap } from '../card-id-map';
import { readCardIdMap, writeCardIdMap } from '../node/card-id-map-file';
import { describeReadProblem } from '../node/places';
import { readNotes } from '../node/read-notes';
import { toContractJson } from './contract-json';
import { formatDeckText } from './format-deck-text';

export interface CardsIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Paths are read from here and shown relative to it. */
  cwd: string;
}

export const EXIT_OK = 0;
/** An unreadable path or a usage error; a note that yields no cards is not an error. */
export const EXIT_PROBLEM = 2;

export const USAGE = `Usage: npm run cards -- <file-or-folder>... [--json]

Shows what your Markdown notes yield: chapters, sections and cards
(kind, prompt → answer, items of lists), then warnings as file:line:column.
Folders are searched for .md and .markdown files; dot-files are skipped.

Options:
  --json           print the deck as JSON (title, chapters, cards, warnings)
  --id-map <file>  also write the card id map (content/card-ids.json): the
                   cards' ids now and every id move found, so progress
                   follows cards whose chapter or section was renamed
  -h, --help       show this help

Exit status: 0 when every path was read (even if it yields no cards),
2 when a path cannot be read or the command is used wrongly.
`;

type ParsedArgs = { help: true } | { help: false; json: boolean; paths: string[]; idMap: string | null } | { error: string };

export function parseCardsArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, 'id-map': { type: 'string' } },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.values.help) return { help: true };
  if (parsed.positionals.length === 0) return { error: 'no notes given: name at least one Markdown file or folder' };
  return { help: false, json: parsed.values.json ?? false, paths: parsed.positionals, idMap: parsed.values['id-map'] ?? null };
}

/** The title for notes without a `# Title` heading: the name of the first path given. */
function fallbackTitle(paths: string[], cwd: string): string {
  const first = path.resolve(cwd, paths[0] ?? '.');
  return path.basename(first, path.extname(first)) || 'Notes';
}

export async function runCards(argv: string[], io: CardsIo): Promise<number> {
  const args = parseCardsArgs(argv);
  if ('error' in args) {
    io.stderr(`cards: ${args.error}\n\n${USAGE}`);
    return EXIT_PROBLEM;
  }
  if (args.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }

  const notes = await readNotes(args.paths, io.cwd);
  for (const problem of notes.problems) io.stderr(`cards: ${describeReadProblem(problem)}\n`);
  // What could be read is still shown; the exit status tells scripts that something was missing.
  if (notes.sources.length > 0 || notes.problems.length === 0) {
    const deck = buildDeck(notes.sources, { fallbackTitle: fallbackTitle(args.paths, io.cwd) });
    io.stdout(args.json ? JSON.stringify(toContractJson(deck), null, 2) + '\n' : formatDeckText(deck));
    if (args.idMap !== null) {
      const file = path.resolve(io.cwd, args.idMap);
      const map = updatedCardIdMap(deck, await readCardIdMap(file));
      await writeCardIdMap(file, map);
      io.stderr(`cards: wrote ${args.idMap}: ${Object.keys(map.cards).length} card ids, ${map.moved.length} moves\n`);
    }
  }
  return notes.problems.length > 0 ? EXIT_PROBLEM : EXIT_OK;
}
