// A quiz from start to result, as plain data and pure steps. The quiz in progress is kept in the store (so Back, a
// reload or a closed tab resume it exactly); the screen calls these steps and gives the store the state and grades
// they return. Time comes in as `now` (an exam's deadline is a time, not a countdown), so every step is exact.
import type { Deck } from './deck';
import { Rating, type Grade } from './progress';
import { generateQuiz } from './quiz-generate';
import { gradeAnswer } from './quiz-grade';
import type { QuizMistakeRecord, QuizRecord, QuizResults } from './quiz-record';
import { evidenceOf, type CardGrade, type QuizGradeOutcome } from './quiz-schedule';
import { reviewGradesFor, scoreQuiz } from './quiz-score';
import { ALL_QUIZ_FORMATS, type AnswerResult, type Question, type Quiz, type QuizFormat, type QuizResponse, type QuizScore } from './quiz-types';
import type { StudyScope } from './study-scope';

export type QuizMode = 'practice' | 'exam';

/** What the learner chose on the set-up form, plus the seed that makes the questions. */
export interface QuizPlan {
  scope: StudyScope;
  scopeLabel: string;
  count: number;
  formats: QuizFormat[];
  mode: QuizMode;
  /** From the clock at start; the same seed (and deck) asks the same questions again. */
  seed: number;
  /** "Practice only — don't change my schedule": no answer grades a card. */
  practiceOnly?: boolean;
}

/** An exam allows a minute per question. */
export const EXAM_MS_PER_QUESTION = 60_000;

export interface RunningQuiz {
  plan: QuizPlan;
  quiz: Quiz;
  startedAt: number;
  /** Exam only: when the time runs out. */
  deadline: number | null;
  /** Index of the question on screen. */
  current: number;
  responses: Readonly<Record<string, QuizResponse>>;
  /** Exam: questions flagged to come back to, in the order flagged. */
  flagged: readonly string[];
  /** Practice: the questions checked so far, with their results (an answer is final once checked). */
  checked: Readonly<Record<string, AnswerResult>>;
  /** Practice: the grade each card has had from this quiz so far. */
  graded: Readonly<Record<string, Grade>>;
  /** Practice: what the quiz's grades did to each card's schedule so far (quiz-schedule.ts). */
  outcomes?: Readonly<Record<string, QuizGradeOutcome>>;
  /** Time spent on each question before the current visit, and when the current question was shown. */
  timeSpent: Readonly<Record<string, number>>;
  shownAt: number;
}

export interface FinishedQuiz {
  plan: QuizPlan;
  /** The questions scored: all of them, or in a practice quiz ended early, the ones answered. */
  quiz: Quiz;
  responses: Readonly<Record<string, QuizResponse>>;
  score: QuizScore;
  startedAt: number;
  finishedAt: number;
  timedOut: boolean;
  /** The history record, its results page included (its schedule summary is the store's to fill in). */
  record: QuizRecord;
  /** Exam: the grades to give now; a practice quiz gave them answer by answer. */
  grades: CardGrade[];
}

/** Builds the quiz for a plan, no question from a `leftOut` (suspended) card; null when it makes no question. */
export function startQuiz(deck: Deck, plan: QuizPlan, now: number, leftOut?: ReadonlySet<string>): RunningQuiz | null {
  const quiz = generateQuiz({
    deck,
    leftOut,
    scope: plan.scope,
    count: plan.count,
    formats: plan.formats,
    seed: plan.seed,
    // Unique per attempt, so a retake with the same seed is a record of its own.
    id: `quiz-${now.toString(36)}-${(plan.seed >>> 0).toString(36)}`,
  });
  return quiz.questions.length === 0 ? null : beginQuiz(plan, quiz, now);
}

/** A quiz of questions at hand, begun at `now`: at its first question, nothing answered, an exam's deadline set. */
export function beginQuiz(plan: QuizPlan, quiz: Quiz, now: number): RunningQuiz {
  return {
    plan,
    quiz,
    startedAt: now,
    deadline: plan.mode === 'exam' ? now + quiz.questions.length * EXAM_MS_PER_QUESTION : null,
    current: 0,
    responses: {},
    flagged: [],
    checked: {},
    graded: {},
    timeSpent: {},
    shownAt: now,
  };
}

export function currentQuestion(state: RunningQuiz): Question {
  return state.quiz.questions[state.current];
}

export function emptyResponse(question: Question): QuizResponse {
  switch (question.format) {
    case 'multiple-choice':
      return { format: 'multiple-choice', choice: null };
    case 'true-false':
      return { format: 'true-false', value: null };
    case 'typed':
      return { format: 'typed', text: '' };
    case 'list-recall':
      return { format: 'list-recall', entries: question.items.map(() => '') };
    case 'matching':
      return { format: 'matching', matches: question.pairs.map(() => null) };
  }
}

/** The learner's response to a question so far, or an empty one of its format. */
export function responseTo(state: Pick<RunningQuiz, 'responses'>, question: Question): QuizResponse {
  const response = state.responses[question.id];
  return response && response.format === question.format ? response : emptyResponse(question);
}

export function isAnswered(response: QuizResponse | undefined): boolean {
  if (!response) return false;
  switch (response.format) {
    case 'multiple-choice':
      return response.choice !== null;
    case 'true-false':
      return response.value !== null;
    case 'typed':
      return response.text.trim() !== '';
    case 'list-recall':
      return response.entries.some((entry) => entry.trim() !== '');
    case 'matching':
      return response.matches.some((match) => match !== null);
  }
}

/** How far the quiz is: questions answered (an exam) or checked (practice), of all. */
export function quizProgress(state: RunningQuiz): { done: number; total: number } {
  const { questions } = state.quiz;
  const done =
    state.plan.mode === 'exam'
      ? questions.filter((question) => isAnswered(state.responses[question.id])).length
      : questions.filter((question) => state.checked[question.id]).length;
  return { done, total: questions.length };
}

/** Numbers (1-based) of the questions with no answer. */
export function unansweredNumbers(state: RunningQuiz): number[] {
  return state.quiz.questions.flatMap((question, index) => (isAnswered(state.responses[question.id]) ? [] : [index + 1]));
}

export function withResponse(state: RunningQuiz, questionId: string, response: QuizResponse): RunningQuiz {
  if (state.checked[questionId]) return state;
  return { ...state, responses: { ...state.responses, [questionId]: response } };
}

const timeOn = (state: RunningQuiz, questionId: string, now: number): number => {
  const before = state.timeSpent[questionId] ?? 0;
  return currentQuestion(state).id === questionId ? before + Math.max(0, now - state.shownAt) : before;
};

/** Shows question `index` (clamped), counting the time spent on the one left. */
export function goTo(state: RunningQuiz, index: number, now: number): RunningQuiz {
  const target = Math.min(Math.max(0, index), state.quiz.questions.length - 1);
  if (target === state.current) return state;
  const leaving = currentQuestion(state).id;
  return { ...state, current: target, timeSpent: { ...state.timeSpent, [leaving]: timeOn(state, leaving, now) }, shownAt: now };
}

export function toggleFlag(state: RunningQuiz, questionId: string): RunningQuiz {
  const flagged = state.flagged.includes(questionId) ? state.flagged.filter((id) => id !== questionId) : [...state.flagged, questionId];
  return { ...state, flagged };
}

/**
 * Practice: grades the current answer and returns the grades to give its cards now. A card already graded by
 * this quiz is graded again only when the new grade is worse (as the exam keeps a card's worst grade).
 */
export function checkCurrent(state: RunningQuiz, now: number): { state: RunningQuiz; result: AnswerResult; grades: CardGrade[] } {
  const question = currentQuestion(state);
  const existing = state.checked[question.id];
  if (existing) return { state, result: existing, grades: [] };
  const result = gradeAnswer(question, responseTo(state, question));
  const durationMs = timeOn(state, question.id, now);
  const evidence = evidenceOf(question.format);
  const grades = reviewGradesFor(result)
    .filter(([cardId, grade]) => state.graded[cardId] === undefined || grade < state.graded[cardId])
    .map(([cardId, grade]) => ({ cardId, grade, durationMs, evidence }));
  const graded = { ...state.graded };
  for (const { cardId, grade } of grades) graded[cardId] = grade;
  return {
    state: {
      ...state,
      responses: { ...state.responses, [question.id]: responseTo(state, question) },
      checked: { ...state.checked, [question.id]: result },
      graded,
    },
    result,
    grades,
  };
}

/**
 * Exam: each card's worst grade (score.reviewGrades), with the time spent on the first question that tested it; when
 * a recall and a recognition question gave it that grade, the recall one is the evidence (quiz-schedule.ts).
 */
function examGrades(state: RunningQuiz, score: QuizScore, now: number): CardGrade[] {
  const durations = new Map<string, number>();
  const recalled = new Set<string>();
  state.quiz.questions.forEach((question, index) => {
    for (const [cardId, grade] of reviewGradesFor(score.results[index])) {
      if (!durations.has(cardId)) durations.set(cardId, timeOn(state, question.id, now));
      if (grade === score.reviewGrades[cardId] && evidenceOf(question.format) === 'recall') recalled.add(cardId);
    }
  });
  return Object.entries(score.reviewGrades).map(([cardId, grade]) => ({
    cardId,
    grade,
    durationMs: durations.get(cardId) ?? 0,
    evidence: recalled.has(cardId) ? 'recall' : 'recognition',
  }));
}

/** A question as the history keeps it: the deck's other names, there only to grade typed answers, are left out. */
function questionForTheRecord(question: Question): Question {
  return question.format === 'typed' || question.format === 'list-recall' ? { ...question, otherTerms: [] } : question;
}

/** The results page of a scored quiz, as the history keeps it (the schedule summary is filled in by the store). */
export function resultsOf(quiz: Quiz, score: QuizScore): QuizResults {
  const mistakes: QuizMistakeRecord[] = [];
  quiz.questions.forEach((question, index) => {
    const result = score.results[index];
    if (!result.correct) mistakes.push({ number: index + 1, question: questionForTheRecord(question), result });
  });
  return { total: score.total, answered: score.answered, byChapter: score.byChapter, byFormat: score.byFormat, mistakes, schedule: {} };
}

function recordOf(state: RunningQuiz, quiz: Quiz, score: QuizScore, finishedAt: number, timedOut: boolean): QuizRecord {
  const { plan } = state;
  const record: QuizRecord = {
    id: quiz.id,
    deckId: quiz.deckId,
    startedAt: state.startedAt,
    finishedAt,
    mode: plan.mode,
    questionCount: quiz.questions.length,
    score: score.total.points,
    // Below Good is a miss: a wrong answer, or a list named only in part.
    wrongCardIds: Object.entries(score.reviewGrades).flatMap(([cardId, grade]) => (grade < Rating.Good ? [cardId] : [])),
    confusions: Object.entries(score.confusions).map(([cardId, confusedWithCardId]) => ({ cardId, confusedWithCardId })),
    scopeLabel: plan.scopeLabel,
    scope: plan.scope,
    seed: plan.seed,
    formats: [...plan.formats],
    requestedCount: plan.count,
    results: resultsOf(quiz, score),
  };
  if (plan.practiceOnly) record.practiceOnly = true;
  if (state.deadline !== null) {
    record.timeLimitMs = state.deadline - state.startedAt;
    record.timedOut = timedOut;
  }
  return record;
}

/**
 * Ends the quiz: scores it, makes its history record and, for an exam, the grades to give. A practice quiz
 * ended early is scored on the questions answered; with none answered there is nothing to keep (null).
 */
export function finishQuiz(state: RunningQuiz, now: number, { timedOut = false }: { timedOut?: boolean } = {}): FinishedQuiz | null {
  const practice = state.plan.mode === 'practice';
  const questions = practice ? state.quiz.questions.filter((question) => state.checked[question.id]) : state.quiz.questions;
  if (questions.length === 0) return null;
  const quiz: Quiz = { ...state.quiz, questions };
  const score = scoreQuiz(quiz, state.responses);
  const finishedAt = state.deadline !== null && timedOut ? Math.min(now, state.deadline) : now;
  return {
    plan: state.plan,
    quiz,
    responses: state.responses,
    score,
    startedAt: state.startedAt,
    finishedAt,
    timedOut,
    record: recordOf(state, quiz, score, finishedAt, timedOut),
    grades: practice ? [] : examGrades(state, score, now),
  };
}

/** The plan a finished quiz was asked with (what a retake asks again); null for a record too old to say. */
export function planOf(record: QuizRecord): QuizPlan | null {
  const { scope, scopeLabel, seed, formats, requestedCount } = record;
  if (!scope || seed === undefined || !formats || requestedCount === undefined) return null;
  const plan: QuizPlan = { scope, scopeLabel: scopeLabel ?? 'Quiz', count: requestedCount, formats: [...formats], mode: record.mode, seed };
  if (record.practiceOnly) plan.practiceOnly = true;
  return plan;
}

/** A new plan over exactly the cards missed, same formats and mode (all formats for a record too old to say). */
export function retryMissedPlan(record: QuizRecord, seed: number): QuizPlan | null {
  const cardIds = record.wrongCardIds;
  if (cardIds.length === 0) return null;
  const plan: QuizPlan = {
    scope: { kind: 'cards', cardIds: [...cardIds] },
    scopeLabel: cardIds.length === 1 ? '1 missed card' : `${cardIds.length} missed cards`,
    count: cardIds.length,
    formats: [...(record.formats ?? ALL_QUIZ_FORMATS)],
    mode: record.mode,
    seed,
  };
  if (record.practiceOnly) plan.practiceOnly = true;
  return plan;
}
