// The quiz set-up: what to quiz on, how many questions (5–50), which kinds of question, practice or exam, and
// whether the answers may change the schedule.
import { useId, useMemo, useState } from 'react';
import type { FormEvent, ReactNode, RefObject } from 'react';
import type { Deck } from '../../domain/deck';
import { ALL_QUIZ_FORMATS, MAX_QUIZ_QUESTIONS, MIN_QUIZ_QUESTIONS, type QuizFormat } from '../../domain/quiz-types';
import { plural } from '../../components/card-counts';
import { scopeLabel } from '../../components/scope-label';
import { cardsInScope, scopeKey } from '../../domain/study-scope';
import { EXAM_MS_PER_QUESTION, type QuizMode, type QuizPlan } from '../../domain/quiz-session';
import { scopeChoices, type ScopeGroup } from './quiz-scope-choices';
import { FORMAT_DESCRIPTIONS, FORMAT_LABELS } from './quiz-text';

export const DEFAULT_QUESTION_COUNT = 10;

/** The form's choices; the seed is added when the quiz starts. */
export type QuizChoices = Omit<QuizPlan, 'seed'>;

interface QuizSetupProps {
  deck: Deck;
  /** The choices to start from: the link's scope, or the last quiz's choices. */
  initial: Pick<QuizChoices, 'scope'> & Partial<QuizChoices>;
  /** The link named a chapter, section or cards the deck no longer has. */
  linkNotFound: boolean;
  /** Why the last start failed (no question could be made), if it did. */
  problem: string | null;
  onStart: (choices: QuizChoices) => void;
  titleRef: RefObject<HTMLHeadingElement | null>;
  /** Above the form: the quiz in progress, offered back. */
  notice?: ReactNode;
  /** Beside the start button: the question asked before a new quiz replaces the one in progress. */
  confirm?: ReactNode;
  /** Below the form: the history of past quizzes. */
  children?: ReactNode;
}

function findOption(groups: readonly ScopeGroup[], key: string) {
  for (const group of groups) for (const option of group.options) if (option.key === key) return option;
  return null;
}

const MODES: { value: QuizMode; title: string; description: string }[] = [
  { value: 'practice', title: 'Practice', description: 'See right or wrong, the answer and its place in your notes after each question.' },
  {
    value: 'exam',
    title: 'Exam',
    description: `Timed, ${EXAM_MS_PER_QUESTION / 60_000} minute per question. Flag questions, go back and forth; results at the end.`,
  },
];

export function QuizSetup({ deck, initial, linkNotFound, problem, onStart, titleRef, notice, confirm, children }: QuizSetupProps) {
  const ids = useId();
  const groups = useMemo(() => scopeChoices(deck, initial.scope), [deck, initial.scope]);
  const [scope, setScope] = useState(() => (findOption(groups, scopeKey(initial.scope)) ?? groups[0].options[0]).key);
  const [countText, setCountText] = useState(String(initial.count ?? DEFAULT_QUESTION_COUNT));
  const [formats, setFormats] = useState<QuizFormat[]>(() => [...(initial.formats ?? ALL_QUIZ_FORMATS)]);
  const [mode, setMode] = useState<QuizMode>(initial.mode ?? 'practice');
  const [practiceOnly, setPracticeOnly] = useState(initial.practiceOnly ?? false);
  const [errors, setErrors] = useState<{ count?: string; formats?: string }>({});

  const chosen = findOption(groups, scope) ?? groups[0].options[0];
  const cardCount = cardsInScope(deck, chosen.scope).length;

  const toggleFormat = (format: QuizFormat, on: boolean) => {
    setFormats((current) => ALL_QUIZ_FORMATS.filter((candidate) => (candidate === format ? on : current.includes(candidate))));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const count = Number(countText.trim());
    const next: typeof errors = {};
    if (!Number.isInteger(count) || count < MIN_QUIZ_QUESTIONS || count > MAX_QUIZ_QUESTIONS) {
      next.count = `Choose a whole number from ${MIN_QUIZ_QUESTIONS} to ${MAX_QUIZ_QUESTIONS}.`;
    }
    if (formats.length === 0) next.formats = 'Choose at least one type of question.';
    setErrors(next);
    if (next.count) document.getElementById(`${ids}-count`)?.focus();
    else if (next.formats) document.getElementById(`${ids}-format-${ALL_QUIZ_FORMATS[0]}`)?.focus();
    if (next.count || next.formats) return;
    const choices: QuizChoices = { scope: chosen.scope, scopeLabel: scopeLabel(deck, chosen.scope) ?? chosen.label, count, formats, mode };
    onStart(practiceOnly ? { ...choices, practiceOnly } : choices);
  };

  return (
    <div className="screen container narrow quiz-screen">
      <div className="screen-header">
        <p className="eyebrow">Quiz</p>
        <h1 ref={titleRef} tabIndex={-1}>
          Quiz yourself
        </h1>
        <p className="lead">
          Questions made from your notes. Answers about cards you have studied count towards your review schedule, at most once a day; new cards stay new.
        </p>
      </div>
      {notice}
      {linkNotFound && (
        <p className="notice quiz-setup-notice" role="status">
          That link points to a part of your notes that is no longer there; it may have been renamed. Choose what to quiz on below.
        </p>
      )}
      <form className="panel panel-wide quiz-setup" onSubmit={submit} noValidate aria-labelledby={`${ids}-form-title`}>
        <h2 id={`${ids}-form-title`} className="visually-hidden">
          Set up a quiz
        </h2>
        <div className="quiz-setup-field">
          <label htmlFor={`${ids}-scope`} className="quiz-setup-label">
            Quiz on
          </label>
          <select
            id={`${ids}-scope`}
            className="field-input field-input-soft quiz-select"
            value={scope}
            onChange={(event) => setScope(event.target.value)}
            aria-describedby={`${ids}-scope-hint`}
          >
            {groups.map((group, index) =>
              group.label === null ? (
                group.options.map((option) => (
                  <option key={option.key} value={option.key}>
                    {option.label}
                  </option>
                ))
              ) : (
                <optgroup key={index} label={group.label}>
                  {group.options.map((option) => (
                    <option key={option.key} value={option.key}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </select>
          <p id={`${ids}-scope-hint`} className="small-note">
            {plural(cardCount, 'card')} in this part of your notes
          </p>
        </div>

        <div className="quiz-setup-field">
          <label htmlFor={`${ids}-count`} className="quiz-setup-label">
            Number of questions
          </label>
          <input
            id={`${ids}-count`}
            className="field-input field-input-soft quiz-input quiz-count"
            type="number"
            inputMode="numeric"
            min={MIN_QUIZ_QUESTIONS}
            max={MAX_QUIZ_QUESTIONS}
            step={1}
            value={countText}
            onChange={(event) => setCountText(event.target.value)}
            aria-invalid={errors.count ? true : undefined}
            aria-describedby={`${ids}-count-hint`}
          />
          <p id={`${ids}-count-hint`} className={errors.count ? 'small-note quiz-setup-hint is-error' : 'small-note'}>
            {errors.count ?? `From ${MIN_QUIZ_QUESTIONS} to ${MAX_QUIZ_QUESTIONS}.`}
          </p>
        </div>

        <fieldset className="quiz-setup-field quiz-setup-group" aria-describedby={errors.formats ? `${ids}-formats-error` : undefined}>
          <legend className="quiz-setup-label">Types of question</legend>
          {errors.formats && (
            <p id={`${ids}-formats-error`} className="small-note quiz-setup-hint is-error">
              {errors.formats}
            </p>
          )}
          <ul className="quiz-setup-options">
            {ALL_QUIZ_FORMATS.map((format) => (
              <li key={format}>
                <label className="quiz-setup-option" htmlFor={`${ids}-format-${format}`}>
                  <input
                    id={`${ids}-format-${format}`}
                    type="checkbox"
                    checked={formats.includes(format)}
                    onChange={(event) => toggleFormat(format, event.target.checked)}
                    aria-describedby={`${ids}-format-${format}-hint`}
                  />
                  <span className="quiz-setup-option-text">
                    <span className="quiz-setup-option-title">{FORMAT_LABELS[format]}</span>
                    <span id={`${ids}-format-${format}-hint`} className="quiz-setup-option-hint">
                      {FORMAT_DESCRIPTIONS[format]}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset className="quiz-setup-field quiz-setup-group">
          <legend className="quiz-setup-label">Mode</legend>
          <ul className="quiz-setup-options is-modes">
            {MODES.map((option) => (
              <li key={option.value}>
                <label className="quiz-setup-option" htmlFor={`${ids}-mode-${option.value}`}>
                  <input
                    id={`${ids}-mode-${option.value}`}
                    type="radio"
                    name={`${ids}-mode`}
                    value={option.value}
                    checked={mode === option.value}
                    onChange={() => setMode(option.value)}
                    aria-describedby={`${ids}-mode-${option.value}-hint`}
                  />
                  <span className="quiz-setup-option-text">
                    <span className="quiz-setup-option-title">{option.title}</span>
                    <span id={`${ids}-mode-${option.value}-hint`} className="quiz-setup-option-hint">
                      {option.description}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <div className="quiz-setup-field">
          <label className="quiz-setup-option quiz-practice-only" htmlFor={`${ids}-practice-only`}>
            <input
              id={`${ids}-practice-only`}
              type="checkbox"
              checked={practiceOnly}
              onChange={(event) => setPracticeOnly(event.target.checked)}
              aria-describedby={`${ids}-practice-only-hint`}
            />
            <span className="quiz-setup-option-text">
              <span className="quiz-setup-option-title">Practice only — don’t change my schedule</span>
              <span id={`${ids}-practice-only-hint`} className="quiz-setup-option-hint">
                Answers are scored and kept in your quiz history, but no card’s review schedule changes.
              </span>
            </span>
          </label>
        </div>

        {problem && (
          <p className="notice quiz-setup-notice" role="alert">
            {problem}
          </p>
        )}
        {confirm}
        <div className="actions">
          <button type="submit" className="button button-primary quiz-start">
            Start {mode === 'exam' ? 'exam' : 'quiz'}
          </button>
        </div>
      </form>
      {children}
    </div>
  );
}
