// Abbreviations defined in text: "flashes of unstyled content (FOUC)" and "DOM (Document Object Model)".
// The long form is found as Schwartz and Hearst do (A Simple Algorithm for Identifying Abbreviation Definitions in
// Biomedical Text, 2003): the abbreviation's letters, right to left, in the words before it, the first one starting a word.

export interface Abbreviation {
  short: string;
  long: string;
  /** Where the whole "long (SHORT)" or "SHORT (long)" starts and ends in the text. */
  start: number;
  end: number;
}

/** An abbreviation: 2–10 characters, a letter first, at least two capitals ("FOUC", "Li-Po", "SSBs", "CC-CV"). */
const SHORT_FORM = /^[\p{L}][\p{L}\p{N}-]{1,9}$/u;
const isShortForm = (word: string) => SHORT_FORM.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/^\p{Lu}\p{Ll}{2,}$/u.test(word);
const isAlnum = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The shortest end of `candidate` whose words hold the letters of `short` in order, or null. */
export function longFormOf(short: string, candidate: string): string | null {
  const shortText = short.toLowerCase();
  const longText = candidate.toLowerCase();
  let s = shortText.length - 1;
  let l = longText.length - 1;
  while (s >= 0) {
    const char = shortText[s];
    if (!isAlnum(char)) {
      s -= 1;
      continue;
    }
    while ((l >= 0 && longText[l] !== char) || (s === 0 && l > 0 && isAlnum(longText[l - 1]))) l -= 1;
    if (l < 0) return null;
    l -= 1;
    s -= 1;
  }
  const start = longText.lastIndexOf(' ', l) + 1;
  const long = candidate.slice(start).trim();
  // At least two words (or a hyphenated one), and not just the abbreviation again.
  if (long.toLowerCase() === shortText || !/[\s-]/.test(long) || long.length <= short.length) return null;
  return long;
}

/** Whether `short` abbreviates `long` (a table's "Abbreviation" column, "DOM (Document Object Model)"). */
export function abbreviates(short: string, long: string): boolean {
  return isShortForm(short) && longFormOf(short, long)?.toLowerCase() === long.trim().toLowerCase();
}

const PARENTHESIS = /\(([^()]{1,80})\)/g;
const ASIDE = /^(?:aka|a\.k\.a\.?|also|or|i\.e\.?|abbreviated|short for)\s+/i;

/** Every "long form (SHORT)" and "SHORT (long form)" in a text. */
export function findAbbreviations(text: string): Abbreviation[] {
  const found: Abbreviation[] = [];
  for (const match of text.matchAll(PARENTHESIS)) {
    const inside = match[1].trim();
    const open = match.index;
    const close = open + match[0].length;
    const before = text.slice(0, open).trimEnd();
    // "long form (SHORT)", "(SHORT, proposed by …)", "(aka SHORT)".
    const first = inside.replace(ASIDE, '').split(/[\s,;/]+/)[0] ?? '';
    if (isShortForm(first)) {
      const words = before.split(/\s+/);
      const window = words.slice(-Math.min(first.length + 5, first.length * 2)).join(' ');
      const long = longFormOf(first, window.replace(/[*_`"“”]/g, ''));
      if (long && !/[.;:!?]/.test(long)) {
        found.push({ short: first, long, start: open - long.length - 1, end: close });
        continue;
      }
    }
    // "SHORT (long form)".
    const word = /([\p{L}][\p{L}\p{N}-]{1,9})$/u.exec(before)?.[1] ?? '';
    if (isShortForm(word) && /\s/.test(inside)) {
      const long = longFormOf(word, inside.replace(/[*_`"“”]/g, ''));
      if (long && long.split(/\s+/).length === inside.split(/\s+/).length) found.push({ short: word, long, start: open - word.length - 1, end: close });
    }
  }
  return found;
}
