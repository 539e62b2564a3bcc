// "Export progress": everything this browser keeps, as one file to keep or to import elsewhere.
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { plural } from '../../components/card-counts';
import { progressFileName } from '../../store/progress-transfer/progress-transfer';
import { exportStoreProgress } from '../../store/progress-transfer/progress-transfer-store';
import type { StudyState } from '../../store/study-state';
import { useStudyStore } from '../../store/study-store-context';
import { APP_VERSION } from './app-version';
import type { SaveFile } from './save-file';

interface ExportProgressProps {
  clock: () => number;
  saveFile: SaveFile;
}

/** "12 cards with progress, 40 reviews and 2 quizzes", over every deck. */
function savedSummary({ progress, log, quizHistory }: Pick<StudyState, 'progress' | 'log' | 'quizHistory'>): string {
  let cards = 0;
  let reviews = 0;
  for (const deck of Object.values(progress)) cards += Object.keys(deck).length;
  for (const entries of Object.values(log)) reviews += entries.length;
  return `${plural(cards, 'card')} with progress, ${plural(reviews, 'review')} and ${plural(quizHistory.length, 'quiz', 'quizzes')}`;
}

export function ExportProgress({ clock, saveFile }: ExportProgressProps) {
  const store = useStudyStore();
  const progress = useStore(store, (state) => state.progress);
  const log = useStore(store, (state) => state.log);
  const quizHistory = useStore(store, (state) => state.quizHistory);
  const summary = useMemo(() => savedSummary({ progress, log, quizHistory }), [progress, log, quizHistory]);
  const [status, setStatus] = useState('');

  const exportNow = () => {
    const now = clock();
    const fileName = progressFileName(now);
    saveFile(fileName, exportStoreProgress(store, now, APP_VERSION), 'application/json');
    setStatus(`Saved ${fileName}: ${summary}.`);
  };

  return (
    <div className="export-progress">
      <p>
        One file with your progress on every card, the review log, quiz history and settings. Keep it as a backup, or
        import it in another browser.
      </p>
      <p className="data-hint">In this browser now: {summary}.</p>
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
