// What the note reader flagged, each with its place (file:line), and files that could not be read at all.
import { useId } from 'react';
import type { DeckWarning } from '../../domain/deck';
import { plural } from '../../components/card-counts';
import type { FileProblem } from './read-note-files';

interface ImportWarningsProps {
  warnings: readonly DeckWarning[];
  fileProblems: readonly FileProblem[];
}

export function ImportWarnings({ warnings, fileProblems }: ImportWarningsProps) {
  const titleId = useId();
  const count = warnings.length + fileProblems.length;
  if (count === 0) return null;
  return (
    <section className="import-warnings notice" aria-labelledby={titleId}>
      <h3 id={titleId}>{plural(count, 'warning')}</h3>
      <ul>
        {fileProblems.map((problem) => (
          <li key={`file:${problem.file}`}>
            <code>{problem.file}</code> was left out: {problem.message}
          </li>
        ))}
        {warnings.map((warning, index) => (
          <li key={`${warning.file}:${warning.line}:${warning.column}:${index}`}>
            {warning.fatal && <strong>Error: </strong>}
            <code>
              {warning.file}:{warning.line}
            </code>{' '}
            {warning.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
