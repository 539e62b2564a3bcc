/**
 * named-fact-cloze: a sentence that names something ("also known as Y", "called Y", "written in Y", "based on Y",
 * "inspired by Y") makes a cloze card hiding the name.
 *
 *   The Eiffel Tower is also known as La Dame de Fer, the iron lady
 *   → cloze "The Eiffel Tower is also known as […], the iron lady" → "La Dame de Fer"
 *
 *   designed by Gustave Eiffel's company, inspired by the Latting Observatory
 *   → cloze "… inspired by the […]" → "Latting Observatory"
 *
 * Only where the sentence is clear: the name is a name (capitalised, with a digit or a hyphen, or quoted), not a
 * common noun after an article ("called a service"), not the start of a list, and not emphasised (a bold or italic
 * name is a key term: key-term-sentence.ts). Several names in one sentence make one card each (c1, c2, …).
 */
import { type OutlineNode, isOutlineLine } from '../normalise/outline';
import { answerDetails, displayText, sentenceSpans } from '../text/card-text';
import { isTermPhrase, tidyText } from '../text/phrase-rules';
import { type BlockRule, type CardDraft, type RuleContext, STRENGTH } from './rule';

const NAMING =
  /\b(?:(?:also\s+)?referred to as|(?:also\s+)?known as|a\.?k\.?a\.?|(?:is|are|was|were)\s+(?:also\s+|often\s+|sometimes\s+)?called|written in|based on|inspired by|named|termed|dubbed)\s+/gi;
/** The name: up to a comma, a stop, a parenthesis or a clause word. */
const NAME =
  /^(?:the\s+)?(["“][^"”]{1,40}["”]|[^\s,.;:()]+(?:\s+(?!(?:and|or|but|which|that|who|to|for|with|because|since|in|on|at|by|of|from|as|is|are|was|were)\b)[^\s,.;:()]+){0,4})/i;
const NAME_LIKE = /^(?:["“]|[^\s]*[\p{Lu}\p{N}]|[^\s]+-[^\s])/u;

interface Deletion {
  start: number;
  end: number;
  hidden: string;
}

function findNames(node: OutlineNode, text: string): Deletion[] {
  const found: Deletion[] = [];
  const emphasised = [...node.strong, ...node.emphasis, ...node.code, ...node.links];
  for (const match of text.matchAll(NAMING)) {
    const start = match.index + match[0].length;
    const name = NAME.exec(text.slice(start));
    if (!name) continue;
    const lead = name[0].length - name[1].length;
    let hidden = name[1].replace(/^["“]|["”]$/g, '');
    const from = start + lead + (/^["“]/.test(name[1]) ? 1 : 0);
    hidden = hidden.replace(/[.,;:!?]+$/, '');
    const to = from + hidden.length;
    if (hidden === '' || !NAME_LIKE.test(name[1]) || /^(?:a|an)\s/i.test(text.slice(start))) continue;
    if (emphasised.some(([spanFrom, spanTo]) => spanFrom < to && from < spanTo)) continue;
    // "known as A, B, C or D": a list, not a name.
    if (/^\s*,\s*(?:[\p{Lu}"“*_]|\S+,)/u.test(text.slice(to)) && /,.*(?:,|\bor\b|\band\b)/.test(text.slice(to, to + 80))) continue;
    found.push({ start: from, end: to, hidden });
  }
  return found;
}

/** A fragment with no subject ("written in Go, …") is asked about its section: "Evolution of Go: written in […]". */
const NO_SUBJECT = /^(?:also\s+)?(?:written|based|inspired|named|called|known|referred|termed|dubbed)\b/i;

/** What a fragment with no subject is about: the term of the line it is under, else its section's title. */
function subjectOf(node: OutlineNode, context: RuleContext): string | undefined {
  const parent = context.parentOf(node);
  const line = parent && isOutlineLine(parent) ? displayText(parent) : '';
  if (line !== '' && isTermPhrase({ text: line, mask: parent?.mask ?? line })) return line;
  return context.sectionAround(node)?.title;
}

export const namedFactCloze: BlockRule = {
  name: 'named-fact-cloze',
  scope: 'block',
  sentences: true,
  apply(node, context) {
    if (node.marker !== 'plain' && node.marker !== 'bullet' && node.marker !== 'dash' && node.marker !== 'number') return null;
    if (!/\b(?:as|called|aka|a\.k\.a|in|on|by|named|termed|dubbed)\b/i.test(node.mask)) return null;
    // A line that defines or lists something already says it; a section title is a title.
    if (context.readLine(node) !== null || context.sectionOf(node)) return null;
    const text = node.text;
    const names = findNames(node, text);
    if (names.length === 0) return null;
    const notes = [];
    const spans = sentenceSpans(text);
    for (const [from, to] of spans) {
      const inSentence = names.filter((name) => name.start >= from && name.end <= to);
      if (inSentence.length === 0) continue;
      const sentence = tidyText(text.slice(from, to));
      const title = NO_SUBJECT.test(sentence) ? subjectOf(node, context) : undefined;
      const lead = title ? `${title}: ` : '';
      const details = spans.length === 1 ? answerDetails(node) : [];
      const cards: CardDraft[] = inSentence.map((name, index) => ({
        suffix: `c${index + 1}`,
        reverse: false,
        prompt: lead + tidyText(text.slice(from, name.start) + '[…]' + text.slice(name.end, to)),
        answer: tidyText(name.hidden),
        term: null,
        items: null,
        details,
        context: lead + sentence,
      }));
      notes.push({ kind: 'cloze' as const, key: sentence, rule: 'named-fact-cloze', strength: STRENGTH.sentence, line: node.line, column: node.column, cards });
    }
    return notes.length > 0 ? { notes } : null;
  },
};
