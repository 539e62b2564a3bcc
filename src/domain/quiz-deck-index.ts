// What quizzes need to know about a deck: definitions as notes (forward + reverse card),
// which list each term belongs to, and the deck's names for rejecting wrong-but-close answers.
import { distance } from 'fastest-levenshtein';
import type { Card, Deck } from './deck';
import { answerTokens, compactAnswer, sameTerm } from './quiz-answer-match';
import type { KnownTerm } from './quiz-types';

/** A definition as a question source: reverse siblings are not separate sources. */
export interface DefinitionNote {
  noteId: string;
  forward: Card;
  reverse: Card | null;
  term: string;
  definition: string;
  chapterId: string;
  sectionId: string | null;
  /** Position in the deck, for stable ordering. */
  order: number;
  /** Enumeration cards whose items name this term. */
  listIds: string[];
  /** Definitions of the same term elsewhere in the deck ("ETCD" and "etcd"), this one included. */
  sameTermDefinitions: string[];
}

export interface QuizDeckIndex {
  deck: Deck;
  definitions: DefinitionNote[];
  enumerations: Card[];
  clozes: Card[];
  questions: Card[];
  /** Enumeration card id → its items. */
  listItems: Map<string, string[]>;
  /** Every name in the deck (definition terms, then list items that are not terms). */
  names: IndexedName[];
}

export interface IndexedName {
  text: string;
  compact: string;
  chapterId: string;
  /** The forward and reverse cards of the term, when it is a defined term. */
  forwardCardId: string | null;
  reverseCardId: string | null;
}

function forwardDefinitions(deck: Deck): DefinitionNote[] {
  const reverseByNote = new Map<string, Card>();
  for (const card of deck.cards) if (card.kind === 'definition' && card.reverse) reverseByNote.set(card.noteId, card);
  return deck.cards.flatMap((card, order) => {
    const term = (card.term ?? card.prompt).trim();
    const definition = card.answer.trim();
    if (card.kind !== 'definition' || card.reverse || compactAnswer(term) === '' || compactAnswer(definition) === '') return [];
    const reverse = reverseByNote.get(card.noteId) ?? null;
    return [
      {
        noteId: card.noteId,
        forward: card,
        reverse,
        term,
        definition,
        chapterId: card.chapterId,
        sectionId: card.sectionId,
        order,
        listIds: [],
        sameTermDefinitions: [definition],
      },
    ];
  });
}

export function indexDeckForQuiz(deck: Deck): QuizDeckIndex {
  const definitions = forwardDefinitions(deck);
  const enumerations = deck.cards.filter((card) => card.kind === 'enumeration' && !card.reverse && (card.items?.length ?? 0) >= 2);
  const listItems = new Map(enumerations.map((card) => [card.id, card.items ?? []]));
  for (const note of definitions) {
    note.listIds = enumerations.filter((card) => (card.items ?? []).some((item) => sameTerm(item, note.term))).map((card) => card.id);
    note.sameTermDefinitions = definitions.filter((other) => sameTerm(other.term, note.term)).map((other) => other.definition);
  }
  const names: IndexedName[] = definitions.map((note) => ({
    text: note.term,
    compact: compactAnswer(note.term),
    chapterId: note.chapterId,
    forwardCardId: note.forward.id,
    reverseCardId: note.reverse?.id ?? null,
  }));
  const seen = new Set(names.map((name) => name.compact));
  for (const card of enumerations) {
    for (const item of card.items ?? []) {
      const compact = compactAnswer(item);
      if (compact === '' || seen.has(compact)) continue;
      seen.add(compact);
      names.push({ text: item, compact, chapterId: card.chapterId, forwardCardId: null, reverseCardId: null });
    }
  }
  return {
    deck,
    definitions,
    enumerations,
    clozes: deck.cards.filter((card) => card.kind === 'cloze'),
    questions: deck.cards.filter((card) => card.kind === 'question' && !card.reverse),
    listItems,
    names,
  };
}

export function noteInScope(note: DefinitionNote, inScope: (card: Card) => boolean): boolean {
  return inScope(note.forward) || (note.reverse !== null && inScope(note.reverse));
}

/** The card a question about this note tests: the reverse card for definition → term when there is one. */
export function cardForDirection(note: DefinitionNote, direction: 'term-to-definition' | 'definition-to-term'): Card {
  return direction === 'definition-to-term' && note.reverse ? note.reverse : note.forward;
}

const MAX_OTHER_TERMS = 40;

function sharesLongWord(a: string, b: string): boolean {
  const words = new Set(answerTokens(a).filter((word) => word.length >= 4));
  return answerTokens(b).some((word) => words.has(word));
}

/**
 * The deck's names a learner might give instead of `expected`: every name of the same chapter,
 * plus names elsewhere that look alike (shared word or few edits), nearest first, at most 40.
 */
export function otherTermsNear(index: QuizDeckIndex, expected: readonly string[], chapterId: string, direction: 'forward' | 'reverse'): KnownTerm[] {
  const targets = expected.map((text) => compactAnswer(text));
  const scored = index.names.flatMap((name) => {
    if (expected.some((text) => sameTerm(text, name.text))) return [];
    const edits = Math.min(...targets.map((target) => distance(target, name.compact)));
    const near = edits <= Math.max(3, Math.floor(name.compact.length / 2)) || expected.some((text) => sharesLongWord(text, name.text));
    if (name.chapterId !== chapterId && !near) return [];
    const cardId = direction === 'reverse' ? (name.reverseCardId ?? name.forwardCardId) : name.forwardCardId;
    return [{ term: { text: name.text, cardId }, edits }];
  });
  return scored
    .sort((a, b) => a.edits - b.edits)
    .slice(0, MAX_OTHER_TERMS)
    .map((entry) => entry.term);
}

/** Hides the term (and its stated short forms) inside its own definition, so the prompt does not give it away. */
export function maskTerm(text: string, term: string): string {
  const forms = [
    term,
    term.replace(/\s*\([^)]*\)/g, '').trim(),
    ...[...term.matchAll(/\(([^)]*)\)/g)].map((match) => match[1].replace(/^(aka|a\.k\.a\.?)\s+/i, '').trim()),
  ]
    .filter((form) => form.length >= 2)
    .sort((a, b) => b.length - a.length);
  return forms.reduce((masked, form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
    return masked.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu'), '[…]');
  }, text);
}
