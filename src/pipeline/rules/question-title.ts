/**
 * question-title: a question heading, a question bullet or line, or a task title ("Explain …", "Describe …") with its
 * answer under it makes a question card: the question is the prompt; the answer is the first sentence, or the first
 * three bullets; the rest are details. Never a reverse.
 *
 *   ### Why do leaves change colour in autumn?
 *   Chlorophyll breaks down as days get shorter. The yellow and orange pigments that remain become visible.
 *   → question "Why do leaves change colour in autumn?" → "Chlorophyll breaks down as days get shorter."
 *     (detail: "The yellow and orange pigments that remain become visible.")
 *
 *   - What causes the seasons?
 *     - the tilt of Earth's axis
 *   → question "What causes the seasons?" → "the tilt of Earth's axis"
 *
 * When the answer is a list of named items, the list rule (enumeration.ts) makes a "name all N" card instead; when
 * the answer is a list written in one sentence ("Yes: oak, ash and beech"), so does this rule. Questions inside an
 * exercise block (`::: challenge`) are for the reader to answer, so they make nothing.
 */
import type { OutlineNode } from '../normalise/outline';
import { isOutlineLine } from '../normalise/outline';
import { displayText, enumerationCard, questionCard, sentencesOf } from '../text/card-text';
import { readBareList, splitListItems } from '../text/list-items';
import { wordsOf } from '../text/phrase-rules';
import { type BlockRule, type RuleContext, STRENGTH } from './rule';
import { answerFromBody, bodyOf, boldOnlyTitle, insideExercise } from './title-helpers';

const TASK_TITLE = /^(?:explain|describe|discuss|compare|contrast|why|how)\b/i;
const MAX_NAME_WORDS = 5;

const isQuestionText = (text: string) => /\?["”')]*$/.test(text.trim()) && wordsOf(text).length >= 3;

/** A list line that names an item: a definition, a bold term opening it, or a short phrase. */
export function isNamedItem(node: OutlineNode, context: RuleContext): boolean {
  const reading = context.readLine(node);
  if (reading?.kind === 'definition' || reading?.kind === 'enumeration') return true;
  if (node.strong.some(([from]) => from === node.mask.length - node.mask.trimStart().length)) return true;
  // A name, maybe with a note in parentheses: "Helium (He)", "Pouch (flexible, no standard size)".
  const name = displayText(node).replace(/\s*\([^()]*\)\s*$/, '');
  return name !== '' && wordsOf(name).length <= MAX_NAME_WORDS && !/[.!?;]\s*\S/.test(name);
}

/** The lines after a childless question, up to the next question or title. */
function followingAnswer(node: OutlineNode, context: RuleContext): OutlineNode[] {
  const siblings = context.parentOf(node)?.children ?? [];
  const after: OutlineNode[] = [];
  for (const sibling of siblings.slice(siblings.indexOf(node) + 1)) {
    if (!isOutlineLine(sibling) || isQuestionText(displayText(sibling)) || context.sectionOf(sibling) || boldOnlyTitle(sibling) !== null) break;
    after.push(sibling);
  }
  return after;
}

function questionOf(node: OutlineNode, context: RuleContext): { question: string; body: OutlineNode[]; task: boolean } | null {
  const section = context.sectionOf(node);
  if (node.marker === 'heading') {
    const title = section?.title ?? displayText(node);
    return isQuestionText(title) || TASK_TITLE.test(title) ? { question: title, body: bodyOf(node, context), task: false } : null;
  }
  if (!isOutlineLine(node)) return null;
  if (section) {
    if (isQuestionText(section.title)) return { question: section.title, body: node.children, task: false };
    return TASK_TITLE.test(section.title) ? { question: section.title, body: node.children, task: true } : null;
  }
  const text = displayText(node);
  // "Given …, what is the least number of coins? Assume any supply.": a question, then what it assumes.
  const first = sentencesOf(text)[0] ?? '';
  const asks = isQuestionText(text) || (wordsOf(first).length >= 6 && isQuestionText(first));
  if (!asks || context.readLine(node) !== null) return null;
  return { question: text, body: node.children.length > 0 ? node.children : followingAnswer(node, context), task: false };
}

export const questionTitle: BlockRule = {
  name: 'question-title',
  scope: 'block',
  apply(node, context) {
    const found = questionOf(node, context);
    if (!found || insideExercise(node, context)) return null;
    const { question, body, task } = found;
    const lines = body.filter(isOutlineLine);
    if (lines.length === 0) return null;
    const note = { kind: 'question' as const, key: question, rule: 'question-title', strength: STRENGTH.structure, line: node.line, column: node.column };
    if (task) {
      // "Explain reasons for X:" with one bullet that says nothing else: that bullet is the answer.
      const [only] = lines;
      if (lines.length !== 1 || only.children.length > 0 || context.readLine(only) !== null || readBareList(only)) return null;
      return { notes: [{ ...note, cards: [questionCard(question, displayText(only))] }], final: true };
    }
    const listed = lines.filter((line) => line.marker !== 'plain');
    if (listed.length >= 2 && listed.length === lines.length && lines.every((line) => isNamedItem(line, context))) return null;
    const read = answerFromBody(body, 3);
    if (!read) return null;
    const items = /[,;]/.test(read.answer) ? splitListItems({ text: read.answer, mask: read.answer }, false) : null;
    if (items && items.length >= 3) {
      return {
        notes: [{ ...note, kind: 'enumeration', cards: [enumerationCard(question, items, read.details)] }],
        used: node.marker === 'heading' ? [] : [node],
        final: true,
      };
    }
    return { notes: [{ ...note, cards: [questionCard(question, read.answer, read.details)] }], used: node.marker === 'heading' ? [] : [node], final: true };
  },
};
