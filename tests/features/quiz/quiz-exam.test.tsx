import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/domain/quiz-generate';
import type { MultipleChoiceQuestion, TrueFalseQuestion } from '../../../src/domain/quiz-types';
import { normaliseSeed } from '../../../src/domain/random';
import { logArray } from '../../study-data-kit';
import { makeClock, makeStore, MINUTE, SECOND, T0 } from '../screen-test-kit';
import { makeTicker, renderQuiz, studiedBefore } from './quiz-test-kit';
import { quizDeck } from '../../fixtures/quiz-screen-deck';

/** The exam the screen makes with every format and 6 questions: the seed is the clock at start, T0. */
const exam = generateQuiz({ deck: quizDeck, count: 6, seed: normaliseSeed(T0) });
const proxyChoice = exam.questions[0] as MultipleChoiceQuestion;
const deploymentStatement = exam.questions[5] as TrueFalseQuestion;

const navigator = () => screen.getByRole('navigation', { name: 'Questions' });
const navButtons = () =>
  within(navigator())
    .getAllByRole('button')
    .map((button) => button.getAttribute('aria-label'));
const timer = () => screen.getByRole('timer', { name: 'Time left' });
const prompt = () => screen.getByRole('heading', { level: 2 });
const quizLog = (store: ReturnType<typeof makeStore>) => logArray(store.getState().log[quizDeck.id]).filter((entry) => entry.origin === 'quiz');

async function startExam(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: /Exam/ }));
  const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
  await user.clear(count);
  await user.type(count, '6');
  await user.click(screen.getByRole('button', { name: 'Start exam' }));
}

// Whole quizzes by keyboard take a while on a busy machine; the default 5 s is too tight.
// Each test takes a whole quiz through the screen, keys and all; on a busy machine that is more than Vitest's 5 s.
describe('an exam', { timeout: 15_000 }, () => {
  it('flags, moves back and forth, warns about unanswered questions, and submits itself when time runs out', async () => {
    expect(exam.questions.map((question) => question.format)).toEqual(['multiple-choice', 'typed', 'matching', 'list-recall', 'typed', 'true-false']);
    expect(deploymentStatement.isTrue).toBe(false);
    const user = userEvent.setup();
    const store = makeStore();
    // Every card of the exam was studied ten days ago: in review now, so the exam's answers may grade them.
    const examCards = exam.questions.flatMap((question) => (question.format === 'matching' ? question.pairs.map((pair) => pair.cardId) : [question.cardId]));
    studiedBefore(store, quizDeck, examCards);
    const clock = makeClock();
    const ticker = makeTicker();
    renderQuiz('#/quiz?chapter=architecture', quizDeck, store, clock.now, ticker.ticker);
    // The link chose the chapter; the exam is over the whole deck.
    expect(screen.getByRole('combobox', { name: 'Quiz on' })).toHaveDisplayValue('All of chapter 2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quiz on' }), 'All chapters');
    await startExam(user);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('All chapters');
    expect(timer()).toHaveTextContent('06:00');
    expect(prompt()).toHaveFocus();

    // Question 1: a choice, then on with →.
    clock.advance(10 * SECOND);
    await user.keyboard(String(proxyChoice.correctIndex + 1));
    await user.keyboard('{ArrowRight}');
    // Question 2: typed; keys typed in the field are text, not shortcuts.
    expect(prompt()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveFocus();
    clock.advance(10 * SECOND);
    await user.keyboard('Servise f2{ArrowLeft}{ArrowRight}{Backspace}{Backspace}{Backspace}{Enter}');
    // Question 3: matching, flagged with F.
    expect(screen.getByText('Question 3 of 6')).toBeInTheDocument();
    await user.keyboard('f');
    expect(screen.getByRole('button', { name: 'Flag' })).toHaveAttribute('aria-pressed', 'true');
    expect(navButtons()).toEqual([
      'Question 1: answered',
      'Question 2: answered',
      'Question 3: not answered, flagged',
      'Question 4: not answered',
      'Question 5: not answered',
      'Question 6: not answered',
    ]);
    expect(within(navigator()).getByRole('button', { name: /Question 3/ })).toHaveAttribute('aria-current', 'step');
    // Back with ←: the typed answer is still there (typing "f" and "2" in it flagged nothing).
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText('Question 2 of 6')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveValue('Servise');
    // To question 6 from the navigator: true/false, where F answers False and Shift+F flags.
    await user.click(within(navigator()).getByRole('button', { name: /Question 6/ }));
    expect(prompt()).toHaveTextContent('Deployment');
    await user.keyboard('t');
    await user.keyboard('f');
    expect(screen.getByRole('button', { name: /False/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: /True/ })).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('{Shift>}F{/Shift}');
    expect(navButtons()[5]).toBe('Question 6: answered, flagged');
    // No feedback during an exam.
    expect(screen.queryByRole('status', { name: 'Answer feedback' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Correct|Not correct/)).not.toBeInTheDocument();

    // Submitting warns about the questions with no answer; nothing is graded yet.
    await user.click(screen.getAllByRole('button', { name: 'Submit exam' })[0]);
    const warning = screen.getByRole('region', { name: '3 questions have no answer' });
    expect(within(warning).getByRole('heading')).toHaveFocus();
    expect(warning).toHaveTextContent(
      'Questions 3, 4 and 5 have no answer yet. Unanswered questions count as wrong. You flagged questions 3 and 6 to come back to.',
    );
    expect(quizLog(store)).toEqual([]);
    await user.click(within(warning).getByRole('button', { name: 'Go to question 3' }));
    expect(screen.queryByRole('region', { name: /have no answer/ })).not.toBeInTheDocument();
    expect(screen.getByText('Question 3 of 6')).toBeInTheDocument();

    // The clock: shown as mm:ss, the last minute said once, and time-out submits.
    clock.advance(4 * MINUTE + 40 * SECOND);
    ticker.tick();
    expect(timer()).toHaveTextContent('01:00');
    expect(screen.getByText('1 minute left')).toBeInTheDocument();
    clock.advance(30 * SECOND);
    ticker.tick();
    expect(timer()).toHaveTextContent('00:30');
    clock.advance(31 * SECOND);
    ticker.tick();

    expect(screen.getByRole('heading', { level: 1, name: /^You scored/ })).toHaveFocus();
    expect(screen.getByText('Time ran out, so the exam was submitted with the answers you had given.')).toBeInTheDocument();
    expect(ticker.running).toBe(0);
    const [record] = store.getState().quizHistory;
    expect(record).toMatchObject({ mode: 'exam', questionCount: 6, startedAt: T0, finishedAt: T0 + 6 * MINUTE, timeLimitMs: 6 * MINUTE, timedOut: true });
    // Cards graded once, at submission, with origin 'quiz': right answers Good; a missed recall (typed, list) Again.
    const log = quizLog(store);
    expect(log.every((entry) => entry.at === T0 + 6 * MINUTE + SECOND)).toBe(true);
    const grades = Object.fromEntries(log.map((entry) => [entry.cardId, entry.rating]));
    expect(grades).toEqual({
      [proxyChoice.cardId]: 3,
      'basics/definition/service/reverse': 3,
      'architecture/enumeration/master-node-components': 1,
      'basics/definition/namespace/reverse': 1,
      'basics/definition/deployment': 3,
    });
    // The unanswered matching missed its cards, but a pick among shown options never makes a lapse on its own: they
    // are the quiz's misses (for weak topics), not grades.
    const matching = exam.questions[2];
    expect(matching.format).toBe('matching');
    const matchingCards = matching.format === 'matching' ? matching.pairs.map((pair) => pair.cardId) : [];
    expect(record.wrongCardIds.sort()).toEqual(
      [...matchingCards, 'architecture/enumeration/master-node-components', 'basics/definition/namespace/reverse'].sort(),
    );
    expect(record.results?.schedule).toEqual({ graded: 5, 'not-lapsed': matchingCards.length });
  });

  it('with every question answered, submits at once; Enter on the last question goes to the submit button', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
    await user.click(screen.getByRole('checkbox', { name: /Typed answer/ }));
    await user.click(screen.getByRole('checkbox', { name: /List recall/ }));
    await user.click(screen.getByRole('checkbox', { name: /Matching/ }));
    await startExam(user);
    for (let question = 1; question <= 6; question += 1) {
      expect(screen.getByText(`Question ${question} of 6`)).toBeInTheDocument();
      await user.keyboard(screen.queryByRole('button', { name: /True/ }) ? 't' : '1');
      await user.keyboard('{Enter}');
    }
    const [submit] = screen.getAllByRole('button', { name: 'Submit exam' }).slice(-1);
    expect(submit).toHaveFocus();
    clock.advance(2 * MINUTE);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('region', { name: /have no answer/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /^You scored/ })).toBeInTheDocument();
    expect(store.getState().quizHistory[0]).toMatchObject({ timedOut: false, finishedAt: T0 + 2 * MINUTE, timeLimitMs: 6 * MINUTE });
  });
});
