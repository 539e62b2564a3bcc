import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../src/domain/quiz-grade';
import { cncfTyped, kubeletChoice, kubeProxyTyped, mnComponentsList, nodeMatching, schedulerStatement } from '../fixtures/quiz-questions';

describe('multiple choice', () => {
  it('is right only for the right option', () => {
    expect(gradeAnswer(kubeletChoice, { format: 'multiple-choice', choice: 1 })).toMatchObject({
      correct: true,
      score: 1,
      answered: true,
      explanation: 'Correct',
      chosenCardId: null,
    });
    for (const choice of [0, 2, 3]) expect(gradeAnswer(kubeletChoice, { format: 'multiple-choice', choice }).correct).toBe(false);
  });

  it('says whose definition a wrong option is and records the confusion', () => {
    expect(gradeAnswer(kubeletChoice, { format: 'multiple-choice', choice: 0 })).toMatchObject({
      correct: false,
      score: 0,
      given: 'network proxy running on each WN',
      rightAnswer: 'Agent that runs on each WN and communicates with MN',
      explanation: 'Not correct: that is the definition of Kube-proxy',
      chosenCardId: 'kubernetes-architecture/definition/kube-proxy',
    });
  });

  it('treats no choice, an unknown option or another format as no answer', () => {
    for (const response of [
      { format: 'multiple-choice', choice: null } as const,
      { format: 'multiple-choice', choice: 9 } as const,
      { format: 'typed', text: 'Kubelet' } as const,
      undefined,
    ]) {
      expect(gradeAnswer(kubeletChoice, response)).toMatchObject({
        answered: false,
        correct: false,
        score: 0,
        explanation: 'No answer: the answer is Agent that runs on each WN and communicates with MN',
      });
    }
  });
});

describe('true/false', () => {
  it('grades a false statement', () => {
    expect(gradeAnswer(schedulerStatement, { format: 'true-false', value: false })).toMatchObject({
      correct: true,
      explanation: 'Correct: that is the definition of Controller Manager',
      chosenCardId: null,
    });
    expect(gradeAnswer(schedulerStatement, { format: 'true-false', value: true })).toMatchObject({
      correct: false,
      given: 'True',
      rightAnswer: 'False',
      explanation: 'Not correct: that is the definition of Controller Manager',
      chosenCardId: 'kubernetes-architecture/definition/controller-manager',
    });
  });

  it('grades a true statement', () => {
    const own = {
      ...schedulerStatement,
      statement: schedulerStatement.rightDefinition,
      isTrue: true,
      shownCardId: schedulerStatement.cardId,
      shownTerm: 'Scheduler',
    };
    expect(gradeAnswer(own, { format: 'true-false', value: true })).toMatchObject({
      correct: true,
      explanation: 'Correct: this is the definition of Scheduler',
    });
    expect(gradeAnswer(own, { format: 'true-false', value: false })).toMatchObject({
      correct: false,
      explanation: 'Not correct: this is the definition of Scheduler',
      chosenCardId: null,
    });
    expect(gradeAnswer(own, { format: 'true-false', value: null })).toMatchObject({ answered: false, correct: false });
  });
});

describe('typed answer', () => {
  const typed = (text: string) => gradeAnswer(kubeProxyTyped, { format: 'typed', text });

  it('accepts tolerated variants and explains them', () => {
    expect(typed('Kube-proxy')).toMatchObject({ correct: true, explanation: 'Correct' });
    expect(typed('KUBE PROXY')).toMatchObject({ correct: true, explanation: 'Accepted: written differently (KUBE PROXY → Kube-proxy)' });
    expect(typed('the kube-proxies')).toMatchObject({ correct: true });
    expect(typed('kube-proxxy')).toMatchObject({ correct: true, explanation: 'Accepted: small typo (kube-proxxy → Kube-proxy)' });
  });

  it('rejects another term of the deck, naming it, and records the confusion', () => {
    expect(typed('kubelet')).toMatchObject({
      correct: false,
      score: 0,
      explanation: 'Not accepted: Kubelet is a different term',
      chosenCardId: 'kubernetes-architecture/definition/kubelet/reverse',
    });
    expect(typed('kubelett')).toMatchObject({ correct: false, explanation: 'Not accepted: Kubelet is a different term' });
  });

  it('accepts a stated abbreviation', () => {
    expect(gradeAnswer(cncfTyped, { format: 'typed', text: 'cncf' })).toMatchObject({ correct: true, explanation: 'Accepted: abbreviation CNCF' });
    expect(gradeAnswer(cncfTyped, { format: 'typed', text: 'Kubernetes' })).toMatchObject({
      correct: false,
      explanation: 'Not accepted: Kubernetes is a different term',
    });
  });

  it('treats empty input as no answer', () => {
    expect(typed('  ')).toMatchObject({ answered: false, correct: false, given: '', explanation: 'No answer: the answer is Kube-proxy' });
  });
});

describe('list recall', () => {
  const list = (entries: string[]) => gradeAnswer(mnComponentsList, { format: 'list-recall', entries });

  it('gives full credit for all items in any order, with typos', () => {
    expect(list(['etcd', 'Controller manager', 'schedular', 'API-server'])).toMatchObject({ correct: true, score: 1, explanation: '4 of 4 named' });
  });

  it('gives partial credit item by item and counts wrong entries against the score', () => {
    const result = list(['etcd', 'schedular', 'kubelet']);
    expect(result).toMatchObject({
      correct: false,
      score: 2 / 5,
      explanation: '2 of 4 named; missing: API Server, Controller Manager; not in this list: kubelet',
    });
    expect(result.items.map((item) => [item.expected, item.given, item.correct, item.kind])).toEqual([
      ['API Server', null, false, 'empty'],
      ['Scheduler', 'schedular', true, 'typo'],
      ['Controller Manager', null, false, 'empty'],
      ['ETCD', 'etcd', true, 'exact'],
    ]);
    expect(result.extras).toEqual([
      expect.objectContaining({
        given: 'kubelet',
        kind: 'other-term',
        explanation: 'Not in this list: Kubelet is a different term',
        chosenCardId: 'kubernetes-architecture/definition/kubelet',
      }),
    ]);
  });

  it('does not penalise naming an item twice', () => {
    expect(list(['Scheduler', 'scheduler', 'ETCD', 'API Server'])).toMatchObject({ score: 3 / 4, explanation: '3 of 4 named; missing: Controller Manager' });
  });

  it('gives nothing for no entries', () => {
    expect(list([])).toMatchObject({ answered: false, score: 0, correct: false, explanation: 'No answer: API Server, Scheduler, Controller Manager, ETCD' });
    expect(list(['', ' '])).toMatchObject({ answered: false, score: 0 });
  });
});

describe('matching', () => {
  const matching = (matches: (number | null)[]) => gradeAnswer(nodeMatching, { format: 'matching', matches });

  it('is right when every pair is right', () => {
    expect(matching([1, 3, 2, 0])).toMatchObject({ correct: true, score: 1, explanation: '4 of 4 pairs right' });
  });

  it('gives credit per pair and says whose definition was chosen', () => {
    const result = matching([1, 2, 3, null]);
    expect(result).toMatchObject({ correct: false, score: 1 / 4, explanation: '1 of 4 pairs right' });
    expect(result.items.map((item) => [item.cardId, item.correct, item.explanation, item.chosenCardId ?? null])).toEqual([
      ['kubernetes-architecture/definition/api-server', true, 'Correct', null],
      [
        'kubernetes-architecture/definition/scheduler',
        false,
        'Not correct: that is the definition of Controller Manager',
        'kubernetes-architecture/definition/controller-manager',
      ],
      [
        'kubernetes-architecture/definition/controller-manager',
        false,
        'Not correct: that is the definition of Scheduler',
        'kubernetes-architecture/definition/scheduler',
      ],
      ['kubernetes-architecture/definition/etcd', false, 'No answer: ETCD is: Distributed key-value store', null],
    ]);
  });

  it('treats no matches as no answer', () => {
    expect(matching([])).toMatchObject({ answered: false, score: 0, correct: false });
  });
});
