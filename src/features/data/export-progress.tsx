// "Export progress": everything this browser keeps, as one file to keep or to import elsewhere.
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { plural } from '../../components/card-counts';
import { progressFileName } from '../../store/progress-transfer/progress-transfer';
import { exportStoreProgress } from '../../store/progress-transfer/progress-transfer-store';
import type { StudyState } from '../../store/study-state';
import { useStudyStore } from '../../store/study-store-context';
import { APP_VERSION } from './app-version';
import type { DeckName } from './deck-titles';
import type { SaveFile } from './save-file';

interface ExportProgressProps {
  clock: () => number;
  saveFile: SaveFile;
  /** The decks this browser has, to name each deck's progress. */
  deckNames: ReadonlyMap<string, DeckName>;
}

interface DeckLine {
  deckId: string;
  text: string;
}

/** One line per deck with progress: its name (imported or gone from this browser) and what the file holds of it. */
function deckLines({ progress, log }: Pick<StudyState, 'progress' | 'log'>, names: ReadonlyMap<string, DeckName>): DeckLine[] {
  const ids = [...new Set([...Object.keys(progress), ...Object.keys(log)])];
  return ids.map((deckId) => {
    const name = names.get(deckId);
    const label = name ? `${name.title}${name.imported ? ' (imported deck)' : ''}` : `“${deckId}” (a deck not in this browser now)`;
    const cards = Object.hasOwn(progress, deckId) ? progress[deckId].size : 0;
    const reviews = Object.hasOwn(log, deckId) ? log[deckId].size : 0;
    return { deckId, text: `${label}: ${plural(cards, 'card')}, ${plural(reviews, 'review')}` };
  });
}

/** "12 cards with progress, 40 reviews and 2 quizzes", over every deck. */
function savedSummary({ progress, log, quizHistory }: Pick<StudyState, 'progress' | 'log' | 'quizHistory'>): string {
  let cards = 0;
  let reviews = 0;
  for (const deck of Object.values(progress)) cards += deck.size;
  for (const deckLog of Object.values(log)) reviews += deckLog.size;
  return `${plural(cards, 'card')} with progress, ${plural(reviews, 'review')} and ${plural(quizHistory.length, 'quiz', 'quizzes')}`;
}

export function ExportProgress({ clock, saveFile, deckNames }: ExportProgressProps) {
  const store = useStudyStore();
  const progress = useStore(store, (state) => state.progress);
  const log = useStore(store, (state) => state.log);
  const quizHistory = useStore(store, (state) => state.quizHistory);
  const summary = useMemo(() => savedSummary({ progress, log, quizHistory }), [progress, log, quizHistory]);
  const decks = useMemo(() => deckLines({ progress, log }, deckNames), [progress, log, deckNames]);
  const hasImported = decks.some(({ deckId }) => deckNames.get(deckId)?.imported);
  const [status, setStatus] = useState('');

  const exportNow = () => {
    const now = clock();
    const fileName = progressFileName(now);
    saveFile(fileName, exportStoreProgress(store, now, APP_VERSION), 'application/json');
    setStatus(`Saved ${fileName}: ${summary}.`);
  };

  return (
    <div className="export-progress">
      <p>One file with your progress on every card, the review log, quiz history and settings. Keep it as a backup, or import it in another browser.</p>
      <p className="small-note data-hint">In this browser now: {summary}.</p>
      {decks.length > 0 && (
        <ul className="data-list small-note data-hint" aria-label="Progress by deck">
          {decks.map((line) => (
            <li key={line.deckId}>{line.text}</li>
          ))}
        </ul>
      )}
      {hasImported && (
        <p className="small-note data-hint">
          Every deck’s progress is in the file, imported decks’ too. The notes of imported decks are not: to study them in another browser, import their notes
          there as well, and their progress comes back with them.
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={exportNow}>
          Export progress
        </button>
      </div>
      <p role="status" className="data-status">
        {status}
      </p>
    </div>
  );
}
