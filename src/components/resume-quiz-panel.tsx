// "Resume your quiz": the deck's quiz in progress, how far it is, the way back to it, and a way to discard it
// (asked first; grades it already gave stay). Home and the quiz set-up show it; nothing when there is none.
import { useId, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useStore } from 'zustand';
import { paths } from '../config/paths';
import { quizProgress, type RunningQuiz } from '../domain/quiz-session';
import { selectQuizSession } from '../store/study-selectors';
import { useStudyStore } from '../store/study-store-context';
import './resume-quiz-panel.css';

const MINUTE_MS = 60_000;

/** "Exam on Chapter 3: …: 2 of 10 answered, 7 min left." */
export function describeQuizInProgress(running: RunningQuiz, now: number): string {
  const { done, total } = quizProgress(running);
  const exam = running.plan.mode === 'exam';
  const what = `${exam ? 'Exam' : 'Practice quiz'} on ${running.plan.scopeLabel}: ${done} of ${total} ${exam ? 'answered' : 'done'}`;
  if (running.deadline === null) return `${what}.`;
  const left = running.deadline - now;
  return left > 0 ? `${what}, ${Math.ceil(left / MINUTE_MS)} min left.` : `${what}; the time is up, so resuming submits it.`;
}

interface ResumeQuizPanelProps {
  deckId: string;
  clock: () => number;
  /** What the panel says when it is the reason a quiz set-up is not the quiz itself. */
  lead?: string;
}

export function ResumeQuizPanel({ deckId, clock, lead }: ResumeQuizPanelProps) {
  const store = useStudyStore();
  const running = useStore(
    store,
    useMemo(() => selectQuizSession(deckId), [deckId]),
  );
  const [asking, setAsking] = useState(false);
  const discardRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  if (!running) return null;
  const keep = () => {
    setAsking(false);
    discardRef.current?.focus();
  };
  return (
    <section className="panel resume-quiz" aria-labelledby={titleId}>
      <h2 id={titleId} className="resume-quiz-title">
        Resume your quiz
      </h2>
      {lead && <p className="resume-quiz-lead">{lead}</p>}
      <p className="resume-quiz-state">{describeQuizInProgress(running, clock())}</p>
      <div className="actions resume-quiz-actions">
        <Link href={paths.quiz.href()} className="button button-primary">
          Resume quiz
        </Link>
        <button ref={discardRef} type="button" className="button button-quiet" aria-expanded={asking} onClick={() => setAsking(true)}>
          Discard it…
        </button>
      </div>
      {asking && (
        <div className="resume-quiz-confirm" role="group" aria-label="Discard the quiz in progress?">
          <p>Discard this quiz? Your answers so far are lost; the grades they already gave your cards stay.</p>
          <div className="actions">
            <button type="button" className="button button-danger" onClick={() => store.getState().discardQuizSession(deckId, clock())}>
              Discard quiz
            </button>
            {/* The safe choice takes focus first. */}
            <button type="button" className="button" onClick={keep} autoFocus>
              Keep it
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
