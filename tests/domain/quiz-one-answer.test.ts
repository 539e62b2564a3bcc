// Every question made from the owner's deck (the deck the app is built with) has exactly one defensible answer,
// for any seed: no option but the key is another name, a part or a kind of it; no option twice; no true/false
// statement restating a term; no option singled out by the asked term's words or by a blank; no option cut short.
import builtDeck from 'virtual:deck';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/domain/deck';
import { answerTokens, compactAnswer, sameTerm } from '../../src/domain/quiz-answer-match';
import { generateQuiz } from '../../src/domain/quiz-generate';
import type { MatchingQuestion, MultipleChoiceQuestion, Question, TrueFalseQuestion } from '../../src/domain/quiz-types';
import { ALL_QUIZ_FORMATS } from '../../src/domain/quiz-types';
import { expectWellFormedQuestion } from '../fixtures/quiz-invariants';

const deck: Deck = builtDeck;

/** Names of one thing in the owner's notes, read by hand (the notes state them; the code under test must find them). */
const SAME_THING: readonly (readonly string[])[] = [
  ['Nomad', 'Hashicorp Nomad'],
  ['Marathon', 'Mesos Marathon'],
  ['Amazon Elastic Container Service', 'Amazon ECS', 'ECS'],
  ['CNI', 'Container Network Interface'],
  ['Master Node', 'MN'],
  ['Worker Node', 'WN'],
  ['Docker Swarm', 'Swarm'],
  ['Azure Service Fabric', 'Service Fabric'],
  ['ETCD', 'etcd'],
];

const words = (text: string) => answerTokens(text);
/** A word without the endings of a noun or a doer, by a rule of this test's own: "orchestration", "orchestrator" → "orchestrat". */
const root = (word: string) => word.replace(/(ion|or|er)$/, '');

/** The shorter name's words end the longer one's ("Controller Manager" / "kube-controller-manager"), or the same roots. */
function partOrWhole(a: string, b: string): boolean {
  const [left, right] = [words(a).map(root), words(b).map(root)];
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.length > 0 && longer.slice(longer.length - shorter.length).join(' ') === shorter.join(' ');
}

function namesOneThing(a: string, b: string): boolean {
  const known = (text: string) => SAME_THING.findIndex((names) => names.some((name) => compactAnswer(name) === compactAnswer(text)));
  return sameTerm(a, b) || (known(a) >= 0 && known(a) === known(b)) || partOrWhole(a, b);
}

/** Every pair of terms a question shows as alternatives to each other. */
function rivalTerms(question: Question): [string, string][] {
  const pairs = (terms: readonly string[]) => terms.flatMap((term, index) => terms.slice(index + 1).map((other): [string, string] => [term, other]));
  switch (question.format) {
    case 'multiple-choice':
      return question.direction === 'definition-to-term'
        ? pairs(question.options.map((option) => option.text))
        : pairs([question.prompt, ...question.options.flatMap((option) => (option.belongsTo === question.prompt ? [] : [option.belongsTo ?? '']))]);
    case 'true-false':
      return question.isTrue ? [] : [[question.prompt, question.shownTerm]];
    case 'matching':
      return pairs(question.pairs.map((pair) => pair.term));
    default:
      return [];
  }
}

/** The term's words, in order, inside the text. */
function saysTerm(text: string, term: string): boolean {
  const said = ` ${words(text).join(' ')} `;
  return [term, term.replace(/\s*\([^)]*\)/g, '')].some((form) => words(form).length > 0 && said.includes(` ${words(form).join(' ')} `));
}

const cutShort = (text: string) => /(?::|…|\.\.\.|,)\s*$/.test(text);

function expectOneDefensibleAnswer(question: Question): void {
  for (const [a, b] of rivalTerms(question)) expect(namesOneThing(a, b), `${question.format}: “${a}” beside “${b}”`).toBe(false);
  if (question.format === 'true-false') expectStatementRestatesNothing(question);
  if (question.format === 'multiple-choice' && question.direction === 'term-to-definition') expectOptionsAlike(question);
  if (question.format === 'matching') expectDefinitionsWhole(question);
}

function expectStatementRestatesNothing(question: TrueFalseQuestion): void {
  expect(saysTerm(question.statement, question.shownTerm), question.statement).toBe(false);
  expect(saysTerm(question.statement, question.prompt), question.statement).toBe(false);
  expect(cutShort(question.statement), question.statement).toBe(false);
}

function expectOptionsAlike(question: MultipleChoiceQuestion): void {
  const texts = question.options.map((option) => option.text);
  for (const text of texts) {
    expect(saysTerm(text, question.prompt), `${question.prompt}: ${text}`).toBe(false);
    expect(cutShort(text), text).toBe(false);
  }
  const withBlank = texts.filter((text) => text.includes('[…]'));
  expect(withBlank.length === 1 && withBlank[0] === texts[question.correctIndex], `the key alone has a blank: ${texts.join(' | ')}`).toBe(false);
}

function expectDefinitionsWhole(question: MatchingQuestion): void {
  question.pairs.forEach((pair) => {
    expect(saysTerm(pair.definition, pair.term), pair.definition).toBe(false);
    expect(cutShort(pair.definition), pair.definition).toBe(false);
  });
}

describe('one defensible answer over the owner’s deck', () => {
  it('holds for every question of many seeded quizzes', () => {
    let asked = 0;
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 5, max: 50 }), fc.subarray([...ALL_QUIZ_FORMATS], { minLength: 1 }), (seed, count, formats) => {
        for (const question of generateQuiz({ deck, count, formats, seed }).questions) {
          expectWellFormedQuestion(question, deck);
          expectOneDefensibleAnswer(question);
          asked += 1;
        }
      }),
      { numRuns: 150, seed: 11 },
    );
    expect(asked).toBeGreaterThan(2000);
  }, 180_000);

  it('never offers two names of one thing, a part beside its whole, or a restated term (the cases the notes invite)', () => {
    const all = Array.from({ length: 40 }, (_, seed) => generateQuiz({ deck, count: 50, seed }).questions).flat();
    const options = (question: Question) => (question.format === 'multiple-choice' ? question.options.map((option) => option.belongsTo ?? option.text) : []);
    const together = (a: string, b: string) =>
      all.some((question) => [a, b].every((name) => [question.prompt, ...options(question)].some((text) => compactAnswer(text) === compactAnswer(name))));
    expect(together('kube-controller-manager', 'Controller Manager')).toBe(false);
    expect(together('Container Orchestrator', 'Container orchestration')).toBe(false);
    expect(together('Mesos Marathon', 'Marathon')).toBe(false);
    // Asked in every format, the definition restating its term never shows it.
    const orchestration = all.filter((question) => question.cardId.startsWith('container-orchestration/definition/container-orchestration'));
    expect(orchestration.length).toBeGreaterThan(0);
    for (const question of orchestration) expect(JSON.stringify(question)).not.toMatch(/"(?:statement|text|definition)":"Container orchestration groups/);
  });
});
