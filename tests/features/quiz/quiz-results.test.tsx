import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/domain/quiz-generate';
import type { MultipleChoiceQuestion, TrueFalseQuestion } from '../../../src/domain/quiz-types';
import { normaliseSeed } from '../../../src/domain/random';
import { makeClock, makeStore, MINUTE, SECOND, T0 } from '../screen-test-kit';
import { makeTicker, renderQuiz } from './quiz-test-kit';
import { quizDeck } from '../../fixtures/quiz-screen-deck';

/** A practice quiz of choices and true/false, 6 questions, seeded by the clock at start (T0). */
const quiz = generateQuiz({ deck: quizDeck, count: 6, formats: ['multiple-choice', 'true-false'], seed: normaliseSeed(T0) });
type ChoiceOrStatement = MultipleChoiceQuestion | TrueFalseQuestion;
const questions = quiz.questions as ChoiceOrStatement[];

/** Keys that answer a question right, or wrong. */
function keyFor(question: ChoiceOrStatement, right: boolean): string {
  if (question.format === 'true-false') return question.isTrue === right ? 't' : 'f';
  const index = right ? question.correctIndex : (question.correctIndex + 1) % question.options.length;
  return String(index + 1);
}

const chapterOf = (question: ChoiceOrStatement) => (question.chapterId === 'basics' ? '1. Basics' : '2. Architecture');

/** Answers questions 2 and 5 wrongly, the rest right, then sees the results. */
async function takeQuiz(user: ReturnType<typeof userEvent.setup>, clock: ReturnType<typeof makeClock>) {
  for (const format of [/Typed answer/, /List recall/, /Matching/]) await user.click(screen.getByRole('checkbox', { name: format }));
  const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
  await user.clear(count);
  await user.type(count, '6{Enter}');
  for (const [index, question] of questions.entries()) {
    clock.advance(30 * SECOND);
    await user.keyboard(keyFor(question, index !== 1 && index !== 4));
    await user.keyboard('{Enter}{Enter}');
  }
}

const WRONG = [questions[1], questions[4]];

// Whole quizzes by keyboard take a while on a busy machine; the default 5 s is too tight.
// Each test takes a whole quiz through the screen, keys and all; on a busy machine that is more than Vitest's 5 s.
describe('quiz results', { timeout: 15_000 }, () => {
  it('show the score, time, breakdowns by chapter and kind, and each mistake next to the right answer', async () => {
    expect(questions.map((question) => question.format)).toEqual([
      'multiple-choice',
      'multiple-choice',
      'multiple-choice',
      'true-false',
      'true-false',
      'true-false',
    ]);
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
    await takeQuiz(user, clock);

    expect(screen.getByRole('heading', { level: 1, name: 'You scored 67%' })).toHaveFocus();
    expect(screen.getByText('Practice results · All chapters')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Score' })).toHaveAttribute('aria-valuetext', '4 of 6 points');
    const facts = screen.getByRole('region', { name: 'Score' });
    expect(within(facts).getByText('Right').nextElementSibling).toHaveTextContent('4 of 6');
    expect(within(facts).getByText('Time taken').nextElementSibling).toHaveTextContent('3 min');

    const rows = (name: string) =>
      within(screen.getByRole('region', { name }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.children].map((cell) => cell.textContent));
    const expectedRows = (labelOf: (question: ChoiceOrStatement) => string, order: string[]) =>
      order.flatMap((label) => {
        const asked = questions.filter((question) => labelOf(question) === label);
        if (asked.length === 0) return [];
        const right = asked.filter((question) => !WRONG.includes(question)).length;
        return [[label, `${right} of ${asked.length}`, `${Math.round((right / asked.length) * 100)}%`]];
      });
    expect(rows('By chapter')).toEqual(expectedRows(chapterOf, ['1. Basics', '2. Architecture']));
    expect(rows('By kind of question')).toEqual([
      ['Multiple choice', '2 of 3', '67%'],
      ['True or false', '2 of 3', '67%'],
    ]);

    const mistakes = within(screen.getByRole('region', { name: 'Review your mistakes (2)' }))
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('quiz-mistake'));
    expect(mistakes).toHaveLength(2);
    const [choiceMistake, statementMistake] = [mistakes[0], mistakes[1]];
    const choice = questions[1] as MultipleChoiceQuestion;
    expect(choiceMistake).toHaveTextContent(`Question 2 · Multiple choice`);
    expect(choiceMistake).toHaveTextContent(`Your answer: ${choice.options[(choice.correctIndex + 1) % 4].text}`);
    expect(choiceMistake).toHaveTextContent(`Right answer: ${choice.options[choice.correctIndex].text}`);
    const section = choice.chapterId === 'basics' ? ['basics', 'Chapter 1 › Workloads'] : ['architecture', 'Chapter 2 › Components'];
    expect(within(choiceMistake).getByRole('link', { name: section[1] })).toHaveAttribute(
      'href',
      `#/chapters/${section[0]}?section=${section[0]}/${section[0] === 'basics' ? 'workloads' : 'components'}`,
    );
    const statement = questions[4] as TrueFalseQuestion;
    expect(statementMistake).toHaveTextContent(`Question 5 · True or false`);
    expect(statementMistake).toHaveTextContent(`Right answer: ${statement.isTrue ? 'True' : 'False'}`);
    expect(statementMistake).toHaveTextContent(`${statement.prompt}: ${statement.rightDefinition}`);
  });

  it('retry the ones I missed: a new quiz over exactly those cards, then both quizzes are in the history', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
    await takeQuiz(user, clock);
    const missed = WRONG.map((question) => question.cardId);
    expect(store.getState().quizHistory[0].wrongCardIds).toEqual(missed);

    clock.advance(MINUTE);
    await user.click(screen.getByRole('button', { name: 'Retry the ones I missed (2 cards)' }));
    expect(screen.getByRole('heading', { level: 1, name: '2 missed cards' })).toBeInTheDocument();
    // Every question of the retry asks about a missed card (or its reverse).
    const missedNotes = new Set(quizDeck.cards.filter((card) => missed.includes(card.id)).map((card) => card.noteId));
    const retryCards = store.getState().quizSessions[quizDeck.id]!.running!.quiz.questions.map((question) => question.cardId);
    expect(retryCards.length).toBeGreaterThan(0);
    for (const cardId of retryCards) expect(missedNotes).toContain(quizDeck.cards.find((card) => card.id === cardId)?.noteId);
    // Answer whatever comes until the results.
    while (!screen.queryByRole('heading', { level: 1, name: /^You scored/ })) {
      await user.keyboard(screen.queryByRole('button', { name: /True/ }) ? 't' : '1');
      await user.keyboard('{Enter}{Enter}');
    }

    const [first, second] = store.getState().quizHistory;
    expect(second.scope).toEqual({ kind: 'cards', cardIds: missed });
    expect(second.scopeLabel).toBe('2 missed cards');
    const history = within(screen.getByRole('region', { name: 'Past quizzes' })).getAllByRole('listitem');
    expect(history.map((item) => item.textContent)).toEqual([
      `2 missed cards (this quiz)27 Nov 2026, 09:04 · Practice${Math.round((second.score / second.questionCount) * 100)}% ${second.score} of ${second.questionCount}`,
      `All chapters27 Nov 2026, 09:03 · Practice67% ${first.score} of 6`,
    ]);
  });

  it('retake this quiz asks the same questions again, as a quiz of its own', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
    await takeQuiz(user, clock);
    clock.advance(MINUTE);
    await user.click(screen.getByRole('button', { name: 'Retake this quiz' }));
    const prompts: string[] = [];
    for (let index = 0; index < questions.length; index += 1) {
      prompts.push(screen.getByRole('heading', { level: 2 }).textContent ?? '');
      await user.keyboard(keyFor(questions[index], true));
      await user.keyboard('{Enter}{Enter}');
    }
    expect(prompts).toEqual(questions.map((question) => question.prompt));
    expect(screen.getByRole('heading', { level: 1, name: 'You scored 100%' })).toBeInTheDocument();
    const [first, second] = store.getState().quizHistory;
    expect(second.seed).toBe(first.seed);
    expect(second.id).not.toBe(first.id);
  });

  it('a new quiz goes back to the set-up with the last choices, and the history below it', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
    await takeQuiz(user, clock);
    await user.click(screen.getByRole('button', { name: 'New quiz' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Quiz yourself' })).toHaveFocus();
    expect(screen.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue(6);
    expect(screen.getByRole('checkbox', { name: /Matching/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /True or false/ })).toBeChecked();
    const history = within(screen.getByRole('region', { name: 'Past quizzes' })).getAllByRole('listitem');
    expect(history.map((item) => item.textContent)).toEqual([`All chapters27 Nov 2026, 09:03 · Practice67% 4 of 6`]);
  });
});
