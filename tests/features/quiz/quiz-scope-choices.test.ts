import { describe, expect, it } from 'vitest';
import { scopeKey } from '../../../src/domain/study-scope';
import { scopeChoices } from '../../../src/features/quiz/quiz-scope-choices';
import { sourceLink } from '../../../src/features/quiz/quiz-source';
import { quizDeck } from '../../fixtures/quiz-screen-deck';

describe('quiz scope choices', () => {
  it('offers the deck first, then chapters with their sections; a linked set of cards leads', () => {
    const linked = { kind: 'cards' as const, cardIds: ['basics/definition/pod'] };
    expect(scopeChoices(quizDeck, linked).map((group) => [group.label, group.options.map((option) => option.label)])).toEqual([
      [null, ['1 selected card', 'All chapters']],
      ['Chapter 1: Basics', ['All of chapter 1', 'Workloads']],
      ['Chapter 2: Architecture', ['All of chapter 2', 'Components']],
    ]);
    expect(new Set(scopeChoices(quizDeck, null).flatMap((group) => group.options.map((option) => option.key))).size).toBe(5);
    expect(scopeChoices(quizDeck, linked)[0]!.options[0]!.key).toBe(scopeKey(linked));
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
