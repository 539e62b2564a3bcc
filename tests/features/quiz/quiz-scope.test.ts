import { describe, expect, it } from 'vitest';
import { scopeChoices, scopeFromQuery, scopeKey, scopeLabel } from '../../../src/features/quiz/quiz-scope';
import { sourceLink } from '../../../src/features/quiz/quiz-source';
import { quizDeck } from './quiz-test-kit';

describe('quiz scope', () => {
  it('comes from the link the notes, review and weak-topics screens make', () => {
    expect(scopeFromQuery(new URLSearchParams('chapter=architecture'))).toEqual({ kind: 'chapter', chapterId: 'architecture' });
    expect(scopeFromQuery(new URLSearchParams('section=architecture/components'))).toEqual({ kind: 'section', sectionId: 'architecture/components' });
    expect(scopeFromQuery(new URLSearchParams('cards=a,,b'))).toEqual({ kind: 'cards', cardIds: ['a', 'b'] });
    expect(scopeFromQuery(new URLSearchParams('cards='))).toEqual({ kind: 'deck' });
    expect(scopeFromQuery(new URLSearchParams(''))).toEqual({ kind: 'deck' });
  });

  it('is named for the learner, or null when the deck has no such part', () => {
    expect(scopeLabel(quizDeck, { kind: 'deck' })).toBe('All chapters');
    expect(scopeLabel(quizDeck, { kind: 'chapter', chapterId: 'architecture' })).toBe('Chapter 2: Architecture');
    expect(scopeLabel(quizDeck, { kind: 'section', sectionId: 'basics/workloads' })).toBe('Chapter 1 › Workloads');
    expect(scopeLabel(quizDeck, { kind: 'cards', cardIds: ['basics/definition/pod', 'nope'] })).toBe('1 selected card');
    expect(scopeLabel(quizDeck, { kind: 'chapter', chapterId: 'nope' })).toBeNull();
    expect(scopeLabel(quizDeck, { kind: 'cards', cardIds: ['nope'] })).toBeNull();
  });

  it('offers the deck first, then chapters with their sections; a linked set of cards leads', () => {
    const linked = { kind: 'cards' as const, cardIds: ['basics/definition/pod'] };
    expect(scopeChoices(quizDeck, linked).map((group) => [group.label, group.options.map((option) => option.label)])).toEqual([
      [null, ['1 selected card', 'All chapters']],
      ['Chapter 1: Basics', ['All of chapter 1', 'Workloads']],
      ['Chapter 2: Architecture', ['All of chapter 2', 'Components']],
    ]);
    expect(new Set(scopeChoices(quizDeck, null).flatMap((group) => group.options.map((option) => option.key))).size).toBe(5);
    expect(scopeKey(linked)).toBe('cards:basics/definition/pod');
  });

  it('links a question to its section in the notes, or to its chapter when it has no section', () => {
    expect(sourceLink(quizDeck, { chapterId: 'architecture', sectionId: 'architecture/components' })).toEqual({
      href: '/chapters/architecture?section=architecture/components',
      label: 'Chapter 2 › Components',
    });
    expect(sourceLink(quizDeck, { chapterId: 'basics', sectionId: null })).toEqual({ href: '/chapters/basics', label: 'Chapter 1: Basics' });
    expect(sourceLink(quizDeck, { chapterId: 'gone', sectionId: null })).toBeNull();
  });
});
