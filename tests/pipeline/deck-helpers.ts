// Small helpers for pipeline tests: build a deck from inline Markdown and look at it the way a reader would.
import type { Card, CardKind, Deck } from '../../src/domain/deck';
import { buildDeck } from '../../src/pipeline/build-deck';
import { indexSource } from '../../src/pipeline/normalise/line-text';
import { type OutlineNode, buildOutline } from '../../src/pipeline/normalise/outline';
import { parseMarkdown } from '../../src/pipeline/parse-markdown';

export function deckOf(text: string, path = 'notes.md'): Deck {
  return buildDeck([{ path, text }]);
}

/** Forward cards of one kind (reverse siblings left out). */
export function cardsOf(deck: Deck, kind: CardKind): Card[] {
  return deck.cards.filter((card) => card.kind === kind && !card.reverse);
}

/** [term, answer] of every forward definition, in deck order. */
export function definitionsOf(deck: Deck): Array<[string, string]> {
  return cardsOf(deck, 'definition').map((card) => [card.prompt, card.answer]);
}

/** [prompt, items] of every enumeration, in deck order. */
export function enumerationsOf(deck: Deck): Array<[string, string[]]> {
  return cardsOf(deck, 'enumeration').map((card) => [card.prompt, card.items ?? []]);
}

function renderNode(node: OutlineNode, level: number, out: string[]): void {
  for (const child of node.children) {
    const marker = child.marker === 'number' ? `${child.ordinal}. ` : child.marker === 'heading' ? `${'#'.repeat(child.level)} ` : '';
    out.push(`${'  '.repeat(level)}${marker}${child.text}`);
    renderNode(child, level + 1, out);
  }
}

/** The outline of a Markdown text, one node per line, indented two spaces per level. */
export function outlineOf(text: string): string {
  const out: string[] = [];
  renderNode(buildOutline(parseMarkdown(text).children, indexSource(text)), 0, out);
  return out.join('\n');
}

export function outlineRoot(text: string): OutlineNode {
  return buildOutline(parseMarkdown(text).children, indexSource(text));
}

export const lines = (...text: string[]) => text.join('\n');
