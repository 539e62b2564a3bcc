// What a rule is: a name and one function from a node of a chapter's outline (and its context) to note drafts.
// Line rules read one line's text; the first line rule that reads a line decides what the line is (its "reading"),
// which other rules ask for (is this child a definition? what is its name as a list item?). Block rules read a node
// with what is under or after it (a heading and its body, a lead-in and its items, a table, a task and its code).
import type { Card, CardKind, Section } from '../../domain/deck';
import type { OutlineNode } from '../normalise/outline';

/** A card before it has its ids and place: what it asks and answers (as Card says), and its id's suffix. */
export interface CardDraft extends Pick<Card, 'reverse' | 'prompt' | 'answer' | 'term' | 'items' | 'details' | 'context' | 'answerCode'> {
  /** Added to the note id: `reverse`, `c1`, … (null for the note's main card). */
  suffix: string | null;
}

/**
 * How explicit the author was: when two notes share a front, the more explicit one stays the card and the other
 * becomes a detail of it. Author syntax (`::`, cloze) is strongest; a `Term: definition` line next; a fact read from a
 * sentence weakest.
 */
export const STRENGTH = { syntax: 4, explicit: 3, structure: 2, sentence: 1 } as const;

export interface NoteDraft {
  kind: CardKind;
  /** Term, lead-in, question or sentence the id is made from (slugged by the id stage). */
  key: string;
  /** The rule that made it. */
  rule: string;
  strength: number;
  line: number;
  column: number;
  /** Filled in by the rule runner: the section the note is in. */
  section?: Section | null;
  /** Filled in by the rule runner: the file's, the headings' and the line's `#tags`. */
  tags?: string[];
  cards: CardDraft[];
}

/** What a line is, as its first line rule read it. */
export interface LineReading {
  rule: string;
  kind: 'definition' | 'enumeration' | 'question' | 'cloze' | 'lead-in';
  /** The term a definition defines. */
  term?: string;
  /** The line's name as an item of a list. */
  itemName: string;
  /** The cards the line makes by itself (none for a lead-in). */
  notes: NoteDraft[];
  /** A lead-in that names its first item on the same line ("Rocks: granite - …"). */
  firstItem?: string;
}

export interface RuleContext {
  /** The first line rule's reading of a line (cached), or null. */
  readLine(node: OutlineNode): LineReading | null;
  /** The section a node opens (a heading, a titled block, a section-title line). */
  sectionOf(node: OutlineNode): Section | undefined;
  /** The node a node is under (the chapter root for top-level nodes). */
  parentOf(node: OutlineNode): OutlineNode | undefined;
  /** The innermost section a node is in (its own, if it opens one), or null. */
  sectionAround(node: OutlineNode): Section | null;
  /** How many times the chapter sets this text in bold or italics (any case). */
  emphasisCount(text: string): number;
  chapter: { id: string; title: string; file: string };
}

export interface RuleResult {
  notes: NoteDraft[];
  /** Nodes whose own line the rule has read: no line rule makes cards from them. */
  used?: OutlineNode[];
  /** Nodes whose whole subtree the rule has read. */
  usedTrees?: OutlineNode[];
  /** No later block rule reads this node. */
  final?: boolean;
}

export interface LineRule {
  name: string;
  scope: 'line';
  read(node: OutlineNode, context: RuleContext): LineReading | null;
}

export interface BlockRule {
  name: string;
  scope: 'block';
  /** Reads facts inside sentences, so it reads a line even when another rule has used it as a whole. */
  sentences?: true;
  apply(node: OutlineNode, context: RuleContext): RuleResult | null;
}

export type Rule = LineRule | BlockRule;
