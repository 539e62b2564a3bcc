import { describe, expect, it } from 'vitest';
import type { Card, Deck } from '../../../src/domain/deck';
import { formatDeckText, formatSummary } from '../../../src/pipeline/cli/format-deck-text';

const FILE = 'notes/03-architecture.md';

function card(fields: Partial<Card> & Pick<Card, 'id' | 'kind' | 'prompt' | 'answer'>): Card {
  return {
    noteId: fields.id,
    reverse: false,
    chapterId: 'architecture',
    sectionId: 'architecture/components',
    term: null,
    items: null,
    details: [],
    context: null,
    sectionPath: ['Architecture', 'Components'],
    source: { file: FILE, line: 1 },
    ...fields,
  };
}

const kubelet = card({
  id: 'architecture/definition/kubelet',
  kind: 'definition',
  prompt: 'Kubelet',
  answer: 'Agent that runs on each WN',
  term: 'Kubelet',
  details: [
    { text: 'Connects to container runtime using CRI', depth: 1 },
    { text: 'CRI consists of protocol buffers, gRPC API, and libraries', depth: 2 },
  ],
  source: { file: FILE, line: 117, column: 4 },
});

const deck: Deck = {
  id: 'kubernetes',
  title: 'Kubernetes',
  chapters: [
    {
      id: 'architecture',
      title: 'Architecture',
      order: 3,
      file: FILE,
      empty: false,
      sections: [
        { id: 'architecture/components', title: 'Components', note: null, path: ['Architecture', 'Components'], source: { file: FILE, line: 99 } },
        {
          id: 'architecture/networking',
          title: 'Networking Challenges',
          note: 'apps rely on networking',
          path: ['Architecture', 'Networking Challenges'],
          source: { file: FILE, line: 140 },
        },
      ],
    },
    { id: 'installing', title: 'Installing', order: 4, file: 'notes/04-installing.md', empty: true, sections: [] },
  ],
  cards: [
    card({
      id: 'architecture/question/why-a-master',
      kind: 'question',
      prompt: 'Why a master?',
      answer: 'To manage the cluster',
      sectionId: null,
      sectionPath: ['Architecture'],
      source: { file: FILE, line: 2 },
    }),
    card({
      id: 'architecture/enumeration/wn-has-following-components',
      kind: 'enumeration',
      prompt: 'WN has following components',
      answer: 'Container Runtime, Kubelet',
      items: ['Container Runtime', 'Kubelet'],
      source: { file: FILE, line: 115 },
    }),
    kubelet,
    { ...kubelet, id: `${kubelet.id}/reverse`, reverse: true, prompt: kubelet.answer, answer: kubelet.prompt },
  ],
  warnings: [{ file: FILE, line: 138, column: 2, message: 'Duplicate card "etcd" (first at notes/03-architecture.md:112:4)', ruleId: 'duplicate-card' }],
};

describe('formatDeckText', () => {
  it('lists cards by chapter and section with their line, kind, prompt → answer, items and details', () => {
    expect(formatDeckText(deck)).toBe(
      [
        'Kubernetes',
        '2 chapters, 4 cards, 1 warning',
        '',
        'Chapter 3: Architecture  (notes/03-architecture.md)',
        '  (outside any section)',
        '      2  question     Why a master? → To manage the cluster',
        '  § Components',
        '    115  enumeration  WN has following components → 2 items',
        '                      1. Container Runtime',
        '                      2. Kubelet',
        '    117  definition   Kubelet → Agent that runs on each WN  (+ reverse)',
        '                        - Connects to container runtime using CRI',
        '                          - CRI consists of protocol buffers, gRPC API, and libraries',
        '  § Networking Challenges -- apps rely on networking',
        '    (no cards)',
        '',
        'Chapter 4: Installing  (notes/04-installing.md)',
        '  (no notes yet)',
        '',
        'Warnings',
        '  notes/03-architecture.md:138:2  Duplicate card "etcd" (first at notes/03-architecture.md:112:4)',
        '',
        'Summary: 4 cards (2 definition, 1 enumeration, 0 cloze, 1 question; 1 of them reverse), 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('says so when the notes yield nothing', () => {
    const empty: Deck = { id: 'notes', title: 'Notes', chapters: [], cards: [], warnings: [] };
    expect(formatDeckText(empty)).toBe(
      [
        'Notes',
        '0 chapters, 0 cards, 0 warnings',
        '',
        'No cards found in these notes.',
        '',
        'Summary: 0 cards (0 definition, 0 enumeration, 0 cloze, 0 question; 0 of them reverse), 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('shows a reverse card whose forward sibling is missing, and cards of an unknown chapter', () => {
    const lonely = {
      ...kubelet,
      id: 'other/definition/x/reverse',
      noteId: 'other/definition/x',
      chapterId: 'other',
      reverse: true,
      prompt: 'Agent',
      answer: 'Kubelet',
    };
    const text = formatDeckText({ ...deck, chapters: [], cards: [lonely], warnings: [] });
    expect(text).toContain('(outside any chapter)\n    117  definition   Agent → Kubelet\n');
    expect(formatSummary({ ...deck, cards: [lonely], warnings: [] })).toBe(
      'Summary: 1 card (1 definition, 0 enumeration, 0 cloze, 0 question; 1 of them reverse), 0 warnings',
    );
  });
});
