// Before a new version of an imported deck replaces the old one: which cards are new, which changed (same card,
// different text) and which are gone. Progress follows card ids, so changed cards keep theirs and gone cards keep
// theirs as orphans, ready if the card comes back.
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { Card } from '../../domain/deck';
import { plural } from '../../components/card-counts';
import type { DeckDiff } from '../../store/deck-library/deck-library-diff';
import { PreviewCardLine } from './import-preview';

interface ReimportReportProps {
  deckTitle: string;
  diff: DeckDiff;
  /** Gone cards that have progress. */
  goneWithProgress: number;
}

/** One line per note: a reverse card is listed through its forward card. */
function oneCardPerNote<T>(items: readonly T[], cardOf: (item: T) => Card): T[] {
  const seen = new Set<string>();
  const sorted = [...items].sort((a, b) => Number(cardOf(a).reverse) - Number(cardOf(b).reverse));
  return sorted.filter((item) => {
    const { noteId } = cardOf(item);
    if (seen.has(noteId)) return false;
    seen.add(noteId);
    return true;
  });
}

function ReportGroup({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const titleId = useId();
  if (count === 0) return null;
  return (
    <section className="reimport-group" aria-labelledby={titleId}>
      <h4 id={titleId}>
        {title}: {plural(count, 'card')}
      </h4>
      {children}
    </section>
  );
}

export function ReimportReport({ deckTitle, diff, goneWithProgress }: ReimportReportProps) {
  const titleId = useId();
  const unchanged = diff.added.length + diff.changed.length + diff.moved.length + diff.gone.length === 0;
  return (
    <section className="reimport-report" aria-labelledby={titleId}>
      <h3 id={titleId}>What changes in “{deckTitle}”</h3>
      {unchanged ? (
        <p>Nothing changes: these notes make the same cards as before.</p>
      ) : (
        <p>
          {plural(diff.unchanged, 'card')} stay as {diff.unchanged === 1 ? 'it is' : 'they are'}. Every card keeps its progress, changed ones too.
        </p>
      )}
      <ReportGroup title="New" count={diff.added.length}>
        <ul className="preview-cards" aria-label="New cards">
          {oneCardPerNote(diff.added, (card) => card).map((card) => (
            <li key={card.id}>
              <PreviewCardLine card={card} />
            </li>
          ))}
        </ul>
      </ReportGroup>
      <ReportGroup title="Changed" count={diff.changed.length}>
        <ul className="preview-cards" aria-label="Changed cards">
          {oneCardPerNote(diff.changed, (change) => change.after).map(({ before, after }) => (
            <li key={after.id}>
              <PreviewCardLine card={after} />
              <span className="reimport-before">
                Before: <del>{before.prompt === after.prompt ? before.answer : `${before.prompt} → ${before.answer}`}</del>
              </span>
            </li>
          ))}
        </ul>
      </ReportGroup>
      <ReportGroup title="Moved" count={diff.moved.length}>
        <p className="reimport-note">The same cards under a renamed chapter or section; their progress moves with them.</p>
        <ul className="preview-cards" aria-label="Moved cards">
          {oneCardPerNote(diff.moved, (move) => move.after).map(({ before, after }) => (
            <li key={after.id}>
              <PreviewCardLine card={after} />
              <span className="reimport-before">Was in: {before.sectionPath.join(' › ')}</span>
            </li>
          ))}
        </ul>
      </ReportGroup>
      <ReportGroup title="Gone" count={diff.gone.length}>
        <p className="reimport-note">
          {goneWithProgress > 0
            ? `${plural(goneWithProgress, 'gone card')} ${goneWithProgress === 1 ? 'has' : 'have'} progress; it is kept in case ${goneWithProgress === 1 ? 'it comes' : 'they come'} back.`
            : 'None of them has progress yet.'}
        </p>
        <ul className="preview-cards" aria-label="Gone cards">
          {oneCardPerNote(diff.gone, (card) => card).map((card) => (
            <li key={card.id}>
              <PreviewCardLine card={card} />
            </li>
          ))}
        </ul>
      </ReportGroup>
    </section>
  );
}
