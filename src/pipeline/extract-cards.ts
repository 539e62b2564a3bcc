// Walks a chapter's outline once and turns what each line (and each lead-in with its children) says into notes:
// groups of sibling cards (a definition and its reverse, the deletions of one cloze sentence).
import type { AnswerDetail, CardKind, Section } from '../domain/deck';
import { slugify, termKey } from './card-ids';
import type { DefinitionParts } from './definitions';
import { plainItemName, readBareList } from './enumerations';
import { withoutClozeMarkers } from './explicit-cards';
import { type OutlineNode, endsWithColon, isOutlineLine } from './outline';
import { dropTrailingColon, hasInert, isGenericHeading, isTermPhrase, tidyText, wordsOf } from './phrase-rules';
import type { LineReader, LineReading } from './read-line';

export interface CardDraft {
  /** Added to the note id: `reverse`, `c1`, … (null for the note's main card). */
  suffix: string | null;
  reverse: boolean;
  prompt: string;
  answer: string;
  term: string | null;
  items: string[] | null;
  details: AnswerDetail[];
  context: string | null;
}

export interface NoteDraft {
  kind: CardKind;
  /** Normalised term, lead-in, question or sentence: the stable part of the id. */
  slug: string;
  line: number;
  column: number;
  section: Section | null;
  cards: CardDraft[];
}

/** Lists longer than this are not guessed from "every child is a definition" (a glossary is not a list to recall). */
const MAX_INFERRED_ITEMS = 12;

// A line's display text is asked for again by every definition above it: computed once, kept on the node.
function displayText(node: OutlineNode): string {
  node.display ??= tidyText(withoutClozeMarkers(node.text));
  return node.display;
}

/** Descendants in outline order, with their depth below `node` (1 = child). */
export function answerDetails(node: OutlineNode, baseDepth = 1): AnswerDetail[] {
  const details: AnswerDetail[] = [];
  const visit = (parent: OutlineNode, depth: number) => {
    for (const child of parent.children) {
      if (!isOutlineLine(child)) continue;
      const text = displayText(child);
      if (text !== '') details.push({ text, depth });
      visit(child, depth + 1);
    }
  };
  visit(node, baseDepth);
  return details;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/** Replaces whole-word occurrences of `variant` (any case, with a plural `s`/`es`) by `[…]`. */
function hideWord(text: string, variant: string): string {
  const haystack = text.toLowerCase();
  const needle = variant.toLowerCase();
  // Lowercasing that changes lengths (rare scripts) would misalign the slices below.
  if (needle === '' || haystack.length !== text.length) return text;
  let out = '';
  let from = 0;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    let end = at + needle.length;
    if (haystack.startsWith('es', end) && !isWordChar(haystack[end + 2])) end += 2;
    else if (haystack[end] === 's' && !isWordChar(haystack[end + 1])) end += 1;
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[end])) {
      out += text.slice(from, at) + '[…]';
      from = end;
      at = haystack.indexOf(needle, end);
    } else {
      at = haystack.indexOf(needle, at + 1);
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The term and its short forms ("Cloud Native Computing Foundation", "CNCF") hidden in a reverse prompt. */
export function hideTerm(text: string, term: string): string {
  const inner = /\(([^)]*)\)/.exec(term)?.[1]?.replace(/^(?:aka|a\.k\.a\.|also|or|i\.e\.|e\.g\.)\s+/i, '').trim();
  const variants = [term, term.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), inner ?? '']
    .filter((variant) => variant.length >= 2)
    .sort((a, b) => b.length - a.length);
  let hidden = text;
  for (const variant of variants) hidden = hideWord(hidden, variant);
  return hidden;
}

/** A definition and its reverse sibling (definition → term); `withReverse: false` when the reverse would be ambiguous. */
export function definitionCards(term: string, answer: string, details: AnswerDetail[], withReverse = true): CardDraft[] {
  const shownTerm = tidyText(term);
  const shownAnswer = tidyText(withoutClozeMarkers(answer));
  if (shownTerm === '' || shownAnswer === '') return [];
  const forward: CardDraft = { suffix: null, reverse: false, prompt: shownTerm, answer: shownAnswer, term: shownTerm, items: null, details, context: null };
  const reversePrompt = dropTrailingColon(hideTerm(shownAnswer, shownTerm));
  if (!withReverse || !/[\p{L}\p{N}]/u.test(reversePrompt.replace(/\[…\]/g, ''))) return [forward];
  return [forward, { suffix: 'reverse', reverse: true, prompt: reversePrompt, answer: shownTerm, term: shownTerm, items: null, details: [], context: null }];
}

function enumerationCard(prompt: string, items: string[]): CardDraft {
  return { suffix: null, reverse: false, prompt, answer: items.join(', '), term: null, items, details: [], context: null };
}

const TASK_TITLE = /^(?:explain|describe|why|how)\b|\?$/i;
const QUESTION_TITLE = /\?$/;

const NAMED_TERM_TITLES = [
  /^define\s+(?:the\s+)?(?:concept|term|idea|meaning|notion)\s+of\s+(?:an?\s+|the\s+)?(.+)$/i,
  /^define\s+(?:an?\s+|the\s+)?(.+)$/i,
  /^(?:explain|describe)\s+what\s+(?:an?\s+|the\s+)?(.+?)\s+(?:is|are|does|do|means|stands for)$/i,
  /^what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(.+?)\s*\??$/i,
  /^what\s+does\s+(?:an?\s+|the\s+)?(.+?)\s+(?:do|mean|stand for)\s*\??$/i,
];

/** "Define concept of container orchestration" → "container orchestration"; null when the title names no term. */
export function termNamedByTitle(title: string): string | null {
  for (const pattern of NAMED_TERM_TITLES) {
    const match = pattern.exec(title.trim());
    const term = match?.[1]?.trim();
    if (term && isTermPhrase({ text: term, mask: term })) return term;
  }
  return null;
}

export class NoteExtractor {
  readonly notes: NoteDraft[] = [];

  constructor(
    private readonly reader: LineReader,
    private readonly sectionOf: Map<OutlineNode, Section>,
  ) {}

  extract(root: OutlineNode): NoteDraft[] {
    this.visitChildren(root, null);
    return this.notes;
  }

  private add(kind: CardKind, slugSource: string, node: OutlineNode, section: Section | null, cards: CardDraft[]): void {
    const usable = cards.filter((card) => card.prompt.trim() !== '' && card.answer.trim() !== '');
    if (usable.length === 0) return;
    this.notes.push({ kind, slug: slugify(slugSource), line: node.line, column: node.column, section, cards: usable });
  }

  private visitChildren(node: OutlineNode, section: Section | null): void {
    const children = node.children;
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index];
      const childSection = this.sectionOf.get(child) ?? section;
      if (child.marker === 'heading') {
        this.headingNotes(child, childSection);
        this.visitChildren(child, childSection);
        continue;
      }
      const reading = this.reader.read(child);
      const next = children[index + 1];
      if (reading.kind === 'question-line' && next !== undefined && isOutlineLine(next)) {
        const answer = this.reader.read(next);
        if (answer.kind === 'answer-line') {
          const details = [...answerDetails(child), ...answerDetails(next)];
          this.add('question', reading.question, child, childSection, [
            { suffix: null, reverse: false, prompt: reading.question, answer: answer.answer, term: null, items: null, details, context: null },
          ]);
          this.visitChildren(child, childSection);
          this.visitChildren(next, childSection);
          index += 1;
          continue;
        }
      }
      this.lineNotes(child, reading, childSection);
      this.leadInNotes(child, reading, childSection);
      this.visitChildren(child, childSection);
    }
  }

  private lineNotes(node: OutlineNode, reading: LineReading, section: Section | null): void {
    switch (reading.kind) {
      case 'cloze':
        this.add('cloze', reading.cards[0].context, node, section, reading.cards.map((card) => ({
          suffix: `c${card.group}`, reverse: false, prompt: card.prompt, answer: card.answer, term: null, items: null, details: answerDetails(node), context: card.context,
        })));
        return;
      case 'explicit-question': {
        const cards: CardDraft[] = [{ suffix: null, reverse: false, prompt: reading.question, answer: reading.answer, term: null, items: null, details: answerDetails(node), context: null }];
        if (reading.both) cards.push({ suffix: 'reverse', reverse: true, prompt: reading.answer, answer: reading.question, term: null, items: null, details: [], context: null });
        this.add('question', reading.question, node, section, cards);
        return;
      }
      case 'inline-list':
        this.add('enumeration', reading.name, node, section, [enumerationCard(reading.prompt, reading.items)]);
        return;
      case 'definition': {
        const { definition, nested } = reading;
        if (nested) {
          // "Kubelet CRI Shims: dockershim- containers are …": the answer opens with another definition,
          // so its reverse would read like dockershim's own; only the forward card is made.
          const answer = `${nested.term} — ${nested.answer}`;
          this.add('definition', definition.term, node, section, definitionCards(definition.term, answer, answerDetails(node), false));
          this.add('definition', nested.term, node, section, definitionCards(nested.term, nested.answer, []));
        } else {
          this.add('definition', definition.term, node, section, definitionCards(definition.term, definition.answer, answerDetails(node)));
        }
        return;
      }
      default:
    }
  }

  /** Cards made by a lead-in (section title, heading, or line ending in a colon) together with its children. */
  private leadInNotes(node: OutlineNode, reading: LineReading, section: Section | null): void {
    const ownSection = this.sectionOf.get(node);
    const prompt = ownSection ? ownSection.title : reading.kind === 'lead-in' ? reading.prompt : null;
    if (prompt === null) return;
    const named = ownSection ? termNamedByTitle(prompt) : null;
    if (named !== null) {
      this.titleDefinition(node, named, section);
      return;
    }
    const items = this.listItems(node);
    if (items) {
      this.add('enumeration', prompt, node, section, [enumerationCard(prompt, items)]);
      return;
    }
    if (ownSection) this.taskQuestion(node, prompt, section);
  }

  /**
   * "Explain reasons for container orchestration:" with a single bullet that is no card itself:
   * the title is an exam-style question and the bullet its answer.
   */
  private taskQuestion(node: OutlineNode, title: string, section: Section | null): void {
    if (!TASK_TITLE.test(title)) return;
    const children = node.children.filter((child) => isOutlineLine(child));
    if (children.length !== 1) return;
    const [only] = children;
    if (only.children.length > 0 || this.reader.read(only).kind !== 'plain') return;
    this.add('question', title, node, section, [
      { suffix: null, reverse: false, prompt: title, answer: displayText(only), term: null, items: null, details: [], context: null },
    ]);
  }

  private headingNotes(node: OutlineNode, section: Section | null): void {
    const title = section?.title ?? tidyText(node.text);
    const named = termNamedByTitle(title);
    if (named !== null) {
      this.titleDefinition(node, named, section);
      return;
    }
    const items = this.listItems(node);
    if (items) {
      this.add('enumeration', title, node, section, [enumerationCard(title, items)]);
      return;
    }
    if (TASK_TITLE.test(title)) this.taskQuestion(node, title, section);
    else this.glossaryDefinition(node, title, section);
  }

  /**
   * A lead-in's items: a numbered list, any list under a lead-in ending in a colon, or children that all
   * define a term; a single child may hold them in one line ("-VMs, on-premise, baremetal, …").
   */
  private listItems(node: OutlineNode): string[] | null {
    const children = node.marker === 'heading' ? leadingList(node) : node.children.filter((child) => isOutlineLine(child));
    if (children.length === 1) {
      const [only] = children;
      return this.reader.read(only).kind === 'plain' && only.children.length === 0 ? readBareList(only) : null;
    }
    if (children.length < 2) return null;
    const numbered = children.every((child) => child.marker === 'number');
    // A question title ("Why use threads?") asks for its children, as a colon does.
    const colon = endsWithColon(node) || (this.sectionOf.has(node) && QUESTION_TITLE.test(this.sectionOf.get(node)?.title ?? ''));
    const readings = children.map((child) => this.reader.read(child));
    const allDefined = children.length <= MAX_INFERRED_ITEMS && readings.every((reading) => reading.kind === 'definition');
    if (!numbered && !colon && !allDefined) return null;
    const names = children.map((child, index) => itemName(child, readings[index])).filter((name) => name !== '');
    // The same name twice is no list to recall ("-Pod: one", "-Pod: two").
    const distinct = new Set(names.map((name) => termKey(name))).size === names.length;
    return names.length >= 2 && distinct ? names : null;
  }

  /** "Define concept of X" / "Explain what X does" + its bullets → a definition of X, unless a child defines X already. */
  private titleDefinition(node: OutlineNode, named: string, section: Section | null): void {
    const children = node.children.filter((child) => isOutlineLine(child));
    if (children.length === 0 || this.definesTerm(node, named)) return;
    const [first, ...rest] = children;
    const firstText = displayText(first);
    const term = firstText.toLowerCase().startsWith(named.toLowerCase() + ' ') ? firstText.slice(0, named.length) : named;
    const details = [...answerDetails(first), ...rest.flatMap((child) => [{ text: displayText(child), depth: 1 }, ...answerDetails(child, 2)])];
    this.add('definition', term, node, section, definitionCards(term, firstText, details.filter((detail) => detail.text !== '')));
  }

  /** "#### Denial" followed by a paragraph: the heading is the term, the paragraph its definition. */
  private glossaryDefinition(node: OutlineNode, title: string, section: Section | null): void {
    if (hasInert(node.mask) || !isTermPhrase({ text: title, mask: title }) || isGenericHeading(title)) return;
    const lines = node.children.filter((child) => isOutlineLine(child));
    const [first] = lines;
    if (!first || first.marker !== 'plain' || this.sectionOf.has(first)) return;
    const kind = this.reader.read(first).kind;
    if ((kind !== 'plain' && kind !== 'lead-in') || wordsOf(first.text).length < 3 || this.definesTerm(node, title)) return;
    const details: AnswerDetail[] = answerDetails(first);
    for (const line of lines.slice(1)) {
      if (line.marker !== 'plain' || line.children.length > 0 || this.reader.read(line).kind !== 'plain') break;
      details.push({ text: displayText(line), depth: 1 });
    }
    this.add('definition', title, node, section, definitionCards(title, displayText(first), details));
  }

  /** Whether a line below `node` defines `term` explicitly. */
  private definesTerm(node: OutlineNode, term: string): boolean {
    const key = termKey(term);
    const visit = (parent: OutlineNode): boolean =>
      parent.children.some((child) => {
        if (!isOutlineLine(child)) return false;
        const reading = this.reader.read(child);
        if (reading.kind === 'definition' && sameTerm(reading.definition, key)) return true;
        return visit(child);
      });
    return visit(node);
  }
}

const sameTerm = (definition: DefinitionParts, key: string) => termKey(definition.term) === key;

/** A heading's list: the bullets or numbered items right under it, before any paragraph. */
function leadingList(heading: OutlineNode): OutlineNode[] {
  const items: OutlineNode[] = [];
  for (const child of heading.children) {
    if (!isOutlineLine(child) || child.depth < 1) break;
    items.push(child);
  }
  return items;
}

/** An item's name: its term, else the named part of its line (before `--` or `:`), else the line. */
export function itemName(node: OutlineNode, reading: LineReading): string {
  switch (reading.kind) {
    case 'definition':
      return tidyText(reading.definition.term);
    case 'inline-list':
      return reading.name;
    case 'explicit-question':
      return reading.question;
    case 'cloze':
      return reading.cards[0].context;
    default:
      return plainItemName({ text: withoutClozeMarkers(node.text), mask: withoutClozeMarkers(node.mask) });
  }
}
