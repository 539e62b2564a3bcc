/**
 * numbered-task: a numbered task or question whose answer is a code block below it makes a question card with the
 * code as its answer, shown as code. The task's own bullets (its examples) are part of the prompt; a lead-in above
 * the numbered tasks ("Write a query for each:") is asked with every one of them.
 *
 *   Write SQL queries for the following:
 *
 *   **1)** The names of all students.
 *
 *   ```sql
 *   SELECT name FROM students;
 *   ```
 *   → question "Write SQL queries for the following: The names of all students." → the code block
 *
 * Nothing is ever read from the text inside code: the code is only shown as the answer. A numbered question with a
 * written answer is read by question-title.ts.
 */
import type { OutlineNode } from '../normalise/outline';
import { endsWithColon, isOutlineLine } from '../normalise/outline';
import { displayText } from '../text/card-text';
import { dropTrailingColon } from '../text/phrase-rules';
import { type BlockRule, type CardDraft, STRENGTH } from './rule';
import { insideExercise } from './title-helpers';

/** The task's children and the siblings after it, up to the next numbered task or title. */
function taskNodes(node: OutlineNode, siblings: OutlineNode[]): OutlineNode[] {
  const owned = [...node.children];
  for (const sibling of siblings.slice(siblings.indexOf(node) + 1)) {
    if (sibling.marker === 'number' || sibling.marker === 'heading' || sibling.marker === 'callout') break;
    owned.push(sibling);
  }
  return owned;
}

function firstCode(nodes: OutlineNode[]): OutlineNode | null {
  for (const node of nodes) {
    if (node.marker === 'code' && node.codeBlock && node.codeBlock.value.trim() !== '') return node;
    const inner = firstCode(node.children);
    if (inner) return inner;
  }
  return null;
}

/** "Write SQL queries for the following:" above the first task of the run. */
function leadInOf(node: OutlineNode, siblings: OutlineNode[]): string | null {
  for (let index = siblings.indexOf(node) - 1; index >= 0; index -= 1) {
    const sibling = siblings[index];
    if (sibling.marker === 'heading') return null;
    if (isOutlineLine(sibling) && sibling.marker !== 'number' && endsWithColon(sibling) && sibling.children.length === 0)
      return dropTrailingColon(displayText(sibling));
    if (sibling.marker === 'plain' && !endsWithColon(sibling) && siblings.slice(index + 1, siblings.indexOf(node)).every((next) => next.marker !== 'number'))
      return null;
  }
  return null;
}

/** An imperative that sets a task ("Write a function …", "Return the index …"). */
const TASK_VERB =
  /^(?:write|implement|return|calculate|compute|find|count|print|create|remove|sort|reverse|flip|check|show|list|give|convert|design|build|make|use|define|explain|describe|solve|determine|select|query|extract|get|output|generate|given)\b/i;

/** A numbered line that sets a task: numbered in bold, a question, or an imperative. */
const isTask = (node: OutlineNode) => node.boldNumber === true || /\?\s*$/.test(node.text) || TASK_VERB.test(node.text.trim());

export const numberedTask: BlockRule = {
  name: 'numbered-task',
  scope: 'block',
  apply(node, context) {
    if (node.marker !== 'number' || !isTask(node) || insideExercise(node, context)) return null;
    const siblings = context.parentOf(node)?.children ?? [];
    const owned = taskNodes(node, siblings);
    const code = firstCode(owned);
    if (!code?.codeBlock) return null;
    const task = displayText(node);
    const examples = node.children
      .filter((child) => isOutlineLine(child) && !child.children.some(isOutlineLine))
      .map(displayText)
      .filter((text) => text !== '');
    const lead = leadInOf(node, siblings);
    const prompt = [lead ? `${lead}: ${task}` : task, ...examples].join(' · ');
    const card: CardDraft = {
      suffix: null,
      reverse: false,
      prompt,
      answer: code.codeBlock.value.replace(/\s+$/, ''),
      term: null,
      items: null,
      details: [],
      context: null,
      answerCode: { lang: code.codeBlock.lang },
    };
    return {
      notes: [{ kind: 'question', key: task, rule: 'numbered-task', strength: STRENGTH.structure, line: node.line, column: node.column, cards: [card] }],
      used: [node],
      final: true,
    };
  },
};
