// The end of a quiz, as its history record keeps it (so a past quiz reopens exactly as it ended): score and time,
// retrying the missed cards, breakdowns by chapter and by kind of question, every mistake next to the right answer
// with its place in the notes, what the quiz did to the schedule, and the history of past quizzes.
import type { ReactNode, RefObject } from 'react';
import type { Deck } from '../../domain/deck';
import type { QuizRecord, QuizResults as StoredResults } from '../../domain/quiz-record';
import type { QuizFormat, ScoreTally } from '../../domain/quiz-types';
import { ALL_QUIZ_FORMATS } from '../../domain/quiz-types';
import { PageTitle } from '../../components/page-title';
import { ProgressBar } from '../../components/progress-bar';
import { formatDuration } from '../../components/duration-text';
import { AnswerReview } from './answer-review';
import { PromptText } from './question-view';
import { FORMAT_LABELS, formatPoints, MODE_LABELS, percentOf, scheduleText } from './quiz-text';

interface QuizResultsProps {
  deck: Deck;
  record: QuizRecord;
  onRetryMissed: () => void;
  /** Absent for a quiz too old to say how it was asked. */
  onRetake: (() => void) | null;
  onNewQuiz: () => void;
  titleRef: RefObject<HTMLHeadingElement | null>;
  /** Above the results: a question before a new quiz replaces the one in progress. */
  notice?: ReactNode;
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
      <table className="data-table quiz-table">
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

function Mistakes({ deck, results }: { deck: Deck; results: StoredResults }) {
  const { mistakes } = results;
  if (mistakes.length === 0) {
    return (
      <section className="quiz-mistakes-section" aria-labelledby="quiz-mistakes-title">
        <h2 id="quiz-mistakes-title">Mistakes</h2>
        <p className="quiz-all-right">No mistakes: every answer was right.</p>
      </section>
    );
  }
  return (
    <section className="quiz-mistakes-section" aria-labelledby="quiz-mistakes-title">
      <h2 id="quiz-mistakes-title">Review your mistakes ({mistakes.length})</h2>
      <ol className="quiz-mistakes">
        {mistakes.map(({ number, question, result }) => (
          <li key={question.id} className="quiz-mistake">
            <p className="quiz-question-meta">
              Question {number} · {FORMAT_LABELS[question.format]}
            </p>
            <h3 className="quiz-mistake-prompt">
              <PromptText text={question.prompt} />
            </h3>
            <AnswerReview deck={deck} question={question} result={result} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function ScheduleEffect({ record, results }: { record: QuizRecord; results: StoredResults }) {
  return (
    <section className="quiz-schedule-effect" aria-labelledby="quiz-schedule-title">
      <h2 id="quiz-schedule-title">Your review schedule</h2>
      {scheduleText(record, results.schedule).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}

/** The score of a record kept before its results page was: its points of its questions, nothing more known. */
function summaryTally(record: QuizRecord): ScoreTally {
  const ratio = record.questionCount === 0 ? 0 : record.score / record.questionCount;
  return { questions: record.questionCount, correct: Number.NaN, points: record.score, ratio };
}

export function QuizResults({ deck, record, onRetryMissed, onRetake, onNewQuiz, titleRef, notice, children }: QuizResultsProps) {
  const { results } = record;
  const scopeText = record.scopeLabel ?? 'Quiz';
  const total = results?.total ?? summaryTally(record);
  const percent = percentOf(total.points, total.questions);
  const points = `${formatPoints(total.points)} of ${total.questions} points`;
  const missed = record.wrongCardIds.length;
  const timeTaken = record.finishedAt - record.startedAt;
  return (
    <div className="screen container narrow quiz-screen">
      <PageTitle title={`Quiz results · ${scopeText}`} />
      <div className="screen-header">
        <p className="eyebrow">
          {MODE_LABELS[record.mode]} results · {scopeText}
        </p>
        <h1 ref={titleRef} tabIndex={-1}>
          You scored {percent}%
        </h1>
      </div>
      {notice}
      {record.timedOut && (
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
          {results && (
            <>
              <div>
                <dt>Right</dt>
                <dd>
                  {total.correct} of {total.questions}
                </dd>
              </div>
              <div>
                <dt>Answered</dt>
                <dd>
                  {results.answered} of {total.questions}
                </dd>
              </div>
            </>
          )}
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
          {onRetake && (
            <button type="button" className="button" onClick={onRetake}>
              Retake this quiz
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={onNewQuiz}>
            New quiz
          </button>
        </div>
      </section>
      {results ? (
        <>
          <div className="quiz-breakdowns">
            <Breakdown title="By chapter" header="Chapter" rows={chapterRows(deck, results.byChapter)} />
            <Breakdown title="By kind of question" header="Question" rows={formatRows(results.byFormat)} />
          </div>
          <Mistakes deck={deck} results={results} />
          <ScheduleEffect record={record} results={results} />
        </>
      ) : (
        <p className="notice quiz-no-details">
          The answers of this quiz are not kept: it was taken before results were saved, or it is one of your oldest quizzes. Its score and the cards you missed
          are.
        </p>
      )}
      {children}
    </div>
  );
}
