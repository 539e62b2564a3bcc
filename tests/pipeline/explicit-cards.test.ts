import { describe, expect, it } from 'vitest';
import { deckOf, lines } from './deck-helpers';

const summary = (text: string) =>
  deckOf(lines('## Chapter 1: Pods', text)).cards.map(({ id, kind, noteId, reverse, prompt, answer, context }) => ({
    id,
    kind,
    noteId,
    reverse,
    prompt,
    answer,
    context,
  }));

describe('explicit questions', () => {
  it('reads `Question :: Answer` as a question card', () => {
    expect(summary('What runs on every node :: the kubelet')).toEqual([
      {
        id: 'pods/question/what-runs-on-every-node',
        kind: 'question',
        noteId: 'pods/question/what-runs-on-every-node',
        reverse: false,
        prompt: 'What runs on every node',
        answer: 'the kubelet',
        context: null,
      },
    ]);
  });

  it('reads `Question ::: Answer` as a question card and its reverse sibling', () => {
    expect(summary('Smallest deployable unit ::: Pod')).toEqual([
      {
        id: 'pods/question/smallest-deployable-unit',
        kind: 'question',
        noteId: 'pods/question/smallest-deployable-unit',
        reverse: false,
        prompt: 'Smallest deployable unit',
        answer: 'Pod',
        context: null,
      },
      {
        id: 'pods/question/smallest-deployable-unit/reverse',
        kind: 'question',
        noteId: 'pods/question/smallest-deployable-unit',
        reverse: true,
        prompt: 'Pod',
        answer: 'Smallest deployable unit',
        context: null,
      },
    ]);
  });

  it('reads a `Q:` line followed by an `A:` line, in one paragraph or as bullets', () => {
    const expected = [
      {
        id: 'pods/question/what-is-a-pod',
        kind: 'question',
        noteId: 'pods/question/what-is-a-pod',
        reverse: false,
        prompt: 'What is a Pod?',
        answer: 'A group of containers',
        context: null,
      },
    ];
    expect(summary(lines('Q: What is a Pod?', 'A: A group of containers'))).toEqual(expected);
    expect(summary(lines('Title', '- Q: What is a Pod?', '- A: A group of containers'))).toEqual(expected);
  });

  it('leaves `std::vector`, `Foo::Bar` and a lone `Q:` alone', () => {
    expect(summary(lines('Title', '-Use std::vector here', '-Call Foo::Bar first', '-Q: unanswered question'))).toEqual([]);
  });
});

describe('cloze deletions', () => {
  it('makes one card per `==highlight==`, sharing a note id', () => {
    expect(summary('The ==kubelet== talks to the ==API server==')).toEqual([
      {
        id: 'pods/cloze/the-kubelet-talks-to-the-api-server/c1',
        kind: 'cloze',
        noteId: 'pods/cloze/the-kubelet-talks-to-the-api-server',
        reverse: false,
        prompt: 'The […] talks to the API server',
        answer: 'kubelet',
        context: 'The kubelet talks to the API server',
      },
      {
        id: 'pods/cloze/the-kubelet-talks-to-the-api-server/c2',
        kind: 'cloze',
        noteId: 'pods/cloze/the-kubelet-talks-to-the-api-server',
        reverse: false,
        prompt: 'The kubelet talks to the […]',
        answer: 'API server',
        context: 'The kubelet talks to the API server',
      },
    ]);
  });

  it('groups `{{c1::…}}` deletions by number and shows hints', () => {
    expect(
      summary('{{c1::etcd}} stores state using {{c2::Raft::an algorithm}} and {{c1::watches}}').map(({ id, prompt, answer }) => ({ id, prompt, answer })),
    ).toEqual([
      { id: 'pods/cloze/etcd-stores-state-using-raft-and-watches/c1', prompt: '[…] stores state using Raft and […]', answer: 'etcd, watches' },
      { id: 'pods/cloze/etcd-stores-state-using-raft-and-watches/c2', prompt: 'etcd stores state using [an algorithm] and watches', answer: 'Raft' },
    ]);
  });

  it('never reads a cloze from code or from `===`', () => {
    expect(
      summary(
        lines(
          'Title',
          '-Knows about the label `disk===ssd` set',
          '-control loop corrects to make sure current state === desired state',
          '-In code `==not hidden==` stays',
          '',
          '```',
          'a ==b== c',
          '```',
        ),
      ),
    ).toEqual([]);
  });

  it('shows a cloze line without its markers when it is part of a definition', () => {
    const deck = deckOf(lines('Title', '-Kubelet: node agent', '--talks to the ==API server=='));
    expect(deck.cards.find((card) => card.kind === 'definition')?.details).toEqual([{ text: 'talks to the API server', depth: 1 }]);
  });
});
