// Marking a concept's words in a line of the notes, across emphasis and code, never inside a link.
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/domain/deck';
import type { CardMastery } from '../../../src/domain/mastery';
import type { NoteInline } from '../../../src/domain/note-document';
import { findWords, markConcepts, splitInline } from '../../../src/features/notes/concept-marks';
import { conceptChipText, conceptsByLine, conceptStatus, type NoteConcept } from '../../../src/features/notes/note-concepts';
import { makeCard, makeDefinition } from '../../components/deck-builders';

const text = (value: string): NoteInline => ({ type: 'text', value });
const concept = (label: string, key = label): NoteConcept => ({ key, label, cards: [], line: 1, sectionId: null });

describe('splitting inline content', () => {
  it('cuts text and the containers around it, keeping their type on both sides', () => {
    const content: NoteInline[] = [text('a '), { type: 'strong', children: [text('bold'), { type: 'inlineCode', value: 'x' }] }, text(' z')];
    expect(splitInline(content, 4)).toEqual([
      [text('a '), { type: 'strong', children: [text('bo')] }],
      [{ type: 'strong', children: [text('ld'), { type: 'inlineCode', value: 'x' }] }, text(' z')],
    ]);
    expect(splitInline(content, 0)).toEqual([[], content]);
    expect(splitInline(content, 9)).toEqual([content, []]);
  });
});

describe('finding a concept’s words', () => {
  it('finds whole words in any case, not parts of longer words', () => {
    expect(findWords('The kubelet runs', 'Kubelet')).toBe(4);
    expect(findWords('kubelets and kubelet', 'kubelet')).toBe(13);
    expect(findWords('Kube-proxy', 'kube')).toBe(0);
    expect(findWords('nothing here', 'pod')).toBe(-1);
  });
});

describe('marking concepts in a line', () => {
  it('wraps the words, even across formatting, as one concept node', () => {
    const content: NoteInline[] = [{ type: 'strong', children: [text('API')] }, text(' Server: admin tasks')];
    const api = concept('API Server');
    expect(markConcepts(content, [api])).toEqual({
      content: [{ type: 'concept', concept: api, children: [{ type: 'strong', children: [text('API')] }, text(' Server')] }, text(': admin tasks')],
      apart: [],
    });
  });

  it('marks two concepts of one line in order, and sets apart one whose words are not there', () => {
    const shims = concept('Kubelet CRI Shims');
    const docker = concept('dockershim');
    const question = concept('Explain components');
    const { content, apart } = markConcepts([text('Kubelet CRI Shims: dockershim- containers')], [docker, shims, question]);
    expect(content).toEqual([
      { type: 'concept', concept: shims, children: [text('Kubelet CRI Shims')] },
      text(': '),
      { type: 'concept', concept: docker, children: [text('dockershim')] },
      text('- containers'),
    ]);
    expect(apart).toEqual([question]);
  });

  it('never marks words inside a link (a button cannot sit in a link)', () => {
    const pod = concept('Pod');
    const content: NoteInline[] = [{ type: 'link', url: 'https://k8s.io', children: [text('Pod')] }, text(' docs')];
    expect(markConcepts(content, [pod])).toEqual({ content, apart: [pod] });
  });
});

describe('concepts of a chapter', () => {
  const cards: Card[] = [
    ...makeDefinition('ch', 'ch/s', 'Kubelet', 'Agent on each node', 7),
    makeCard({
      kind: 'enumeration',
      chapterId: 'ch',
      sectionId: 'ch/s',
      prompt: 'MN has components',
      answer: 'a, b',
      items: ['a', 'b'],
      source: { file: 'x.md', line: 3 },
    }),
    makeCard({
      kind: 'cloze',
      chapterId: 'ch',
      prompt: '[…] is based on Raft',
      answer: 'etcd',
      context: 'etcd is based on Raft',
      noteId: 'raft',
      id: 'ch/cloze/raft/c1',
      source: { file: 'x.md', line: 9 },
    }),
    makeCard({
      kind: 'cloze',
      chapterId: 'ch',
      prompt: 'etcd is based on […]',
      answer: 'Raft',
      context: 'etcd is based on Raft',
      noteId: 'raft',
      id: 'ch/cloze/raft/c2',
      source: { file: 'x.md', line: 9 },
    }),
    makeCard({ kind: 'definition', chapterId: 'other', prompt: 'Elsewhere', answer: 'not this chapter', term: 'Elsewhere' }),
  ];

  it('makes one concept per note, found by its line, labelled by what names it', () => {
    const byLine = conceptsByLine(cards, 'ch');
    expect([...byLine.keys()].sort((a, b) => a - b)).toEqual([3, 7, 9]);
    expect(byLine.get(7)!.map((found) => [found.label, found.cards.map((card) => card.reverse)])).toEqual([['Kubelet', [false, true]]]);
    expect(byLine.get(3)!.map((found) => [found.label, conceptChipText(found)])).toEqual([['MN has components', 'List of 2']]);
    expect(byLine.get(9)!.map((found) => [found.label, found.cards.length])).toEqual([['etcd', 2]]);
  });

  it('is only as known as its least known card', () => {
    const [kubelet] = conceptsByLine(cards, 'ch').get(7)!;
    const state = (cardId: string, status: CardMastery['status']): CardMastery => ({
      cardId,
      status,
      retrievability: null,
      lapses: 0,
      leech: false,
      suspended: false,
    });
    expect(conceptStatus(kubelet, {})).toBe('new');
    expect(
      conceptStatus(kubelet, { [kubelet.cards[0].id]: state(kubelet.cards[0].id, 'mature'), [kubelet.cards[1].id]: state(kubelet.cards[1].id, 'young') }),
    ).toBe('young');
  });
});
