// The screens around the cards: the summary after a session, "Nothing due", and the wait for a learning card.
import { useEffect, useState, type ReactNode, type Ref } from 'react';
import { Link } from 'wouter';
import type { Deck } from '../../domain/deck';
import type { Grade } from '../../domain/progress';
import type { QueueInput } from '../../domain/review-queue';
import type { StudyScope } from '../../domain/study-scope';
import { GRADES } from '../../domain/scheduler';
import { formatDuration } from '../../components/duration-text';
import { GRADE_LABELS } from '../../components/grade-labels';
import { paths } from '../../config/paths';
import type { NextAvailable, SessionSummary } from './review-session';
import { formatWhen, percent } from './review-text';
import { ScopeLinks } from './scope-links';

export const END_TITLE_ID = 'review-end-title';

function When({ at, now }: { at: number; now: number }) {
  const { relative, date } = formatWhen(at, now);
  return (
    <>
      {relative}
      {date && <span className="review-when-date"> · {date}</span>}
    </>
  );
}

function NextDueValue({ at, now }: { at: number; now: number }) {
  const { relative, date } = formatWhen(at, now);
  return (
    <>
      {relative}
      {date && <span className="summary-stat-note">{date}</span>}
    </>
  );
}

function nextText(next: NextAvailable | null, now: number) {
  if (!next) return <>Nothing is scheduled in this part.</>;
  return (
    <>
      Next card <When at={next.at} now={now} />
    </>
  );
}

function GradeMix({ byGrade }: { byGrade: Record<Grade, number> }) {
  return (
    <ul className="grade-mix" aria-label="Answers by grade">
      {GRADES.map((grade) => (
        <li key={grade} className={`grade-mix-item grade-${GRADE_LABELS[grade].toLowerCase()}`}>
          {GRADE_LABELS[grade]} <strong>{byGrade[grade]}</strong>
        </li>
      ))}
    </ul>
  );
}

interface EndProps {
  /** An undo button while the last answer can still be taken back. */
  undo: ReactNode;
  deck: Deck;
  scope: StudyScope;
  input: QueueInput;
  next: NextAvailable | null;
  titleRef: Ref<HTMLHeadingElement>;
}

interface SummaryProps extends EndProps {
  summary: SessionSummary;
  /** Cards still in today's queue (the learner ended early), or 0. */
  cardsLeft: number;
  onKeepGoing: () => void;
}

export function ReviewSummary({ undo, deck, scope, input, next, titleRef, summary, cardsLeft, onKeepGoing }: SummaryProps) {
  return (
    <section className="review-end" aria-labelledby={END_TITLE_ID}>
      <h2 id={END_TITLE_ID} ref={titleRef} tabIndex={-1}>
        {cardsLeft > 0 ? 'Session ended' : 'Session complete'}
      </h2>
      <p className="review-end-lead">
        {cardsLeft > 0 ? `${cardsLeft} more ${cardsLeft === 1 ? 'card is' : 'cards are'} due today.` : 'Every card due in this part is done for now.'}
      </p>
      <dl className="summary-stats">
        <div className="summary-stat">
          <dt>Cards reviewed</dt>
          <dd>{summary.cardsReviewed}</dd>
        </div>
        <div className="summary-stat">
          <dt>Again rate</dt>
          <dd>
            {summary.againRate === null ? '–' : percent(summary.againRate)}
            <span className="summary-stat-note">
              {summary.againCount} of {summary.answers} {summary.answers === 1 ? 'answer' : 'answers'}
            </span>
          </dd>
        </div>
        <div className="summary-stat">
          <dt>Time spent</dt>
          <dd>{formatDuration(summary.timeSpentMs)}</dd>
        </div>
        <div className="summary-stat">
          <dt>Next due</dt>
          <dd>{next ? <NextDueValue at={next.at} now={input.now} /> : 'nothing scheduled'}</dd>
        </div>
      </dl>
      <GradeMix byGrade={summary.byGrade} />
      <div className="actions">
        {cardsLeft > 0 && (
          <button type="button" className="button button-primary" onClick={onKeepGoing}>
            Keep reviewing
          </button>
        )}
        <Link href={paths.home.href()} className={cardsLeft > 0 ? 'button' : 'button button-primary'}>
          Back home
        </Link>
        {undo}
      </div>
      <ScopeLinks deck={deck} current={scope} input={input} />
    </section>
  );
}

interface NothingDueProps extends EndProps {
  /** New cards in scope wait for tomorrow because today's limit is used up. */
  newLimitReached: boolean;
  /** New cards the whole deck offers today, for a link when this part has none. */
  deckNewToday: number;
}

export function NothingDue({ undo, deck, scope, input, next, titleRef, newLimitReached, deckNewToday }: NothingDueProps) {
  return (
    <section className="review-end review-empty" aria-labelledby={END_TITLE_ID}>
      <h2 id={END_TITLE_ID} ref={titleRef} tabIndex={-1}>
        Nothing due
      </h2>
      <p className="review-end-lead">{nextText(next, input.now)}</p>
      {newLimitReached && (
        <p>
          Today’s {input.settings.newCardsPerDay} new cards are done. <Link href={paths.settings.href()}>Change the daily limit</Link>
        </p>
      )}
      <div className="actions">
        {scope.kind !== 'deck' && deckNewToday > 0 && (
          <Link href={paths.review.href()} className="button button-primary">
            Study new cards ({deckNewToday})
          </Link>
        )}
        <Link href={paths.quiz.href(scope)} className="button">
          Practise with a quiz
        </Link>
        <Link href={paths.home.href()} className="button">
          Back home
        </Link>
        {undo}
      </div>
      <ScopeLinks deck={deck} current={scope} input={input} />
    </section>
  );
}

/** Re-renders every `everyMs`, so a countdown stays current. */
function useTicking(clock: () => number, everyMs: number): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(clock()), everyMs);
    return () => window.clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}

interface WaitingProps {
  availableAt: number;
  clock: () => number;
  titleRef: Ref<HTMLHeadingElement>;
  onStudyNow: () => void;
  onEnd: () => void;
}

export function WaitingForCard({ availableAt, clock, titleRef, onStudyNow, onEnd }: WaitingProps) {
  const now = useTicking(clock, 15_000);
  const { relative } = formatWhen(availableAt, now);
  return (
    <section className="review-end review-waiting" aria-labelledby={END_TITLE_ID}>
      <h2 id={END_TITLE_ID} ref={titleRef} tabIndex={-1}>
        Next card {relative}
      </h2>
      <p className="review-end-lead">
        Only learning cards are left, and they come back after a short pause. Stay here and the next one appears on its own, or study it now.
      </p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onStudyNow}>
          Study it now
        </button>
        <button type="button" className="button" onClick={onEnd}>
          End session
        </button>
      </div>
    </section>
  );
}
