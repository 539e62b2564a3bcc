/**
 * enumeration: a lead-in and the items under it make a "name all N" card (the items are names, not sentences).
 *
 *   Layers of the atmosphere
 *   1. Troposphere: where weather happens
 *   2. Stratosphere: holds the ozone layer
 *   → list "Layers of the atmosphere" → Troposphere, Stratosphere
 *
 *   -The digestive system has the following organs:       (a lead-in ending in a colon)
 *   --stomach
 *   --small intestine
 *   → list "The digestive system has the following organs" → stomach, small intestine
 *
 *   #### Noble gases                                       (a heading over a list of names)
 *   - Helium (He)
 *   - Neon (Ne)
 *   → list "Noble gases" → Helium (He), Neon (Ne)
 *
 *   ## Sorting algorithms   with `### Quicksort` and `### Mergesort` under it
 *   → list "Sorting algorithms" → Quicksort, Mergesort
 *
 * Also: a question title whose answer is a list of named items; a section title over one line that lists its
 * items ("-VMs, laptops, clouds"); a table under a heading that names a list ("Examples of …"). A generic lead-in
 * ("Time complexity:") under a titled section is asked with that title ("Binary heap: Time complexity").
 */
import { termKey } from '../card-ids';
import { type OutlineNode, endsWithColon, isOutlineLine } from '../normalise/outline';
import { enumerationCard } from '../text/card-text';
import { withoutClozeMarkers } from '../text/cloze-syntax';
import { plainItemName, readBareList } from '../text/list-items';
import { isGenericHeading, isTermPhrase, tidyText, wordsOf } from '../text/phrase-rules';
import { isNamedItem } from './question-title';
import { type BlockRule, type LineReading, type RuleContext, STRENGTH } from './rule';
import { boldOnlyTitle, isLinkOnly, titleOf } from './title-helpers';

/** Lists longer than this are not guessed from "every child is a definition" (a glossary is not a list to recall). */
const MAX_INFERRED_ITEMS = 12;
/** Titles of a run of sessions, not of a list: "Week 3", "Lecture 2". */
const TIME_LABEL = /^(?:week|day|lecture|lesson|session|part|unit|module|chapter|section|step)\s*\d+\b/i;
const LIST_TITLE = /^(?:examples?|types|kinds|forms|sorts|classes|categories|list|varieties)\s+of\b/i;

/** An item's name: what its line reads as (a term, a list's name), else a bold term opening it, else the part
 * of the line before `--`, ` - ` or `: `. */
export function itemName(node: OutlineNode, reading: LineReading | null): string {
  if (reading) return reading.itemName;
  const start = node.mask.length - node.mask.trimStart().length;
  const bold = node.strong.find(([from]) => from === start);
  if (bold && bold[1] < node.text.trimEnd().length) return tidyText(node.text.slice(bold[0], bold[1]).replace(/[:.]+$/, ''));
  // "Insert: O(log n)": a label and a short value are recalled together.
  const labelled = /^([^:]{1,30}):\s+(\S+(?:\s+\S+){0,2})$/.exec(tidyText(node.text));
  if (labelled && node.children.length === 0) return `${labelled[1]}: ${labelled[2]}`;
  return plainItemName({ text: withoutClozeMarkers(node.text), mask: withoutClozeMarkers(node.mask) });
}

/** A heading's list: the bullets or numbered items right under it, before any paragraph. */
function leadingList(heading: OutlineNode): OutlineNode[] {
  const items: OutlineNode[] = [];
  for (const child of heading.children) {
    if (!isOutlineLine(child) || child.depth < 1) break;
    items.push(child);
  }
  return items;
}

/** A line that is only a short name: at most four words, no sentence punctuation, nothing under it. */
const isBareName = (node: OutlineNode) => node.children.length === 0 && wordsOf(node.text).length <= 4 && !/[.:;!?]/.test(node.mask);

function distinctNames(names: string[]): string[] | null {
  const kept = names.filter((name) => name !== '');
  return kept.length >= 2 && new Set(kept.map((name) => termKey(name))).size === kept.length ? kept : null;
}

/**
 * A lead-in's items: a numbered list, any list under a lead-in ending in a colon or a question, children that all
 * name an item (all defined, or under a heading); a single child may hold them in one line.
 */
function listItems(node: OutlineNode, context: RuleContext, isQuestion: boolean, title: string, label: boolean): string[] | null {
  const heading = node.marker === 'heading' || node.marker === 'callout' || node.marker === 'root';
  const children = heading ? leadingList(node) : node.children.filter(isOutlineLine);
  if (children.length === 1) {
    // A section title over one line listing its items ("-VMs, laptops, clouds"); under a heading, one line is a body.
    if (heading) return null;
    const [only] = children;
    if (only.children.length > 0) return null;
    const first = context.readLine(node)?.firstItem;
    if (first) return null;
    return context.readLine(only) === null ? readBareList(only) : null;
  }
  if (children.length < 2 || children.some(isLinkOnly)) return null;
  const readings = children.map((child) => context.readLine(child));
  const numbered = children.every((child) => child.marker === 'number');
  const colon = endsWithColon(node) || isQuestion || context.readLine(node)?.firstItem !== undefined;
  const allDefined = children.length <= MAX_INFERRED_ITEMS && readings.every((reading) => reading?.kind === 'definition');
  // Names under a heading or a question, or three names or more under a section title ("Layers of the model" over
  // Link, Internet, Transport): a list to recall, not sentences.
  const underTitle =
    context.sectionOf(node) !== undefined && children.length >= 3 && children.every((child, index) => readings[index] === null && isBareName(child));
  const allNamed =
    ((heading || isQuestion) && children.length <= MAX_INFERRED_ITEMS && children.every((child) => isNamedItem(child, context))) ||
    (underTitle && children.length <= MAX_INFERRED_ITEMS);
  if (label ? !allDefined : !numbered && !colon && !allDefined && !allNamed) return null;
  const names = children.map((child, index) => itemName(child, readings[index]));
  // A heading over its own definition and its parts ("### Stack" over "A stack is …", "Time complexity:") is no list.
  if (heading && !numbered && (names.some((name) => termKey(name) === termKey(title)) || readings.some((reading) => reading?.kind === 'lead-in'))) return null;
  const first = context.readLine(node)?.firstItem;
  return distinctNames(first ? [first, ...names] : names);
}

/** "## Sorting algorithms" with "### Quicksort" and "### Mergesort" under it. */
function subheadingItems(node: OutlineNode, title: string): string[] | null {
  if ((node.marker !== 'heading' && node.marker !== 'root') || TIME_LABEL.test(title) || isGenericHeading(title)) return null;
  const subheadings = node.children.filter((child) => child.marker === 'heading');
  if (subheadings.length < 3 || subheadings.length > MAX_INFERRED_ITEMS) return null;
  // "### Examples of salts", "### References": parts of a page, not things of a kind.
  if (subheadings.some((child) => LIST_TITLE.test(child.text) || isGenericHeading(child.text))) return null;
  return distinctNames(subheadings.map((child) => tidyText(child.text)));
}

/** "### Examples of minerals" over a table: its first column. */
function tableItems(node: OutlineNode, title: string): string[] | null {
  if ((node.marker !== 'heading' && node.marker !== 'root') || !LIST_TITLE.test(title)) return null;
  const table = node.children.find((child) => child.marker === 'table')?.table;
  if (!table || table.rows.length < 2 || table.rows.length > MAX_INFERRED_ITEMS) return null;
  return distinctNames(table.rows.map((row) => tidyText(row[0]?.text ?? '')));
}

/** A bullet that only names what its children are ("- Collision resolution" over two defined strategies). */
function labelTitle(node: OutlineNode): string | null {
  if (node.marker !== 'bullet' || node.children.filter(isOutlineLine).length < 2 || /[.:;!?,]/.test(node.mask)) return null;
  const text = tidyText(node.text);
  return wordsOf(text).length <= 4 && isTermPhrase({ text, mask: node.mask.trim() }) ? text : null;
}

/** "Other uses of copper include" asks for "Other uses of copper". */
const withoutListVerb = (prompt: string) => prompt.replace(/\s+(?:include|includes|contain|contains|comprise|comprises)$/i, '');

const VAGUE = /\b(?:such|these|this|those|them|above|below|a few more|others)\b/i;

/** "Examples of such techniques" is asked with the section it refers to: "… (What is progressive rendering?)". */
function explained(prompt: string, node: OutlineNode, context: RuleContext): string {
  if (!VAGUE.test(prompt)) return prompt;
  const parent = context.parentOf(node);
  const outer = parent ? context.sectionAround(parent) : null;
  return outer && outer.title !== prompt ? `${prompt} (${outer.title})` : prompt;
}

/** "Time complexity:" under "### Binary heap" is asked as "Binary heap: Time complexity" (a label of two words). */
function qualified(prompt: string, node: OutlineNode, context: RuleContext): string {
  if (node.marker === 'heading' || node.marker === 'root' || wordsOf(prompt).length > 2 || context.sectionOf(node)) return prompt;
  let heading = context.parentOf(node);
  while (heading && heading.marker !== 'heading') heading = context.parentOf(heading);
  const title = heading ? context.sectionOf(heading)?.title : undefined;
  if (!title || !isTermPhrase({ text: title, mask: title }) || title === prompt) return prompt;
  return `${title}: ${prompt}`;
}

export const enumeration: BlockRule = {
  name: 'enumeration',
  scope: 'block',
  apply(node, context) {
    const reading = context.readLine(node);
    const named = titleOf(node, context) ?? (reading?.kind === 'lead-in' ? (reading.term ?? null) : null);
    const label = named === null && reading === null ? labelTitle(node) : null;
    const title = named ?? label;
    if (title === null || (node.marker === 'callout' && !context.sectionOf(node))) return null;
    const isQuestion = /\?["”')]*$/.test(title);
    const items = listItems(node, context, isQuestion, title, label !== null) ?? subheadingItems(node, title) ?? tableItems(node, title);
    if (!items) return null;
    const prompt = withoutListVerb(
      explained(boldOnlyTitle(node) !== null || reading?.kind === 'lead-in' ? qualified(title, node, context) : title, node, context),
    );
    // A prompt asked with its section's title ("Binary heap: Time complexity") is named by both, so ids stay apart.
    const key = prompt !== title ? prompt : title;
    // A chapter's own list is placed where its items start: the chapter's heading is not part of its notes.
    const place = node.marker === 'root' ? (node.children.find((child) => child.marker !== 'code' && child.marker !== 'table') ?? node) : node;
    return {
      notes: [
        {
          kind: 'enumeration',
          key,
          rule: 'enumeration',
          strength: STRENGTH.structure,
          line: place.line,
          column: place.column,
          cards: [enumerationCard(prompt, items)],
        },
      ],
      final: true,
    };
  },
};
