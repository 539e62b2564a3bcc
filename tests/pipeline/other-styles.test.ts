import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/domain/deck';
import { deckOf, definitionsOf, lines } from './deck-helpers';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures/notes', name), 'utf8');

/** Every piece of text a learner could be shown. */
const allCardText = (deck: Deck) =>
  deck.cards.flatMap((card) => [card.prompt, card.answer, card.context ?? '', ...(card.items ?? []), ...card.details.map((detail) => detail.text)]).join('\n');

describe("other people's notes (tests/fixtures/notes/other-styles.md)", () => {
  const deck = deckOf(fixture('other-styles.md'), 'other-styles.md');

  it('reads the title, chapters and sections', () => {
    expect(deck.title).toBe('Kubernetes glossary');
    expect(deck.chapters.map((chapter) => [chapter.id, chapter.order, chapter.empty])).toEqual([
      ['core-objects', 1, false],
      ['commands', 2, false],
    ]);
    expect(deck.chapters[0].sections.map((section) => section.title)).toEqual(['Deployment', 'Examples']);
  });

  it('makes the clear cases into cards: bold terms, en dash, glossary headings, notes inside <details>, a term table', () => {
    expect(definitionsOf(deck)).toEqual([
      ['Pod', 'the smallest deployable unit of computing'],
      ['Service', 'an abstraction that exposes a set of Pods'],
      ['Namespace', 'a virtual cluster inside a cluster'],
      ['Deployment', 'Manages a replicated application and rolls out changes.'],
      ['ConfigMap', 'stores configuration as key-value pairs'],
      ['ReplicaSet', 'keeps a set of identical pods running'],
    ]);
    expect(deck.cards.find((card) => card.prompt === 'Service')?.details).toEqual([{ text: 'selects Pods by label', depth: 1 }]);
    expect(deck.cards.filter((card) => card.kind === 'enumeration').map((card) => [card.prompt, card.items])).toEqual([
      ['Core objects', ['Pod', 'Service', 'Namespace']],
    ]);
  });

  it('makes no card from code fences, indented code, raw HTML, tags or embeds, and tags the cards instead', () => {
    const text = allCardText(deck);
    for (const fragment of ['Ingress', 'Volume', 'Job', 'answer', 'Secret', 'alert', 'kubectl', 'click to reveal', '#exam', 'cluster-diagram']) {
      expect(text).not.toContain(fragment);
    }
    expect(deck.cards.find((card) => card.prompt === 'Pod')?.tags).toEqual(['k8s', 'exam', 'kubernetes']);
  });

  it('places cards on their first line', () => {
    expect(deck.cards.filter((card) => !card.reverse).map((card) => [card.prompt, card.source.line, card.source.column])).toEqual([
      ['Core objects', 12, 1],
      ['Pod', 12, 1],
      ['Service', 13, 1],
      ['Namespace', 15, 1],
      ['Deployment', 19, 1],
      ['ConfigMap', 28, 1],
      ['ReplicaSet', 36, 1],
    ]);
  });
});

describe('odd Markdown', () => {
  it('keeps raw HTML inert: never a card, and shown as plain text when inside an answer', () => {
    const deck = deckOf(lines('Title', '-<img src=x onerror=alert(1)>: x', '-Pod: a unit <em>of</em> scheduling', '-<!-- Kubelet: hidden comment -->'));
    expect(definitionsOf(deck)).toEqual([['Pod', 'a unit <em>of</em> scheduling']]);
  });

  it('reads blockquotes, callouts, task lists and setext headings like the rest', () => {
    const deck = deckOf(
      lines('Storage', '=======', '', '> [!note] Volumes', '> - PV: a piece of storage in the cluster', '', '- [ ] PVC: a request for storage by a user'),
    );
    expect(deck.chapters[0].title).toBe('Storage');
    expect(definitionsOf(deck)).toEqual([
      ['PV', 'a piece of storage in the cluster'],
      ['PVC', 'a request for storage by a user'],
    ]);
  });

  it('survives deep nesting, empty items and lone markers', () => {
    const deck = deckOf(lines('Title', '-', '--', '1.', '2. ', '- ', '  - ', '    - Pod: unit of scheduling', '>>>>>>>>>> deep: quote', '***', '---x'));
    expect(definitionsOf(deck)).toEqual([
      ['Pod', 'unit of scheduling'],
      ['deep', 'quote'],
    ]);
    expect(deck.cards.every((card) => card.prompt !== '' && card.answer !== '')).toBe(true);
  });

  it('handles Windows line endings and tabs after the dashes', () => {
    expect(definitionsOf(deckOf('Title\r\n-Pod: unit\r\n--\tKubelet: agent\r\n'))).toEqual([
      ['Pod', 'unit'],
      ['Kubelet', 'agent'],
    ]);
  });
});
