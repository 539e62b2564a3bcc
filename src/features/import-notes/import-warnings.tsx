// What the note reader flagged, each with its place (file:line), and files that could not be read at all.
import { useId, useState } from 'react';
import type { DeckWarning } from '../../domain/deck';
import { plural } from '../../components/card-counts';
import type { FileProblem } from './read-note-files';

interface ImportWarningsProps {
  warnings: readonly DeckWarning[];
  fileProblems: readonly FileProblem[];
}

/** Warnings listed at once; a file with thousands lists the rest on request, so the preview draws at once. */
export const WARNINGS_SHOWN = 100;

export function ImportWarnings({ warnings, fileProblems }: ImportWarningsProps) {
  const titleId = useId();
  const [showAll, setShowAll] = useState(false);
  const count = warnings.length + fileProblems.length;
  if (count === 0) return null;
  const shown = showAll ? warnings : warnings.slice(0, WARNINGS_SHOWN);
  return (
    <section className="import-warnings notice" aria-labelledby={titleId}>
      <h3 id={titleId}>{plural(count, 'warning')}</h3>
      <ul>
        {fileProblems.map((problem) => (
          <li key={`file:${problem.file}`}>
            <code>{problem.file}</code> was left out: {problem.message}
          </li>
        ))}
        {shown.map((warning, index) => (
          <li key={`${warning.file}:${warning.line}:${warning.column}:${index}`}>
            {warning.fatal && <strong>Error: </strong>}
            <code>
              {warning.file}:{warning.line}
            </code>{' '}
            {warning.message}
          </li>
        ))}
      </ul>
      {shown.length < warnings.length && (
        <button type="button" className="button" onClick={() => setShowAll(true)}>
          Show all {plural(warnings.length, 'warning')}
        </button>
      )}
    </section>
  );
}
