import { screen, within } from '@testing-library/react';
import builtDeck from 'virtual:deck';
import { afterEach, describe, expect, it } from 'vitest';
import type { Card, CardKind, Deck } from '../../../src/domain/deck';
import { renderAppAt } from '../../app/render-app';
import { makeCard, makeChapter, makeDeck, makeDefinition, makeSection } from '../../components/deck-builders';

// The deck the build makes from content/, typed by the deck contract.
const deck: Deck = builtDeck;

afterEach(() => window.history.replaceState(null, '', '/'));

const REAL_CHAPTERS = ['Container Orchestration', 'Kubernetes', 'Kubernetes Architecture', 'Installing Kubernetes'];

/** The figure shown under a label ("Definitions", "Lists", "Other") in a chapter's counts. */
function shownCount(item: HTMLElement, label: string): number {
  const term = within(item)
    .getAllByRole('term')
    .find((dt) => dt.textContent === label);
  return Number(term?.nextElementSibling?.textContent);
}

const notesOf = (cards: Card[], chapterId: string, kinds: CardKind[]) =>
  new Set(cards.filter((card) => card.chapterId === chapterId && !card.reverse && kinds.includes(card.kind)).map((card) => card.noteId)).size;

describe('home screen on the real notes', () => {
  it('shows the deck title and the four chapters in order, linking to each', () => {
    renderAppAt('#/', deck);
    expect(screen.getByRole('heading', { level: 1, name: 'Kubernetes' })).toBeInTheDocument();
    const chapters = within(screen.getByRole('list', { name: 'Chapters' })).getAllByRole('listitem');
    expect(chapters.map((item) => within(item).getByRole('heading', { level: 2 }).textContent)).toEqual(REAL_CHAPTERS);
    expect(chapters.map((item) => within(item).getByText(/^Chapter \d$/).textContent)).toEqual(['Chapter 1', 'Chapter 2', 'Chapter 3', 'Chapter 4']);
    expect(within(chapters[2]!).getByRole('link', { name: 'Kubernetes Architecture' })).toHaveAttribute('href', '#/chapters/kubernetes-architecture');
  });

  it('counts definitions, lists and other concepts per chapter, and every card with its reverse cards', () => {
    renderAppAt('#/', deck);
    const chapters = within(screen.getByRole('list', { name: 'Chapters' })).getAllByRole('listitem');
    for (const [index, chapter] of deck.chapters.slice(0, 3).entries()) {
      const item = chapters[index]!;
      const cards = deck.cards.filter((card) => card.chapterId === chapter.id);
      const reverse = cards.filter((card) => card.reverse).length;
      expect(shownCount(item, 'Definitions')).toBe(notesOf(deck.cards, chapter.id, ['definition']));
      expect(shownCount(item, 'Lists')).toBe(notesOf(deck.cards, chapter.id, ['enumeration']));
      expect(shownCount(item, 'Other')).toBe(notesOf(deck.cards, chapter.id, ['question', 'cloze']));
      expect(item).toHaveTextContent(`${cards.length} cards to study, including ${reverse} reverse cards (from the answer back to the term).`);
    }
    // The architecture chapter holds at least the node components and their definitions.
    expect(shownCount(chapters[2]!, 'Definitions')).toBeGreaterThanOrEqual(11);
    expect(shownCount(chapters[2]!, 'Lists')).toBeGreaterThanOrEqual(3);
  });

  it('says the chapter without notes has none yet, with no counts', () => {
    renderAppAt('#/', deck);
    const installing = screen.getByRole('listitem', { name: 'Installing Kubernetes' });
    expect(installing).toHaveTextContent('No notes yet');
    expect(within(installing).queryByRole('term')).not.toBeInTheDocument();
  });
});

describe('home screen counts', () => {
  it('gives exact counts for a small deck and explains reverse cards only when there are some', () => {
    const define = makeSection('kubernetes', 'define', 'Define Kubernetes', 2);
    const small = makeDeck(
      [makeChapter('kubernetes', 'Kubernetes', 1, [define]), makeChapter('quiz', 'Quiz', 2, [makeSection('quiz', 'q', 'Questions', 1)])],
      [
        ...makeDefinition('kubernetes', define.id, 'Kubernetes', 'open-source system', 3),
        ...makeDefinition('kubernetes', define.id, 'Pod', 'Scheduling unit', 4),
        makeCard({ kind: 'enumeration', chapterId: 'kubernetes', prompt: 'Kubernetes Features', answer: 'a, b', items: ['a', 'b'] }),
        makeCard({ kind: 'question', chapterId: 'quiz', prompt: 'What is k8s?', answer: 'Kubernetes' }),
      ],
      'Kubernetes',
    );
    renderAppAt('#/', small);
    const first = screen.getByRole('listitem', { name: 'Kubernetes' });
    expect([shownCount(first, 'Definitions'), shownCount(first, 'Lists'), shownCount(first, 'Other')]).toEqual([2, 1, 0]);
    expect(first).toHaveTextContent('5 cards to study, including 2 reverse cards (from the answer back to the term).');
    const second = screen.getByRole('listitem', { name: 'Quiz' });
    expect([shownCount(second, 'Definitions'), shownCount(second, 'Lists'), shownCount(second, 'Other')]).toEqual([0, 0, 1]);
    expect(second).toHaveTextContent('1 card to study.');
    expect(screen.getByText(/2 chapters · 4 concepts from your notes · 6 cards/)).toBeInTheDocument();
  });

  it('says there are no notes when the deck has no chapters', () => {
    renderAppAt('#/', makeDeck([], [], 'Notes'));
    expect(screen.getByText(/No notes yet\. Add Markdown files to/)).toBeInTheDocument();
  });
});
