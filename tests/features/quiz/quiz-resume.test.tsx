// A quiz is never lost on the quiz screen: left and opened again it is the same quiz at the same question; a link to
// another part of the deck offers it back, and a new quiz replaces it only when the learner says so; discarding asks
// first; a past quiz's results page says what it can when the quiz is unknown, in another deck, or older than results.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { QuizRecord } from '../../../src/domain/quiz-record';
import { selectQuizSession } from '../../../src/store/study-selectors';
import { quizDeck } from '../../fixtures/quiz-screen-deck';
import { makeClock, makeStore, MINUTE, SECOND, T0 } from '../screen-test-kit';
import { makeTicker, renderQuiz } from './quiz-test-kit';

const timer = () => screen.getByRole('timer', { name: 'Time left' });
const navButtons = () =>
  within(screen.getByRole('navigation', { name: 'Questions' }))
    .getAllByRole('button')
    .map((button) => button.getAttribute('aria-label'));

async function startExam(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: /Exam/ }));
  const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
  await user.clear(count);
  await user.type(count, '5');
  await user.click(screen.getByRole('button', { name: 'Start exam' }));
}

/** A 5-question exam started on the quiz screen at T0, then the screen left (its store and clock stay). */
async function examLeftInProgress(user: ReturnType<typeof userEvent.setup>) {
  const store = makeStore();
  const clock = makeClock();
  const screenShown = renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
  await startExam(user);
  screenShown.unmount();
  return { store, clock };
}

describe('a quiz in progress on the quiz screen', { timeout: 15_000 }, () => {
  it('left and opened again, is the same quiz: the same question, its answers and flags, the time left from its deadline', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    const first = renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
    await startExam(user);
    expect(timer()).toHaveTextContent('05:00');
    // Question 1 names the items of a list; one is given.
    const firstPrompt = screen.getByRole('heading', { level: 2 }).textContent;
    await user.type(screen.getByRole('textbox', { name: /^Item 1 of/ }), 'API Server');
    await user.keyboard('{Escape}{ArrowRight}');
    const secondPrompt = screen.getByRole('heading', { level: 2 }).textContent;
    await user.click(screen.getByRole('button', { name: /^Flag/ }));
    const shown = navButtons();
    expect(shown.slice(0, 2)).toEqual(['Question 1: answered', 'Question 2: not answered, flagged']);
    first.unmount();

    // 90 seconds later, the quiz screen again (Back, the nav, a reload: the store is all it has).
    clock.advance(90 * SECOND);
    renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
    expect(screen.getByText('Question 2 of 5')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(secondPrompt!);
    expect(navButtons()).toEqual(shown);
    expect(timer()).toHaveTextContent('03:30');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(firstPrompt!);
    expect(screen.getByRole('textbox', { name: /^Item 1 of/ })).toHaveValue('API Server');
  });

  it('whose time ran out while away, is submitted when opened again, with the time it had', async () => {
    const user = userEvent.setup();
    const { store, clock } = await examLeftInProgress(user);
    clock.advance(20 * MINUTE);
    const ticker = makeTicker();
    renderQuiz('#/quiz', quizDeck, store, clock.now, ticker.ticker);
    ticker.tick();
    expect(screen.getByRole('heading', { level: 1, name: /^You scored/ })).toBeInTheDocument();
    expect(store.getState().quizHistory[0]).toMatchObject({ timedOut: true, finishedAt: T0 + 5 * MINUTE });
    expect(selectQuizSession(quizDeck.id)(store.getState())).toBeNull();
  });

  it('is offered back when a link asks for another part of the deck, and a new quiz replaces it only when asked to', async () => {
    const user = userEvent.setup();
    const { store, clock } = await examLeftInProgress(user);
    const running = selectQuizSession(quizDeck.id)(store.getState());

    renderQuiz('#/quiz?chapter=architecture', quizDeck, store, clock.now, makeTicker().ticker);
    const resume = screen.getByRole('region', { name: 'Resume your quiz' });
    expect(resume).toHaveTextContent('Exam on All chapters: 0 of 5 answered, 5 min left.');
    expect(within(resume).getByRole('link', { name: 'Resume quiz' })).toHaveAttribute('href', '#/quiz');
    expect(screen.getByRole('combobox', { name: 'Quiz on' })).toHaveDisplayValue('All of chapter 2');

    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    const ask = screen.getByRole('group', { name: 'Start a new quiz?' });
    expect(ask).toHaveTextContent('Starting “Chapter 2: Architecture” discards it');
    expect(within(ask).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(selectQuizSession(quizDeck.id)(store.getState())).toBe(running);

    clock.advance(MINUTE);
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    await user.click(screen.getByRole('button', { name: 'Discard it and start' }));
    const started = selectQuizSession(quizDeck.id)(store.getState())!;
    expect(started.plan.scope).toEqual({ kind: 'chapter', chapterId: 'architecture' });
    expect(started.startedAt).toBe(T0 + MINUTE);
    expect(window.location.hash).toBe('#/quiz');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Chapter 2: Architecture');
  });

  it('is discarded only after asking, from its panel', async () => {
    const user = userEvent.setup();
    const { store, clock } = await examLeftInProgress(user);
    renderQuiz('#/quiz?chapter=basics', quizDeck, store, clock.now, makeTicker().ticker);

    await user.click(screen.getByRole('button', { name: 'Discard it…' }));
    const ask = screen.getByRole('group', { name: 'Discard the quiz in progress?' });
    expect(within(ask).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: 'Discard the quiz in progress?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Discard it…' })).toHaveFocus();
    expect(selectQuizSession(quizDeck.id)(store.getState())).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Discard it…' }));
    await user.click(screen.getByRole('button', { name: 'Discard quiz' }));
    expect(screen.queryByRole('region', { name: 'Resume your quiz' })).toBeNull();
    expect(selectQuizSession(quizDeck.id)(store.getState())).toBeNull();
    expect(store.getState().quizHistory).toEqual([]);
  });
});

describe('a past quiz’s results page', () => {
  const older: QuizRecord = {
    id: 'quiz-before-results',
    deckId: quizDeck.id,
    startedAt: T0 - 10 * MINUTE,
    finishedAt: T0 - 5 * MINUTE,
    mode: 'practice',
    questionCount: 4,
    score: 3,
    wrongCardIds: ['basics/definition/pod'],
  };

  it('of a quiz kept before results pages were, shows its score and retries what it missed', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    store.getState().addQuizRecord(older);
    renderQuiz(`#/quiz/results/${older.id}`, quizDeck, store, makeClock().now, makeTicker().ticker);
    expect(screen.getByRole('heading', { level: 1, name: 'You scored 75%' })).toHaveFocus();
    expect(screen.getByText(/The answers of this quiz are not kept/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retake this quiz' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Retry the ones I missed (1 card)' }));
    expect(window.location.hash).toBe('#/quiz');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('1 missed card');
    expect(selectQuizSession(quizDeck.id)(store.getState())?.plan.scope).toEqual({ kind: 'cards', cardIds: ['basics/definition/pod'] });
  });

  it('says so for a quiz not in the history, or taken in another deck', () => {
    const store = makeStore();
    store.getState().addQuizRecord({ ...older, deckId: 'another-deck' });
    const first = renderQuiz('#/quiz/results/no-such-quiz', quizDeck, store, makeClock().now, makeTicker().ticker);
    expect(screen.getByRole('heading', { level: 1, name: 'This quiz is not in your history' })).toBeInTheDocument();
    first.unmount();
    renderQuiz(`#/quiz/results/${older.id}`, quizDeck, store, makeClock().now, makeTicker().ticker);
    expect(screen.getByRole('heading', { level: 1, name: 'This quiz was taken in another deck' })).toBeInTheDocument();
  });
});
