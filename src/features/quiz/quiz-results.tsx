// The end of a quiz: score and time, retrying the missed cards, breakdowns by chapter and by kind of question,
// every mistake next to the right answer with its place in the notes, and the history of past quizzes.
import type { ReactNode, RefObject } from 'react';
import type { Deck } from '../../domain/deck';
import type { QuizFormat, ScoreTally } from '../../domain/quiz-types';
import { ALL_QUIZ_FORMATS } from '../../domain/quiz-types';
import { PageTitle } from '../../components/page-title';
import { ProgressBar } from '../../components/progress-bar';
import { formatDuration } from '../../components/duration-text';
import { AnswerReview } from './answer-review';
import { PromptText } from './question-view';
import type { FinishedQuiz } from './quiz-session';
import { FORMAT_LABELS, formatPoints, MODE_LABELS, percentOf } from './quiz-text';

interface QuizResultsProps {
  deck: Deck;
  finished: FinishedQuiz;
  onRetryMissed: () => void;
  onRetake: () => void;
  onNewQuiz: () => void;
  titleRef: RefObject<HTMLHeadingElement | null>;
  /** The history, below the results. */
  children?: ReactNode;
}

interface BreakdownRow {
  key: string;
  label: string;
  tally: ScoreTally;
}

function Breakdown({ title, header, rows }: { title: string; header: string; rows: BreakdownRow[] }) {
  return (
    <section className="quiz-breakdown" aria-labelledby={`breakdown-${header}`}>
      <h2 id={`breakdown-${header}`}>{title}</h2>
      <table className="quiz-table">
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col" className="is-number">
              Right
            </th>
            <th scope="col" className="is-number">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const percent = percentOf(row.tally.points, row.tally.questions);
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="is-number">
                  {row.tally.correct} of {row.tally.questions}
                </td>
                <td className="is-number">
                  <span className="quiz-table-score">
                    <span className="quiz-meter" aria-hidden="true">
                      <span className="quiz-meter-fill" style={{ width: `${percent}%` }} />
                    </span>
                    {percent}%
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function chapterRows(deck: Deck, byChapter: Record<string, ScoreTally>): BreakdownRow[] {
  const chapters = [...deck.chapters].sort((a, b) => a.order - b.order);
  const known = chapters
    .filter((chapter) => byChapter[chapter.id])
    .map((chapter) => ({ key: chapter.id, label: `${chapter.order}. ${chapter.title}`, tally: byChapter[chapter.id] }));
  const others = Object.keys(byChapter)
    .filter((id) => !chapters.some((chapter) => chapter.id === id))
    .map((id) => ({ key: id, label: id, tally: byChapter[id] }));
  return [...known, ...others];
}

function formatRows(byFormat: Partial<Record<QuizFormat, ScoreTally>>): BreakdownRow[] {
  return ALL_QUIZ_FORMATS.flatMap((format) => {
    const tally = byFormat[format];
    return tally ? [{ key: format, label: FORMAT_LABELS[format], tally }] : [];
  });
}

function Mistakes({ deck, finished }: { deck: Deck; finished: FinishedQuiz }) {
  const { quiz, score } = finished;
  if (score.mistakes.length === 0) {
    return (
      <section className="quiz-mistakes-section" aria-labelledby="quiz-mistakes-title">
        <h2 id="quiz-mistakes-title">Mistakes</h2>
        <p className="quiz-all-right">No mistakes: every answer was right.</p>
      </section>
    );
  }
  return (
    <section className="quiz-mistakes-section" aria-labelledby="quiz-mistakes-title">
      <h2 id="quiz-mistakes-title">Review your mistakes ({score.mistakes.length})</h2>
      <ol className="quiz-mistakes">
        {score.mistakes.map((mistake) => {
          const index = quiz.questions.findIndex((question) => question.id === mistake.questionId);
          const question = quiz.questions[index];
          const result = score.results[index];
          if (!question || !result) return null;
          return (
            <li key={mistake.questionId} className="quiz-mistake">
              <p className="quiz-question-meta">
                Question {index + 1} · {FORMAT_LABELS[question.format]}
              </p>
              <h3 className="quiz-mistake-prompt">
                <PromptText text={question.prompt} />
              </h3>
              <AnswerReview deck={deck} question={question} result={result} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function QuizResults({ deck, finished, onRetryMissed, onRetake, onNewQuiz, titleRef, children }: QuizResultsProps) {
  const { plan, score, record } = finished;
  const { total } = score;
  const percent = percentOf(total.points, total.questions);
  const points = `${formatPoints(total.points)} of ${total.questions} points`;
  const missed = record.wrongCardIds.length;
  const timeTaken = finished.finishedAt - finished.startedAt;
  return (
    <div className="screen container narrow quiz-screen">
      <PageTitle title={`Quiz results · ${plan.scopeLabel}`} />
      <div className="screen-header">
        <p className="eyebrow">
          {MODE_LABELS[plan.mode]} results · {plan.scopeLabel}
        </p>
        <h1 ref={titleRef} tabIndex={-1}>
          You scored {percent}%
        </h1>
      </div>
      {finished.timedOut && (
        <p className="notice quiz-timeout" role="status">
          Time ran out, so the exam was submitted with the answers you had given.
        </p>
      )}
      <section className="panel panel-wide quiz-score-card" aria-labelledby="quiz-score-title">
        <h2 id="quiz-score-title" className="visually-hidden">
          Score
        </h2>
        <p className="quiz-score-figure">
          <span className="quiz-score-percent">{percent}%</span>
          <span className="quiz-score-points">{points}</span>
        </p>
        <ProgressBar label="Score" value={total.points} max={total.questions} valueText={points} />
        <dl className="quiz-score-facts">
          <div>
            <dt>Right</dt>
            <dd>
              {total.correct} of {total.questions}
            </dd>
          </div>
          <div>
            <dt>Answered</dt>
            <dd>
              {score.answered} of {total.questions}
            </dd>
          </div>
          <div>
            <dt>Time taken</dt>
            <dd>
              {formatDuration(timeTaken)}
              {record.timeLimitMs !== undefined && <span className="muted"> of {formatDuration(record.timeLimitMs)}</span>}
            </dd>
          </div>
        </dl>
        <div className="actions">
          {missed > 0 && (
            <button type="button" className="button button-primary" onClick={onRetryMissed}>
              Retry the ones I missed ({missed === 1 ? '1 card' : `${missed} cards`})
            </button>
          )}
          <button type="button" className="button" onClick={onRetake}>
            Retake this quiz
          </button>
          <button type="button" className="button button-quiet" onClick={onNewQuiz}>
            New quiz
          </button>
        </div>
      </section>
      <div className="quiz-breakdowns">
        <Breakdown title="By chapter" header="Chapter" rows={chapterRows(deck, score.byChapter)} />
        <Breakdown title="By kind of question" header="Question" rows={formatRows(score.byFormat)} />
      </div>
      <Mistakes deck={deck} finished={finished} />
      {children}
    </div>
  );
}
