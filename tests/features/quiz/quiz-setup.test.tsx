import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { makeClock, makeStore } from '../screen-test-kit';
import { makeTicker, renderQuiz } from './quiz-test-kit';
import { quizDeck } from '../../fixtures/quiz-screen-deck';

const realDeck: Deck = builtDeck;
const scopeSelect = () => screen.getByRole('combobox', { name: 'Quiz on' });
const render = (hash: string, deck: Deck = quizDeck) => {
  const store = makeStore();
  renderQuiz(hash, deck, store, makeClock().now, makeTicker().ticker);
  return store;
};

// Whole quizzes by keyboard take a while on a busy machine; the default 5 s is too tight.
describe('quiz set-up', () => {
  it('offers the whole deck, each chapter with notes and its sections, and counts the cards of the choice', () => {
    render('#/quiz', realDeck);
    expect(screen.getByRole('heading', { level: 1, name: 'Quiz yourself' })).toBeInTheDocument();
    expect(scopeSelect()).toHaveDisplayValue('All chapters');
    expect(screen.getByText(`${realDeck.cards.length} cards in this part of your notes`)).toBeInTheDocument();
    const groups = within(scopeSelect())
      .getAllByRole('group')
      .map((group) => group.getAttribute('label'));
    // Chapter 4 has no notes yet, so nothing to quiz on.
    expect(groups).toEqual(['Chapter 1: Container Orchestration', 'Chapter 2: Kubernetes', 'Chapter 3: Kubernetes Architecture']);
    const architecture = within(scopeSelect()).getAllByRole('group')[2];
    expect(within(architecture).getAllByRole('option')[0]).toHaveTextContent('All of chapter 3');
    expect(within(architecture).getByRole('option', { name: 'Explain different components for master and worker nodes' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue(10);
    for (const format of ['Multiple choice', 'True or false', 'Typed answer', 'List recall', 'Matching']) {
      expect(screen.getByRole('checkbox', { name: new RegExp(format) })).toBeChecked();
    }
    expect(screen.getByRole('radio', { name: /Practice/ })).toBeChecked();
  });

  it.each([
    ['#/quiz?chapter=architecture', 'All of chapter 2', '11 cards in this part of your notes'],
    ['#/quiz?section=architecture/components', 'Components', '11 cards in this part of your notes'],
    ['#/quiz?cards=basics/definition/pod,architecture/definition/etcd/reverse,gone/card', '2 selected cards', '2 cards in this part of your notes'],
  ])('takes its scope from the link %s', (hash, shown, count) => {
    render(hash);
    expect(scopeSelect()).toHaveDisplayValue(shown);
    expect(screen.getByText(count)).toBeInTheDocument();
    expect(screen.queryByText(/That link points to a part of your notes that is no longer there/)).not.toBeInTheDocument();
  });

  it('says so when the link names a part of the notes that is gone, and offers the whole deck', () => {
    render('#/quiz?section=architecture/renamed');
    expect(screen.getByRole('status')).toHaveTextContent('That link points to a part of your notes that is no longer there');
    expect(scopeSelect()).toHaveDisplayValue('All chapters');
  });

  it('asks for 5 to 50 questions and at least one kind of question before starting', async () => {
    const user = userEvent.setup();
    const store = render('#/quiz');
    const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
    await user.clear(count);
    await user.type(count, '4');
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(count).toHaveAttribute('aria-invalid', 'true');
    expect(count).toHaveAccessibleDescription('Choose a whole number from 5 to 50.');
    expect(count).toHaveFocus();

    await user.clear(count);
    await user.type(count, '50');
    for (const format of [/Multiple choice/, /True or false/, /Typed answer/, /List recall/, /Matching/])
      await user.click(screen.getByRole('checkbox', { name: format }));
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(count).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('group', { name: 'Types of question' })).toHaveAccessibleDescription('Choose at least one type of question.');
    expect(screen.getByRole('checkbox', { name: /Multiple choice/ })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Quiz yourself' })).toBeInTheDocument();
    expect(store.getState().quizHistory).toEqual([]);
  });

  it('explains when the chosen part and kinds of question make no question', async () => {
    const user = userEvent.setup();
    render('#/quiz?cards=architecture/enumeration/master-node-components');
    for (const format of [/List recall/]) await user.click(screen.getByRole('checkbox', { name: format }));
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No questions can be made from “1 selected card” with the chosen types of question. Choose more types, or another part of your notes.',
    );
    await user.click(screen.getByRole('checkbox', { name: /List recall/ }));
    await user.click(screen.getByRole('button', { name: 'Start quiz' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Master node components');
    // One list makes one question, however many were asked for; the screen says why.
    expect(screen.getByText('1 question: that is all this part of your notes makes with the chosen question types.')).toBeInTheDocument();
  });

  it('starts an exam over a real chapter: a minute per question on the clock', async () => {
    const user = userEvent.setup();
    render('#/quiz?chapter=kubernetes-architecture', realDeck);
    await user.click(screen.getByRole('radio', { name: /Exam/ }));
    await user.click(screen.getByRole('button', { name: 'Start exam' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Chapter 3: Kubernetes Architecture');
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('10:00');
    expect(within(screen.getByRole('navigation', { name: 'Questions' })).getAllByRole('button')).toHaveLength(10);
  });
});
