import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/domain/quiz-generate';
import { scoreQuiz } from '../../src/domain/quiz-score';
import type { QuizResponse } from '../../src/domain/quiz-types';
import { quizDeck } from '../fixtures/quiz-deck';
import { rightResponseFor } from '../fixtures/quiz-invariants';
import { handMadeQuiz, kubeletChoice } from '../fixtures/quiz-questions';

const arch = 'kubernetes-architecture/definition';

const responses: Record<string, QuizResponse> = {
  q1: { format: 'multiple-choice', choice: 0 }, // Kube-proxy's definition for Kubelet: wrong
  q2: { format: 'true-false', value: false }, // right
  q3: { format: 'typed', text: 'kube proxy' }, // right
  q4: { format: 'list-recall', entries: ['API Server', 'Scheduler', 'ETCD'] }, // 3 of 4 → 0.75
  q5: { format: 'matching', matches: [1, 2, 3, 0] }, // Scheduler and Controller Manager swapped
  // q6 unanswered
};

describe('scoreQuiz', () => {
  const score = scoreQuiz(handMadeQuiz, responses);

  it('totals right answers and partial credit', () => {
    expect(score.total).toEqual({ questions: 6, correct: 2, points: 0 + 1 + 1 + 0.75 + 0.5 + 0, ratio: 3.25 / 6 });
    expect(score.answered).toBe(5);
    expect(score.results.map((result) => result.questionId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
  });

  it('breaks the score down by chapter and by format', () => {
    expect(score.byChapter).toEqual({
      'kubernetes-architecture': { questions: 5, correct: 2, points: 3.25, ratio: 3.25 / 5 },
      kubernetes: { questions: 1, correct: 0, points: 0, ratio: 0 },
    });
    expect(score.byFormat).toEqual({
      'multiple-choice': { questions: 1, correct: 0, points: 0, ratio: 0 },
      'true-false': { questions: 1, correct: 1, points: 1, ratio: 1 },
      typed: { questions: 2, correct: 1, points: 1, ratio: 0.5 },
      'list-recall': { questions: 1, correct: 0, points: 0.75, ratio: 0.75 },
      matching: { questions: 1, correct: 0, points: 0.5, ratio: 0.5 },
    });
  });

  it('lists the mistakes with the right answer and where to read about it', () => {
    expect(score.mistakes.map((mistake) => mistake.questionId)).toEqual(['q1', 'q4', 'q5', 'q6']);
    expect(score.mistakes[0]).toEqual({
      questionId: 'q1',
      format: 'multiple-choice',
      cardId: `${arch}/kubelet`,
      prompt: 'Kubelet',
      given: 'network proxy running on each WN',
      rightAnswer: 'Agent that runs on each WN and communicates with MN',
      explanation: 'Not correct: that is the definition of Kube-proxy',
      source: kubeletChoice.source,
    });
    expect(score.mistakes[3]).toMatchObject({
      cardId: 'kubernetes/definition/cloud-native-computing-foundation-aka-cncf/reverse',
      given: '',
      explanation: 'No answer: the answer is Cloud Native Computing Foundation (aka CNCF)',
    });
  });

  it('turns answers into review grades: wrong → Again, right → Good, the worst one when a card is tested twice', () => {
    expect(score.reviewGrades).toEqual({
      [`${arch}/kubelet`]: 1,
      // Right in true/false, but confused in matching: Again wins.
      [`${arch}/scheduler`]: 1,
      [`${arch}/kube-proxy/reverse`]: 3,
      // 3 of 4 named (0.75): Hard, between the 0.5 and 0.8 thresholds.
      'kubernetes-architecture/enumeration/mn-has-following-components': 2,
      [`${arch}/api-server`]: 3,
      [`${arch}/controller-manager`]: 1,
      [`${arch}/etcd`]: 3,
      'kubernetes/definition/cloud-native-computing-foundation-aka-cncf/reverse': 1,
    });
  });

  it('grades list recall by share named: ≥ 0.8 Good, ≥ 0.5 Hard, below Again', () => {
    const grade = (entries: string[]) =>
      scoreQuiz({ ...handMadeQuiz, questions: [handMadeQuiz.questions[3]] }, { q4: { format: 'list-recall', entries } }).reviewGrades[
        'kubernetes-architecture/enumeration/mn-has-following-components'
      ];
    expect(grade(['API Server', 'Scheduler', 'Controller Manager', 'ETCD'])).toBe(3);
    // 4 named and one wrong entry: 4/5 = 0.8.
    expect(grade(['API Server', 'Scheduler', 'Controller Manager', 'ETCD', 'Kubelet'])).toBe(3);
    expect(grade(['API Server', 'Scheduler'])).toBe(2);
    expect(grade(['API Server'])).toBe(1);
  });

  it('records which card each card was confused with', () => {
    expect(score.confusions).toEqual({
      [`${arch}/kubelet`]: `${arch}/kube-proxy`,
      [`${arch}/scheduler`]: `${arch}/controller-manager`,
      [`${arch}/controller-manager`]: `${arch}/scheduler`,
    });
  });

  it('scores a perfect quiz as all Good', () => {
    const quiz = generateQuiz({ deck: quizDeck, count: 20, seed: 77 });
    const perfect = scoreQuiz(quiz, Object.fromEntries(quiz.questions.map((question) => [question.id, rightResponseFor(question)])));
    expect(perfect.total).toMatchObject({ questions: quiz.questions.length, correct: quiz.questions.length, ratio: 1 });
    expect(perfect.mistakes).toEqual([]);
    expect(new Set(Object.values(perfect.reviewGrades))).toEqual(new Set([3]));
    expect(perfect.confusions).toEqual({});
  });

  it('scores an empty response set as all Again', () => {
    const quiz = generateQuiz({ deck: quizDeck, count: 10, seed: 78 });
    const blank = scoreQuiz(quiz, {});
    expect(blank.answered).toBe(0);
    expect(blank.total.points).toBe(0);
    expect(new Set(Object.values(blank.reviewGrades))).toEqual(new Set([1]));
  });
});
