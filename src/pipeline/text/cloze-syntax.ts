// Cloze syntax, as in Anki and the Obsidian spaced-repetition plugin: `==hidden==`, `{{c1::hidden}}`,
// `{{c1::hidden::hint}}`. Never inside code. (The rule that makes cards of it is rules/cloze-deletions.ts.)
import { type MaskedText, tidyText } from './phrase-rules';

export interface ClozeDeletion {
  group: number;
  start: number;
  end: number;
  hidden: string;
  hint: string | null;
}

export interface ClozeCardText {
  group: number;
  /** The sentence with `[…]` (or `[hint]`) where this group's deletions are. */
  prompt: string;
  answer: string;
  /** The full sentence. */
  context: string;
}

const ANKI_CLOZE = /\{\{c(\d{1,3})::([^{}]*?)(?:::([^{}]*?))?\}\}/g;
// `==x==` but not `===` ("current state === desired state").
const HIGHLIGHT = /(?<!=)==(?=[^=\s])([^=]*?[^=\s])==(?!=)/g;

export function findClozeDeletions(line: MaskedText): ClozeDeletion[] {
  const found: ClozeDeletion[] = [];
  for (const match of line.mask.matchAll(ANKI_CLOZE)) {
    const start = match.index;
    const hiddenStart = start + match[0].indexOf('::') + 2;
    const hidden = line.text.slice(hiddenStart, hiddenStart + match[2].length).trim();
    const hint = match[3] === undefined ? null : line.text.slice(start + match[0].length - 2 - match[3].length, start + match[0].length - 2).trim() || null;
    if (hidden !== '') found.push({ group: Number(match[1]), start, end: start + match[0].length, hidden, hint });
  }
  const highlights: ClozeDeletion[] = [];
  for (const match of line.mask.matchAll(HIGHLIGHT)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((deletion) => deletion.start < end && start < deletion.end)) continue;
    highlights.push({ group: 0, start, end, hidden: line.text.slice(start + 2, end - 2).trim(), hint: null });
  }
  // Each highlight is its own deletion, numbered after any explicit {{cN::}} groups.
  let next = found.reduce((max, deletion) => Math.max(max, deletion.group), 0);
  for (const highlight of highlights) {
    next += 1;
    found.push({ ...highlight, group: next });
  }
  return found.sort((a, b) => a.start - b.start);
}

function renderWith(line: MaskedText, deletions: ClozeDeletion[], show: (deletion: ClozeDeletion) => string): string {
  let out = '';
  let at = 0;
  for (const deletion of deletions) {
    out += line.text.slice(at, deletion.start) + show(deletion);
    at = deletion.end;
  }
  return tidyText(out + line.text.slice(at));
}

/** One card per deletion group, in group order. */
export function clozeCards(line: MaskedText, deletions: ClozeDeletion[]): ClozeCardText[] {
  const context = renderWith(line, deletions, (deletion) => deletion.hidden);
  const groups = [...new Set(deletions.map((deletion) => deletion.group))].sort((a, b) => a - b);
  return groups.map((group) => ({
    group,
    prompt: renderWith(line, deletions, (deletion) => (deletion.group === group ? `[${deletion.hint ?? '…'}]` : deletion.hidden)),
    answer: deletions
      .filter((deletion) => deletion.group === group)
      .map((deletion) => tidyText(deletion.hidden))
      .join(', '),
    context,
  }));
}

/** Display text of a line with cloze markers removed (the hidden text shown). */
export function withoutClozeMarkers(text: string): string {
  if (!text.includes('==') && !text.includes('{{')) return text;
  return text.replace(ANKI_CLOZE, (_match, _group: string, hidden: string) => hidden).replace(HIGHLIGHT, (_match, hidden: string) => hidden);
}
