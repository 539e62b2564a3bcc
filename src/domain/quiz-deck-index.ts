// What quizzes need to know about a deck: definitions as notes (forward + reverse card),
// which list each term belongs to, and the deck's names for rejecting wrong-but-close answers.
import { distance } from 'fastest-levenshtein';
import type { Card, Deck } from './deck';
import { type DeckNames, collectDeckNames } from './deck-names';
import { answerTokens, compactAnswer } from './quiz-answer-match';
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
  /** Every name in the deck (definition terms, then list items that are not terms, then other names the notes state). */
  names: IndexedName[];
  /** Which names name the same thing ("Mesos Marathon" and "Marathon"). */
  deckNames: DeckNames;
  /** A name's group (DeckNames.groupOf) → the lists it is an item of. */
  listsByName: Map<string, string[]>;
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
  const deckNames = collectDeckNames(deck);
  const definitions = forwardDefinitions(deck);
  const enumerations = deck.cards.filter((card) => card.kind === 'enumeration' && !card.reverse && (card.items?.length ?? 0) >= 2);
  const listItems = new Map(enumerations.map((card) => [card.id, card.items ?? []]));
  // By group of names, so a big deck is not compared pair by pair (every term of the deck is in a group).
  const listsByName = new Map<string, string[]>();
  for (const card of enumerations) {
    for (const group of new Set((card.items ?? []).map((item) => deckNames.groupOf(item))))
      listsByName.set(group, [...(listsByName.get(group) ?? []), card.id]);
  }
  const definitionsByName = new Map<string, string[]>();
  for (const note of definitions) {
    const group = deckNames.groupOf(note.term);
    definitionsByName.set(group, [...(definitionsByName.get(group) ?? []), note.definition]);
  }
  for (const note of definitions) {
    const group = deckNames.groupOf(note.term);
    note.listIds = listsByName.get(group) ?? [];
    note.sameTermDefinitions = definitionsByName.get(group) ?? [note.definition];
  }
  const names: IndexedName[] = definitions.map((note) => ({
    text: note.term,
    compact: compactAnswer(note.term),
    chapterId: note.chapterId,
    forwardCardId: note.forward.id,
    reverseCardId: note.reverse?.id ?? null,
  }));
  const seen = new Set(names.map((name) => name.compact));
  const addName = (text: string, chapterId: string) => {
    const compact = compactAnswer(text);
    if (compact === '' || seen.has(compact)) return;
    seen.add(compact);
    names.push({ text, compact, chapterId, forwardCardId: null, reverseCardId: null });
  };
  for (const card of enumerations) for (const item of card.items ?? []) addName(item, card.chapterId);
  for (const name of deckNames.all) addName(name, '');
  return {
    deck,
    definitions,
    enumerations,
    clozes: deck.cards.filter((card) => card.kind === 'cloze'),
    questions: deck.cards.filter((card) => card.kind === 'question' && !card.reverse),
    listItems,
    names,
    deckNames,
    listsByName,
  };
}

export function noteInScope(note: DefinitionNote, inScope: (card: Card) => boolean): boolean {
  return inScope(note.forward) || (note.reverse !== null && inScope(note.reverse));
}

/** The card a question about this note tests: the reverse card for definition → term when there is one. */
export function cardForDirection(note: DefinitionNote, direction: 'term-to-definition' | 'definition-to-term'): Card {
  return direction === 'definition-to-term' && note.reverse ? note.reverse : note.forward;
}

const MAX_OTHER_TERMS = 60;

/** A word of one starts a word of the other, four letters or more ("container" in "containerd", "orchestr…"). */
function sharesWordStart(a: string, b: string): boolean {
  const left = answerTokens(a).filter((word) => word.length >= 4);
  const right = answerTokens(b).filter((word) => word.length >= 4);
  return left.some((x) => right.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/**
 * The deck's names a learner might give instead of `expected`: names of the same chapter or of the same list
 * ("Docker Swarm" beside "Kubernetes") and names that look alike (a shared word start, or few edits), those related
 * so first, then by edits; at most 60. Never another name of the expected thing.
 */
export function otherTermsNear(index: QuizDeckIndex, expected: readonly string[], chapterId: string, direction: 'forward' | 'reverse'): KnownTerm[] {
  const targets = expected.map((text) => compactAnswer(text));
  const lists = new Set(expected.flatMap((text) => index.listsByName.get(index.deckNames.groupOf(text)) ?? []));
  const inSameList = (name: IndexedName) => (index.listsByName.get(index.deckNames.groupOf(name.text)) ?? []).some((list) => lists.has(list));
  const scored = index.names.flatMap((name) => {
    if (expected.some((text) => index.deckNames.same(text, name.text))) return [];
    const edits = Math.min(...targets.map((target) => distance(target, name.compact)));
    const related = name.chapterId === chapterId || inSameList(name) || expected.some((text) => sharesWordStart(text, name.text));
    if (!related && edits > Math.max(3, Math.floor(name.compact.length / 2))) return [];
    const cardId = direction === 'reverse' ? (name.reverseCardId ?? name.forwardCardId) : name.forwardCardId;
    return [{ term: { text: name.text, cardId }, rank: related ? 0 : 1, edits }];
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.edits - b.edits)
    .slice(0, MAX_OTHER_TERMS)
    .map((entry) => entry.term);
}
