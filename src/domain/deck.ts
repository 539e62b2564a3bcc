// The deck model: what the pipeline produces from notes and every screen reads.
// Plain data (JSON-serialisable), so it can be shipped as `virtual:deck` and printed by `npm run cards --json`.

/** A place in a note file; lines and columns are 1-based. */
export interface SourcePlace {
  file: string;
  line: number;
  column?: number;
}

export interface DeckWarning {
  file: string;
  line: number;
  column: number;
  message: string;
  /** Rule that raised it, e.g. `duplicate-card`, `unreadable-file`. */
  ruleId?: string;
  /** A fatal problem fails the build; the rest are shown and the deck is still made. */
  fatal?: boolean;
}

export interface Section {
  /** `chapterId/slug`, unique in the deck. */
  id: string;
  title: string;
  /** Text after `--` on a section-title line ("Networking Challenges-- microservices …"). */
  note: string | null;
  /** Titles from the chapter down to this section (headings and plain-line titles). */
  path: string[];
  source: SourcePlace;
}

export interface Chapter {
  id: string;
  title: string;
  /** 1-based position ("## Chapter 3: …" → 3, or front matter `order`). */
  order: number;
  file: string;
  sections: Section[];
  /** True when the chapter has no notes yet. */
  empty: boolean;
}

/**
 * - `definition`: term → definition (and, with `reverse`, definition → term).
 * - `enumeration`: lead-in → all items, in order.
 * - `cloze`: a sentence with a hidden part.
 * - `question`: an explicit `Q :: A` or `Q:`/`A:` pair (with `reverse` for `:::`), or a question-like section title ("Explain …") with its single answer.
 */
export type CardKind = 'definition' | 'enumeration' | 'cloze' | 'question';

/** A line that belongs to a card's answer (children of a definition), with its outline depth (1 = direct child). */
export interface AnswerDetail {
  text: string;
  depth: number;
}

export interface Card {
  /** `chapterId/kind/slug` (+ `/reverse` or `/cN`); never from line numbers or answer text. */
  id: string;
  kind: CardKind;
  /** Cards made from the same note (forward/reverse, cloze deletions) share a noteId; siblings are not shown on the same day. */
  noteId: string;
  /** True for the definition → term (or answer → question) direction. */
  reverse: boolean;
  chapterId: string;
  sectionId: string | null;
  /** What the learner is shown first. For cloze, the sentence with `[…]` where the hidden part is. */
  prompt: string;
  /** What the learner must recall. For enumerations, the items joined by ", ". */
  answer: string;
  /** The term of a definition card (forward and reverse), otherwise null. */
  term: string | null;
  /** The items of an enumeration card, in order, otherwise null. */
  items: string[] | null;
  /** Children of a definition or item that belong to its answer. */
  details: AnswerDetail[];
  /** The full sentence of a cloze card, otherwise null. */
  context: string | null;
  sectionPath: string[];
  source: SourcePlace;
  /** The answer is a code block, shown as code (in this language, if named). */
  answerCode?: { lang: string | null };
  /** `#tags` of the notes (front matter, headings, the line). */
  tags?: string[];
}

export interface Deck {
  /** Slug of the title; progress is keyed by it. */
  id: string;
  title: string;
  chapters: Chapter[];
  cards: Card[];
  warnings: DeckWarning[];
  /** Old card ids and the cards they are now (a renamed chapter or section), so progress kept under them is found. */
  idMoves?: Array<{ from: string; to: string }>;
}
