// Grading one answer: right or wrong (or partial credit), with an explanation the learner reads.
import { matchAnswer, matchListEntries } from './quiz-answer-match';
import type {
  AnswerResult,
  ItemResult,
  ListRecallQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  Question,
  QuizResponse,
  TrueFalseQuestion,
  TypedQuestion,
} from './quiz-types';

type ResponseOf<F extends QuizResponse['format']> = Extract<QuizResponse, { format: F }>;

function resultBase(question: Question): Pick<AnswerResult, 'questionId' | 'format' | 'cardId' | 'chapterId' | 'items' | 'extras' | 'chosenCardId'> {
  return {
    questionId: question.id,
    format: question.format,
    cardId: question.cardId,
    chapterId: question.chapterId,
    items: [],
    extras: [],
    chosenCardId: null,
  };
}

function gradeMultipleChoice(question: MultipleChoiceQuestion, response: ResponseOf<'multiple-choice'> | null): AnswerResult {
  const right = question.options[question.correctIndex];
  const choice = response?.choice;
  const chosen = choice === null || choice === undefined ? undefined : question.options[choice];
  const base = { ...resultBase(question), rightAnswer: right.text };
  if (!chosen) return { ...base, answered: false, correct: false, score: 0, given: '', explanation: `No answer: the answer is ${right.text}` };
  const correct = choice === question.correctIndex;
  const explanation = correct
    ? 'Correct'
    : chosen.belongsTo
      ? `Not correct: that is the definition of ${chosen.belongsTo}`
      : `Not correct: the answer is ${right.text}`;
  return { ...base, answered: true, correct, score: correct ? 1 : 0, given: chosen.text, explanation, chosenCardId: correct ? null : chosen.cardId };
}

function gradeTrueFalse(question: TrueFalseQuestion, response: ResponseOf<'true-false'> | null): AnswerResult {
  const value = response?.value;
  const base = { ...resultBase(question), rightAnswer: question.isTrue ? 'True' : 'False' };
  const fact = question.isTrue ? `this is the definition of ${question.prompt}` : `that is the definition of ${question.shownTerm}`;
  if (value === null || value === undefined) return { ...base, answered: false, correct: false, score: 0, given: '', explanation: `No answer: ${fact}` };
  const correct = value === question.isTrue;
  // Saying "true" to another term's definition is the confusion worth recording.
  const chosenCardId = !correct && !question.isTrue ? question.shownCardId : null;
  return {
    ...base,
    answered: true,
    correct,
    score: correct ? 1 : 0,
    given: value ? 'True' : 'False',
    explanation: `${correct ? 'Correct' : 'Not correct'}: ${fact}`,
    chosenCardId,
  };
}

function gradeTyped(question: TypedQuestion, response: ResponseOf<'typed'> | null): AnswerResult {
  const given = response?.text ?? '';
  const verdict = matchAnswer(given, question.expected, { alternatives: question.alternatives, otherTerms: question.otherTerms });
  return {
    ...resultBase(question),
    answered: verdict.kind !== 'empty',
    correct: verdict.accepted,
    score: verdict.accepted ? 1 : 0,
    given: given.trim(),
    rightAnswer: question.expected,
    explanation: verdict.explanation,
    chosenCardId: verdict.otherTerm?.cardId ?? null,
  };
}

function listSummary(named: number, total: number, missing: readonly string[], wrong: readonly string[]): string {
  const parts = [`${named} of ${total} named`];
  if (missing.length > 0) parts.push(`missing: ${missing.join(', ')}`);
  if (wrong.length > 0) parts.push(`not in this list: ${wrong.join(', ')}`);
  return parts.join('; ');
}

/**
 * Partial credit item by item. Wrong entries (naming nothing in the list) count against the score,
 * so listing every term one knows does not earn full marks: score = named / (items + wrong entries).
 * Repeating an item already named costs nothing.
 */
function gradeListRecall(question: ListRecallQuestion, response: ResponseOf<'list-recall'> | null): AnswerResult {
  const entries = response?.entries ?? [];
  const match = matchListEntries(entries, question.items, question.otherTerms);
  const items: ItemResult[] = match.items.map((result, position) => ({
    expected: question.items[position],
    given: result.given,
    correct: result.verdict.accepted,
    kind: result.verdict.kind,
    explanation: result.verdict.accepted ? result.verdict.explanation : `Missing: ${question.items[position]}`,
    cardId: null,
  }));
  const extras: ItemResult[] = match.extras.map((extra) => ({
    expected: '',
    given: extra.given,
    correct: false,
    kind: extra.verdict.kind,
    explanation: extra.verdict.explanation,
    cardId: null,
    chosenCardId: extra.verdict.otherTerm?.cardId ?? null,
  }));
  const named = items.filter((item) => item.correct).length;
  const wrong = extras.filter((extra) => extra.kind !== 'repeat');
  const score = named / (question.items.length + wrong.length);
  const answered = entries.some((entry) => entry.trim().length > 0);
  const missing = items.filter((item) => !item.correct).map((item) => item.expected);
  return {
    ...resultBase(question),
    answered,
    correct: named === question.items.length && wrong.length === 0,
    score,
    given: entries
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0)
      .join(', '),
    rightAnswer: question.items.join(', '),
    explanation: answered
      ? listSummary(
          named,
          question.items.length,
          missing,
          wrong.map((extra) => extra.given ?? ''),
        )
      : `No answer: ${question.items.join(', ')}`,
    items,
    extras,
  };
}

function gradeMatching(question: MatchingQuestion, response: ResponseOf<'matching'> | null): AnswerResult {
  const matches = response?.matches ?? [];
  const items: ItemResult[] = question.pairs.map((pair, position) => {
    const chosen = matches[position];
    const base = { expected: pair.definition, cardId: pair.cardId };
    if (chosen === null || chosen === undefined || question.definitions[chosen] === undefined) {
      return { ...base, given: null, correct: false, kind: 'empty', explanation: `No answer: ${pair.term} is: ${pair.definition}` };
    }
    if (chosen === question.answer[position]) return { ...base, given: question.definitions[chosen], correct: true, kind: 'exact', explanation: 'Correct' };
    const owner = question.pairs[question.answer.indexOf(chosen)];
    return {
      ...base,
      given: question.definitions[chosen],
      correct: false,
      kind: 'wrong',
      explanation: `Not correct: that is the definition of ${owner?.term ?? 'another term'}`,
      chosenCardId: owner?.cardId ?? null,
    };
  });
  const right = items.filter((item) => item.correct).length;
  const answered = items.some((item) => item.given !== null);
  return {
    ...resultBase(question),
    answered,
    correct: right === items.length,
    score: right / items.length,
    given: `${right} of ${items.length} pairs right`,
    rightAnswer: question.pairs.map((pair) => `${pair.term} → ${pair.definition}`).join('; '),
    explanation: answered ? `${right} of ${items.length} pairs right` : 'No answer',
    items,
  };
}

/** Grades one answer; a missing response or one of another format counts as no answer. */
export function gradeAnswer(question: Question, response: QuizResponse | null | undefined): AnswerResult {
  const fitting = <F extends QuizResponse['format']>(format: F): ResponseOf<F> | null =>
    response && response.format === format ? (response as ResponseOf<F>) : null;
  switch (question.format) {
    case 'multiple-choice':
      return gradeMultipleChoice(question, fitting('multiple-choice'));
    case 'true-false':
      return gradeTrueFalse(question, fitting('true-false'));
    case 'typed':
      return gradeTyped(question, fitting('typed'));
    case 'list-recall':
      return gradeListRecall(question, fitting('list-recall'));
    case 'matching':
      return gradeMatching(question, fitting('matching'));
  }
}
