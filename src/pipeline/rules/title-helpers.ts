// What the title rules share: which nodes are titles (headings, section-title lines, bold-only lines), what body a
// title has, and the answer a body gives (its first sentence, or its first bullets, the rest as details).
import type { AnswerDetail } from '../../domain/deck';
import { termKey } from '../card-ids';
import { type OutlineNode, isOutlineLine } from '../normalise/outline';
import { answerDetails, displayText, firstSentence } from '../text/card-text';
import { INERT, dropTrailingColon, isTermPhrase, tidyText } from '../text/phrase-rules';
import type { RuleContext } from './rule';

const MAX_DETAILS = 8;

/** A line bold as a whole ("**Node monitoring**", "**Formula:**"): its text without the colon, else null. */
export function boldOnlyTitle(node: OutlineNode): string | null {
  if (!isOutlineLine(node) || node.strong.length === 0) return null;
  const start = node.mask.length - node.mask.trimStart().length;
  const end = node.mask.replace(/[\s:]+$/, '').length;
  const covered = node.strong.some(([from, to]) => from <= start && to >= end);
  return covered && end > start ? tidyText(dropTrailingColon(node.text.slice(start, end))) : null;
}

/** The title a node stands for: a heading, a titled block, a section-title line or a bold-only line. */
export function titleOf(node: OutlineNode, context: RuleContext): string | null {
  if (node.marker === 'root') return context.chapter.title;
  if (node.marker === 'heading') return context.sectionOf(node)?.title ?? tidyText(node.text);
  if (node.marker === 'callout') return null;
  const section = context.sectionOf(node);
  if (section) return section.title;
  return boldOnlyTitle(node);
}

/** A heading's text with its code spans as plain letters, and what is left outside them. */
function codeAsWords(node: OutlineNode): { words: string; outside: string } {
  let words = '';
  let outside = '';
  let at = 0;
  for (const [from, to] of node.code) {
    words += node.mask.slice(at, from) + 'x'.repeat(Math.max(0, to - from));
    outside += node.mask.slice(at, from) + ' ';
    at = to;
  }
  return { words: words + node.mask.slice(at), outside: outside + node.mask.slice(at) };
}

/** Whether a title names a term: a short noun phrase; a heading may be code ("`grep`", "newline `\n`", "`ls`, `cd`"). */
export function isTitleTerm(node: OutlineNode, title: string): boolean {
  if (node.marker !== 'heading' || node.code.length === 0) return isTermPhrase({ text: title, mask: title });
  const { words, outside } = codeAsWords(node);
  if (words.includes(INERT) || node.code.length > 4) return false;
  // "`gzip`, `gunzip` and `gzcat`": code names joined by commas and "and".
  if (/^[\s,]*(?:(?:and|or|&|\/)[\s,]*)*$/i.test(outside)) return true;
  return isTermPhrase({ text: words, mask: words });
}

/**
 * What a title is about: for a heading or titled block, what is under it before its first sub-heading; for a line,
 * its children; for a bold-only line with none, the lines after it up to the next title.
 */
export function bodyOf(node: OutlineNode, context: RuleContext): OutlineNode[] {
  if (node.marker === 'heading' || node.marker === 'callout') {
    const body: OutlineNode[] = [];
    for (const child of node.children) {
      if (child.marker === 'heading') break;
      body.push(child);
    }
    return body;
  }
  if (node.children.length > 0 || boldOnlyTitle(node) === null) return node.children;
  const siblings = context.parentOf(node)?.children ?? [];
  const body: OutlineNode[] = [];
  for (const sibling of siblings.slice(siblings.indexOf(node) + 1)) {
    if (sibling.marker === 'heading' || sibling.marker === 'callout' || boldOnlyTitle(sibling) !== null || context.sectionOf(sibling)) break;
    body.push(sibling);
  }
  return body;
}

/** Whether a line under `node` defines `term` explicitly. */
export function definesTerm(node: OutlineNode, term: string, context: RuleContext): boolean {
  const key = termKey(term);
  const visit = (parent: OutlineNode): boolean =>
    parent.children.some((child) => {
      if (child.marker === 'heading') return false;
      const reading = context.readLine(child);
      if (reading?.kind === 'definition' && reading.term !== undefined && termKey(reading.term) === key) return true;
      return visit(child);
    });
  return visit(node);
}

/** A line that is a link and nothing else ("[MDN](https://…)"): a reference, not an answer. */
export function isLinkOnly(node: OutlineNode): boolean {
  const start = node.mask.length - node.mask.trimStart().length;
  const end = node.mask.trimEnd().length;
  return node.links.some(([from, to]) => from <= start && to >= end);
}

export interface BodyAnswer {
  answer: string;
  details: AnswerDetail[];
  /** The nodes the answer was read from. */
  used: OutlineNode[];
}

const isListLine = (node: OutlineNode) => node.marker === 'bullet' || node.marker === 'dash' || node.marker === 'number';

/**
 * The answer a body gives: the first sentence of its first paragraph (the rest, and the lines after it, as details),
 * or its first bullet (a definition) or first three bullets (a question), the others as details. Bold-only subtitles
 * at its start are skipped. Null when the body holds no line of text.
 */
export function answerFromBody(body: OutlineNode[], bullets: 1 | 3): BodyAnswer | null {
  // A line of code only ("`Placeholder`") answers nothing.
  const lines = body.filter(
    (node) => isOutlineLine(node) && displayText(node) !== '' && /[\p{L}\p{N}]/u.test(node.mask.replace(/\uFFFC/g, '')) && !isLinkOnly(node),
  );
  const start = lines.findIndex((node) => boldOnlyTitle(node) === null || node.children.length > 0);
  if (start === -1) return null;
  const first = lines[start];
  const rest = lines.slice(start + 1);
  const details: AnswerDetail[] = [];
  const push = (node: OutlineNode) => {
    details.push({ text: displayText(node), depth: 1 }, ...answerDetails(node, 2));
  };
  let answer: string;
  const used = [first];
  if (isListLine(first)) {
    const run = [first, ...rest.slice(0, bullets - 1).filter(isListLine)];
    used.splice(0, 1, ...run);
    answer = run.map((node) => displayText(node).replace(/[.;]+$/, '')).join('; ');
    if (bullets === 1) details.push(...answerDetails(first));
    else for (const node of run) details.push(...answerDetails(node));
    for (const node of rest.slice(run.length - 1)) push(node);
  } else {
    const { sentence, rest: more } = firstSentence(displayText(first));
    answer = sentence;
    if (more !== '') details.push({ text: more, depth: 1 });
    details.push(...answerDetails(first));
    for (const node of rest) push(node);
  }
  return answer === '' ? null : { answer, details: details.filter((detail) => detail.text !== '').slice(0, MAX_DETAILS), used };
}

const EXERCISE_BLOCK = /^(?:challenge|exercise|exercises|discussion|activity|quiz|task|tasks|questions|objectives|prereq|checklist)$/;

/** Inside an exercise block (`::: challenge`): its questions are for the reader to answer, not cards. */
export function insideExercise(node: OutlineNode, context: RuleContext): boolean {
  for (let at = context.parentOf(node); at !== undefined; at = context.parentOf(at)) {
    if (at.marker === 'callout' && EXERCISE_BLOCK.test(at.calloutKind ?? '')) return true;
  }
  return false;
}
