import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck';
import { toContractJson } from '../../../src/pipeline/cli/contract-json';

const FILE = 'content/03-kubernetes-architecture.md';

const deck: Deck = {
  id: 'kubernetes',
  title: 'Kubernetes',
  chapters: [
    {
      file: FILE,
      empty: false,
      sections: [
        {
          note: null,
          path: ['Kubernetes Architecture', 'Components'],
          source: { file: FILE, line: 99 },
          title: 'Components',
          id: 'kubernetes-architecture/components',
        },
      ],
      order: 3,
      title: 'Kubernetes Architecture',
      id: 'kubernetes-architecture',
    },
  ],
  cards: [
    {
      sectionPath: ['Kubernetes Architecture', 'Components'],
      context: null,
      details: [{ text: 'Also makes sure that containers are healthy', depth: 1 }],
      source: { line: 117, column: 4, file: FILE },
      items: null,
      term: 'Kubelet',
      answer: 'Agent that runs on each WN',
      prompt: 'Kubelet',
      sectionId: 'kubernetes-architecture/components',
      chapterId: 'kubernetes-architecture',
      reverse: false,
      noteId: 'kubernetes-architecture/definition/kubelet',
      kind: 'definition',
      id: 'kubernetes-architecture/definition/kubelet',
    },
    {
      sectionPath: [],
      context: null,
      details: [],
      source: { file: FILE, line: 100 },
      items: ['API Server', 'Scheduler'],
      term: null,
      answer: 'API Server, Scheduler',
      prompt: 'MN has following components',
      sectionId: null,
      chapterId: 'kubernetes-architecture',
      reverse: false,
      noteId: 'kubernetes-architecture/enumeration/mn-has-following-components',
      kind: 'enumeration',
      id: 'kubernetes-architecture/enumeration/mn-has-following-components',
    },
  ],
  warnings: [{ ruleId: 'duplicate-card', message: 'Duplicate card', column: 2, line: 138, file: FILE }],
};

describe('toContractJson', () => {
  const json = toContractJson(deck);

  it('has the contract fields of DESIGN.md first, under their contract names', () => {
    expect(Object.keys(json)).toEqual(['title', 'id', 'chapters', 'cards', 'warnings']);
    expect(Object.keys(json.chapters[0] ?? {}).slice(0, 4)).toEqual(['id', 'title', 'order', 'sections']);
    expect(Object.keys(json.chapters[0]?.sections[0] ?? {}).slice(0, 2)).toEqual(['id', 'title']);
    expect(Object.keys(json.cards[0] ?? {}).slice(0, 9)).toEqual(['id', 'kind', 'chapterId', 'sectionId', 'prompt', 'answer', 'term', 'items', 'source']);
    expect(Object.keys(json.cards[0]?.source ?? {})).toEqual(['file', 'line', 'column']);
    expect(Object.keys(json.cards[1]?.source ?? {})).toEqual(['file', 'line']);
    expect(Object.keys(json.warnings[0] ?? {}).slice(0, 4)).toEqual(['file', 'line', 'column', 'message']);
  });

  it('keeps every value, so nothing of the deck is lost', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(deck);
  });

  it('gives term on definitions and items on enumerations, null otherwise', () => {
    expect(json.cards.map((card) => [card.kind, card.term, card.items])).toEqual([
      ['definition', 'Kubelet', null],
      ['enumeration', null, ['API Server', 'Scheduler']],
    ]);
  });
});
