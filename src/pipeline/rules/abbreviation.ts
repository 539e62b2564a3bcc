/**
 * abbreviation: an abbreviation written with its long form defines it.
 *
 *   Plants make sugar in the process of carbon fixation, using adenosine triphosphate (ATP).
 *   → definition "ATP" → "adenosine triphosphate" (and its reverse)
 *
 *   The WHO (World Health Organization) coordinates …  → definition "WHO" → "World Health Organization"
 *
 * The long form is the words before (or inside) the parenthesis whose letters spell the abbreviation in order, the
 * first one starting a word; "(e.g. …)" and "(2019)" are no abbreviations. Weakest of all: a line that defines the
 * abbreviation otherwise keeps its card, with the long form as a detail.
 */
import { isOutlineLine } from '../normalise/outline';
import { findAbbreviations } from '../text/abbreviations';
import { definitionCards } from '../text/card-text';
import { tidyText } from '../text/phrase-rules';
import type { BlockRule, NoteDraft } from './rule';

/** Weaker than any rule that reads a line: an abbreviation card gives way to any other card with its front. */
export const ABBREVIATION_STRENGTH = 0;

export const abbreviation: BlockRule = {
  name: 'abbreviation',
  scope: 'block',
  sentences: true,
  apply(node) {
    if (!isOutlineLine(node) || !node.mask.includes('(')) return null;
    const text = node.mask;
    const notes: NoteDraft[] = [];
    const seen = new Set<string>();
    for (const { short, long } of findAbbreviations(text)) {
      if (seen.has(short)) continue;
      seen.add(short);
      const expansion = tidyText(long);
      notes.push({
        kind: 'definition',
        key: short,
        rule: 'abbreviation',
        strength: ABBREVIATION_STRENGTH,
        line: node.line,
        column: node.column,
        cards: definitionCards(short, expansion, []),
      });
    }
    return notes.length > 0 ? { notes } : null;
  },
};
