// One question and the controls to answer it, by format: options (buttons with aria-pressed, so the arrow keys
// stay free for moving between exam questions), true/false, a text field, one field per list item, or one
// select per term. Once a practice answer is checked, the controls show what was right and no longer change.
import { useId } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import type {
  AnswerResult,
  ListRecallQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  Question,
  QuizResponse,
  TrueFalseQuestion,
  TypedQuestion,
} from '../../domain/quiz-types';
import { Kbd } from '../../components/kbd';
import { FORMAT_LABELS, optionLetter } from './quiz-text';

type ResponseOf<F extends QuizResponse['format']> = Extract<QuizResponse, { format: F }>;

interface CommonControlsProps {
  result: AnswerResult | null;
  onChange: (response: QuizResponse) => void;
  /** Enter: check the answer or move on; with the response when the same key also chose it. */
  onEnter: (response?: QuizResponse) => void;
  /** The first text field or select, for focus. */
  fieldRef: RefObject<HTMLElement | null>;
  /** Escape leaves a text field for the question's heading, so the quiz keys work again. */
  onEscape: () => void;
  labelledBy: string;
}

type ControlsProps<Q extends Question> = CommonControlsProps & { question: Q; response: ResponseOf<Q['format']> };

const BLANK = '[…]';

/** A prompt with the blanks of a cloze or masked definition drawn as blanks and read as "blank". */
export function PromptText({ text }: { text: string }) {
  const parts = text.split(BLANK);
  return parts.map((part, index) => (
    <span key={index}>
      {part}
      {index < parts.length - 1 && (
        <span className="quiz-blank">
          <span aria-hidden="true">{BLANK}</span>
          <span className="visually-hidden">blank</span>
        </span>
      )}
    </span>
  ));
}

/** Enter on a choice button chooses it and checks (or moves on) at once; Space only chooses. */
function enterChooses(event: KeyboardEvent, locked: boolean, onEnter: (response?: QuizResponse) => void, response: QuizResponse) {
  if (event.key !== 'Enter' || event.repeat) return;
  event.preventDefault();
  onEnter(locked ? undefined : response);
}

type Verdict = 'right' | 'wrong' | null;

function ChoiceButton({
  letter,
  shortcuts,
  pressed,
  locked,
  verdict,
  onChoose,
  onKeyDown,
  children,
}: {
  letter: string;
  shortcuts: string | undefined;
  pressed: boolean;
  locked: boolean;
  verdict: Verdict;
  onChoose: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  children: ReactNode;
}) {
  const classes = ['quiz-choice', pressed ? 'is-chosen' : '', verdict ? `is-${verdict}` : ''].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={classes}
      aria-pressed={pressed}
      aria-disabled={locked || undefined}
      aria-keyshortcuts={shortcuts}
      onClick={() => {
        if (!locked) onChoose();
      }}
      onKeyDown={onKeyDown}
    >
      <span className="quiz-choice-key" aria-hidden="true">
        {letter}
      </span>
      <span className="quiz-choice-text">{children}</span>
      {verdict === 'right' && <span className="quiz-choice-mark">{pressed ? 'Your answer, right' : 'Right answer'}</span>}
      {verdict === 'wrong' && <span className="quiz-choice-mark">Your answer</span>}
    </button>
  );
}

function MultipleChoiceControls({ question, response, result, onChange, onEnter, labelledBy }: ControlsProps<MultipleChoiceQuestion>) {
  const locked = result !== null;
  return (
    <div role="group" aria-labelledby={labelledBy} className="quiz-choices">
      {question.options.map((option, index) => {
        const pressed = response.choice === index;
        const verdict: Verdict = !locked ? null : index === question.correctIndex ? 'right' : pressed ? 'wrong' : null;
        const next: QuizResponse = { format: 'multiple-choice', choice: index };
        return (
          <ChoiceButton
            key={index}
            letter={optionLetter(index)}
            shortcuts={index < 4 ? `${index + 1} ${optionLetter(index)}` : undefined}
            pressed={pressed}
            locked={locked}
            verdict={verdict}
            onChoose={() => onChange({ format: 'multiple-choice', choice: index })}
            onKeyDown={(event) => enterChooses(event, locked, onEnter, next)}
          >
            <PromptText text={option.text} />
          </ChoiceButton>
        );
      })}
    </div>
  );
}

function TrueFalseControls({ question, response, result, onChange, onEnter, labelledBy }: ControlsProps<TrueFalseQuestion>) {
  const locked = result !== null;
  return (
    <>
      <blockquote className="quiz-statement">
        <p>
          <PromptText text={question.statement} />
        </p>
      </blockquote>
      <div role="group" aria-labelledby={labelledBy} className="quiz-choices is-true-false">
        {([true, false] as const).map((value) => {
          const pressed = response.value === value;
          const verdict: Verdict = !locked ? null : value === question.isTrue ? 'right' : pressed ? 'wrong' : null;
          const letter = value ? 'T' : 'F';
          return (
            <ChoiceButton
              key={letter}
              letter={letter}
              shortcuts={letter}
              pressed={pressed}
              locked={locked}
              verdict={verdict}
              onChoose={() => onChange({ format: 'true-false', value })}
              onKeyDown={(event) => enterChooses(event, locked, onEnter, { format: 'true-false', value })}
            >
              {value ? 'True' : 'False'}
            </ChoiceButton>
          );
        })}
      </div>
    </>
  );
}

/** Text fields: no autocorrect or capitals, which would change an answer the learner typed. */
const TEXT_FIELD_PROPS = { type: 'text', autoComplete: 'off', autoCorrect: 'off', autoCapitalize: 'off', spellCheck: false } as const;

const TYPED_LABELS: Record<TypedQuestion['variant'], string> = { term: 'Your answer', cloze: 'The hidden part', answer: 'Your answer' };

function TypedControls({ question, response, result, onChange, onEnter, fieldRef, onEscape }: ControlsProps<TypedQuestion>) {
  const id = useId();
  const locked = result !== null;
  const verdictClass = result ? (result.correct ? ' is-right' : ' is-wrong') : '';
  return (
    <form
      className="quiz-typed"
      onSubmit={(event) => {
        event.preventDefault();
        onEnter();
      }}
    >
      <label htmlFor={id} className="quiz-field-label">
        {TYPED_LABELS[question.variant]}
      </label>
      <input
        {...TEXT_FIELD_PROPS}
        ref={fieldRef as RefObject<HTMLInputElement | null>}
        id={id}
        className={`field-input field-input-soft quiz-input${verdictClass}`}
        value={response.text}
        readOnly={locked}
        enterKeyHint={locked ? 'next' : 'done'}
        onChange={(event) => onChange({ format: 'typed', text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onEscape();
        }}
      />
    </form>
  );
}

function ListRecallControls({ question, response, result, onChange, onEnter, fieldRef, onEscape, labelledBy }: ControlsProps<ListRecallQuestion>) {
  const baseId = useId();
  const locked = result !== null;
  const entries = question.items.map((_, index) => response.entries[index] ?? '');
  const fieldId = (index: number) => `${baseId}-${index}`;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    if (event.key === 'Escape') return onEscape();
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    // Enter in a filled field goes on to the next one; in an empty or the last field, the list is done.
    const next = document.getElementById(fieldId(index + 1));
    if (!locked && entries[index].trim() !== '' && next) next.focus();
    else onEnter();
  };
  return (
    <fieldset className="quiz-list" aria-labelledby={labelledBy}>
      <ol className="quiz-list-fields">
        {entries.map((entry, index) => {
          const item = result?.items.find((candidate) => candidate.given !== null && candidate.given.trim() === entry.trim() && entry.trim() !== '');
          const verdictClass = !result || entry.trim() === '' ? '' : item?.correct ? ' is-right' : ' is-wrong';
          return (
            <li key={index}>
              <label htmlFor={fieldId(index)} className="visually-hidden">
                Item {index + 1} of {entries.length}
              </label>
              <input
                {...TEXT_FIELD_PROPS}
                ref={index === 0 ? (fieldRef as RefObject<HTMLInputElement | null>) : undefined}
                id={fieldId(index)}
                className={`field-input field-input-soft quiz-input${verdictClass}`}
                value={entry}
                readOnly={locked}
                placeholder={`Item ${index + 1}`}
                enterKeyHint={index === entries.length - 1 || locked ? 'done' : 'next'}
                onChange={(event) =>
                  onChange({ format: 'list-recall', entries: entries.map((old, position) => (position === index ? event.target.value : old)) })
                }
                onKeyDown={(event) => onKeyDown(event, index)}
              />
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

const SHORT_OPTION = 80;
const shorten = (text: string) => (text.length <= SHORT_OPTION ? text : `${text.slice(0, SHORT_OPTION - 1).trimEnd()}…`);

function MatchingControls({ question, response, result, onChange, fieldRef, labelledBy }: ControlsProps<MatchingQuestion>) {
  const baseId = useId();
  const locked = result !== null;
  const matches = question.pairs.map((_, index) => response.matches[index] ?? null);
  return (
    <div className="quiz-matching">
      <h3 className="quiz-subheading" id={`${baseId}-definitions`}>
        Definitions
      </h3>
      <ol className="quiz-definitions" aria-labelledby={`${baseId}-definitions`}>
        {question.definitions.map((definition, index) => (
          <li key={index}>
            <span className="quiz-choice-key" aria-hidden="true">
              {optionLetter(index)}
            </span>
            <span className="visually-hidden">{optionLetter(index)}: </span>
            <span className="quiz-definition-text">
              <PromptText text={definition} />
            </span>
          </li>
        ))}
      </ol>
      <fieldset className="quiz-terms" aria-labelledby={labelledBy}>
        {question.pairs.map((pair, index) => {
          const id = `${baseId}-term-${index}`;
          const item = result?.items[index];
          const rightLetter = optionLetter(question.answer[index]);
          return (
            <div key={pair.cardId} className={`quiz-term${item ? (item.correct ? ' is-right' : ' is-wrong') : ''}`}>
              <label htmlFor={id} className="quiz-term-name">
                {pair.term}
              </label>
              <select
                ref={index === 0 ? (fieldRef as RefObject<HTMLSelectElement | null>) : undefined}
                id={id}
                className="field-input field-input-soft quiz-select"
                value={matches[index] === null ? '' : String(matches[index])}
                disabled={locked}
                aria-describedby={item ? `${id}-verdict` : undefined}
                onChange={(event) => {
                  const value = event.target.value === '' ? null : Number(event.target.value);
                  onChange({ format: 'matching', matches: matches.map((old, position) => (position === index ? value : old)) });
                }}
              >
                <option value="">Choose a definition</option>
                {question.definitions.map((definition, position) => (
                  <option key={position} value={position}>
                    {optionLetter(position)}. {shorten(definition)}
                  </option>
                ))}
              </select>
              {item && (
                <p id={`${id}-verdict`} className="quiz-term-verdict">
                  {item.correct ? 'Right' : `Not right: ${rightLetter}`}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export interface QuestionViewProps {
  question: Question;
  number: number;
  total: number;
  response: QuizResponse;
  result: AnswerResult | null;
  onChange: (response: QuizResponse) => void;
  onEnter: (response?: QuizResponse) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  fieldRef: RefObject<HTMLElement | null>;
  /** Beside the question's number (the exam's flag toggle). */
  aside?: ReactNode;
}

function Controls({ question, response, ...common }: CommonControlsProps & { question: Question; response: QuizResponse }) {
  switch (question.format) {
    case 'multiple-choice':
      return response.format === question.format ? <MultipleChoiceControls {...common} question={question} response={response} /> : null;
    case 'true-false':
      return response.format === question.format ? <TrueFalseControls {...common} question={question} response={response} /> : null;
    case 'typed':
      return response.format === question.format ? <TypedControls {...common} question={question} response={response} /> : null;
    case 'list-recall':
      return response.format === question.format ? <ListRecallControls {...common} question={question} response={response} /> : null;
    case 'matching':
      return response.format === question.format ? <MatchingControls {...common} question={question} response={response} /> : null;
  }
}

export function QuestionView({ question, number, total, response, result, onChange, onEnter, headingRef, fieldRef, aside }: QuestionViewProps) {
  const baseId = useId();
  const promptId = `${baseId}-prompt`;
  const instructionId = `${baseId}-instruction`;
  const shortcutHint =
    question.format === 'multiple-choice' ? (
      <>
        <Kbd>1</Kbd>–<Kbd>4</Kbd> or <Kbd>A</Kbd>–<Kbd>D</Kbd> to choose
      </>
    ) : question.format === 'true-false' ? (
      <>
        <Kbd>T</Kbd> or <Kbd>F</Kbd> to answer
      </>
    ) : null;
  return (
    <section className="panel panel-wide quiz-question" aria-labelledby={promptId}>
      <div className="quiz-question-top">
        <p className="quiz-question-meta">
          <span>
            Question {number} of {total}
          </span>
          <span aria-hidden="true">·</span>
          <span>{FORMAT_LABELS[question.format]}</span>
        </p>
        {aside}
      </div>
      <h2 id={promptId} ref={headingRef} tabIndex={-1} className={question.prompt.length > 90 ? 'quiz-prompt is-long' : 'quiz-prompt'}>
        <PromptText text={question.prompt} />
      </h2>
      <p id={instructionId} className="quiz-instruction">
        {question.instruction}
        {shortcutHint && (
          <span className="quiz-shortcut-hint" aria-hidden="true">
            {' '}
            ({shortcutHint})
          </span>
        )}
      </p>
      <Controls
        question={question}
        response={response}
        result={result}
        onChange={onChange}
        onEnter={onEnter}
        fieldRef={fieldRef}
        onEscape={() => headingRef.current?.focus()}
        labelledBy={`${promptId} ${instructionId}`}
      />
    </section>
  );
}
