// Stage 4, rules: walks a chapter's outline once and asks every rule about every node, in the order of rule-list.ts.
// Block rules come first (a heading and its body, a question and its answer); then the first line rule that reads a
// line's text makes that line's cards, unless a block rule has used the line already.
import type { Section } from '../../domain/deck';
import { type OutlineNode, isOutlineLine } from '../normalise/outline';
import type { BlockRule, LineReading, LineRule, NoteDraft, Rule, RuleContext } from './rule';

export interface ChapterRuleContext extends RuleContext {
  /** Sets the sections of the chapter, once the structure stage has found them. */
  setSections(sectionOf: Map<OutlineNode, Section>): void;
  /** Whether a line reads as a card of its own (for the structure stage: such a line opens no section). */
  readsAsCard(node: OutlineNode): boolean;
}

function indexParents(root: OutlineNode): Map<OutlineNode, OutlineNode> {
  const parents = new Map<OutlineNode, OutlineNode>();
  const visit = (node: OutlineNode) => {
    for (const child of node.children) {
      parents.set(child, node);
      visit(child);
    }
  };
  visit(root);
  return parents;
}

/** Emphasised texts of a chapter (lower case, without closing punctuation), counted. */
function countEmphasis(root: OutlineNode): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: OutlineNode) => {
    for (const child of node.children) {
      for (const [from, to] of [...child.strong, ...child.emphasis]) {
        const key = emphasisKey(child.text.slice(from, to));
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      visit(child);
    }
  };
  visit(root);
  return counts;
}

const emphasisKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[.,;:!?"“”]+$/g, '')
    .replace(/^["“]/, '');

export function createRuleContext(root: OutlineNode, chapter: RuleContext['chapter'], rules: readonly Rule[]): ChapterRuleContext {
  const lineRules = rules.filter((rule): rule is LineRule => rule.scope === 'line');
  const readings = new Map<OutlineNode, LineReading | null>();
  const parents = indexParents(root);
  let sections = new Map<OutlineNode, Section>();
  let emphasis: Map<string, number> | null = null;
  const context: ChapterRuleContext = {
    chapter,
    readLine(node) {
      if (!isOutlineLine(node) || node.text === '') return null;
      let reading = readings.get(node);
      if (reading === undefined) {
        reading = null;
        for (const rule of lineRules) {
          reading = rule.read(node, context);
          if (reading) break;
        }
        readings.set(node, reading);
      }
      return reading;
    },
    sectionOf: (node) => sections.get(node),
    parentOf: (node) => parents.get(node),
    sectionAround(node) {
      for (let at: OutlineNode | undefined = node; at !== undefined; at = parents.get(at)) {
        const section = sections.get(at);
        if (section) return section;
      }
      return null;
    },
    emphasisCount(text) {
      emphasis ??= countEmphasis(root);
      return emphasis.get(emphasisKey(text)) ?? 0;
    },
    setSections(sectionOf) {
      sections = sectionOf;
    },
    readsAsCard(node) {
      const reading = context.readLine(node);
      return reading !== null && reading.kind !== 'lead-in';
    },
  };
  return context;
}

const withTags = (inherited: string[], own: string[]) => (own.length === 0 ? inherited : [...new Set([...inherited, ...own])]);

/** Blocks for the teacher or the reader's own work (exercises, objectives, instructor notes): nothing there is a card. */
const NOT_FOR_RECALL =
  /^(?:challenge|exercise|exercises|discussion|activity|quiz|task|tasks|questions|objectives|prereq|prerequisites|checklist|instructor|solution|testimonial|spoiler)$/;

/** Every note the rules make from a chapter, in reading order, each with its section and tags. */
export function runRules(root: OutlineNode, context: ChapterRuleContext, rules: readonly Rule[], fileTags: string[] = []): NoteDraft[] {
  const blockRules = rules.filter((rule): rule is BlockRule => rule.scope === 'block');
  const usedLines = new Set<OutlineNode>();
  const usedTrees = new Set<OutlineNode>();
  const notes: NoteDraft[] = [];
  const emit = (drafts: NoteDraft[], section: Section | null, tags: string[]) => {
    for (const draft of drafts) notes.push(tags.length > 0 ? { ...draft, section, tags } : { ...draft, section });
  };
  const walk = (node: OutlineNode, section: Section | null, inherited: string[]) => {
    for (const child of node.children) {
      if (usedTrees.has(child) || (child.marker === 'callout' && NOT_FOR_RECALL.test(child.calloutKind ?? ''))) continue;
      const childSection = context.sectionOf(child) ?? section;
      const tags = withTags(inherited, child.tags);
      const blockNotes: NoteDraft[] = [];
      for (const rule of blockRules) {
        if (usedTrees.has(child) || (usedLines.has(child) && !rule.sentences)) continue;
        const result = rule.apply(child, context);
        if (!result) continue;
        blockNotes.push(...result.notes);
        for (const used of result.used ?? []) usedLines.add(used);
        for (const used of result.usedTrees ?? []) usedTrees.add(used);
        if (result.final) break;
      }
      if (!usedLines.has(child) && !usedTrees.has(child)) emit(context.readLine(child)?.notes ?? [], childSection, tags);
      emit(blockNotes, childSection, tags);
      // A heading's tags hold for everything under it; a line's only for that line and its children.
      if (!usedTrees.has(child)) walk(child, childSection, tags);
    }
  };
  // The chapter itself, as a title over its notes ("## Noble gases" over a list of them).
  const rootTags = withTags(fileTags, root.tags);
  for (const rule of blockRules) {
    const result = rule.apply(root, context);
    if (!result) continue;
    emit(result.notes, null, rootTags);
    for (const used of result.usedTrees ?? []) usedTrees.add(used);
    if (result.final) break;
  }
  walk(root, null, rootTags);
  return notes;
}
