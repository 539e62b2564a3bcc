// Scoring a whole quiz: totals, breakdowns, mistakes to review, and what the answers mean for the schedule.
import { Rating, type Grade } from './progress';
import { gradeAnswer } from './quiz-grade';
import type { AnswerResult, Question, Quiz, QuizMistake, QuizResponse, QuizScore, ScoreTally } from './quiz-types';

/** List recall is partial: at least this share named (see gradeAnswer's list score) is Good… */
export const LIST_RECALL_GOOD_SCORE = 0.8;
/** …at least this share is Hard (remembered with gaps), below it Again. */
export const LIST_RECALL_HARD_SCORE = 0.5;

/** Grades for the schedule: a wrong (or unanswered) question is Again for its card, a right one Good; matching grades each pair's card. */
export function reviewGradesFor(result: AnswerResult): [cardId: string, grade: Grade][] {
  switch (result.format) {
    case 'matching':
      return result.items.flatMap((item) => (item.cardId ? [[item.cardId, item.correct ? Rating.Good : Rating.Again] as [string, Grade]] : []));
    case 'list-recall': {
      const grade = result.score >= LIST_RECALL_GOOD_SCORE ? Rating.Good : result.score >= LIST_RECALL_HARD_SCORE ? Rating.Hard : Rating.Again;
      return [[result.cardId, grade]];
    }
    default:
      return [[result.cardId, result.correct ? Rating.Good : Rating.Again]];
  }
}

/** Card id → card id the learner took it for. */
function confusionsFor(result: AnswerResult): [cardId: string, confusedWith: string][] {
  if (result.format === 'matching') {
    return result.items.flatMap((item) => (item.cardId && item.chosenCardId ? [[item.cardId, item.chosenCardId] as [string, string]] : []));
  }
  if (result.format === 'list-recall' || !result.chosenCardId || result.chosenCardId === result.cardId) return [];
  return [[result.cardId, result.chosenCardId]];
}

function emptyTally(): ScoreTally {
  return { questions: 0, correct: 0, points: 0, ratio: 0 };
}

function addToTally(tally: ScoreTally, result: AnswerResult): void {
  tally.questions += 1;
  tally.correct += result.correct ? 1 : 0;
  tally.points += result.score;
  tally.ratio = tally.points / tally.questions;
}

function mistakeOf(question: Question, result: AnswerResult): QuizMistake {
  return {
    questionId: question.id,
    format: question.format,
    cardId: question.cardId,
    prompt: question.prompt,
    given: result.given,
    rightAnswer: result.rightAnswer,
    explanation: result.explanation,
    source: question.source,
  };
}

/** Grades every question (a missing response is a wrong answer) and sums them up. */
export function scoreQuiz(quiz: Quiz, responses: Readonly<Record<string, QuizResponse | undefined>>): QuizScore {
  const score: QuizScore = { total: emptyTally(), answered: 0, byChapter: {}, byFormat: {}, results: [], mistakes: [], reviewGrades: {}, confusions: {} };
  for (const question of quiz.questions) {
    const result = gradeAnswer(question, responses[question.id]);
    score.results.push(result);
    score.answered += result.answered ? 1 : 0;
    addToTally(score.total, result);
    addToTally((score.byChapter[question.chapterId] ??= emptyTally()), result);
    addToTally((score.byFormat[question.format] ??= emptyTally()), result);
    if (!result.correct) score.mistakes.push(mistakeOf(question, result));
    for (const [cardId, grade] of reviewGradesFor(result)) {
      // A card tested twice keeps its worst grade: one wrong answer is enough to see it again soon.
      score.reviewGrades[cardId] = Math.min(score.reviewGrades[cardId] ?? grade, grade) as Grade;
    }
    for (const [cardId, confusedWith] of confusionsFor(result)) score.confusions[cardId] ??= confusedWith;
  }
  return score;
}
