// The user's real notes, verbatim (typos and outline style included), read from ../shared/ beside the repo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import {
  KUBERNETES_DECK_TITLE,
  answerStartsWith,
  comparable,
  expectedChapters,
  expectedClozes,
  expectedDefinitions,
  expectedEnumerations,
  notCardPrompts,
  notDefinitionTerms,
  sameItems,
} from '../fixtures/kubernetes-expectations';

const NOTES_PATH = path.resolve(__dirname, '../../../shared/notes/kubernetes-notes.md');
const deck = buildDeck([{ path: 'kubernetes-notes.md', text: readFileSync(NOTES_PATH, 'utf8') }]);
const forward = deck.cards.filter((card) => !card.reverse);
const byId = new Map(deck.cards.map((card) => [card.id, card]));

const countBy = (cards: Card[]) => cards.reduce<Record<string, number>>((counts, card) => ({ ...counts, [card.kind]: (counts[card.kind] ?? 0) + 1 }), {});

describe('the Kubernetes notes', () => {
  it('have the deck title and four chapters, chapter 4 empty', () => {
    expect(deck.title).toBe(KUBERNETES_DECK_TITLE);
    expect(deck.chapters.map(({ id, title, order, empty }) => ({ id, title, order, empty }))).toEqual(expectedChapters);
  });

  it.each(expectedDefinitions)('define $term ($id)', ({ id, term, answerStart }) => {
    const card = byId.get(id);
    expect(card, `no card ${id}`).toBeDefined();
    expect(card).toMatchObject({ kind: 'definition', reverse: false, term, prompt: term });
    expect(answerStartsWith(card?.answer ?? '', answerStart), `${term}: ${card?.answer}`).toBe(true);
  });

  it.each(expectedEnumerations)('list "$prompt"', ({ id, prompt, items }) => {
    const card = byId.get(id);
    expect(card, `no card ${id}`).toMatchObject({ kind: 'enumeration', prompt, answer: items.join(', ') });
    expect(sameItems(card?.items ?? null, items)).toBe(true);
  });

  it.each(expectedClozes)('hide the name in "$prompt"', ({ id, prompt, answer }) => {
    expect(byId.get(id), `no card ${id}`).toMatchObject({ kind: 'cloze', prompt, answer });
  });

  it('make exactly the expected definitions, lists and named facts, plus one question', () => {
    expect(
      forward
        .filter((card) => card.kind === 'definition')
        .map((card) => card.id)
        .sort(),
    ).toEqual(expectedDefinitions.map((expected) => expected.id).sort());
    expect(
      forward
        .filter((card) => card.kind === 'enumeration')
        .map((card) => card.id)
        .sort(),
    ).toEqual(expectedEnumerations.map((expected) => expected.id).sort());
    expect(
      deck.cards
        .filter((card) => card.kind === 'cloze')
        .map((card) => card.id)
        .sort(),
    ).toEqual(expectedClozes.map((expected) => expected.id).sort());
    expect(forward.filter((card) => card.kind === 'question').map((card) => [card.prompt, card.answer.slice(0, 40)])).toEqual([
      ['Explain reasons for container orchestration', 'Better performance and tools, such as bi'],
    ]);
    expect(countBy(deck.cards)).toEqual({ definition: 93, enumeration: 15, question: 1, cloze: 4 });
  });

  it('fix the defects: one card for etcd and for Kubernetes, the shims a list, no pointer as a list item', () => {
    expect(
      forward
        .filter((card) => card.kind === 'definition' && /^(?:etcd|kubernetes)$/i.test(card.term ?? ''))
        .map((card) => [card.id, card.details.at(-1)?.text.slice(0, 30)]),
    ).toEqual([
      ['kubernetes/definition/kubernetes', 'open source tool started by Go'],
      ['kubernetes-architecture/definition/etcd', 'based on Raft Consensus Algori'],
    ]);
    expect(byId.get('kubernetes-architecture/definition/dockershim')?.answer).toMatch(/^containers are created using Docker/);
    expect(forward.some((card) => card.kind === 'definition' && card.answer.startsWith('dockershim'))).toBe(false);
    expect(byId.get('kubernetes/enumeration/benefits-of-kubernetes')?.items).not.toContain('Features mentioned below');
  });

  it('give every definition a reverse sibling, except where its prompt would be over 25 words', () => {
    const reverseOf = (card: Card) => byId.get(`${card.id}/reverse`);
    const withoutReverse = forward.filter((card) => card.kind === 'definition' && reverseOf(card) === undefined).map((card) => card.term);
    expect(withoutReverse).toEqual(['Service Discovery and Load Balancing', 'Secrets/configuration management', 'cloud-controller-manager']);
    expect(reverseOf(byId.get('kubernetes-architecture/definition/kubelet') as Card)).toMatchObject({
      reverse: true,
      noteId: 'kubernetes-architecture/definition/kubelet',
      prompt: expect.stringMatching(/^Agent that runs on each WN/),
      answer: 'Kubelet',
    });
  });

  it('keep the worked example: children of a numbered item are its answer details', () => {
    expect(byId.get('kubernetes-architecture/definition/controller-manager')?.details.map((detail) => [detail.depth, detail.text.slice(0, 30)])).toEqual([
      [1, 'Each control loop knows about '],
      [1, 'If current state of objects ma'],
      [1, 'kube-controller-manager runs c'],
      [1, 'cloud-controller-manager runs '],
    ]);
    expect(byId.get('kubernetes-architecture/definition/kubelet')?.details.map((detail) => [detail.depth, detail.text.slice(0, 25)])).toEqual([
      [1, 'Also makes sure that cont'],
      [1, 'Connects to container run'],
      [2, 'CRI consistes of protocol'],
      [1, 'Kubelet connects to CRI s'],
      [1, 'CRI implements ImageServi'],
      [2, 'ImageService repsonsible '],
      [2, 'RuntimeService responsibl'],
    ]);
  });

  it('make no card from the URL line, the lead-ins or statements about a subject', () => {
    const prompts = new Set(forward.map((card) => comparable(card.prompt)));
    for (const text of notCardPrompts) expect(prompts.has(comparable(text)), text).toBe(false);
    const terms = new Set(forward.filter((card) => card.kind === 'definition').map((card) => comparable(card.term ?? '')));
    for (const term of notDefinitionTerms) expect(terms.has(comparable(term)), term).toBe(false);
    expect(deck.cards.some((card) => card.answer.includes('https://'))).toBe(false);
  });

  it('warn about the two cards merged, at the line merged, naming the line kept', () => {
    expect(deck.warnings.map((warning) => [warning.line, warning.ruleId])).toEqual([
      [14, 'duplicate-front'],
      [138, 'duplicate-front'],
    ]);
    expect(deck.warnings[0].message).toContain('"Kubernetes" is also at kubernetes-notes.md:50');
    expect(deck.warnings[1].message).toContain('"ETCD" is also at kubernetes-notes.md:112');
  });

  it('give every card a unique id, its chapter, section and source line', () => {
    expect(new Set(deck.cards.map((card) => card.id)).size).toBe(deck.cards.length);
    const sectionIds = new Set(deck.chapters.flatMap((chapter) => chapter.sections.map((section) => section.id)));
    expect(sectionIds.size).toBe(16);
    for (const card of deck.cards) {
      expect(card.id.startsWith(`${card.chapterId}/${card.kind}/`)).toBe(true);
      if (card.sectionId !== null) expect(sectionIds.has(card.sectionId)).toBe(true);
      expect(card.sectionPath[0]).toBe(deck.chapters.find((chapter) => chapter.id === card.chapterId)?.title);
      expect(card.source.line).toBeGreaterThan(0);
    }
    expect(byId.get('kubernetes-architecture/definition/kubelet')).toMatchObject({
      sectionId: 'kubernetes-architecture/explain-different-components-for-master-and-worker-nodes',
      source: { file: 'kubernetes-notes.md', line: 117, column: 1 },
    });
  });

  it('are plain JSON', () => {
    expect(JSON.parse(JSON.stringify(deck))).toEqual(deck);
  });
});
