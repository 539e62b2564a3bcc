// Past quizzes, newest first: when, what on, which mode, and the score; each opens its results page.
import { Link } from 'wouter';
import { paths } from '../../config/paths';
import type { QuizRecord } from '../../domain/quiz-record';
import { formatDateTime, formatPoints, MODE_LABELS, percentOf } from './quiz-text';

interface QuizHistoryListProps {
  /** Records of one deck, in any order. */
  records: readonly QuizRecord[];
  /** How many to show (the newest). */
  limit?: number;
  /** The quiz just finished, marked in the list. */
  currentId?: string;
}

export function QuizHistoryList({ records, limit = 20, currentId }: QuizHistoryListProps) {
  const newestFirst = [...records].sort((a, b) => b.finishedAt - a.finishedAt).slice(0, limit);
  return (
    <section className="quiz-history" aria-labelledby="quiz-history-title">
      <h2 id="quiz-history-title">Past quizzes</h2>
      {newestFirst.length === 0 ? (
        <p className="empty-note">No finished quizzes yet. Your results will be listed here.</p>
      ) : (
        <ol className="quiz-history-list">
          {newestFirst.map((record) => {
            const percent = percentOf(record.score, record.questionCount);
            return (
              <li key={record.id} className={record.id === currentId ? 'quiz-history-item is-current' : 'quiz-history-item'}>
                <div className="quiz-history-main">
                  <span className="quiz-history-scope">
                    <Link href={paths.quizResults.href(record.id)} aria-current={record.id === currentId ? 'page' : undefined}>
                      {record.scopeLabel ?? 'Quiz'}
                    </Link>
                    {record.id === currentId && <span className="quiz-history-tag"> (this quiz)</span>}
                  </span>
                  <span className="quiz-history-meta">
                    <time dateTime={new Date(record.finishedAt).toISOString()}>{formatDateTime(record.finishedAt)}</time>
                    {' · '}
                    {MODE_LABELS[record.mode]}
                    {record.timedOut && ' · time ran out'}
                  </span>
                </div>
                <p className="quiz-history-score">
                  <strong>{percent}%</strong>{' '}
                  <span className="quiz-history-points">
                    {formatPoints(record.score)} of {record.questionCount}
                  </span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
