import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../src/domain/quiz-generate';
import type { ListRecallQuestion, MultipleChoiceQuestion, QuizFormat } from '../../../src/domain/quiz-types';
import { normaliseSeed } from '../../../src/domain/random';
import { cardValue } from '../../../src/domain/card-map';
import { logArray } from '../../study-data-kit';
import { makeClock, makeStore, SECOND, T0 } from '../screen-test-kit';
import { makeTicker, renderQuiz, studiedBefore } from './quiz-test-kit';
import { quizDeck } from '../../fixtures/quiz-screen-deck';

const FORMATS: QuizFormat[] = ['multiple-choice', 'typed', 'list-recall'];
/** The quiz the screen makes: the seed is the clock at start, T0. */
const quiz = generateQuiz({ deck: quizDeck, count: 5, formats: FORMATS, seed: normaliseSeed(T0) });
const [, , kubeletChoice, namespaceChoice, componentsList] = quiz.questions as [
  unknown,
  unknown,
  MultipleChoiceQuestion,
  MultipleChoiceQuestion,
  ListRecallQuestion,
];

const feedback = () => screen.getByRole('status', { name: 'Answer feedback' });
const prompt = () => screen.getByRole('heading', { level: 2 });
/** The grades quizzes gave, as [card, rating, duration, origin]. */
const questionLog = (store: ReturnType<typeof makeStore>) =>
  logArray(store.getState().log[quizDeck.id])
    .filter((entry) => entry.origin === 'quiz')
    .map((entry) => [entry.cardId, entry.rating, entry.durationMs, entry.origin]);

async function setUpPractice(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('checkbox', { name: /True or false/ }));
  await user.click(screen.getByRole('checkbox', { name: /Matching/ }));
  const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
  await user.clear(count);
  // Enter in the form starts the quiz.
  await user.type(count, '5{Enter}');
}

// Whole quizzes by keyboard take a while on a busy machine; the default 5 s is too tight.
// Each test takes a whole quiz through the screen, keys and all; on a busy machine that is more than Vitest's 5 s.
describe('a practice quiz', { timeout: 15_000 }, () => {
  it('is answered by keyboard only, with feedback after each answer and each studied card graded as it is answered', async () => {
    expect(quiz.questions.map((question) => `${question.format} ${question.cardId}`)).toEqual([
      'typed architecture/definition/etcd/reverse',
      'typed architecture/definition/kube-proxy/reverse',
      'multiple-choice architecture/definition/kubelet',
      'multiple-choice basics/definition/namespace',
      'list-recall architecture/enumeration/master-node-components',
    ]);
    const user = userEvent.setup();
    const store = makeStore();
    // Every card of the quiz was studied ten days ago: in review now, so quiz answers may grade them.
    studiedBefore(
      store,
      quizDeck,
      quiz.questions.map((question) => question.cardId),
    );
    const clock = makeClock();
    const ticker = makeTicker();
    renderQuiz('#/quiz', quizDeck, store, clock.now, ticker.ticker);
    await setUpPractice(user);

    // 1. A typed term with a small typo: accepted, and the feedback says why.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('All chapters');
    expect(screen.getByText('Question 1 of 5')).toBeInTheDocument();
    const answer = screen.getByRole('textbox', { name: 'Your answer' });
    expect(answer).toHaveFocus();
    clock.advance(5 * SECOND);
    await user.keyboard('ectd{Enter}');
    expect(feedback()).toHaveTextContent('Correct');
    expect(feedback()).toHaveTextContent('Accepted: small typo (ectd → ETCD)');
    expect(within(feedback()).getByRole('link', { name: 'Chapter 2 › Components' })).toHaveAttribute(
      'href',
      '#/chapters/architecture?section=architecture/components',
    );
    // Graded at once, not at the end.
    expect(questionLog(store)).toEqual([['architecture/definition/etcd/reverse', 3, 5000, 'quiz']]);
    await user.keyboard('{Enter}');

    // 2. Another term of the deck typed instead: not accepted, and named.
    expect(screen.getByText('Question 2 of 5')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your answer' })).toHaveFocus();
    clock.advance(4 * SECOND);
    await user.keyboard('Kubelet{Enter}');
    expect(feedback()).toHaveTextContent('Not correct');
    expect(feedback()).toHaveTextContent('Not accepted: Kubelet is a different term');
    expect(feedback()).toHaveTextContent('Your answer: Kubelet');
    expect(feedback()).toHaveTextContent('Right answer: Kube-proxy');
    await user.keyboard('{Enter}');

    // 3. Multiple choice by number: the right one.
    expect(prompt()).toHaveTextContent('Kubelet');
    expect(prompt()).toHaveFocus();
    const options = () => within(screen.getByRole('group', { name: /Kubelet Choose the definition/ })).getAllByRole('button');
    clock.advance(3 * SECOND);
    await user.keyboard(String(kubeletChoice.correctIndex + 1));
    expect(options()[kubeletChoice.correctIndex]).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Enter}');
    expect(feedback()).toHaveTextContent('Correct');
    expect(options()[kubeletChoice.correctIndex]).toHaveTextContent('Your answer, right');
    await user.keyboard('{Enter}');

    // 4. Multiple choice by letter: a wrong one, and whose definition it was.
    expect(prompt()).toHaveTextContent('Namespace');
    const wrongIndex = namespaceChoice.correctIndex === 0 ? 1 : 0;
    const wrongOption = namespaceChoice.options[wrongIndex];
    clock.advance(6 * SECOND);
    await user.keyboard(['a', 'b'][wrongIndex]);
    await user.keyboard('{Enter}');
    expect(feedback()).toHaveTextContent('Not correct');
    expect(feedback()).toHaveTextContent(`That is the definition of ${wrongOption.belongsTo}`);
    expect(feedback()).toHaveTextContent(`Right answer: ${namespaceChoice.options[namespaceChoice.correctIndex].text}`);
    // The answer is final once checked: another key changes nothing.
    await user.keyboard(['b', 'a'][wrongIndex]);
    expect(within(screen.getByRole('group', { name: /Namespace/ })).getAllByRole('button')[wrongIndex]).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Enter}');

    // 5. List recall: Enter moves to the next field; Enter in an empty one checks. 3 of 4 is partial credit.
    expect(prompt()).toHaveTextContent(componentsList.prompt);
    expect(screen.getByRole('textbox', { name: 'Item 1 of 4' })).toHaveFocus();
    clock.advance(20 * SECOND);
    await user.keyboard('API Server{Enter}scheduler{Enter}');
    expect(screen.getByRole('textbox', { name: 'Item 3 of 4' })).toHaveFocus();
    await user.keyboard('etcd{Enter}{Enter}');
    expect(feedback()).toHaveTextContent('Partly right');
    expect(feedback()).toHaveTextContent('3 of 4 named');
    expect(
      within(feedback())
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['✓Named: API Server', '✓Named: Scheduler', '✗Missing: Controller Manager', '✓Named: ETCD']);
    expect(screen.getByRole('button', { name: /See results/ })).toBeInTheDocument();

    expect(questionLog(store)).toEqual([
      ['architecture/definition/etcd/reverse', 3, 5000, 'quiz'],
      // A wrong typed answer is a recall that failed: Again, as a review would give.
      ['architecture/definition/kube-proxy/reverse', 1, 4000, 'quiz'],
      ['architecture/definition/kubelet', 3, 3000, 'quiz'],
      // Namespace's wrong pick among options is no lapse of a card in review: not graded.
      // 3 of 4 is Hard: remembered with a gap.
      ['architecture/enumeration/master-node-components', 2, 20000, 'quiz'],
    ]);
    expect(cardValue(store.getState().progress[quizDeck.id], 'basics/definition/namespace')!.scheduling.lapses).toBe(0);
    expect(store.getState().quizHistory).toEqual([]);

    clock.advance(2 * SECOND);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'You scored 55%' })).toHaveFocus();
    expect(
      within(screen.getByRole('region', { name: 'Your review schedule' }))
        .getAllByRole('paragraph')
        .map((line) => line.textContent),
    ).toEqual([
      '4 cards graded for your review schedule.',
      '1 card you know from reviews missed here by a wrong pick: kept as a quiz miss (see Weak topics), not a lapse.',
    ]);
    expect(store.getState().quizHistory).toEqual([
      {
        id: `quiz-${T0.toString(36)}-${(normaliseSeed(T0) >>> 0).toString(36)}`,
        deckId: quizDeck.id,
        startedAt: T0,
        finishedAt: T0 + 40 * SECOND,
        mode: 'practice',
        questionCount: 5,
        score: 2.75,
        wrongCardIds: ['architecture/definition/kube-proxy/reverse', 'basics/definition/namespace', 'architecture/enumeration/master-node-components'],
        confusions: [
          { cardId: 'architecture/definition/kube-proxy/reverse', confusedWithCardId: 'architecture/definition/kubelet/reverse' },
          { cardId: 'basics/definition/namespace', confusedWithCardId: wrongOption.cardId },
        ],
        scopeLabel: 'All chapters',
        scope: { kind: 'deck' },
        seed: normaliseSeed(T0),
        formats: FORMATS,
        requestedCount: 5,
        results: expect.objectContaining({
          total: { questions: 5, correct: 2, points: 2.75, ratio: 0.55 },
          schedule: { graded: 4, 'not-lapsed': 1 },
        }),
      },
    ]);
    // Practice grades were given as the answers came: finishing gives none twice.
    expect(questionLog(store)).toHaveLength(4);
    // The quiz is over: nothing is left in progress.
    expect(store.getState().quizSessions[quizDeck.id]?.running).toBeNull();
  });

  it('asks for an answer before checking, and “I don’t know” shows it and counts as wrong; a new card stays new', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
    await setUpPractice(user);
    await user.click(screen.getByRole('button', { name: /Check answer/ }));
    expect(screen.getByText('Answer first, or choose “I don’t know” to see the answer.')).toBeInTheDocument();
    expect(feedback()).toBeEmptyDOMElement();
    expect(store.getState().log).toEqual({});

    await user.click(screen.getByRole('button', { name: 'I don’t know' }));
    expect(feedback()).toHaveTextContent('Not answered');
    expect(feedback()).toHaveTextContent('Right answer: ETCD');
    expect(screen.getByRole('button', { name: /Next question/ })).toHaveFocus();
    // A quiz never introduces a card: the new card is not graded, and the session notes why.
    expect(store.getState().log).toEqual({});
    expect(store.getState().quizSessions[quizDeck.id]?.running?.outcomes).toEqual({ 'architecture/definition/etcd/reverse': 'new-card' });
  });

  it('ended early, keeps the questions answered so far in its result and history', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    const clock = makeClock();
    renderQuiz('#/quiz', quizDeck, store, clock.now, makeTicker().ticker);
    await setUpPractice(user);
    await user.keyboard('ETCD{Enter}{Enter}');
    await user.keyboard('Kube-proxy{Enter}');
    await user.click(screen.getByRole('button', { name: 'End quiz' }));
    expect(screen.getByRole('heading', { level: 1, name: 'You scored 100%' })).toBeInTheDocument();
    expect(screen.getByText('2 of 2 points')).toBeInTheDocument();
    expect(store.getState().quizHistory.map((record) => [record.questionCount, record.score])).toEqual([[2, 2]]);
  });

  it('ended before any answer, goes back to the set-up and keeps nothing', async () => {
    const user = userEvent.setup();
    const store = makeStore();
    renderQuiz('#/quiz', quizDeck, store, makeClock().now, makeTicker().ticker);
    await setUpPractice(user);
    await user.click(screen.getByRole('button', { name: 'End quiz' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Quiz yourself' })).toHaveFocus();
    expect(store.getState().quizHistory).toEqual([]);
  });
});
