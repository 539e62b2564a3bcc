// Wrong options: from the closest siblings first (same list, same section, same chapter, then the deck),
// alike in length, never equal to the right answer or to each other after normalisation.
import { sameDefinition, sameTerm } from './quiz-answer-match';
import type { DefinitionNote, QuizDeckIndex } from './quiz-deck-index';
import type { Rng } from './random';

/** 0 same list, 1 same section, 2 same chapter, 3 elsewhere in the deck. */
export type Closeness = 0 | 1 | 2 | 3;

export function closenessOf(note: DefinitionNote, other: { listIds: readonly string[]; sectionId: string | null; chapterId: string }): Closeness {
  if (other.listIds.some((id) => note.listIds.includes(id))) return 0;
  if (note.sectionId !== null && other.sectionId === note.sectionId) return 1;
  if (other.chapterId === note.chapterId) return 2;
  return 3;
}

/** Options much longer or shorter than the right one give themselves away; they come after all alike ones. */
const UNLIKE_LENGTH_RATIO = 2.5;
const UNLIKE_LENGTH_PENALTY = 4;

interface Ranked<T> {
  value: T;
  closeness: Closeness;
  length: number;
}

/** Closest first; within the same closeness, most alike in length first; ties broken by the seed. */
export function rankCandidates<T>(candidates: readonly Ranked<T>[], targetLength: number, rng: Rng): T[] {
  const keyed = rng.shuffle(candidates).map((candidate) => {
    const ratio = Math.max(candidate.length, 1) / Math.max(targetLength, 1);
    const spread = Math.abs(Math.log(ratio));
    const penalty = spread > Math.log(UNLIKE_LENGTH_RATIO) ? UNLIKE_LENGTH_PENALTY : 0;
    return { value: candidate.value, rank: candidate.closeness + penalty, bucket: Math.round(spread * 2) };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.bucket - b.bucket);
  return keyed.map((entry) => entry.value);
}

function sayTheSame(definitions: readonly string[], definition: string): boolean {
  return definitions.some((own) => sameDefinition(own, definition));
}

/** Definitions of other terms, for "choose the definition" and false true/false statements. */
export function definitionDistractors(note: DefinitionNote, index: QuizDeckIndex, count: number, rng: Rng): DefinitionNote[] {
  const ranked = rankCandidates(
    index.definitions
      .filter((other) => other.noteId !== note.noteId && !sameTerm(other.term, note.term))
      .map((other) => ({ value: other, closeness: closenessOf(note, other), length: other.definition.length })),
    note.definition.length,
    rng,
  );
  const chosen: DefinitionNote[] = [];
  for (const other of ranked) {
    if (chosen.length === count) break;
    if (sayTheSame(note.sameTermDefinitions, other.definition)) continue;
    // Two definitions of one term ("ETCD", "etcd") would repeat an option in other words.
    if (chosen.some((taken) => sameTerm(taken.term, other.term) || sameDefinition(taken.definition, other.definition))) continue;
    chosen.push(other);
  }
  return chosen;
}

export interface TermOption {
  text: string;
  /** The defined term's note, or null for a bare list item. */
  note: DefinitionNote | null;
}

/** Up to this many words, a list item reads like a term and may stand as an option. */
const MAX_ITEM_WORDS_AS_TERM = 5;

/** Other terms, for "choose the term": defined terms, plus bare items of the same list. */
export function termDistractors(note: DefinitionNote, index: QuizDeckIndex, count: number, rng: Rng): TermOption[] {
  // A term whose own definition (anywhere in the deck) says what the prompt says would be right too.
  const defined = index.definitions
    .filter((other) => other.noteId !== note.noteId && !other.sameTermDefinitions.some((definition) => sayTheSame(note.sameTermDefinitions, definition)))
    .map((other) => ({ value: { text: other.term, note: other } as TermOption, closeness: closenessOf(note, other), length: other.term.length }));
  const bareItems = note.listIds.flatMap((listId) =>
    (index.listItems.get(listId) ?? [])
      .filter((item) => item.split(/\s+/).length <= MAX_ITEM_WORDS_AS_TERM && !index.definitions.some((other) => sameTerm(other.term, item)))
      .map((item) => ({ value: { text: item, note: null } as TermOption, closeness: 0 as Closeness, length: item.length })),
  );
  const ranked = rankCandidates([...defined, ...bareItems], note.term.length, rng);
  const chosen: TermOption[] = [];
  for (const option of ranked) {
    if (chosen.length === count) break;
    if ([note.term, ...chosen.map((taken) => taken.text)].some((taken) => sameTerm(taken, option.text))) continue;
    chosen.push(option);
  }
  return chosen;
}

/** Notes to match with `note`: distinct terms and distinct definitions, closest first. */
export function matchingPartners(note: DefinitionNote, pool: readonly DefinitionNote[], count: number, rng: Rng): DefinitionNote[] {
  const ranked = rankCandidates(
    pool
      .filter((other) => other.noteId !== note.noteId)
      .map((other) => ({ value: other, closeness: closenessOf(note, other), length: other.definition.length })),
    note.definition.length,
    rng,
  );
  const chosen: DefinitionNote[] = [];
  for (const other of ranked) {
    if (chosen.length === count) break;
    const group = [note, ...chosen];
    if (group.some((taken) => sameTerm(taken.term, other.term) || sameDefinition(taken.definition, other.definition))) continue;
    chosen.push(other);
  }
  return chosen;
}
