// Names the notes state as one thing, read from every line (most such lines make no card of their own):
//   "--Containers are integrated … through use of Container Network Interface (CNI), supported by CNI plugins"
//   → { long: 'Container Network Interface', short: 'CNI' }
import type { StatedAlias } from '../domain/deck';
import { statedAbbreviations } from '../domain/deck-names';
import { compactAnswer } from '../domain/quiz-answer-match';
import type { OutlineNode } from './normalise/outline';

/** Collects stated aliases from outlines into one list, each pair once. */
export class StatedAliasCollector {
  private readonly found = new Map<string, StatedAlias>();

  /** Reads every line of `outline` (the mask, so nothing inside code counts). */
  read(outline: OutlineNode): void {
    const visit = (node: OutlineNode) => {
      for (const alias of statedAbbreviations(node.mask)) {
        const key = `${compactAnswer(alias.long)}\u0000${compactAnswer(alias.short)}`;
        if (!this.found.has(key)) this.found.set(key, alias);
      }
      node.children.forEach(visit);
    };
    visit(outline);
  }

  aliases(): StatedAlias[] {
    return [...this.found.values()];
  }
}
