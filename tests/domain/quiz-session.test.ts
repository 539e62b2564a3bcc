import { describe, expect, it } from 'vitest';
import type { QuizFormat } from '../../src/domain/quiz-types';
import { Rating } from '../../src/domain/progress';
import {
  checkCurrent,
  finishQuiz,
  goTo,
  isAnswered,
  planOf,
  quizProgress,
  retryMissedPlan,
  startQuiz,
  toggleFlag,
  unansweredNumbers,
  withResponse,
  type QuizMode,
  type RunningQuiz,
} from '../../src/domain/quiz-session';
import { handMadeQuiz, handMadeRunning, kubeletChoice, kubeProxyTyped, nodeMatching, schedulerStatement } from '../fixtures/quiz-questions';
import { quizDeck } from '../fixtures/quiz-screen-deck';

const T0 = Date.UTC(2026, 10, 27, 9, 0);
const SECOND = 1000;
const MINUTE = 60_000;
const ARCH = 'kubernetes-architecture/definition';
const ALL: QuizFormat[] = ['multiple-choice', 'true-false', 'typed', 'list-recall', 'matching'];

/** The hand-made quiz (Kubelet choice, Scheduler true/false, Kube-proxy typed, a list, a matching, CNCF typed) under way. */
const running = (mode: QuizMode): RunningQuiz => handMadeRunning(mode, T0);

const wrongChoice = kubeletChoice.options.findIndex((option) => option.belongsTo === 'Kube-proxy');

describe('a quiz session', () => {
  it('starts from a plan: the seed makes the questions, an exam gets a minute per question', () => {
    const plan = {
      scope: { kind: 'chapter' as const, chapterId: 'architecture' },
      scopeLabel: 'Chapter 2: Architecture',
      count: 5,
      formats: ALL,
      mode: 'exam' as const,
      seed: 42,
    };
    const first = startQuiz(quizDeck, plan, T0)!;
    const again = startQuiz(quizDeck, plan, T0 + MINUTE)!;
    expect(again.quiz.questions).toEqual(first.quiz.questions);
    expect(again.quiz.id).not.toBe(first.quiz.id);
    expect(first.deadline).toBe(T0 + first.quiz.questions.length * MINUTE);
    expect(first.quiz.questions.every((question) => question.chapterId === 'architecture')).toBe(true);
    expect(startQuiz(quizDeck, { ...plan, formats: ['list-recall'], scope: { kind: 'chapter', chapterId: 'basics' } }, T0)).toBeNull();
  });

  it('counts the time spent on each question over every visit', () => {
    let state = running('exam');
    state = goTo(state, 1, T0 + 10 * SECOND);
    state = goTo(state, 0, T0 + 15 * SECOND);
    state = goTo(state, 1, T0 + 20 * SECOND);
    expect(state.timeSpent).toEqual({ [kubeletChoice.id]: 15 * SECOND, [schedulerStatement.id]: 5 * SECOND });
    expect(goTo(state, 99, T0 + 21 * SECOND).current).toBe(5);
    expect(goTo(state, 1, T0 + 25 * SECOND)).toBe(state);
  });

  it('tracks answers and flags; an empty answer is no answer', () => {
    let state = running('exam');
    state = withResponse(state, kubeletChoice.id, { format: 'multiple-choice', choice: 1 });
    state = withResponse(state, kubeProxyTyped.id, { format: 'typed', text: '   ' });
    state = toggleFlag(toggleFlag(toggleFlag(state, 'q2'), 'q5'), 'q2');
    expect(state.flagged).toEqual(['q5']);
    expect(isAnswered(state.responses[kubeProxyTyped.id])).toBe(false);
    expect(unansweredNumbers(state)).toEqual([2, 3, 4, 5, 6]);
  });

  it('in practice, grades each checked answer at once, and a card again only for a worse grade', () => {
    let state = goTo(running('practice'), 1, T0);
    state = withResponse(state, schedulerStatement.id, { format: 'true-false', value: false });
    const statement = checkCurrent(state, T0 + 8 * SECOND);
    expect(statement.result.correct).toBe(true);
    expect(statement.grades).toEqual([{ cardId: `${ARCH}/scheduler`, grade: 3, durationMs: 8 * SECOND, evidence: 'recognition' }]);
    // Checked is final: a new response is ignored, checking again grades nothing.
    expect(withResponse(statement.state, schedulerStatement.id, { format: 'true-false', value: true })).toBe(statement.state);
    expect(checkCurrent(statement.state, T0 + 9 * SECOND).grades).toEqual([]);

    // The matching question tests Scheduler again: wrong there, so Again after the Good; ETCD, right, is Good.
    state = goTo(statement.state, 4, T0 + 10 * SECOND);
    state = withResponse(state, nodeMatching.id, { format: 'matching', matches: [1, 2, 3, 0] });
    const matching = checkCurrent(state, T0 + 40 * SECOND);
    expect(matching.grades).toEqual([
      { cardId: `${ARCH}/api-server`, grade: 3, durationMs: 30 * SECOND, evidence: 'recognition' },
      { cardId: `${ARCH}/scheduler`, grade: 1, durationMs: 30 * SECOND, evidence: 'recognition' },
      { cardId: `${ARCH}/controller-manager`, grade: 1, durationMs: 30 * SECOND, evidence: 'recognition' },
      { cardId: `${ARCH}/etcd`, grade: 3, durationMs: 30 * SECOND, evidence: 'recognition' },
    ]);
    expect(matching.state.graded[`${ARCH}/scheduler`]).toBe(1);
  });

  it('in practice, a quiz ended early is scored on the answered questions; none answered keeps nothing', () => {
    expect(finishQuiz(running('practice'), T0 + MINUTE)).toBeNull();
    let state = withResponse(running('practice'), kubeletChoice.id, { format: 'multiple-choice', choice: wrongChoice });
    state = checkCurrent(state, T0 + 5 * SECOND).state;
    const finished = finishQuiz(state, T0 + MINUTE)!;
    expect(finished.quiz.questions).toEqual([kubeletChoice]);
    expect(finished.grades).toEqual([]);
    expect(finished.record).toEqual({
      id: handMadeQuiz.id,
      deckId: 'kubernetes',
      startedAt: T0,
      finishedAt: T0 + MINUTE,
      mode: 'practice',
      questionCount: 1,
      score: 0,
      wrongCardIds: [`${ARCH}/kubelet`],
      confusions: [{ cardId: `${ARCH}/kubelet`, confusedWithCardId: `${ARCH}/kube-proxy` }],
      scopeLabel: 'All chapters',
      scope: { kind: 'deck' },
      seed: 1,
      formats: ALL,
      requestedCount: 6,
      results: {
        total: { questions: 1, correct: 0, points: 0, ratio: 0 },
        answered: 1,
        byChapter: { 'kubernetes-architecture': { questions: 1, correct: 0, points: 0, ratio: 0 } },
        byFormat: { 'multiple-choice': { questions: 1, correct: 0, points: 0, ratio: 0 } },
        mistakes: [{ number: 1, question: kubeletChoice, result: finished.score.results[0] }],
        schedule: {},
      },
    });
  });

  it('an exam gives each card its worst grade at the end, with the time spent on its question', () => {
    let state = running('exam');
    state = withResponse(state, kubeletChoice.id, { format: 'multiple-choice', choice: kubeletChoice.correctIndex });
    state = goTo(state, 1, T0 + 20 * SECOND);
    state = withResponse(state, schedulerStatement.id, { format: 'true-false', value: false });
    state = goTo(state, 2, T0 + 30 * SECOND);
    state = withResponse(state, kubeProxyTyped.id, { format: 'typed', text: 'Kubelet' });
    // Time runs out while on question 3; the tick comes late.
    const finished = finishQuiz(state, T0 + 6 * MINUTE + 700, { timedOut: true })!;
    expect(finished.record).toMatchObject({ finishedAt: T0 + 6 * MINUTE, timeLimitMs: 6 * MINUTE, timedOut: true, questionCount: 6, score: 2 });
    const grades = Object.fromEntries(finished.grades.map((grade) => [grade.cardId, [grade.grade, grade.durationMs, grade.evidence]]));
    expect(grades[`${ARCH}/kubelet`]).toEqual([3, 20 * SECOND, 'recognition']);
    // Right on its own question, wrong in the matching: Again.
    expect(grades[`${ARCH}/scheduler`]).toEqual([1, 10 * SECOND, 'recognition']);
    // Typed: a recall.
    expect(grades[`${ARCH}/kube-proxy/reverse`]).toEqual([1, 6 * MINUTE + 700 - 30 * SECOND, 'recall']);
    expect(grades[`${ARCH}/etcd`]).toEqual([1, 0, 'recognition']);
    expect(finished.record.confusions).toEqual([{ cardId: `${ARCH}/kube-proxy/reverse`, confusedWithCardId: `${ARCH}/kubelet/reverse` }]);
    expect(finished.record.wrongCardIds).toEqual(finished.grades.filter((grade) => grade.grade === Rating.Again).map((grade) => grade.cardId));
  });

  it('retries exactly the cards missed, with the same formats, mode and schedule choice', () => {
    const finished = finishQuiz(running('exam'), T0 + MINUTE)!;
    const plan = retryMissedPlan(finished.record, 7)!;
    expect(plan).toEqual({
      ...finished.plan,
      scope: { kind: 'cards', cardIds: finished.record.wrongCardIds },
      scopeLabel: `${finished.record.wrongCardIds.length} missed cards`,
      count: finished.record.wrongCardIds.length,
      seed: 7,
    });
    expect(retryMissedPlan({ ...finished.record, wrongCardIds: [] }, 7)).toBeNull();
    expect(retryMissedPlan({ ...finished.record, practiceOnly: true }, 7)).toEqual({ ...plan, practiceOnly: true });
    // A record from before formats were kept retries with every format.
    const { formats: _formats, ...older } = finished.record;
    expect(retryMissedPlan(older, 7)?.formats).toEqual(ALL);
  });

  it('is asked again exactly from its record: the same plan and seed', () => {
    const practiceOnly = { ...running('practice'), plan: { ...running('practice').plan, practiceOnly: true } };
    const checked = checkCurrent(withResponse(practiceOnly, kubeletChoice.id, { format: 'multiple-choice', choice: 1 }), T0 + SECOND).state;
    const finished = finishQuiz(checked, T0 + MINUTE)!;
    expect(finished.record.practiceOnly).toBe(true);
    expect(planOf(finished.record)).toEqual(practiceOnly.plan);
    const { seed: _seed, ...withoutSeed } = finished.record;
    expect(planOf(withoutSeed)).toBeNull();
  });

  it('says how far it is: answered questions in an exam, checked ones in practice', () => {
    const exam = withResponse(running('exam'), kubeletChoice.id, { format: 'multiple-choice', choice: 0 });
    expect(quizProgress(exam)).toEqual({ done: 1, total: 6 });
    const practice = withResponse(running('practice'), kubeletChoice.id, { format: 'multiple-choice', choice: 0 });
    expect(quizProgress(practice)).toEqual({ done: 0, total: 6 });
    expect(quizProgress(checkCurrent(practice, T0).state)).toEqual({ done: 1, total: 6 });
  });
});
