import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/domain/deck';
import { compactAnswer, sameTerm } from '../../src/domain/quiz-answer-match';
import { indexDeckForQuiz, maskTerm } from '../../src/domain/quiz-deck-index';
import { definitionDistractors, matchingPartners, termDistractors } from '../../src/domain/quiz-distractors';
import { generateQuiz } from '../../src/domain/quiz-generate';
import type { MatchingQuestion, MultipleChoiceQuestion, Question, QuizFormat, TrueFalseQuestion, TypedQuestion } from '../../src/domain/quiz-types';
import { ALL_QUIZ_FORMATS } from '../../src/domain/quiz-types';
import { createRng } from '../../src/domain/random';
import { definition, quizDeck } from '../fixtures/quiz-deck';
import { expectWellFormedQuestion } from '../fixtures/quiz-invariants';

const ofFormat = <F extends Question['format']>(questions: Question[], format: F) =>
  questions.filter((question): question is Extract<Question, { format: F }> => question.format === format);

function noteOf(term: string) {
  const note = indexDeckForQuiz(quizDeck).definitions.find((candidate) => candidate.term === term);
  if (!note) throw new Error(term);
  return note;
}

describe('generateQuiz', () => {
  it('gives the same quiz for the same seed and another for another seed', () => {
    const first = generateQuiz({ deck: quizDeck, count: 20, seed: 42 });
    expect(generateQuiz({ deck: quizDeck, count: 20, seed: 42 })).toEqual(first);
    expect(generateQuiz({ deck: quizDeck, count: 20, seed: 43 }).questions).not.toEqual(first.questions);
  });

  it('uses every requested format when the deck allows it', () => {
    const quiz = generateQuiz({ deck: quizDeck, count: 10, seed: 1 });
    expect(new Set(quiz.questions.map((question) => question.format))).toEqual(new Set(ALL_QUIZ_FORMATS));
    expect(quiz.questions).toHaveLength(10);
    expect(quiz.questions.map((question) => question.id)).toEqual(Array.from({ length: 10 }, (_, position) => `q${position + 1}`));
  });

  it('uses only the requested formats', () => {
    const quiz = generateQuiz({ deck: quizDeck, count: 12, formats: ['typed', 'true-false'], seed: 5 });
    expect(quiz.formats).toEqual(['true-false', 'typed']);
    expect(new Set(quiz.questions.map((question) => question.format))).toEqual(new Set(['typed', 'true-false']));
  });

  it('clamps the count to 5–50', () => {
    expect(generateQuiz({ deck: quizDeck, count: 1, seed: 3 }).questions).toHaveLength(5);
    const big = generateQuiz({ deck: quizDeck, count: 500, seed: 3 });
    expect(big.requestedCount).toBe(50);
    expect(big.questions.length).toBeLessThanOrEqual(50);
    expect(big.questions.length).toBeGreaterThan(30);
  });

  it('asks about each note once while there are enough notes', () => {
    const quiz = generateQuiz({ deck: quizDeck, count: 15, formats: ['multiple-choice', 'true-false', 'typed'], seed: 9 });
    const notes = quiz.questions.map((question) => quizDeck.cards.find((card) => card.id === question.cardId)?.noteId);
    expect(new Set(notes).size).toBe(notes.length);
  });

  it('is plain data that survives JSON', () => {
    const quiz = generateQuiz({ deck: quizDeck, count: 15, seed: 11 });
    expect(JSON.parse(JSON.stringify(quiz))).toEqual(quiz);
  });

  it('keeps every question well formed with exactly one right answer, for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 5, max: 50 }), fc.subarray([...ALL_QUIZ_FORMATS], { minLength: 1 }), (seed, count, formats) => {
        const quiz = generateQuiz({ deck: quizDeck, count, formats, seed });
        for (const question of quiz.questions) {
          expect(formats).toContain(question.format);
          expectWellFormedQuestion(question, quizDeck);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('question sources and cards', () => {
  const quiz = generateQuiz({ deck: quizDeck, count: 50, seed: 2024 });

  it('tests the forward card for term → definition and the reverse card for definition → term', () => {
    const choices = ofFormat(quiz.questions, 'multiple-choice');
    expect(choices.some((question) => question.direction === 'term-to-definition')).toBe(true);
    expect(choices.some((question) => question.direction === 'definition-to-term')).toBe(true);
    for (const question of choices) expect(question.cardId.endsWith('/reverse')).toBe(question.direction === 'definition-to-term');
    for (const question of ofFormat(quiz.questions, 'typed').filter((typed) => typed.variant === 'term')) expect(question.cardId).toMatch(/\/reverse$/);
    for (const question of ofFormat(quiz.questions, 'true-false')) expect(question.cardId).not.toMatch(/\/reverse$/);
  });

  it('never makes questions from reverse cards as separate sources', () => {
    const cardIds = ['kubernetes-architecture/definition/kubelet', 'kubernetes-architecture/definition/kubelet/reverse'];
    for (const format of ['multiple-choice', 'true-false', 'typed'] as const) {
      expect(generateQuiz({ deck: quizDeck, count: 5, scope: { kind: 'cards', cardIds }, formats: [format], seed: 3 }).questions).toHaveLength(1);
    }
    const sources = generateQuiz({ deck: quizDeck, count: 50, formats: ['multiple-choice', 'true-false', 'typed'], seed: 12 }).questions.map(
      (question) => `${question.format} ${quizDeck.cards.find((card) => card.id === question.cardId)?.noteId}`,
    );
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('keeps the place in the notes for "see in notes"', () => {
    for (const question of quiz.questions) {
      const card = quizDeck.cards.find((candidate) => candidate.id === question.cardId);
      expect(question.source).toEqual(card?.source);
      expect(question.sectionPath).toEqual(card?.sectionPath);
    }
  });
});

describe('scope', () => {
  it('draws questions from one chapter', () => {
    const quiz = generateQuiz({ deck: quizDeck, count: 20, scope: { kind: 'chapter', chapterId: 'kubernetes' }, seed: 8 });
    expect(quiz.questions.length).toBeGreaterThan(5);
    for (const question of quiz.questions) expect(question.chapterId).toBe('kubernetes');
    for (const question of ofFormat(quiz.questions, 'matching')) for (const pair of question.pairs) expect(pair.chapterId).toBe('kubernetes');
  });

  it('draws questions from a section, with distractors from anywhere', () => {
    const sectionId = 'kubernetes-architecture/explain-different-components-for-master-and-worker-nodes';
    const quiz = generateQuiz({ deck: quizDeck, count: 10, scope: { kind: 'section', sectionId }, formats: ['multiple-choice', 'true-false'], seed: 4 });
    for (const question of quiz.questions) expect(question.sectionId).toBe(sectionId);
  });

  it('draws questions from chosen cards; a reverse card id selects its note', () => {
    const cardIds = [
      'kubernetes-architecture/definition/kubelet/reverse',
      'kubernetes-architecture/definition/pod',
      'kubernetes-architecture/enumeration/mn-has-following-components',
    ];
    const quiz = generateQuiz({ deck: quizDeck, count: 5, scope: { kind: 'cards', cardIds }, seed: 6 });
    const notes = new Set(quiz.questions.map((question) => quizDeck.cards.find((card) => card.id === question.cardId)?.noteId));
    expect(notes).toEqual(
      new Set([
        'kubernetes-architecture/definition/kubelet',
        'kubernetes-architecture/definition/pod',
        'kubernetes-architecture/enumeration/mn-has-following-components',
      ]),
    );
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
  });
});

describe('distractors', () => {
  const index = indexDeckForQuiz(quizDeck);

  it('come from the same list first', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rng = createRng(seed);
      // ETCD is defined twice ("ETCD", "etcd"); either may stand for it, never both.
      expect(new Set(definitionDistractors(noteOf('Scheduler'), index, 3, rng).map((note) => compactAnswer(note.term)))).toEqual(
        new Set(['apiserver', 'controllermanager', 'etcd']),
      );
      expect(new Set(termDistractors(noteOf('Kubelet'), index, 3, rng).map((option) => option.text))).toEqual(
        new Set(['Container Runtime', 'Kubelet CRI Shims', 'Kube-proxy']),
      );
    }
  });

  it('then from the same section, then the chapter', () => {
    const rng = createRng(7);
    // Pod's section (architecture overview) has two other definitions; the third comes from its chapter.
    const chosen = definitionDistractors(noteOf('Pod'), index, 3, rng);
    expect(
      chosen
        .slice(0, 2)
        .map((note) => note.term)
        .sort(),
    ).toEqual(['Master Node', 'Worker Node']);
    expect(chosen[2].chapterId).toBe('kubernetes-architecture');
  });

  it('offer bare items of the same list as terms, alike in length', () => {
    const offered = new Set<string>();
    const bare = new Set<string>();
    for (let seed = 0; seed < 30; seed += 1) {
      for (const option of termDistractors(noteOf('Self-healing'), index, 3, createRng(seed))) {
        offered.add(option.text);
        if (option.note === null) bare.add(option.text);
      }
    }
    expect(bare).toEqual(new Set(['Batch Execution']));
    // Same list, but three times as long as "Self-healing": never needed while alike ones remain.
    expect(offered.has('Automated rollouts/rollbacks without downtime')).toBe(false);
    expect(offered).toEqual(new Set(['Automatical Binpacking', 'Horizontal Scaling', 'Storage Orchestration', 'Batch Execution']));
  });

  it('prefer definitions of similar length', () => {
    // Among the chapter-1 options list, Nomad's short definition draws short ones.
    const lengths = definitionDistractors(noteOf('Nomad'), index, 3, createRng(1)).map((note) => note.definition.length);
    expect(Math.max(...lengths)).toBeLessThan(noteOf('Nomad').definition.length * 2.5);
  });

  it('never offer another definition of the same term, nor the same term spelled otherwise', () => {
    for (let seed = 0; seed < 40; seed += 1) {
      const rng = createRng(seed);
      expect(definitionDistractors(noteOf('ETCD'), index, 10, rng).some((note) => sameTerm(note.term, 'etcd'))).toBe(false);
      expect(termDistractors(noteOf('Scheduler'), index, 10, rng).some((option) => sameTerm(option.text, 'Scheduler'))).toBe(false);
      const kubernetes = index.definitions.filter((note) => note.term === 'Kubernetes');
      expect(kubernetes).toHaveLength(2);
      expect(definitionDistractors(kubernetes[0], index, 20, rng).map((note) => note.noteId)).not.toContain(kubernetes[1].noteId);
    }
  });

  it('never offer a term whose definition says the same as the right one', () => {
    // "Kubelet CRI Shims: dockershim- containers are created…" and "dockershim: containers are created…".
    for (let seed = 0; seed < 40; seed += 1) {
      expect(termDistractors(noteOf('dockershim'), index, 10, createRng(seed)).map((option) => option.text)).not.toContain('Kubelet CRI Shims');
      expect(termDistractors(noteOf('Kubelet CRI Shims'), index, 10, createRng(seed)).map((option) => option.text)).not.toContain('dockershim');
      expect(definitionDistractors(noteOf('dockershim'), index, 30, createRng(seed)).map((note) => note.term)).not.toContain('Kubelet CRI Shims');
    }
  });

  it('fall back to another format when too few exist', () => {
    const tiny: Deck = {
      ...quizDeck,
      cards: [
        ...definition({ chapterId: 'c', section: 's', line: 1 }, 'Kubelet', 'Agent on each node'),
        ...definition({ chapterId: 'c', section: 's', line: 2 }, 'Kube-proxy', 'network proxy on each node'),
      ],
    };
    const choicesOnly = generateQuiz({ deck: tiny, count: 5, formats: ['multiple-choice', 'matching'], seed: 1 });
    expect(choicesOnly.questions).toEqual([]);
    const mixed = generateQuiz({ deck: tiny, count: 5, formats: ['multiple-choice', 'typed', 'true-false'], seed: 1 });
    expect(new Set(mixed.questions.map((question) => question.format))).toEqual(new Set(['typed', 'true-false']));
    expect(mixed.questions.length).toBe(4);
  });

  it('state the true definition when no other definition exists', () => {
    const single: Deck = { ...quizDeck, cards: definition({ chapterId: 'c', section: 's', line: 1 }, 'Kubelet', 'Agent on each node') };
    for (let seed = 0; seed < 10; seed += 1) {
      const quiz = generateQuiz({ deck: single, count: 5, formats: ['true-false'], seed });
      expect(quiz.questions).toHaveLength(1);
      expect(quiz.questions[0]).toMatchObject({ format: 'true-false', isTrue: true, statement: 'Agent on each node' });
    }
  });
});

describe('question formats', () => {
  const questions = Array.from({ length: 12 }, (_, seed) => generateQuiz({ deck: quizDeck, count: 50, seed }).questions).flat();

  it('true/false pairs a term with its own definition or a close sibling’s', () => {
    const statements = ofFormat(questions, 'true-false') as TrueFalseQuestion[];
    expect(statements.some((question) => question.isTrue)).toBe(true);
    expect(statements.some((question) => !question.isTrue)).toBe(true);
    const kubelet = statements.find((question) => question.prompt === 'Kubelet' && !question.isTrue);
    expect(['Container Runtime', 'Kubelet CRI Shims', 'Kube-proxy']).toContain(kubelet?.shownTerm);
  });

  it('typed questions hide the term in its definition and accept the same term defined elsewhere', () => {
    const typed = ofFormat(questions, 'typed') as TypedQuestion[];
    expect(new Set(typed.map((question) => question.variant))).toEqual(new Set(['term', 'cloze', 'answer']));
    const etcd = typed.find((question) => question.expected === 'ETCD');
    expect(etcd?.alternatives).toEqual(['etcd']);
    expect(typed.find((question) => question.variant === 'cloze')).toMatchObject({
      prompt: 'The model that assigns each Pod an IP is called […]',
      expected: 'IP-per-Pod',
    });
    expect(typed.find((question) => question.variant === 'answer')).toMatchObject({ expected: 'every 3 months' });
    expect(typed.some((question) => question.prompt.startsWith('Why can there be'))).toBe(false);
  });

  it('typed questions know the nearby terms of the deck', () => {
    const typed = ofFormat(questions, 'typed') as TypedQuestion[];
    const kubelet = typed.find((question) => question.expected === 'Kubelet');
    expect(kubelet?.otherTerms.map((term) => term.text)).toEqual(expect.arrayContaining(['Kube-proxy', 'Kubelet CRI Shims', 'Scheduler']));
    expect(kubelet?.otherTerms.find((term) => term.text === 'Kube-proxy')?.cardId).toBe('kubernetes-architecture/definition/kube-proxy/reverse');
  });

  it('matching has 4–6 pairs from close notes', () => {
    const matching = ofFormat(questions, 'matching') as MatchingQuestion[];
    expect(matching.length).toBeGreaterThan(0);
    expect(new Set(matching.map((question) => question.pairs.length))).toEqual(new Set([4, 5, 6]));
    const index = indexDeckForQuiz(quizDeck);
    const partners = matchingPartners(noteOf('Scheduler'), index.definitions, 5, createRng(1));
    expect(
      partners
        .slice(0, 3)
        .map((note) => compactAnswer(note.term))
        .sort(),
    ).toEqual(['apiserver', 'controllermanager', 'etcd']);
    for (const note of partners) expect(note.chapterId).toBe('kubernetes-architecture');
  });

  it('matching is titled by the place its pairs share', () => {
    const titles = new Set(quizDeck.chapters.flatMap((chapter) => [chapter.title, ...chapter.sections.map((section) => section.title)]));
    for (const question of ofFormat(questions, 'matching') as MatchingQuestion[]) {
      const chapters = new Set(question.pairs.map((pair) => pair.chapterId));
      const sections = new Set(question.pairs.map((pair) => quizDeck.cards.find((card) => card.id === pair.cardId)?.sectionId));
      if (chapters.size > 1) expect(question.prompt).toBe('Kubernetes');
      else if (sections.size > 1) expect(question.prompt).toBe(quizDeck.chapters.find((chapter) => chapter.id === question.pairs[0].chapterId)?.title);
      else
        expect(titles.has(question.prompt) && question.prompt === quizDeck.cards.find((card) => card.id === question.pairs[0].cardId)?.sectionPath.at(-1)).toBe(
          true,
        );
    }
  });

  it('multiple choice definition → term hides the term from the prompt', () => {
    const reversed = (ofFormat(questions, 'multiple-choice') as MultipleChoiceQuestion[]).filter((question) => question.direction === 'definition-to-term');
    for (const question of reversed) expect(compactAnswer(question.prompt)).not.toContain(compactAnswer(question.options[question.correctIndex].text));
  });
});

describe('maskTerm', () => {
  it('hides the term, its plural and its stated abbreviation', () => {
    expect(maskTerm('Kubelet connects to the API; kubelets run on nodes', 'Kubelet')).toBe('[…] connects to the API; […] run on nodes');
    expect(maskTerm('CNCF hosts projects of the Cloud Native Computing Foundation', 'Cloud Native Computing Foundation (aka CNCF)')).toBe(
      '[…] hosts projects of the […]',
    );
    expect(maskTerm('network proxy: kube proxy or kube-proxy', 'Kube-proxy')).toBe('network proxy: […] or […]');
    expect(maskTerm('Podcasts are not Pods', 'Pod')).toBe('Podcasts are not […]');
  });
});

describe('format list', () => {
  it('defaults to all formats in a fixed order', () => {
    const formats: QuizFormat[] = generateQuiz({ deck: quizDeck, count: 5, seed: 1, formats: [] }).formats;
    expect(formats).toEqual([...ALL_QUIZ_FORMATS]);
  });
});
