/**
 * parenthetical-gloss: a list item that names something and says what it is in parentheses.
 *
 *   - Helium (a noble gas, the second lightest element)
 *   - Neon (used in bright signs)
 *   → definition "Helium" → "a noble gas, the second lightest element"; "Neon" → "used in bright signs"
 *
 *   - Noble gases (helium, neon, argon)      → list "Noble gases" → helium, neon, argon   (one-word names)
 *
 * The name is short (at most three words, or a formula like "NaCl"); the parenthesis holds at least two words and
 * is no abbreviation of the name ("Sodium chloride (NaCl)" is read by abbreviation.ts) and no mere "etc.".
 */
import { isOutlineLine } from '../normalise/outline';
import { abbreviates } from '../text/abbreviations';
import { answerDetails, definitionCards, enumerationCard } from '../text/card-text';
import { isTermPhrase, tidyText, wordsOf } from '../text/phrase-rules';
import { type LineRule, STRENGTH } from './rule';

const MAX_ITEM_WORDS = 12;
const ITEM = /^([^()]{1,40}?)\s*((?:\([^()]+\)\s*)+)[.;]?$/;

/** "(helium, neon, argon)": three one-word names or more are the parts of what the line names. */
function listedNames(gloss: string): string[] | null {
  const names = gloss.split(/\s*,\s*(?:and\s+|or\s+)?/).map((name) => name.trim());
  return names.length >= 3 && names.every((name) => /^[\p{L}\p{N}_.-]+$/u.test(name)) ? names : null;
}

export const parentheticalGloss: LineRule = {
  name: 'parenthetical-gloss',
  scope: 'line',
  read(node) {
    if (!isOutlineLine(node) || node.marker === 'plain' || !node.mask.includes('(')) return null;
    const match = ITEM.exec(node.mask.trim());
    if (!match) return null;
    const start = node.mask.length - node.mask.trimStart().length;
    let name = tidyText(node.text.slice(start, start + match[1].length));
    const groups = [...node.text.slice(start + match[1].length).matchAll(/\(([^()]+)\)/g)].map((group) => tidyText(group[1]));
    // "Li (s) (used in …)": a one-word parenthesis belongs to the name.
    while (groups.length > 0 && wordsOf(groups[0]).length < 2) name = `${name} (${groups.shift()})`;
    const glosses = groups.filter(
      (gloss) => !abbreviates(gloss.split(/[\s,/]+/)[0] ?? '', name) && /\p{L}{2,}.*\s\S*\p{L}/u.test(gloss.replace(/\betc\.?/gi, '')),
    );
    if (glosses.length === 0 || glosses.length !== groups.length) return null;
    const formula = /^[\p{Lu}][\p{L}\p{N}()/ -]{0,20}$/u.test(name) && /\p{N}|\p{Lu}.*\p{Lu}/u.test(name);
    if (wordsOf(name).length > 3 || (!formula && !isTermPhrase({ text: name, mask: name }))) return null;
    const answer = glosses.join('; ');
    const items = glosses.length === 1 ? listedNames(glosses[0]) : null;
    if (items) {
      return {
        rule: 'parenthetical-gloss',
        kind: 'enumeration',
        term: name,
        itemName: name,
        notes: [
          {
            kind: 'enumeration',
            key: name,
            rule: 'parenthetical-gloss',
            strength: STRENGTH.explicit,
            line: node.line,
            column: node.column,
            cards: [enumerationCard(name, items, answerDetails(node))],
          },
        ],
      };
    }
    return {
      rule: 'parenthetical-gloss',
      kind: 'definition',
      term: name,
      // In a list, a short note stays with the name ("Pouch (flexible, no standard size)").
      itemName: wordsOf(tidyText(node.text)).length <= MAX_ITEM_WORDS ? tidyText(node.text) : name,
      notes: [
        {
          kind: 'definition',
          key: name,
          rule: 'parenthetical-gloss',
          strength: STRENGTH.explicit,
          line: node.line,
          column: node.column,
          cards: definitionCards(name, answer, answerDetails(node)),
        },
      ],
    };
  },
};
