// How the Node layer names a place in the notes, the same in Vite messages and in the `cards` preview.
import type { DeckWarning } from '../../domain/deck';
import type { ReadProblem } from './read-notes';

/** `content/03-x.md:12:3` (line and column only when known). */
export function formatPlace(file: string, line?: number, column?: number): string {
  if (line === undefined) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
}

/** One line naming the path (and place, when known) and why it could not be read. */
export function describeReadProblem(problem: ReadProblem): string {
  return `${formatPlace(problem.path, problem.line, problem.column)}: cannot read notes: ${problem.message}`;
}

/** `file:line:column  message`. */
export function describeDeckWarning(warning: DeckWarning): string {
  return `${formatPlace(warning.file, warning.line, warning.column)}  ${warning.message}`;
}
