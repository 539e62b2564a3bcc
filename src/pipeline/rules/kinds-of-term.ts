/**
 * kinds-of-term: definitions side by side that are kinds of one thing make a list of the kinds.
 *
 *   ### Volcano
 *   - A volcano is an opening in the crust where magma escapes.
 *   - **Shield volcano**: a broad volcano built by fluid lava
 *   - **Composite volcano**: a steep volcano built by layers of ash and lava
 *   → list "Kinds of Volcano" → Shield volcano, Composite volcano      (each line is its own definition card too)
 *
 *   - **Socratic seminar**: A discussion format in which students question a text together
 *   - **Fishbowl**: A discussion format in which an inner circle talks while an outer circle listens
 *   → list "Kinds of discussion format" → Socratic seminar, Fishbowl   (the definitions name the same kind)
 *
 *   - **Formative assessment**: checks learning while it happens
 *   - **Summative assessment**: measures learning at the end
 *   - **Peer assessment**: learners judge each other's work
 *   → list "Kinds of assessment" → the three                           (three terms or more ending in one word)
 *
 * A term names a kind of the heading's term when it ends with it ("Singly-linked list" under "Linked List").
 */
import type { OutlineNode } from '../normalise/outline';
import { isOutlineLine } from '../normalise/outline';
import { enumerationCard } from '../text/card-text';
import { type BlockRule, type NoteDraft, type RuleContext, STRENGTH } from './rule';

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[-_]+/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
const singular = (word: string) => word.replace(/(?<=[^s])s$/, '');
/** Terms sharing a last word make a list from this many on; terms whose definitions name one kind, from two. */
const MIN_SHARED_HEAD = 3;
/** "A feedback technique in which …", "a binary tree where …": the kind a definition names. */
const GENUS = /^(?:an?|the)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:in which|that|which|where|whose|used to|used for|for)\b/iu;
const VAGUE_GENUS = new Set([
  'way',
  'thing',
  'kind',
  'type',
  'sort',
  'form',
  'one',
  'part',
  'set',
  'piece',
  'person',
  'group',
  'number',
  'lot',
  'place',
  'time',
  'process',
  'method',
  'act',
  'term',
  'word',
  'name',
  'structure',
  'data structure',
]);

/** Whether `term` is `head` with words before it ("shield volcano" of "volcano"; plurals of the head too). */
function namesKindOf(term: string, head: string[]): boolean {
  const own = words(term);
  if (own.length <= head.length) return false;
  const tail = own.slice(own.length - head.length);
  return tail.every((word, index) => singular(word) === singular(head[index]));
}

interface Defined {
  term: string;
  answer: string;
}

/** The definitions right under a node (before its first sub-heading). */
function definedChildren(node: OutlineNode, context: RuleContext): Defined[] {
  const defined: Defined[] = [];
  for (const child of node.children) {
    if (child.marker === 'heading' && node.marker === 'heading') break;
    if (!isOutlineLine(child)) continue;
    const reading = context.readLine(child);
    const answer = reading?.notes[0]?.cards.find((card) => !card.reverse)?.answer;
    if (reading?.kind === 'definition' && reading.term && answer) defined.push({ term: reading.term, answer });
  }
  return defined;
}

function listNote(node: OutlineNode, kind: string, terms: string[]): NoteDraft {
  const prompt = `Kinds of ${kind}`;
  return {
    kind: 'enumeration',
    key: prompt,
    rule: 'kinds-of-term',
    strength: STRENGTH.structure,
    line: node.line,
    column: node.column,
    cards: [enumerationCard(prompt, terms)],
  };
}

/** Groups of terms, by a key, with at least `min` members, in the order they were first seen. */
function groupsOf(defined: Defined[], keyOf: (entry: Defined) => string | null, min: number): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const entry of defined) {
    const key = keyOf(entry);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), entry.term]);
  }
  return [...groups].filter(([, terms]) => terms.length >= min);
}

export const kindsOfTerm: BlockRule = {
  name: 'kinds-of-term',
  scope: 'block',
  apply(node, context) {
    if (node.marker !== 'heading' && node.marker !== 'root' && !isOutlineLine(node)) return null;
    const defined = definedChildren(node, context);
    if (defined.length < 2) return null;
    const notes: NoteDraft[] = [];
    const listed: Array<Set<string>> = [];
    const add = (kind: string, terms: string[]) => {
      const members = new Set(terms.map((term) => term.toLowerCase()));
      // A group already listed, or inside a larger one, is not asked twice.
      if (members.size < terms.length || listed.some((group) => [...members].every((term) => group.has(term)))) return;
      listed.push(members);
      notes.push(listNote(node, kind, terms));
    };
    // Under a heading that names a term: the terms that end with it.
    const title = node.marker === 'heading' ? context.sectionOf(node)?.title : undefined;
    const head = title ? words(title) : [];
    const others = defined.filter((entry) => words(entry.term).join(' ') !== head.join(' '));
    if (title && head.length > 0 && head.length <= 3) {
      const kinds = others.filter((entry) => namesKindOf(entry.term, head)).map((entry) => entry.term);
      if (kinds.length >= 2) add(title, kinds);
    }
    // Three terms or more with the same last word ("… praise").
    for (const [last, terms] of groupsOf(
      others,
      (entry) => {
        const own = words(entry.term);
        return own.length >= 2 ? singular(own[own.length - 1]) : null;
      },
      MIN_SHARED_HEAD,
    ))
      add(last, terms);
    // Definitions that name the same kind ("A feedback technique in which …").
    for (const [genus, terms] of groupsOf(
      others,
      (entry) => {
        const found = GENUS.exec(entry.answer)?.[1]?.toLowerCase();
        return found && !/\sof\s/.test(found) && !VAGUE_GENUS.has(found) && !VAGUE_GENUS.has(words(found).at(-1) ?? '') ? found : null;
      },
      2,
    ))
      add(genus, terms);
    return notes.length > 0 ? { notes } : null;
  },
};
