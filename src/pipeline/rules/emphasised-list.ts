/**
 * emphasised-list: names the author set in bold or italics, one after another in a sentence, make a list card
 * asked with the sentence around them.
 *
 *   Rocks are grouped into *igneous*, *sedimentary* and *metamorphic* rocks by how they form.
 *   → list "Rocks are grouped into […] rocks by how they form." → igneous, sedimentary, metamorphic
 *
 *   Smelting works on **hematite, magnetite, siderite** alike.
 *   → list "Smelting works on […] alike." → hematite, magnetite, siderite   (one emphasised span holding the list)
 *
 * Three names or more, each short; "etc." after them is left out; a sentence of a few words is asked with the one
 * before it. A prompt that opens with a pronoun ("Its …") is
 * asked with its section's title.
 */
import { type OutlineNode, isOutlineLine } from '../normalise/outline';
import type { Span } from '../normalise/line-text';
import { enumerationCard, sentenceSpans } from '../text/card-text';
import { tidyText, wordsOf } from '../text/phrase-rules';
import { type BlockRule, type NoteDraft, type RuleContext, STRENGTH } from './rule';

const MIN_ITEMS = 3;
const MAX_ITEM_WORDS = 4;
const MIN_CONTEXT_WORDS = 4;
const JOINER = /^\s*(?:,\s*(?:and|or)?|and|or)\s*$/i;
const ETC = /^\s*,?\s*(?:etc\.?|and so on|\.\.\.|…)/i;
const POINTING = /^(?:its|their|this|these|those|it|they)\b/i;

/** Runs of emphasised spans joined by commas, "and", "or": [first start, last end, names]. */
function runsIn(node: OutlineNode, from: number, to: number): Array<{ start: number; end: number; names: string[] }> {
  const spans = [...node.strong, ...node.emphasis].filter(([start, end]) => start >= from && end <= to).sort((a, b) => a[0] - b[0]);
  const runs: Array<{ start: number; end: number; names: string[] }> = [];
  let current: Span[] = [];
  const close = () => {
    if (current.length >= MIN_ITEMS)
      runs.push({ start: current[0][0], end: current[current.length - 1][1], names: current.map(([start, end]) => tidyText(node.text.slice(start, end))) });
    current = [];
  };
  for (const span of spans) {
    const previous = current[current.length - 1];
    if (previous && !JOINER.test(node.text.slice(previous[1], span[0]))) close();
    current.push(span);
  }
  close();
  // One emphasised span that holds the whole list: "**hematite, magnetite, siderite**".
  for (const [start, end] of spans) {
    const names = node.text
      .slice(start, end)
      .split(/\s*,\s*(?:and\s+|or\s+)?/)
      .map((name) => tidyText(name));
    if (names.length >= MIN_ITEMS && !runs.some((run) => run.start <= start && run.end >= end)) runs.push({ start, end, names });
  }
  return runs;
}

function promptOf(sentence: string, node: OutlineNode, context: RuleContext): string {
  const prompt = tidyText(sentence);
  if (!POINTING.test(prompt)) return prompt;
  const title = context.sectionAround(node)?.title ?? context.chapter.title;
  return `${prompt} (${title})`;
}

export const emphasisedList: BlockRule = {
  name: 'emphasised-list',
  scope: 'block',
  sentences: true,
  apply(node, context) {
    if (!isOutlineLine(node) || node.strong.length + node.emphasis.length === 0) return null;
    // A line read as a list already ("Its ores are **a**, **b**, **c**") is that list's card.
    if (context.readLine(node)?.kind === 'enumeration') return null;
    const notes: NoteDraft[] = [];
    const sentences = sentenceSpans(node.text);
    for (const [index, [from, to]] of sentences.entries()) {
      for (const run of runsIn(node, from, to)) {
        if (run.names.some((name) => name === '' || wordsOf(name).length > MAX_ITEM_WORDS || /[.:;!?]/.test(name))) continue;
        const etc = ETC.exec(node.text.slice(run.end, to));
        const after = run.end + (etc ? etc[0].length : 0);
        let sentence = `${node.text.slice(from, run.start)}[…]${node.text.slice(after, to)}`;
        // "… potential. So basically **Co, Ni, Mn**.": a few words around the list need the sentence before.
        if (wordsOf(sentence.replace('[…]', '')).length < MIN_CONTEXT_WORDS && index > 0)
          sentence = `${node.text.slice(sentences[index - 1][0], sentences[index - 1][1])} ${sentence}`;
        if (wordsOf(sentence.replace('[…]', '')).length < MIN_CONTEXT_WORDS) continue;
        const prompt = promptOf(sentence, node, context);
        notes.push({
          kind: 'enumeration',
          key: prompt,
          rule: 'emphasised-list',
          strength: STRENGTH.sentence,
          line: node.line,
          column: node.column,
          cards: [enumerationCard(prompt, run.names)],
        });
      }
    }
    return notes.length > 0 ? { notes } : null;
  },
};
