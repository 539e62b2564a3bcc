/**
 * key-term-sentence: a sentence of prose with a bold key term defines that term, from its sentence.
 *
 *   **Erosion** is the wearing away of rock by water, wind and ice.
 *   → definition "Erosion" → "the wearing away of rock by water, wind and ice." (and its reverse)
 *
 *   Rivers carry the broken rock downstream, a process called **transportation**.
 *   → definition "transportation" → "Rivers carry the broken rock downstream, a process called transportation."
 *     (its reverse shows the sentence with the term hidden)
 *
 *   *Basalt* forms when lava cools quickly at the surface.
 *   → definition "Basalt" → the sentence (an italic term counts only as the subject, or after "called")
 *
 *   One option is a *flipped classroom* model, where students watch lectures at home and practise in class.
 *   → definition "flipped classroom" → "a model where students watch lectures at home and practise in class."
 *
 *   A cell divides about every **24 hours** in culture.
 *   → cloze "A cell divides about every […] in culture." → "24 hours"     (a bold quantity is a fact, not a term)
 *
 * A bold span counts when it is a short noun phrase: not a clause ("**practice daily**" after "to"), not one of a
 * list of bold words, not the term the line already defines.
 */
import type { OutlineNode } from '../normalise/outline';
import { type Span } from '../normalise/line-text';
import { definitionCards, sentenceSpans, wordCount } from '../text/card-text';
import { definesAfterIs, isMarkedTerm, isNoteLabel, tidyText } from '../text/phrase-rules';
import { type BlockRule, type NoteDraft, type RuleContext, STRENGTH } from './rule';

const NAMING = /(?:called|known as|termed|named|referred to as|dubbed)\s+(?:(?:a|an|the)\s+)?["“]?$/i;
const KIND_CLAUSE = /^\s+([\p{Ll}][\p{L}-]+),?\s+(where|in which|whereby)\s+/u;
const COPULA = /^\s*(?:is|are|was|were|refers to|means|denotes)\s+/i;
const AFTER_TO = /\bto\s+$/i;
/** Words before the subject that still leave it the subject: an article, a label, an opening phrase. */
const SUBJECT_LEAD = /^(?:(?:the|a|an)\s+|(?:[^,.;:]{1,40}[,:]\s+(?:the\s+|a\s+|an\s+)?))?$/i;
/** A naming sentence longer than this is cut to the clause that names the term. */
const MAX_NAMING_WORDS = 25;
/** A short sentence that only names the term ("The first is called **long-term**."): the next sentence says more. */
const MIN_ANSWER_WORDS = 8;

interface KeyTerm {
  term: string;
  answer: string;
  /** The term opens the sentence and "is" defines it: the answer is what follows. */
  subject: boolean;
  /** A bold quantity: the sentence with it hidden, and the whole sentence. */
  cloze?: string;
  sentence?: string;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/** Bold spans that are items of a list of bold words ("**speed**, **cost** and **size**"). */
function listedSpans(node: OutlineNode, spans: Span[]): Set<Span> {
  const listed = new Set<Span>();
  for (let index = 1; index < spans.length; index += 1) {
    const between = node.text.slice(spans[index - 1][1], spans[index][0]);
    if (/^\s*(?:,|,?\s*(?:and|or))\s*$/i.test(between)) {
      listed.add(spans[index - 1]);
      listed.add(spans[index]);
    }
  }
  return listed;
}

function readKeyTerms(node: OutlineNode, context: RuleContext): KeyTerm[] {
  const strong = node.strong;
  const emphasis = node.emphasis;
  if (strong.length === 0 && emphasis.length === 0) return [];
  const text = node.text;
  const listed = listedSpans(node, strong);
  const found: KeyTerm[] = [];
  const sentences = sentenceSpans(text);
  for (const sentence of sentences) {
    // One key term a sentence: in "**HTML** stands for **HyperText Markup Language**" the second is its definition.
    let taken = false;
    const candidates: Array<{ span: Span; bold: boolean }> = [
      ...strong.filter((span) => overlaps(span, sentence) && !listed.has(span)).map((span) => ({ span, bold: true })),
      ...emphasis.filter((span) => overlaps(span, sentence) && !strong.some((bold) => overlaps(bold, span))).map((span) => ({ span, bold: false })),
    ];
    candidates.sort((a, b) => a.span[0] - b.span[0]);
    for (const { span, bold } of candidates) {
      if (taken) break;
      const [from, to] = span;
      const raw = text.slice(from, to);
      const term = tidyText(raw.replace(/^["“]|["”]$/g, '').replace(/[.,;:]+$/, ''));
      if (!isMarkedTerm({ text: term, mask: node.mask.slice(from, from + term.length) }) || isNoteLabel(term)) continue;
      const before = text.slice(sentence[0], from);
      // "could hold **7±2 items**": a bold quantity is a fact to recall in its sentence, not a term.
      if (bold && /^\p{N}/u.test(term)) {
        const shown = tidyText(text.slice(sentence[0], sentence[1]));
        const at = shown.indexOf(term);
        if (at !== -1) found.push({ term, answer: term, subject: false, cloze: `${shown.slice(0, at)}[…]${shown.slice(at + term.length)}`, sentence: shown });
        taken = true;
        continue;
      }
      const after = text.slice(to, sentence[1]);
      const sentenceText = tidyText(text.slice(sentence[0], sentence[1]));
      // "**2) Factorial.** Compute …": the title of a numbered task, not a term; "to **practise daily**": a verb.
      if (AFTER_TO.test(before) || (node.marker === 'number' && from === 0) || wordCount(after) + wordCount(before) < 3) continue;
      const opens = SUBJECT_LEAD.test(before);
      const copula = COPULA.exec(after);
      // "*Sulphur* is very cheap" says what it is like, not what it is.
      if (opens && copula) {
        // "*Sulphur* is very cheap" says what it is like, not what it is: no card.
        const predicate = tidyText(after.slice(copula[0].length));
        if (definesAfterIs(predicate.split(/\s+/)[0] ?? '') && wordCount(predicate) >= 2) found.push({ term, answer: predicate, subject: true });
        taken = true;
        continue;
      }
      // "… is a *minimal guidance* approach, where learners …": the term, the kind it is and the clause that says how.
      const kindOf = KIND_CLAUSE.exec(after);
      const article = /\b(an?)\s+$/i.exec(before);
      if (kindOf && article) {
        const clause = tidyText(after.slice(kindOf[0].length));
        if (wordCount(clause) >= 4) {
          found.push({ term, answer: `${/^[aeiou]/i.test(kindOf[1]) ? 'an' : 'a'} ${kindOf[1]} ${kindOf[2]} ${clause}`, subject: false });
          taken = true;
          continue;
        }
      }
      const named = NAMING.test(before);
      if (!bold && !opens && !named) continue;
      // What something is not ("Li-S isn't exclusive of SSBs") does not define it.
      if (!named && /\b(?:not|never|no)\b|n't\b/i.test(sentenceText)) continue;
      // "known as *constructivist*, *discovery* or *experiential* learning": names in a list, none of them the term.
      if (/^\s*(?:,|or\b|and\b)/.test(after) && [...strong, ...emphasis].some(([spanFrom]) => spanFrom > to && spanFrom - to < 6)) continue;
      // A bold word in the middle of a sentence is a key term where the author introduces it, not where they stress
      // a word they bold every time ("the **anode** … the **anode**").
      if (!opens && !named && context.emphasisCount(term) > 1) continue;
      // An italic word opening a sentence is a key term only when it is a name ("*Basalt* forms …"), not an adjective.
      if (!bold && opens && !named && (wordCount(after) < 3 || !/^\p{Lu}/u.test(term))) continue;
      let answer = sentenceText;
      if (named && wordCount(answer) > MAX_NAMING_WORDS) {
        // "…, and the first ions reacted to form a layer called the SEI": the clause that names it.
        const comma = before.lastIndexOf(', ');
        if (comma !== -1) answer = tidyText(before.slice(comma + 2) + raw + after);
      }
      if (wordCount(answer) < MIN_ANSWER_WORDS) {
        const next = sentences[sentences.indexOf(sentence) + 1];
        if (next) answer = `${answer} ${tidyText(text.slice(next[0], next[1]))}`;
      }
      found.push({ term, answer, subject: false });
      taken = true;
    }
  }
  return found;
}

export const keyTermSentence: BlockRule = {
  name: 'key-term-sentence',
  scope: 'block',
  sentences: true,
  apply(node, context) {
    if (node.marker !== 'plain' && node.marker !== 'bullet' && node.marker !== 'dash' && node.marker !== 'number') return null;
    const reading = context.readLine(node);
    if (reading && reading.kind !== 'lead-in' && reading.rule !== 'subject-statement') return null;
    const already = reading?.term?.toLowerCase();
    const seen = new Set<string>();
    const notes: NoteDraft[] = [];
    for (const { term, answer, cloze, sentence } of readKeyTerms(node, context)) {
      if (cloze !== undefined && sentence !== undefined) {
        const card = { suffix: 'c1', reverse: false, prompt: cloze, answer, term: null, items: null, details: [], context: sentence };
        notes.push({
          kind: 'cloze',
          key: sentence,
          rule: 'key-term-sentence',
          strength: STRENGTH.sentence,
          line: node.line,
          column: node.column,
          cards: [card],
        });
        continue;
      }
      const key = term.toLowerCase();
      if (key === already || seen.has(key) || answer.toLowerCase() === key) continue;
      seen.add(key);
      notes.push({
        kind: 'definition',
        key: term,
        rule: 'key-term-sentence',
        strength: STRENGTH.sentence,
        line: node.line,
        column: node.column,
        cards: definitionCards(term, answer, []),
      });
    }
    return notes.length > 0 ? { notes } : null;
  },
};
