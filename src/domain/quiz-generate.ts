// Quiz generation: deterministic for a seed, questions drawn from the cards in scope,
// each format built only when it can have exactly one right answer.
import type { Card, Deck } from './deck';
import { answerTokens, compactAnswer } from './quiz-answer-match';
import type { DefinitionNote, QuizDeckIndex } from './quiz-deck-index';
import { cardForDirection, indexDeckForQuiz, noteInScope, otherTermsNear } from './quiz-deck-index';
import { completeDefinition, hasBlank, maskNames, shownDefinition } from './quiz-definition-text';
import { definitionDistractors, matchingPartners, termDistractors } from './quiz-distractors';
import type {
  ChoiceOption,
  ListRecallQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  Question,
  Quiz,
  QuizFormat,
  TrueFalseQuestion,
  TypedQuestion,
} from './quiz-types';
import { ALL_QUIZ_FORMATS, MAX_QUIZ_QUESTIONS, MIN_QUIZ_QUESTIONS } from './quiz-types';
import type { Rng } from './random';
import { createRng, normaliseSeed } from './random';
import { scopeFilter, type StudyScope } from './study-scope';

export interface QuizOptions {
  deck: Deck;
  /** Which cards questions come from; the whole deck by default. Distractors may come from anywhere in the deck. */
  scope?: StudyScope;
  /** Clamped to 5–50. */
  count: number;
  /** Formats to use; all by default. */
  formats?: readonly QuizFormat[];
  seed: number;
  /** Defaults to one derived from the seed. */
  id?: string;
  /** Cards no question may come from: the suspended ones (they may still be distractors, as any deck text). */
  leftOut?: ReadonlySet<string>;
}

const NONE_LEFT_OUT: ReadonlySet<string> = new Set();
const CHOICE_OPTIONS = 4;
const MATCHING_MIN_PAIRS = 4;
const MATCHING_MAX_PAIRS = 6;
const LIST_MAX_ITEMS = 12;
/** Typed answers must be short enough to type: a term or a short phrase. */
const TYPED_MAX_WORDS = 6;
const TYPED_MAX_CHARS = 48;

type DraftOf<Q extends Question> = Omit<Q, 'id'>;
/** A question before it gets its place (and id) in the quiz. */
type Draft = Question extends infer Q ? (Q extends Question ? DraftOf<Q> : never) : never;

/** Every name of a term the deck knows ("CNI", "Container Network Interface"), to hide it where it would give it away. */
function namesOf(term: string, index: QuizDeckIndex): string[] {
  return [term, ...index.deckNames.aliasesOf(term)];
}

/** A definition → term prompt needs words of its own once the term (by any of its names) is hidden. */
function definitionPrompt(note: DefinitionNote, index: QuizDeckIndex): string | null {
  const masked = maskNames(completeDefinition(note.definition), namesOf(note.term, index));
  return answerTokens(masked.replaceAll('[…]', ' ')).length >= 2 ? masked : null;
}

/** A definition as an option or statement about `asked`: its own term and the asked term hidden alike in every one. */
function definitionOption(shown: DefinitionNote, asked: DefinitionNote, index: QuizDeckIndex): string {
  // An abbreviation's expansion ("DNS: Domain Name System") is what the definition says, not a restatement to hide.
  if (index.deckNames.same(shown.definition, shown.term)) return completeDefinition(shown.definition);
  return shownDefinition(shown.definition, [...namesOf(asked.term, index), ...namesOf(shown.term, index)]);
}

function isTypable(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= TYPED_MAX_CHARS && trimmed.split(/\s+/).length <= TYPED_MAX_WORDS;
}

function placeOf(card: Card): Pick<Question, 'chapterId' | 'sectionId' | 'source' | 'sectionPath'> {
  return { chapterId: card.chapterId, sectionId: card.sectionId, source: card.source, sectionPath: card.sectionPath };
}

function optionCardId(note: DefinitionNote | null, direction: MultipleChoiceQuestion['direction']): string | null {
  return note ? cardForDirection(note, direction).id : null;
}

function multipleChoice(
  note: DefinitionNote,
  index: QuizDeckIndex,
  rng: Rng,
  direction: MultipleChoiceQuestion['direction'],
): DraftOf<MultipleChoiceQuestion> | null {
  const card = cardForDirection(note, direction);
  const prompt = direction === 'term-to-definition' ? note.term : definitionPrompt(note, index);
  if (prompt === null) return null;
  let right: ChoiceOption;
  let wrong: ChoiceOption[];
  if (direction === 'term-to-definition') {
    right = { text: definitionOption(note, note, index), cardId: card.id, belongsTo: note.term };
    wrong = definitionDistractors(note, index, CHOICE_OPTIONS - 1, rng).map((other) => ({
      text: definitionOption(other, note, index),
      cardId: optionCardId(other, direction),
      belongsTo: other.term,
    }));
  } else {
    right = { text: note.term, cardId: card.id, belongsTo: null };
    wrong = termDistractors(note, index, CHOICE_OPTIONS - 1, rng).map((option) => ({
      text: option.text,
      cardId: optionCardId(option.note, direction),
      belongsTo: null,
    }));
  }
  if (wrong.length < CHOICE_OPTIONS - 1) return null;
  // A blank left only in the right definition (its term named inside it) would point at it.
  if (direction === 'term-to-definition' && hasBlank(right.text) && !wrong.some((option) => hasBlank(option.text))) return null;
  const options = rng.shuffle([right, ...wrong]);
  return {
    format: 'multiple-choice',
    direction,
    cardId: card.id,
    ...placeOf(card),
    prompt,
    instruction: direction === 'term-to-definition' ? 'Choose the definition' : 'Choose the term',
    options,
    correctIndex: options.indexOf(right),
  };
}

function trueFalse(note: DefinitionNote, index: QuizDeckIndex, rng: Rng): DraftOf<TrueFalseQuestion> {
  // With no other definition to show, the statement can only be the true one.
  const shown = (rng.coin() ? null : definitionDistractors(note, index, 1, rng)[0]) ?? note;
  const isTrue = shown === note;
  return {
    format: 'true-false',
    cardId: note.forward.id,
    ...placeOf(note.forward),
    prompt: note.term,
    instruction: 'True or false: this is the definition of the term',
    statement: definitionOption(shown, note, index),
    isTrue,
    shownCardId: shown.forward.id,
    shownTerm: shown.term,
    rightDefinition: note.definition,
  };
}

function typedTerm(note: DefinitionNote, index: QuizDeckIndex): DraftOf<TypedQuestion> | null {
  const prompt = definitionPrompt(note, index);
  if (!isTypable(note.term) || prompt === null) return null;
  const card = cardForDirection(note, 'definition-to-term');
  const sameTermElsewhere = index.definitions
    .filter((other) => other.noteId !== note.noteId && index.deckNames.same(other.term, note.term))
    .map((other) => other.term);
  const alternatives = [...sameTermElsewhere, ...index.deckNames.aliasesOf(note.term)];
  return {
    format: 'typed',
    variant: 'term',
    cardId: card.id,
    ...placeOf(card),
    prompt,
    instruction: 'Type the term',
    expected: note.term,
    alternatives: [...new Set(alternatives)],
    otherTerms: otherTermsNear(index, [note.term, ...alternatives], note.chapterId, 'reverse'),
  };
}

function typedFromCard(card: Card, index: QuizDeckIndex): DraftOf<TypedQuestion> | null {
  if (!isTypable(card.answer) || compactAnswer(card.prompt) === '') return null;
  const variant = card.kind === 'cloze' ? 'cloze' : 'answer';
  return {
    format: 'typed',
    variant,
    cardId: card.id,
    ...placeOf(card),
    prompt: card.prompt,
    instruction: variant === 'cloze' ? 'Type the hidden part' : 'Type the answer',
    expected: card.answer.trim(),
    alternatives: index.deckNames.aliasesOf(card.answer),
    otherTerms: otherTermsNear(index, [card.answer], card.chapterId, 'forward'),
  };
}

function listRecall(card: Card, index: QuizDeckIndex): DraftOf<ListRecallQuestion> | null {
  const items = card.items ?? [];
  const distinct = items.every((item, position) => items.findIndex((other) => compactAnswer(other) === compactAnswer(item)) === position);
  if (items.length < 2 || items.length > LIST_MAX_ITEMS || !distinct) return null;
  return {
    format: 'list-recall',
    cardId: card.id,
    ...placeOf(card),
    prompt: card.prompt,
    instruction: `Name all ${items.length}, in any order`,
    items: [...items],
    itemAliases: items.map((item) => index.deckNames.aliasesOf(item)),
    otherTerms: otherTermsNear(index, items, card.chapterId, 'forward'),
  };
}

/** The most specific place all notes share: their section, else their chapter, else the deck. */
function sharedPlaceTitle(notes: readonly DefinitionNote[], index: QuizDeckIndex): string {
  const [first] = notes;
  const section = first.forward.sectionPath.at(-1);
  if (section && notes.every((note) => note.sectionId === first.sectionId)) return section;
  if (notes.every((note) => note.chapterId === first.chapterId))
    return index.deck.chapters.find((chapter) => chapter.id === first.chapterId)?.title ?? index.deck.title;
  return index.deck.title;
}

function matching(
  anchor: DefinitionNote,
  pool: readonly DefinitionNote[],
  index: QuizDeckIndex,
  rng: Rng,
): { draft: DraftOf<MatchingQuestion>; notes: DefinitionNote[] } | null {
  const size = rng.int(MATCHING_MIN_PAIRS, MATCHING_MAX_PAIRS);
  const partners = matchingPartners(anchor, pool, index, size - 1, rng);
  if (partners.length < MATCHING_MIN_PAIRS - 1) return null;
  const notes = rng.shuffle([anchor, ...partners]);
  const pairs = notes.map((note) => ({ cardId: note.forward.id, term: note.term, definition: definitionOption(note, note, index), chapterId: note.chapterId }));
  const order = rng.shuffle(pairs.map((_, position) => position));
  const draft: DraftOf<MatchingQuestion> = {
    format: 'matching',
    cardId: pairs[0].cardId,
    ...placeOf(notes[0].forward),
    prompt: sharedPlaceTitle(notes, index),
    instruction: 'Match each term to its definition',
    pairs,
    definitions: order.map((position) => pairs[position].definition),
    answer: pairs.map((_, position) => order.indexOf(position)),
  };
  return { draft, notes };
}

/** Something a question can be made from, with the notes it uses up. */
interface Source {
  key: string;
  build(rng: Rng, reuse: boolean, used: ReadonlySet<string>): { draft: Draft; noteIds: string[] } | null;
}

function definitionSources(format: QuizFormat, notes: readonly DefinitionNote[], index: QuizDeckIndex): Source[] {
  return notes.map((note) => ({
    key: note.noteId,
    build(rng, reuse, used) {
      let draft: Draft | null = null;
      let noteIds = [note.noteId];
      if (format === 'multiple-choice') {
        const first = rng.coin() ? 'term-to-definition' : 'definition-to-term';
        const second = first === 'term-to-definition' ? 'definition-to-term' : 'term-to-definition';
        draft = multipleChoice(note, index, rng, first) ?? multipleChoice(note, index, rng, second);
      } else if (format === 'true-false') {
        draft = trueFalse(note, index, rng);
      } else if (format === 'typed') {
        draft = typedTerm(note, index);
      } else if (format === 'matching') {
        const pool = reuse ? notes : notes.filter((other) => !used.has(other.noteId));
        const built = matching(note, pool, index, rng);
        draft = built?.draft ?? null;
        noteIds = built ? built.notes.map((other) => other.noteId) : noteIds;
      }
      return draft ? { draft, noteIds } : null;
    },
  }));
}

function cardSources(cards: readonly Card[], make: (card: Card) => Draft | null): Source[] {
  return cards.map((card) => ({
    key: card.noteId,
    build() {
      const draft = make(card);
      return draft ? { draft, noteIds: [card.noteId] } : null;
    },
  }));
}

function sourcesFor(format: QuizFormat, index: QuizDeckIndex, scope: StudyScope, leftOut: ReadonlySet<string>): Source[] {
  const scoped = scopeFilter(scope);
  const inScope = (card: Card) => scoped(card) && !leftOut.has(card.id);
  // A definition asks about both its cards (either direction, matching by the forward one): one suspended leaves it out.
  const notes = index.definitions.filter(
    (note) => noteInScope(note, scoped) && !leftOut.has(note.forward.id) && !(note.reverse !== null && leftOut.has(note.reverse.id)),
  );
  const cards = (list: readonly Card[]) => list.filter(inScope);
  switch (format) {
    case 'multiple-choice':
    case 'true-false':
    case 'matching':
      return definitionSources(format, notes, index);
    case 'typed':
      return [
        ...definitionSources(format, notes, index),
        ...cardSources(cards(index.clozes), (card) => typedFromCard(card, index)),
        ...cardSources(cards(index.questions), (card) => typedFromCard(card, index)),
      ];
    case 'list-recall':
      return cardSources(cards(index.enumerations), (card) => listRecall(card, index));
  }
}

function clampCount(count: number): number {
  const whole = Number.isFinite(count) ? Math.round(count) : MIN_QUIZ_QUESTIONS;
  return Math.min(MAX_QUIZ_QUESTIONS, Math.max(MIN_QUIZ_QUESTIONS, whole));
}

function requestedFormats(formats: readonly QuizFormat[] | undefined): QuizFormat[] {
  const wanted = formats && formats.length > 0 ? formats : ALL_QUIZ_FORMATS;
  return ALL_QUIZ_FORMATS.filter((format) => wanted.includes(format));
}

/**
 * Formats take turns (in a seeded order) so every requested format appears when the deck allows it;
 * a format that runs out of sources drops out and the others fill its place. A note is used once
 * per quiz; only when the quiz would otherwise fall short is a note asked again in another format.
 */
export function generateQuiz(options: QuizOptions): Quiz {
  const seed = normaliseSeed(options.seed);
  const rng = createRng(seed);
  const scope = options.scope ?? { kind: 'deck' };
  const count = clampCount(options.count);
  const formats = requestedFormats(options.formats);
  const index = indexDeckForQuiz(options.deck);
  const pools = new Map(rng.shuffle(formats).map((format) => [format, rng.shuffle(sourcesFor(format, index, scope, options.leftOut ?? NONE_LEFT_OUT))]));

  const drafts: Draft[] = [];
  const usedNotes = new Set<string>();
  const usedPerFormat = new Set<string>();
  const cursors = new Map<QuizFormat, number>();

  /** Adds the next question of `format` from its pool; false when the pool has nothing left to give. */
  const addNext = (format: QuizFormat, reuse: boolean): boolean => {
    const pool = pools.get(format) ?? [];
    for (let cursor = cursors.get(format) ?? 0; cursor < pool.length; cursor += 1) {
      const source = pool[cursor];
      const formatKey = `${format}\u0000${source.key}`;
      if (usedPerFormat.has(formatKey) || (!reuse && usedNotes.has(source.key))) continue;
      const built = source.build(rng, reuse, usedNotes);
      if (!built) continue;
      cursors.set(format, cursor + 1);
      drafts.push(built.draft);
      usedPerFormat.add(formatKey);
      for (const noteId of built.noteIds) usedNotes.add(noteId);
      return true;
    }
    cursors.set(format, pool.length);
    return false;
  };

  for (const reuse of [false, true]) {
    cursors.clear();
    let turns = [...pools.keys()];
    while (drafts.length < count && turns.length > 0) {
      turns = turns.filter((format) => drafts.length >= count || addNext(format, reuse));
    }
  }

  const questions = rng.shuffle(drafts).map((draft, position): Question => ({ ...draft, id: `q${position + 1}` }));
  return {
    id: options.id ?? `quiz-${(seed >>> 0).toString(36)}`,
    deckId: options.deck.id,
    seed,
    scope,
    formats,
    requestedCount: count,
    questions,
  };
}
