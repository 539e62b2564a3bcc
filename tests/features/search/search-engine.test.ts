// The search index over the user's real notes: terms (with typos), definitions, note text and sections.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, indexRecords, matchedParts, type SearchHit } from '../../../src/features/search/search-engine';
import { type SearchRecord, searchRecords } from '../../../src/features/search/search-records';
import { userNotes } from '../notes/notes-test-kit';

const index = buildSearchIndex(userNotes.deck, userNotes.documents);
const ARCHITECTURE = 'kubernetes-architecture';
const COMPONENTS = `${ARCHITECTURE}/explain-different-components-for-master-and-worker-nodes`;

const shown = (hit: SearchHit) => hit.parts.map((part) => part.text).join('');
const marked = (hit: SearchHit) => hit.parts.filter((part) => part.match).map((part) => part.text);

describe('search over the user’s notes', () => {
  it('finds "kubelet": its term first, opening the card at its place', () => {
    const [first, second] = index.search('kubelet');
    expect(first).toMatchObject({
      label: 'Term',
      chapter: 'Chapter 3: Kubernetes Architecture',
      section: 'Explain different components for master and worker nodes',
      href: `/chapters/${ARCHITECTURE}?section=${COMPONENTS}&card=${ARCHITECTURE}/definition/kubelet`,
    });
    expect(shown(first)).toBe('Kubelet');
    expect(marked(first)).toEqual(['Kubelet']);
    expect(shown(second)).toBe('Kubelet CRI Shims');
  });

  it('forgives typos in terms', () => {
    expect(shown(index.search('schedular')[0])).toBe('Scheduler');
    expect(shown(index.search('etdc')[0])).toBe('ETCD');
    const [proxy] = index.search('kube prox');
    expect([proxy.label, shown(proxy), marked(proxy)]).toEqual(['Term', 'Kube-proxy', ['Kube', 'prox']]);
  });

  it('does not mistake one term for another that only looks alike', () => {
    expect(index.search('kubelet').map(shown)).not.toContain('Kubernetes');
  });

  it('finds words of definitions, opening the card', () => {
    const [hit] = index.search('non-terminating control loops');
    expect(hit.label).toBe('Definition');
    expect(marked(hit)).toEqual(['non-terminating', 'control', 'loops']);
    expect(hit.href).toBe(`/chapters/${ARCHITECTURE}?section=${COMPONENTS}&card=${ARCHITECTURE}/definition/controller-manager`);
  });

  it('finds a line of the notes that is no card, opening that line', () => {
    const [hit] = index.search('healthy at all times');
    expect(hit).toMatchObject({ label: 'Notes', section: 'Explain different components for master and worker nodes' });
    expect(shown(hit)).toBe('Also makes sure that containers that are part of Pods are healthy at all times');
    expect(marked(hit)).toEqual(expect.arrayContaining(['healthy', 'all', 'times']));
    expect(hit.href).toBe(`/chapters/${ARCHITECTURE}?section=${COMPONENTS}&line=118`);
  });

  it('finds sections by title, opening the section', () => {
    const hit = index.search('networking challenges').find((candidate) => candidate.label === 'Section')!;
    expect(hit).toMatchObject({ section: null, href: `/chapters/${ARCHITECTURE}?section=${ARCHITECTURE}/networking-challenges` });
  });

  it('waits for two letters, and returns at most the limit', () => {
    expect(index.search('k')).toEqual([]);
    expect(index.search('  ')).toEqual([]);
    expect(index.search('po', 5)).toHaveLength(5);
  });

  it('takes extended-search operators in the query as plain text', () => {
    expect(() => index.search('!pod | "x ^y$ =z')).not.toThrow();
    expect(index.search('=kubelet')[0] && shown(index.search('=kubelet')[0])).toBe('Kubelet');
  });
});

describe('what a learner means, first', () => {
  const hasWhole = (word: string) => (hit: SearchHit) => new RegExp(`\\b${word}\\b`, 'i').test(shown(hit));

  it('"raft" opens the etcd line on Raft first, before terms that only look alike (Marathon, orchestration)', () => {
    const hits = index.search('raft');
    expect(hits[0]).toMatchObject({
      label: 'Notes',
      section: 'Discuss cluster state management with etcd',
      href: `/chapters/${ARCHITECTURE}?section=${ARCHITECTURE}/discuss-cluster-state-management-with-etcd&line=138`,
    });
    expect(shown(hits[0])).toMatch(/^etcd is based on Raft Consensus Algorithm/);
    expect(marked(hits[0])).toEqual(['Raft']);
    expect(hits.slice(1).map(shown)).toContain('Marathon');
  });

  it('"NAT" puts the NAT term and the line naming NAT first, then words that only begin or hold it', () => {
    for (const query of ['NAT', 'nat']) {
      const hits = index.search(query);
      expect(hits.length).toBeGreaterThan(4);
      expect(hits[0]).toMatchObject({ label: 'Term', href: expect.stringMatching(/&card=kubernetes-architecture\/definition\/nat$/) });
      expect(shown(hits[0])).toBe('NAT');
      expect(hits[1]).toMatchObject({ label: 'Notes', section: 'Communication Across Nodes' });
      expect(shown(hits[1])).toMatch(/Network Address Translation \(NAT\)$/);
      // Whole-word hits are all before the rest ("Cloud Native", "donated", "coordinate").
      expect(hits.map(hasWhole('NAT'))).toEqual(hits.map((_, at) => at < 2));
      expect(hits.slice(2).map(shown)).toEqual(expect.arrayContaining(['Cloud Native Computing Foundation (aka CNCF)', expect.stringMatching(/donated/)]));
    }
  });

  it('"kublet" (a typo) finds Kubelet first', () => {
    const [first] = index.search('kublet');
    expect([first.label, shown(first)]).toEqual(['Term', 'Kubelet']);
    expect(first.href).toMatch(/&card=kubernetes-architecture\/definition\/kubelet$/);
  });

  it('"pod" finds the Pod card first, then the other places naming pods as a word', () => {
    const hits = index.search('pod');
    expect(hits[0]).toMatchObject({ label: 'Term', href: expect.stringMatching(/&card=kubernetes-architecture\/definition\/pod$/) });
    expect(shown(hits[0])).toBe('Pod');
    expect(hits.every((hit) => /\bpods?\b/i.test(shown(hit)))).toBe(true);
  });

  it('ranks a term the query names before lines that only mention it, and words begun after whole words', () => {
    const hits = index.search('kube prox');
    expect([hits[0].label, shown(hits[0]), marked(hits[0])]).toEqual(['Term', 'Kube-proxy', ['Kube', 'prox']]);
    expect(
      hits
        .slice(1)
        .map((hit) => hit.label)
        .sort(),
    ).toEqual(['List', 'Notes', 'Notes']);
    expect(hits.slice(1).every((hit) => marked(hit).join(' ').toLowerCase() === 'kube prox')).toBe(true);
  });
});

describe('ranking rules', () => {
  const record = (key: string, title: string, body = ''): SearchRecord => ({
    key,
    kind: 'section',
    title,
    body,
    chapterId: 'c',
    sectionId: `c/${key}`,
    line: 1,
    card: null,
  });
  const places = { chapters: [['c', 'Chapter 1: C']] as Array<[string, string]>, sections: [] };
  const keys = (records: SearchRecord[], query: string) =>
    indexRecords(records, places)
      .search(query)
      .map((hit) => hit.key);

  it('puts a word as typed before the same word in another case ("NAT" over "Nat")', () => {
    expect(keys([record('name', 'Nat'), record('gateway', 'NAT gateway')], 'NAT')).toEqual(['gateway', 'name']);
    // Typed in lower case, case says nothing: the term that is the query comes first.
    expect(keys([record('gateway', 'NAT gateway'), record('name', 'Nat')], 'nat')).toEqual(['name', 'gateway']);
  });

  it('orders whole words in terms, then in text, words begun in terms, then in text, fuzzy terms, then words inside others', () => {
    const records = [
      record('inside', '', 'a subnodegroup'),
      record('fuzzy', 'Nodde'),
      record('begun-text', '', 'nodelists everywhere'),
      record('begun', 'Nodepools'),
      record('text', '', 'one node, then another'),
      record('term', 'Node'),
      record('plural', 'Many nodes'),
    ];
    expect(keys(records, 'node')).toEqual(['term', 'plural', 'text', 'begun', 'begun-text', 'fuzzy', 'inside']);
    // Two letters only begin words (in terms, shorter first, then in text), never match inside one.
    expect(keys(records, 'no')).toEqual(['term', 'fuzzy', 'begun', 'plural', 'begun-text', 'text']);
  });
});

describe('search records', () => {
  it('index each note once (no reverse cards), and no line twice (a card stands for its own line)', () => {
    const records = searchRecords(userNotes.deck, userNotes.documents);
    expect(records.filter((record) => record.card?.reverse)).toEqual([]);
    const places = records.filter((record) => record.kind !== 'section').map((record) => `${record.chapterId}:${record.line}:${record.kind}`);
    const cardPlaces = new Set(records.filter((record) => record.kind === 'card').map((record) => `${record.chapterId}:${record.line}`));
    expect(records.filter((record) => record.kind === 'note' && cardPlaces.has(`${record.chapterId}:${record.line}`))).toEqual([]);
    expect(places.length).toBeGreaterThan(100);
  });

  it('search a definition’s children with its answer when there are no notes to search', () => {
    const index = buildSearchIndex(userNotes.deck, null);
    const [hit] = index.search('healthy at all times');
    expect(hit).toMatchObject({ label: 'Definition', href: expect.stringMatching(/card=kubernetes-architecture\/definition\/kubelet$/) });
  });
});

describe('matched text', () => {
  it('marks the matched ranges', () => {
    expect(matchedParts('Kubelet agent', [[0, 6]])).toEqual([
      { text: 'Kubelet', match: true },
      { text: ' agent', match: false },
    ]);
  });

  it('cuts a long text to a window around its first match', () => {
    const text = `${'a'.repeat(200)} kubelet ${'b'.repeat(200)}`;
    const parts = matchedParts(text, [[201, 207]]);
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
    expect(parts.find((part) => part.match)?.text).toBe('kubelet');
    expect(parts.map((part) => part.text).join('').length).toBeLessThanOrEqual(122);
  });
});
