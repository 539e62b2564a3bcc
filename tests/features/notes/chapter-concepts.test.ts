import { describe, expect, it } from 'vitest';
import { chapterConcepts, splitCloze } from '../../../src/features/notes/chapter-concepts';
import { makeCard, makeChapter, makeDefinition, makeSection } from '../../components/deck-builders';

const chapterId = 'kubernetes-architecture';
const components = makeSection(chapterId, 'components', 'Explain different components for master and worker nodes', 14);
const etcd = makeSection(chapterId, 'etcd', 'Discuss cluster state management with etcd', 60);
const chapter = makeChapter(chapterId, 'Kubernetes Architecture', 3, [components, etcd]);

describe('chapterConcepts', () => {
  const cards = [
    // Out of source order on purpose: the reader sees them as the notes have them.
    ...makeDefinition(chapterId, components.id, 'Scheduler', 'schedules work to different worker nodes', 18),
    ...makeDefinition(chapterId, components.id, 'API Server', 'admin tasks performed via API server in MN', 16),
    makeCard({
      kind: 'enumeration',
      chapterId,
      sectionId: components.id,
      prompt: 'MN has following components',
      answer: 'API Server, Scheduler',
      items: ['API Server', 'Scheduler'],
      source: { file: 'x.md', line: 15 },
    }),
    makeCard({
      kind: 'cloze',
      chapterId,
      sectionId: etcd.id,
      prompt: '[…] is based on Raft',
      answer: 'etcd',
      noteId: 'raft',
      id: 'a/c1',
      context: 'etcd is based on Raft',
      source: { file: 'x.md', line: 62 },
    }),
    makeCard({
      kind: 'cloze',
      chapterId,
      sectionId: etcd.id,
      prompt: 'etcd is based on […]',
      answer: 'Raft',
      noteId: 'raft',
      id: 'a/c2',
      context: 'etcd is based on Raft',
      source: { file: 'x.md', line: 62 },
    }),
    makeCard({ kind: 'question', chapterId, sectionId: null, prompt: 'Where do admin tasks go?', answer: 'The API server', source: { file: 'x.md', line: 2 } }),
    ...makeDefinition('kubernetes', null, 'Kubernetes', 'open-source system', 3),
  ];
  const groups = chapterConcepts(chapter, cards);

  it('puts notes outside any section where they are in the file, and the sections in order', () => {
    expect(groups.map((group) => group.section?.title ?? null)).toEqual([null, components.title, etcd.title]);
    const later = makeCard({ kind: 'question', chapterId, prompt: 'Late note', answer: 'x', source: { file: 'x.md', line: 40 } });
    expect(chapterConcepts(chapter, [later]).map((group) => group.section?.title ?? null)).toEqual([components.title, null, etcd.title]);
    const last = makeCard({ kind: 'question', chapterId, prompt: 'Last note', answer: 'x', source: { file: 'x.md', line: 90 } });
    expect(chapterConcepts(chapter, [later, last]).map((group) => group.section?.title ?? null)).toEqual([components.title, null, etcd.title]);
    expect(chapterConcepts(chapter, [last]).map((group) => group.section?.title ?? null)).toEqual([components.title, etcd.title, null]);
  });

  it('lists each note once, in source order, skipping reverse cards and other chapters', () => {
    expect(groups[1]!.concepts.map((concept) => [concept.kind, concept.card.prompt])).toEqual([
      ['enumeration', 'MN has following components'],
      ['definition', 'API Server'],
      ['definition', 'Scheduler'],
    ]);
    expect(groups[0]!.concepts.map((concept) => concept.card.prompt)).toEqual(['Where do admin tasks go?']);
  });

  it('marks definitions that have a reverse sibling', () => {
    const apiServer = groups[1]!.concepts[1]!;
    expect(apiServer.kind === 'definition' && apiServer.bothWays).toBe(true);
    const question = groups[0]!.concepts[0]!;
    expect(question.kind === 'question' && question.bothWays).toBe(false);
  });

  it('merges the deletions of one cloze sentence', () => {
    expect(groups[2]!.concepts).toHaveLength(1);
    const cloze = groups[2]!.concepts[0]!;
    expect(cloze.kind === 'cloze' && cloze.hidden).toEqual(['etcd', 'Raft']);
  });

  it('keeps sections without cards, with no concepts', () => {
    const groupsWithoutCards = chapterConcepts(chapter, []);
    expect(groupsWithoutCards.map((group) => [group.section?.id, group.concepts.length])).toEqual([
      [components.id, 0],
      [etcd.id, 0],
    ]);
  });
});

describe('splitCloze', () => {
  it('marks each hidden part where it is in the sentence, whatever the deletion order', () => {
    expect(splitCloze('etcd is based on Raft Consensus', ['Raft', 'etcd'])).toEqual([
      { text: 'etcd', hidden: true },
      { text: ' is based on ', hidden: false },
      { text: 'Raft', hidden: true },
      { text: ' Consensus', hidden: false },
    ]);
  });

  it('gives the same hidden text twice two different places', () => {
    expect(splitCloze('a b a', ['a', 'a']).map((part) => part.hidden)).toEqual([true, false, true]);
  });

  it('shows the sentence plainly when a hidden part is not in it', () => {
    expect(splitCloze('etcd is based on Raft', ['Paxos'])).toEqual([{ text: 'etcd is based on Raft', hidden: false }]);
  });
});
