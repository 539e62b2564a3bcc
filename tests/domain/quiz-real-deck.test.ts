// Quizzes over the deck built from the user's real notes.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/deck';
import { sameTerm } from '../../src/domain/quiz-answer-match';
import { generateQuiz } from '../../src/domain/quiz-generate';
import { gradeAnswer } from '../../src/domain/quiz-grade';
import { scoreQuiz } from '../../src/domain/quiz-score';
import type { Question, TypedQuestion } from '../../src/domain/quiz-types';
import { ALL_QUIZ_FORMATS } from '../../src/domain/quiz-types';
import { buildDeck } from '../../src/pipeline/build-deck';
import { expectWellFormedQuestion, rightResponseFor } from '../fixtures/quiz-invariants';
import { sharedNotesPath } from '../paths';

const notesPath = sharedNotesPath('kubernetes-notes.md');
const deck = buildDeck([{ path: 'notes/kubernetes-notes.md', text: readFileSync(notesPath, 'utf8') }]);

function definitionOf(term: string): Card {
  const card = deck.cards.find((candidate) => candidate.kind === 'definition' && !candidate.reverse && candidate.term?.toLowerCase() === term.toLowerCase());
  if (!card) throw new Error(`The real deck has no definition of ${term}`);
  return card;
}

/** The typed "definition → term" question for one term of the real deck. */
function typedQuestionFor(term: string): TypedQuestion {
  const card = definitionOf(term);
  const quiz = generateQuiz({ deck, count: 5, formats: ['typed'], scope: { kind: 'cards', cardIds: [card.id] }, seed: 1 });
  const question = quiz.questions.find((candidate): candidate is TypedQuestion => candidate.format === 'typed' && candidate.variant === 'term');
  if (!question) throw new Error(`No typed question for ${term}`);
  return question;
}

const typed = (term: string, text: string) => gradeAnswer(typedQuestionFor(term), { format: 'typed', text });

describe('quizzes over the real notes', () => {
  it('has material for every format', () => {
    const kinds = new Set(deck.cards.map((card) => card.kind));
    expect(kinds).toContain('definition');
    expect(kinds).toContain('enumeration');
    expect(deck.cards.filter((card) => card.kind === 'definition' && !card.reverse).length).toBeGreaterThan(20);
  });

  it('keeps every question well formed with exactly one right answer, for many seeds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 5, max: 50 }), fc.subarray([...ALL_QUIZ_FORMATS], { minLength: 1 }), (seed, count, formats) => {
        const quiz = generateQuiz({ deck, count, formats, seed });
        expect(quiz.questions.length).toBeGreaterThan(0);
        expect(quiz.questions.length).toBeLessThanOrEqual(quiz.requestedCount);
        for (const question of quiz.questions) expectWellFormedQuestion(question, deck);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('gives the same quiz for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.subarray([...ALL_QUIZ_FORMATS], { minLength: 1 }), (seed, formats) => {
        const first = generateQuiz({ deck, count: 20, formats, seed });
        expect(generateQuiz({ deck, count: 20, formats, seed })).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('uses every format asked for', () => {
    fc.assert(
      fc.property(fc.integer(), fc.subarray([...ALL_QUIZ_FORMATS], { minLength: 1 }), (seed, formats) => {
        const quiz = generateQuiz({ deck, count: 5, formats, seed });
        expect(new Set(quiz.questions.map((question: Question) => question.format))).toEqual(new Set(formats));
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('keeps each chapter quiz inside its chapter', () => {
    for (const chapter of deck.chapters.filter((candidate) => !candidate.empty)) {
      const quiz = generateQuiz({ deck, count: 10, scope: { kind: 'chapter', chapterId: chapter.id }, seed: chapter.order });
      expect(quiz.questions.length, chapter.title).toBeGreaterThan(0);
      for (const question of quiz.questions) expect(question.chapterId).toBe(chapter.id);
    }
    expect(generateQuiz({ deck, count: 10, scope: { kind: 'chapter', chapterId: 'installing-kubernetes' }, seed: 1 }).questions).toEqual([]);
  });

  it('scores a perfect run as all right', () => {
    const quiz = generateQuiz({ deck, count: 50, seed: 2026 });
    const score = scoreQuiz(quiz, Object.fromEntries(quiz.questions.map((question) => [question.id, rightResponseFor(question)])));
    expect(score.total.ratio).toBe(1);
    expect(Object.values(score.reviewGrades).every((grade) => grade === 3)).toBe(true);
  });
});

describe('grading against the real deck’s terms', () => {
  it('accepts typos, case and abbreviations', () => {
    expect(typed('Kubelet', 'kubelett')).toMatchObject({ correct: true, explanation: 'Accepted: small typo (kubelett → Kubelet)' });
    expect(typed('ETCD', 'etcd')).toMatchObject({ correct: true });
    expect(typed('Cloud Native Computing Foundation (aka CNCF)', 'CNCF')).toMatchObject({ correct: true, explanation: 'Accepted: abbreviation CNCF' });
    expect(typed('Kube-proxy', 'kube proxy')).toMatchObject({ correct: true });
    expect(typed('Self-healing', 'self healing')).toMatchObject({ correct: true });
  });

  it('rejects the wrong-but-close terms and names them', () => {
    expect(typed('Kubelet', 'kube-proxy')).toMatchObject({ correct: false, explanation: 'Not accepted: Kube-proxy is a different term' });
    expect(typed('Kube-proxy', 'kubelet')).toMatchObject({ correct: false, explanation: 'Not accepted: Kubelet is a different term' });
    expect(typed('Controller Manager', 'Scheduler')).toMatchObject({ correct: false, explanation: 'Not accepted: Scheduler is a different term' });
    expect(typed('Scheduler', 'Controller Manager')).toMatchObject({ correct: false, explanation: 'Not accepted: Controller Manager is a different term' });
    expect(typed('RuntimeService', 'ImageService')).toMatchObject({ correct: false, explanation: 'Not accepted: ImageService is a different term' });
    expect(typed('ImageService', 'RuntimeService')).toMatchObject({ correct: false, explanation: 'Not accepted: RuntimeService is a different term' });
    expect(typed('cri-containerd', 'containerd')).toMatchObject({ correct: false, explanation: 'Not accepted: containerd is a different term' });
  });

  it('rejects every other term of the deck typed for any definition', () => {
    const terms = [...new Set(deck.cards.flatMap((card) => (card.kind === 'definition' && card.term ? [card.term] : (card.items ?? []))))];
    const quiz = generateQuiz({ deck, count: 50, formats: ['typed'], seed: 3 });
    expect(quiz.questions.length).toBeGreaterThan(30);
    for (const question of quiz.questions as TypedQuestion[]) {
      for (const term of terms.filter(
        (candidate) => !sameTerm(candidate, question.expected) && !question.alternatives.some((alternative) => sameTerm(candidate, alternative)),
      )) {
        expect(gradeAnswer(question, { format: 'typed', text: term }).correct, `${term} for ${question.expected}`).toBe(false);
      }
    }
  });

  it('records the confusion with the other term’s card', () => {
    const result = typed('Kubelet', 'kube-proxy');
    const kubeProxy = definitionOf('Kube-proxy');
    expect(result.chosenCardId).toBe(deck.cards.find((card) => card.noteId === kubeProxy.noteId && card.reverse)?.id ?? kubeProxy.id);
  });

  it('grades the master node components list tolerantly', () => {
    const list = deck.cards.find((card) => card.kind === 'enumeration' && card.items?.join('|') === 'API Server|Scheduler|Controller Manager|ETCD');
    expect(list).toBeDefined();
    const quiz = generateQuiz({ deck, count: 5, formats: ['list-recall'], scope: { kind: 'cards', cardIds: [list?.id ?? ''] }, seed: 1 });
    const result = gradeAnswer(quiz.questions[0], { format: 'list-recall', entries: ['etcd', 'schedular', 'api-server', 'kubelet'] });
    expect(result).toMatchObject({ score: 3 / 5, explanation: '3 of 4 named; missing: Controller Manager; not in this list: kubelet' });
  });
});

describe('suspended cards in quizzes over the real notes', () => {
  /** Every card a question asks about: its own and, for matching, each pair's. */
  const askedCards = (question: Question): string[] => [
    ...(question.cardId === null ? [] : [question.cardId]),
    ...(question.format === 'matching' ? question.pairs.map((pair) => pair.cardId) : []),
  ];

  it('asks nothing about a suspended card, and without suspensions asks about those cards', () => {
    const chapterId = deck.chapters[1].id;
    const inChapter = deck.cards.filter((card) => card.chapterId === chapterId);
    const suspended = new Set(inChapter.filter((_card, index) => index % 2 === 0).map((card) => card.id));
    const options = { deck, count: 50, scope: { kind: 'chapter' as const, chapterId }, seed: 7 };
    const asked = (leftOut?: ReadonlySet<string>) => generateQuiz({ ...options, leftOut }).questions.flatMap(askedCards);

    expect(asked().some((cardId) => suspended.has(cardId))).toBe(true);
    const withSuspensions = asked(suspended);
    expect(withSuspensions.length).toBeGreaterThan(0);
    expect(withSuspensions.filter((cardId) => suspended.has(cardId))).toEqual([]);
  });
});
