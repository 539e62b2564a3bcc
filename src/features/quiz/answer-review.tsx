// What a graded answer means: right or wrong (or partly), why (the engine's explanation, e.g. a typo that was
// accepted), the learner's answer next to the right one, item by item for lists and matching, and where it is
// in the notes. Practice feedback and the results' review of mistakes both show it.
import { Link } from 'wouter';
import type { Deck } from '../../domain/deck';
import type { AnswerResult, ItemResult, Question } from '../../domain/quiz-types';
import { sourceLink } from './quiz-source';

export type VerdictKind = 'right' | 'partial' | 'wrong' | 'unanswered';

export function verdictOf(result: AnswerResult): VerdictKind {
  if (result.correct) return 'right';
  if (!result.answered) return 'unanswered';
  return result.score > 0 ? 'partial' : 'wrong';
}

const VERDICT_TEXT: Record<VerdictKind, string> = { right: 'Correct', partial: 'Partly right', wrong: 'Not correct', unanswered: 'Not answered' };

const VERDICT_MARKS: Record<VerdictKind, string> = { right: '✓', partial: '½', wrong: '✗', unanswered: '–' };

export const verdictText = (result: AnswerResult): string => VERDICT_TEXT[verdictOf(result)];

/**
 * The engine's explanation without the verdict it starts with ("Not correct: that is the definition of Scheduler"
 * → "That is the definition of Scheduler"); null when it would only repeat the verdict or the right answer.
 */
export function explanationOf(result: AnswerResult): string | null {
  const text = result.explanation.trim().replace(/^(Correct|Not correct|No answer)(:\s*|$)/, '');
  const itemByItem = result.format === 'list-recall' || result.format === 'matching';
  if (text === '' || /^the answer is\b/i.test(text) || (itemByItem && !result.answered)) return null;
  // A list's summary names the missing items, which the item list below shows anyway.
  const summary = result.format === 'list-recall' ? text.split(';')[0] : text;
  return summary[0].toUpperCase() + summary.slice(1);
}

function Mark({ correct }: { correct: boolean }) {
  return (
    <span className={correct ? 'quiz-mark is-right' : 'quiz-mark is-wrong'} aria-hidden="true">
      {correct ? '✓' : '✗'}
    </span>
  );
}

function ListItems({ result }: { result: AnswerResult }) {
  const wrong = result.extras.filter((extra) => extra.kind !== 'repeat');
  return (
    <>
      <ul className="quiz-item-results">
        {result.items.map((item, index) => (
          <li key={index}>
            <Mark correct={item.correct} />
            <span>
              <span className="visually-hidden">{item.correct ? 'Named: ' : 'Missing: '}</span>
              {item.expected}
              {item.correct && item.given && item.kind !== 'exact' && <span className="muted"> (you wrote “{item.given}”)</span>}
            </span>
          </li>
        ))}
      </ul>
      {wrong.length > 0 && (
        <p className="quiz-review-line">
          <span className="quiz-review-label">Not in this list:</span> {wrong.map((extra) => extra.given).join(', ')}
        </p>
      )}
    </>
  );
}

function MatchingItems({ question, items }: { question: Extract<Question, { format: 'matching' }>; items: ItemResult[] }) {
  return (
    <ul className="quiz-item-results">
      {question.pairs.map((pair, index) => {
        const item = items[index];
        const correct = item?.correct ?? false;
        return (
          <li key={pair.cardId}>
            <Mark correct={correct} />
            <span>
              <span className="visually-hidden">{correct ? 'Right: ' : 'Wrong: '}</span>
              <strong>{pair.term}</strong>: {pair.definition}
              {!correct && item?.given && <span className="quiz-review-given"> You chose: {item.given}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function AnswerLines({ question, result }: { question: Question; result: AnswerResult }) {
  switch (question.format) {
    case 'list-recall':
      return <ListItems result={result} />;
    case 'matching':
      return <MatchingItems question={question} items={result.items} />;
    case 'true-false':
      return (
        <>
          {!result.correct && (
            <p className="quiz-review-line">
              <span className="quiz-review-label">Right answer:</span> {result.rightAnswer}
            </p>
          )}
          <p className="quiz-review-line">
            <span className="quiz-review-label">{question.prompt}:</span> {question.rightDefinition}
          </p>
        </>
      );
    default:
      return (
        <>
          {result.answered && !result.correct && (
            <p className="quiz-review-line">
              <span className="quiz-review-label">Your answer:</span> {result.given}
            </p>
          )}
          <p className="quiz-review-line">
            <span className="quiz-review-label">{result.correct ? 'Answer:' : 'Right answer:'}</span> <strong>{result.rightAnswer}</strong>
          </p>
        </>
      );
  }
}

export function SourceLinkLine({ deck, question }: { deck: Deck; question: Question }) {
  const link = sourceLink(deck, question);
  if (!link) return null;
  return (
    <p className="quiz-source">
      <span className="quiz-review-label">See in notes:</span>{' '}
      <Link href={link.href} className="quiz-source-link">
        {link.label}
      </Link>
    </p>
  );
}

interface AnswerReviewProps {
  deck: Deck;
  question: Question;
  result: AnswerResult;
  /** Practice feedback leads with the verdict; the results list names it in its own heading. */
  showVerdict?: boolean;
}

export function AnswerReview({ deck, question, result, showVerdict = true }: AnswerReviewProps) {
  const verdict = verdictOf(result);
  const explanation = explanationOf(result);
  return (
    <div className={`quiz-review is-${verdict}`}>
      {showVerdict && (
        <p className="quiz-verdict">
          <span className={`quiz-mark is-${verdict}`} aria-hidden="true">
            {VERDICT_MARKS[verdict]}
          </span>
          <strong>{VERDICT_TEXT[verdict]}</strong>
        </p>
      )}
      {explanation && <p className="quiz-explanation">{explanation}</p>}
      <AnswerLines question={question} result={result} />
      <SourceLinkLine deck={deck} question={question} />
    </div>
  );
}
