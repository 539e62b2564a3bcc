// How well the words typed are found in a text: as whole words ("NAT" in "Translation (NAT)", "pod" in "Pod-to-Pod",
// "pod" in "Pods"), as the start of a word ("prox" in "Kube-proxy") or inside one ("nat" in "donated"), and whether as
// typed (capitals and accents, when the word has any). Case and accents never stop a match; they only order matches alike.

/** How a word was found in a text, best first. */
export const WHOLE = 0;
export const BEGUN = 1;
export const INSIDE = 2;
export type WordQuality = typeof WHOLE | typeof BEGUN | typeof INSIDE;

const foldedChars = new Map<string, string>();

/** One character without case or accents, still as long, so positions in a folded text are the text's. */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const lower = char.toLowerCase();
    folded = bare.length === char.length ? bare : lower.length === char.length ? lower : char;
    foldedChars.set(char, folded);
  }
  return folded;
}

const NOT_PLAIN = /[^\x20-\x7e]/g;

/** The text without case or accents, of the same length. */
export function foldText(text: string): string {
  const folded = text.replace(NOT_PLAIN, foldChar).toLowerCase();
  if (folded.length === text.length) return folded;
  // A character whose lower case is longer ("İ") is kept as written.
  let kept = '';
  for (const char of text) kept += foldChar(char);
  return kept;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

export interface WordMatch {
  quality: WordQuality;
  /** Found as typed, capitals and accents too, when the word has any ("NAT", not "nat"). */
  asTyped: boolean;
  /** First and last position, inclusive (as fuse.js gives them). */
  range: [number, number];
}

/** Where a word ends in a folded text, a plural's "s" or "es" counted as part of it. */
function wordEnd(folded: string, end: number): number {
  for (const ending of ['', 's', 'es']) {
    if (folded.startsWith(ending, end) && !isWordChar(folded[end + ending.length])) return end + ending.length;
  }
  return end;
}

/** The best place of one word in a text (whole before begun before inside, as typed before not), or null. */
export function findWord(text: string, folded: string, word: string, foldedWord: string): WordMatch | null {
  let best: WordMatch | null = null;
  for (let at = folded.indexOf(foldedWord); at !== -1; at = folded.indexOf(foldedWord, at + 1)) {
    const end = at + foldedWord.length;
    // A word typed with its own punctuation at an end ("(nat", "kube-") is bounded there already.
    const startsWord = !isWordChar(folded[at - 1]) || !isWordChar(foldedWord[0]);
    const endsWord = !isWordChar(folded[wordEnd(folded, end)]) || !isWordChar(foldedWord.at(-1));
    const quality: WordQuality = startsWord ? (endsWord ? WHOLE : BEGUN) : INSIDE;
    const asTyped = word !== foldedWord && text.slice(at, end) === word;
    if (best === null || quality < best.quality || (quality === best.quality && asTyped && !best.asTyped)) {
      best = { quality, asTyped, range: [at, end - 1] };
      if (quality === WHOLE && asTyped) break;
    }
  }
  return best;
}

export interface QueryWord {
  word: string;
  folded: string;
}

export const queryWords = (words: readonly string[]): QueryWord[] => words.map((word) => ({ word, folded: foldText(word) }));

export interface TextMatch {
  /** The worst of the words' qualities: every word whole is WHOLE. */
  quality: WordQuality;
  /** Every word found as typed. */
  asTyped: boolean;
  ranges: Array<[number, number]>;
}

/** Every word found in the text, graded by the worst found; null when one is missing. */
export function matchText(text: string, folded: string, words: readonly QueryWord[]): TextMatch | null {
  if (folded === '' || words.length === 0) return null;
  let quality: WordQuality = WHOLE;
  let asTyped = true;
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    const found = findWord(text, folded, word.word, word.folded);
    if (found === null) return null;
    quality = Math.max(quality, found.quality) as WordQuality;
    asTyped &&= found.asTyped;
    ranges.push(found.range);
  }
  return { quality, asTyped, ranges };
}
