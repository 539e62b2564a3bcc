import builtDeck from 'virtual:deck';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { describeScope, formatWhen, promptParts, revealCloze, spokenInterval } from '../../../src/features/review/review-text';

const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((part) => part.marked).map((part) => part.text);

describe('cloze reveal', () => {
  it('marks exactly the parts the prompt hides', () => {
    const parts = revealCloze('The […] stores the cluster state', 'The etcd stores the cluster state', 'etcd');
    expect(parts).toEqual([
      { text: 'The ', marked: false },
      { text: 'etcd', marked: true },
      { text: ' stores the cluster state', marked: false },
    ]);
  });

  it('marks every deletion of the card’s group, hints included, and leaves the other groups shown', () => {
    const sentence = 'Pods run on nodes and are scheduled by the scheduler';
    expect(marked(revealCloze('[…] run on nodes and are scheduled by the [component]', sentence, 'Pods, scheduler'))).toEqual(['Pods', 'scheduler']);
    expect(marked(revealCloze('Pods run on […] and are scheduled by the scheduler', sentence, 'nodes'))).toEqual(['nodes']);
  });

  it('keeps brackets that are part of the sentence plain', () => {
    const parts = revealCloze('See [1]: the […] is the brain', 'See [1]: the API server is the brain', 'API server');
    expect(marked(parts)).toEqual(['API server']);
    expect(parts.map((part) => part.text).join('')).toBe('See [1]: the API server is the brain');
  });

  it('falls back to marking the answer where the prompt and the sentence do not line up', () => {
    expect(marked(revealCloze('Something else […]', 'The etcd stores state', 'etcd'))).toEqual(['etcd']);
    expect(revealCloze('Something else […]', 'The etcd stores state', 'kubelet')).toEqual([{ text: 'The etcd stores state', marked: false }]);
  });
});

describe('prompt blanks', () => {
  it('splits a prompt around its […] blanks', () => {
    expect(promptParts('[…] groups containers')).toEqual([
      { text: '[…]', marked: true },
      { text: ' groups containers', marked: false },
    ]);
    expect(promptParts('No blank here')).toEqual([{ text: 'No blank here', marked: false }]);
  });
});

describe('times and intervals in words', () => {
  it('spells out interval labels for screen readers', () => {
    expect(['1m', '10m', '1d', '3d', '1.5h', '2.3mo', '1y', '45s'].map(spokenInterval)).toEqual([
      '1 minute',
      '10 minutes',
      '1 day',
      '3 days',
      '1.5 hours',
      '2.3 months',
      '1 year',
      '45 seconds',
    ]);
  });

  it('says when something is due relative to now, with a date once it is an hour away', () => {
    const now = Date.UTC(2026, 10, 27, 9, 0);
    expect(formatWhen(now - 1, now)).toEqual({ relative: 'now', date: null });
    expect(formatWhen(now + 10 * 60_000, now)).toEqual({ relative: 'in 10m', date: null });
    const tomorrow = formatWhen(now + 19 * 3_600_000, now);
    expect(tomorrow.relative).toBe('in 19h');
    expect(tomorrow.date).toMatch(/28/);
  });
});

describe('review heading', () => {
  const deck: Deck = builtDeck;

  it('names a scope after the chapter or section of the real notes', () => {
    expect(describeScope(deck, { kind: 'deck' })).toEqual({ eyebrow: 'Review · all chapters', title: 'Kubernetes', known: true });
    expect(describeScope(deck, { kind: 'chapter', chapterId: 'kubernetes-architecture' })).toEqual({
      eyebrow: 'Review · Chapter 3',
      title: 'Kubernetes Architecture',
      known: true,
    });
    const section = deck.chapters[2]!.sections.find((candidate) => candidate.title === 'Networking Challenges')!;
    expect(describeScope(deck, { kind: 'section', sectionId: section.id })).toEqual({
      eyebrow: 'Review · Chapter 3: Kubernetes Architecture',
      title: 'Networking Challenges',
      known: true,
    });
    expect(describeScope(deck, { kind: 'cards', cardIds: ['kubernetes-architecture/definition/kubelet', 'no/such/card'] })).toEqual({
      eyebrow: 'Review · selected cards',
      title: '1 selected card',
      known: true,
    });
  });

  it('says which part is missing when the deck has no such chapter, section or cards', () => {
    expect(describeScope(deck, { kind: 'chapter', chapterId: 'gone' })).toEqual({ eyebrow: 'Review', title: 'Chapter not found', known: false });
    expect(describeScope(deck, { kind: 'section', sectionId: 'gone/section' })).toEqual({ eyebrow: 'Review', title: 'Section not found', known: false });
    expect(describeScope(deck, { kind: 'cards', cardIds: ['no/such/card'] })).toEqual({ eyebrow: 'Review', title: 'Cards not found', known: false });
  });
});
