// The shapes of quizzes as they are stored: a quiz in progress (its questions, answers, flags and deadline) and a
// finished quiz's results page. Checked like every other stored record before the store takes them, so a damaged
// one costs only itself. Objects keep fields these schemas do not name (`looseObject`), so a field a later version
// adds to a question survives being read by this one.
import * as v from 'valibot';
import { ALL_QUIZ_FORMATS } from '../../domain/quiz-types';

const finiteNumber = v.pipe(v.number(), v.finite());
const wholeNumber = v.pipe(v.number(), v.integer(), v.minValue(0));
const texts = v.array(v.string());
const format = v.picklist(ALL_QUIZ_FORMATS);
const grade = v.picklist([1, 2, 3, 4]);

export const StudyScopeSchema = v.variant('kind', [
  v.object({ kind: v.literal('deck') }),
  v.object({ kind: v.literal('chapter'), chapterId: v.string() }),
  v.object({ kind: v.literal('section'), sectionId: v.string() }),
  v.object({ kind: v.literal('cards'), cardIds: texts }),
]);

const questionBase = {
  id: v.string(),
  cardId: v.string(),
  chapterId: v.string(),
  sectionId: v.nullable(v.string()),
  prompt: v.string(),
  instruction: v.string(),
  source: v.looseObject({ file: v.string(), line: finiteNumber }),
  sectionPath: texts,
};

const knownTerms = v.array(v.looseObject({ text: v.string(), cardId: v.nullable(v.string()) }));

const QuestionSchema = v.variant('format', [
  v.looseObject({
    ...questionBase,
    format: v.literal('multiple-choice'),
    direction: v.picklist(['term-to-definition', 'definition-to-term']),
    options: v.array(v.looseObject({ text: v.string(), cardId: v.nullable(v.string()), belongsTo: v.nullable(v.string()) })),
    correctIndex: wholeNumber,
  }),
  v.looseObject({
    ...questionBase,
    format: v.literal('true-false'),
    statement: v.string(),
    isTrue: v.boolean(),
    shownCardId: v.string(),
    shownTerm: v.string(),
    rightDefinition: v.string(),
  }),
  v.looseObject({
    ...questionBase,
    format: v.literal('typed'),
    variant: v.picklist(['term', 'cloze', 'answer']),
    expected: v.string(),
    alternatives: texts,
    otherTerms: knownTerms,
  }),
  v.looseObject({ ...questionBase, format: v.literal('list-recall'), items: texts, otherTerms: knownTerms }),
  v.looseObject({
    ...questionBase,
    format: v.literal('matching'),
    pairs: v.array(v.looseObject({ cardId: v.string(), term: v.string(), definition: v.string(), chapterId: v.string() })),
    definitions: texts,
    answer: v.array(wholeNumber),
  }),
]);

const ResponseSchema = v.variant('format', [
  v.object({ format: v.literal('multiple-choice'), choice: v.nullable(wholeNumber) }),
  v.object({ format: v.literal('true-false'), value: v.nullable(v.boolean()) }),
  v.object({ format: v.literal('typed'), text: v.string() }),
  v.object({ format: v.literal('list-recall'), entries: texts }),
  v.object({ format: v.literal('matching'), matches: v.array(v.nullable(wholeNumber)) }),
]);

const ItemResultSchema = v.looseObject({
  expected: v.string(),
  given: v.nullable(v.string()),
  correct: v.boolean(),
  kind: v.picklist(['exact', 'variant', 'abbreviation', 'typo', 'key-words', 'other-term', 'repeat', 'wrong', 'empty']),
  explanation: v.string(),
  cardId: v.nullable(v.string()),
  chosenCardId: v.optional(v.nullable(v.string())),
});

const AnswerResultSchema = v.looseObject({
  questionId: v.string(),
  format,
  cardId: v.string(),
  chapterId: v.string(),
  answered: v.boolean(),
  correct: v.boolean(),
  score: finiteNumber,
  given: v.string(),
  rightAnswer: v.string(),
  explanation: v.string(),
  items: v.array(ItemResultSchema),
  extras: v.array(ItemResultSchema),
  chosenCardId: v.nullable(v.string()),
});

const QuizSchema = v.looseObject({
  id: v.string(),
  deckId: v.string(),
  seed: v.pipe(v.number(), v.integer()),
  scope: StudyScopeSchema,
  formats: v.array(format),
  requestedCount: wholeNumber,
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1)),
});

const QuizPlanSchema = v.object({
  scope: StudyScopeSchema,
  scopeLabel: v.string(),
  count: wholeNumber,
  formats: v.array(format),
  mode: v.picklist(['practice', 'exam']),
  seed: v.pipe(v.number(), v.integer()),
  practiceOnly: v.optional(v.boolean()),
});

const outcome = v.picklist(['graded', 'practice-only', 'new-card', 'suspended', 'graded-today', 'not-lapsed']);

export const RunningQuizSchema = v.pipe(
  v.object({
    plan: QuizPlanSchema,
    quiz: QuizSchema,
    startedAt: finiteNumber,
    deadline: v.nullable(finiteNumber),
    current: wholeNumber,
    responses: v.record(v.string(), ResponseSchema),
    flagged: texts,
    checked: v.record(v.string(), AnswerResultSchema),
    graded: v.record(v.string(), grade),
    timeSpent: v.record(v.string(), finiteNumber),
    shownAt: finiteNumber,
    outcomes: v.optional(v.record(v.string(), outcome)),
  }),
  v.check((running) => running.current < running.quiz.questions.length, 'the question on screen is not in the quiz'),
);

/** A deck's quiz in progress, or its end (`running: null`). */
export const QuizSessionSlotSchema = v.object({ changedAt: finiteNumber, running: v.nullable(RunningQuizSchema) });

const TallySchema = v.object({ questions: wholeNumber, correct: wholeNumber, points: finiteNumber, ratio: finiteNumber });

/** A finished quiz's results page (QuizResults in domain/quiz-record.ts). */
export const QuizResultsSchema = v.object({
  total: TallySchema,
  answered: wholeNumber,
  byChapter: v.record(v.string(), TallySchema),
  byFormat: v.record(format, TallySchema),
  mistakes: v.array(v.object({ number: v.pipe(wholeNumber, v.minValue(1)), question: QuestionSchema, result: AnswerResultSchema })),
  schedule: v.record(outcome, wholeNumber),
});
