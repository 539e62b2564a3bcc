// Notes nested absurdly deep (a list 1,000 levels down, 50,000 `>` on a line) make the Markdown parser's work grow
// with the square of the depth, and deep recursion further on can run out of stack. No real outline goes past a few
// levels, so before parsing, a line deeper than MAX_NESTING is read as if it were at that depth, and the author is
// told where. Only such lines change; every line keeps its number, so places in warnings and cards stay right.
import type { Deck, DeckWarning } from '../domain/deck';
import type { NoteSource } from './build-deck';

/** Levels of lists, quotes or dash outline a line may be nested in: far beyond any real outline. */
export const MAX_NESTING = 16;
/** Leading columns a line may have: two per level, as lists are usually indented. */
const MAX_INDENT = MAX_NESTING * 2;
const TAB_STOP = 4;

const QUOTE_MARKERS = /^[ \t]*(?:>[ \t]?)+/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
/** The author's dash outline: `---text` is a third level; a line of dashes alone is a rule, left as it is. */
const DASH_PREFIX = /^-+(?=[^-\s])/;

interface LimitedLine {
  text: string;
  /** Whether the line went too deep. */
  limited: boolean;
}

function leadingColumns(text: string): { columns: number; length: number } {
  let columns = 0;
  let length = 0;
  for (; length < text.length; length += 1) {
    const char = text[length];
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += TAB_STOP - (columns % TAB_STOP);
    else break;
  }
  return { columns, length };
}

/** The line with its quote markers, indentation, list markers and dash outline each cut to the limit. */
export function limitLine(line: string): LimitedLine {
  let limited = false;
  let rest = line;
  let prefix = '';

  const quotes = QUOTE_MARKERS.exec(rest)?.[0] ?? '';
  const quoteCount = quotes.split('>').length - 1;
  if (quoteCount > MAX_NESTING) {
    limited = true;
    prefix += '> '.repeat(MAX_NESTING);
    rest = rest.slice(quotes.length);
  }

  const indent = leadingColumns(rest);
  if (indent.columns > MAX_INDENT) {
    limited = true;
    prefix += ' '.repeat(MAX_INDENT);
    rest = rest.slice(indent.length);
  }

  let markers = 0;
  let markersEnd = 0;
  let cutAt = 0;
  for (let match = LIST_MARKER.exec(rest); match !== null; match = LIST_MARKER.exec(rest.slice(markersEnd))) {
    markers += 1;
    markersEnd += match[0].length;
    if (markers === MAX_NESTING) cutAt = markersEnd;
    if (match[0].trim() === match[0]) break;
  }
  if (markers > MAX_NESTING) {
    limited = true;
    prefix += rest.slice(0, cutAt);
    rest = rest.slice(markersEnd);
  }

  const dashes = DASH_PREFIX.exec(rest)?.[0].length ?? 0;
  if (dashes > MAX_NESTING) {
    limited = true;
    prefix += '-'.repeat(MAX_NESTING);
    rest = rest.slice(dashes);
  }

  return limited ? { text: prefix + rest, limited } : { text: line, limited };
}

function warningFor(file: string, from: number, to: number): DeckWarning {
  const lines = from === to ? `Line ${from} is` : `Lines ${from}–${to} are`;
  return {
    file,
    line: from,
    column: 1,
    message: `${lines} nested more than ${MAX_NESTING} levels deep (lists, quotes or dashes); read as ${MAX_NESTING} levels, so the notes stay quick to read`,
    ruleId: 'nesting-too-deep',
  };
}

/** The note with every too-deep line limited, and a warning for each run of such lines. */
export function limitNesting(source: NoteSource): { source: NoteSource; warnings: DeckWarning[] } {
  const lines = source.text.split('\n');
  const runs: Array<{ from: number; to: number }> = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = limitLine(lines[index]!);
    if (!line.limited) continue;
    lines[index] = line.text;
    const number = index + 1;
    const last = runs.at(-1);
    if (last && last.to === number - 1) last.to = number;
    else runs.push({ from: number, to: number });
  }
  if (runs.length === 0) return { source, warnings: [] };
  return { source: { ...source, text: lines.join('\n') }, warnings: runs.map((run) => warningFor(source.path, run.from, run.to)) };
}

/** The sources with their too-deep lines limited, and where that happened. */
export function limitSources(sources: readonly NoteSource[]): { sources: NoteSource[]; warnings: DeckWarning[] } {
  const limited = sources.map(limitNesting);
  return { sources: limited.map((item) => item.source), warnings: limited.flatMap((item) => item.warnings) };
}

/** The deck with these warnings among its own: file by file as the sources come, then by line. */
export function withWarnings(deck: Deck, sources: readonly NoteSource[], warnings: readonly DeckWarning[]): Deck {
  if (warnings.length === 0) return deck;
  const fileOrder = new Map(sources.map((source, index) => [source.path, index]));
  const order = (warning: DeckWarning) => fileOrder.get(warning.file) ?? sources.length;
  return { ...deck, warnings: [...deck.warnings, ...warnings].sort((a, b) => order(a) - order(b) || a.line - b.line || a.column - b.column) };
}
