// A quiz in progress. Practice: answer, check (feedback read out), next; each answer grades its cards at once.
// Exam: a countdown, a question navigator, flags, back and forth, submit with a warning about unanswered
// questions; the timer submits when time runs out. Keyboard first (see quiz-keys.ts).
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Deck } from '../../domain/deck';
import type { QuizResponse } from '../../domain/quiz-types';
import { plural } from '../../components/card-counts';
import { Kbd } from '../../components/kbd';
import { PageTitle } from '../../components/page-title';
import { ProgressBar } from '../../components/progress-bar';
import { AnswerReview } from './answer-review';
import { ExamNavigator, FlagIcon } from './exam-navigator';
import { ExamTimer, LAST_MINUTE_MS } from './exam-timer';
import { QuestionView } from './question-view';
import { flagShortcut, quizKeyAction } from './quiz-keys';
import {
  checkCurrent,
  currentQuestion,
  emptyResponse,
  goTo,
  isAnswered,
  quizProgress,
  responseTo,
  toggleFlag,
  unansweredNumbers,
  withResponse,
  type RunningQuiz,
} from '../../domain/quiz-session';
import type { CardGrade } from '../../domain/quiz-schedule';
import { listNumbers, MODE_LABELS } from './quiz-text';

/** Calls `onTick` regularly until the returned function is called (an interval in the app; tests tick by hand). */
export type Ticker = (onTick: () => void) => () => void;

export const intervalTicker: Ticker = (onTick) => {
  // Twice a second, so the shown second never lags by a whole second.
  const id = setInterval(onTick, 500);
  return () => clearInterval(id);
};

interface QuizRunnerProps {
  deck: Deck;
  state: RunningQuiz;
  onChange: (next: RunningQuiz) => void;
  /** Practice: an answer checked, with the grades it earned (given now, as the quiz policy allows). */
  onCheck: (next: RunningQuiz, grades: CardGrade[]) => void;
  onFinish: (state: RunningQuiz, options: { timedOut: boolean }) => void;
  clock: () => number;
  ticker: Ticker;
}

interface Announcement {
  id: number;
  text: string;
}

function SubmitWarning({
  unanswered,
  flagged,
  onSubmit,
  onGo,
  onCancel,
  headingRef,
}: {
  unanswered: number[];
  flagged: number[];
  onSubmit: () => void;
  onGo: (index: number) => void;
  onCancel: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <section className="notice quiz-submit-warning" aria-labelledby="quiz-submit-warning-title">
      <h2 id="quiz-submit-warning-title" ref={headingRef} tabIndex={-1}>
        {unanswered.length === 1 ? '1 question has no answer' : `${unanswered.length} questions have no answer`}
      </h2>
      <p>
        {unanswered.length === 1 ? 'Question' : 'Questions'} {listNumbers(unanswered)} {unanswered.length === 1 ? 'has' : 'have'} no answer yet. Unanswered
        questions count as wrong.
        {flagged.length > 0 && ` You flagged ${flagged.length === 1 ? 'question' : 'questions'} ${listNumbers(flagged)} to come back to.`}
      </p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onSubmit}>
          Submit anyway
        </button>
        <button type="button" className="button" onClick={() => onGo(unanswered[0] - 1)}>
          Go to question {unanswered[0]}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Keep answering
        </button>
      </div>
    </section>
  );
}

export function QuizRunner({ deck, state, onChange, onCheck, onFinish, clock, ticker }: QuizRunnerProps) {
  const { plan, quiz } = state;
  const exam = plan.mode === 'exam';
  const question = currentQuestion(state);
  const response = responseTo(state, question);
  const result = state.checked[question.id] ?? null;
  const total = quiz.questions.length;
  const isLast = state.current === total - 1;

  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldRef = useRef<HTMLElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const warningRef = useRef<HTMLHeadingElement>(null);
  const finishing = useRef(false);
  const warnedLastMinute = useRef(false);

  const [announcement, setAnnouncement] = useState<Announcement>({ id: 0, text: '' });
  const announce = (text: string) => setAnnouncement((previous) => ({ id: previous.id + 1, text }));
  const [warningOpen, setWarningOpen] = useState(false);
  const [now, setNow] = useState(clock);

  const finish = (timedOut: boolean) => {
    if (finishing.current) return;
    finishing.current = true;
    onFinish(state, { timedOut });
  };

  // A new question: a practice text answer starts in its field; otherwise the prompt is read first.
  const { mode } = plan;
  const { format } = question;
  useEffect(() => {
    const startInField = mode === 'practice' && (format === 'typed' || format === 'list-recall');
    (startInField ? fieldRef.current : headingRef.current)?.focus();
  }, [question.id, mode, format]);

  useEffect(() => {
    if (warningOpen) warningRef.current?.focus();
  }, [warningOpen]);

  const onTick = useEffectEvent(() => {
    const at = clock();
    setNow(at);
    if (state.deadline === null) return;
    const remaining = state.deadline - at;
    if (remaining <= 0) finish(true);
    else if (remaining <= LAST_MINUTE_MS && !warnedLastMinute.current) {
      warnedLastMinute.current = true;
      announce('1 minute left');
    }
  });
  const { deadline } = state;
  useEffect(() => (deadline === null ? undefined : ticker(() => onTick())), [deadline, ticker]);

  const setResponse = (next: QuizResponse) => onChange(withResponse(state, question.id, next));

  const go = (index: number) => {
    setWarningOpen(false);
    onChange(goTo(state, index, clock()));
  };

  const check = (from: RunningQuiz) => {
    const checked = checkCurrent(from, clock());
    // The feedback below the question is a live region: it is read out when it appears.
    onCheck(checked.state, checked.grades);
  };

  const practiceAction = (override?: QuizResponse) => {
    if (result) {
      if (isLast) finish(false);
      else go(state.current + 1);
      return;
    }
    const from = override ? withResponse(state, question.id, override) : state;
    if (!isAnswered(responseTo(from, question))) {
      if (from !== state) onChange(from);
      announce('Answer first, or choose “I don’t know” to see the answer.');
      return;
    }
    check(from);
  };

  const examAction = (override?: QuizResponse) => {
    const from = override ? withResponse(state, question.id, override) : state;
    if (isLast) {
      if (from !== state) onChange(from);
      submitRef.current?.focus();
      return;
    }
    onChange(goTo(from, state.current + 1, clock()));
  };

  const onEnter = exam ? examAction : practiceAction;

  const submit = () => {
    if (unansweredNumbers(state).length > 0) setWarningOpen(true);
    else finish(false);
  };

  const flag = () => {
    const next = toggleFlag(state, question.id);
    onChange(next);
    announce(next.flagged.includes(question.id) ? `Question ${state.current + 1} flagged` : `Flag removed from question ${state.current + 1}`);
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || finishing.current) return;
    const optionCount = question.format === 'multiple-choice' ? question.options.length : 0;
    const action = quizKeyAction(event, { mode: plan.mode, format: question.format, optionCount });
    if (!action) return;
    event.preventDefault();
    switch (action.kind) {
      case 'choose':
        if (!result) setResponse({ format: 'multiple-choice', choice: action.index });
        return;
      case 'true-false':
        if (!result) setResponse({ format: 'true-false', value: action.value });
        return;
      case 'enter':
        return onEnter();
      case 'previous':
        return go(state.current - 1);
      case 'next':
        return go(state.current + 1);
      case 'flag':
        return flag();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const answeredCount = quizProgress(state).done;
  const flaggedNumbers = quiz.questions.flatMap((candidate, index) => (state.flagged.includes(candidate.id) ? [index + 1] : []));
  const isFlagged = state.flagged.includes(question.id);
  const remaining = state.deadline === null ? null : Math.max(0, state.deadline - now);
  const shortfall = quiz.questions.length < plan.count;

  return (
    <div className="screen container narrow quiz-screen">
      <PageTitle title={`${MODE_LABELS[plan.mode]} · ${plan.scopeLabel}`} />
      <div className="quiz-header">
        <div className="quiz-heading">
          <p className="eyebrow">{exam ? 'Exam' : 'Practice quiz'}</p>
          <h1>{plan.scopeLabel}</h1>
        </div>
        <div className="quiz-tools">
          {remaining !== null && <ExamTimer remainingMs={remaining} />}
          {exam ? (
            <button ref={isLast ? undefined : submitRef} type="button" className="button button-primary" onClick={submit}>
              Submit exam
            </button>
          ) : (
            <button type="button" className="button button-quiet" onClick={() => finish(false)}>
              End quiz
            </button>
          )}
        </div>
      </div>
      {shortfall && (
        <p className="quiz-shortfall muted">{plural(total, 'question')}: that is all this part of your notes makes with the chosen question types.</p>
      )}
      <ProgressBar
        label={exam ? 'Questions answered' : 'Questions done'}
        value={answeredCount}
        max={total}
        valueText={`${answeredCount} of ${total} ${exam ? 'answered' : 'done'}`}
      />
      {exam && (
        <ExamNavigator
          questions={quiz.questions}
          current={state.current}
          isAnswered={(candidate) => isAnswered(state.responses[candidate.id])}
          flagged={state.flagged}
          onGo={go}
        />
      )}

      <QuestionView
        key={question.id}
        question={question}
        number={state.current + 1}
        total={total}
        response={response}
        result={result}
        onChange={setResponse}
        onEnter={onEnter}
        headingRef={headingRef}
        fieldRef={fieldRef}
        aside={
          exam && (
            <button
              type="button"
              className={isFlagged ? 'quiz-flag-button is-flagged' : 'quiz-flag-button'}
              aria-pressed={isFlagged}
              aria-keyshortcuts={flagShortcut(question.format)}
              onClick={flag}
            >
              <FlagIcon /> Flag <Kbd>{flagShortcut(question.format)}</Kbd>
            </button>
          )
        }
      />

      {!exam && (
        <div className="quiz-feedback" role="status" aria-label="Answer feedback">
          {result && <AnswerReview deck={deck} question={question} result={result} />}
        </div>
      )}

      <div className="quiz-controls">
        {exam ? (
          <>
            <button type="button" className="button" onClick={() => go(state.current - 1)} disabled={state.current === 0} aria-keyshortcuts="ArrowLeft">
              <span aria-hidden="true">←</span> Previous
            </button>
            {isLast ? (
              <button ref={submitRef} type="button" className="button button-primary" onClick={submit}>
                Submit exam
              </button>
            ) : (
              <button type="button" className="button button-primary" onClick={() => go(state.current + 1)} aria-keyshortcuts="ArrowRight Enter">
                Next <span aria-hidden="true">→</span>
              </button>
            )}
          </>
        ) : (
          <>
            <button ref={actionRef} type="button" className="button button-primary" onClick={() => practiceAction()} aria-keyshortcuts="Enter">
              {!result ? 'Check answer' : isLast ? 'See results' : 'Next question'} <Kbd>Enter</Kbd>
            </button>
            {!result && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  check(withResponse(state, question.id, emptyResponse(question)));
                  // This button goes with the answer; focus stays on the way on.
                  actionRef.current?.focus();
                }}
              >
                I don’t know
              </button>
            )}
          </>
        )}
      </div>

      {exam && warningOpen && (
        <SubmitWarning
          unanswered={unansweredNumbers(state)}
          flagged={flaggedNumbers}
          onSubmit={() => finish(false)}
          onGo={go}
          onCancel={() => {
            setWarningOpen(false);
            headingRef.current?.focus();
          }}
          headingRef={warningRef}
        />
      )}

      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        <span key={announcement.id}>{announcement.text}</span>
      </div>
    </div>
  );
}
