// Helpers the definition rules share: where a `Term: …` line splits, and whether an answer has anything to learn.
import { type MaskedText, isUrlOnly, sliceMasked, trimMasked } from './phrase-rules';

/** Text with link ranges, as lines of the outline carry them. */
export interface LinkedText extends MaskedText {
  links?: Array<[number, number]>;
}

/** Splits at the first colon that ends a word (`Term: …`), never inside code, a URL or `::`. */
export function splitAtColon(line: MaskedText): { before: MaskedText; after: MaskedText; at: number } | null {
  const mask = line.mask;
  let at = mask.indexOf(':');
  while (at !== -1) {
    const next = mask[at + 1];
    const previous = mask[at - 1];
    if (previous !== ':' && next !== ':' && (next === undefined || next === ' ' || next === '\t')) {
      return { before: trimMasked(sliceMasked(line, 0, at)), after: trimMasked(sliceMasked(line, at + 1)), at };
    }
    at = mask.indexOf(':', at + 1);
  }
  return null;
}

/** True when the answer has something to learn: not empty, not only a URL or a link, not only code. */
export function isLearnableAnswer(answer: MaskedText, links: Array<[number, number]> = [], offset = 0): boolean {
  const text = answer.text.trim();
  if (text === '' || isUrlOnly(text)) return false;
  if (!/[\p{L}\p{N}]/u.test(answer.mask.replace(/\uFFFC/g, ''))) return false;
  const start = offset;
  const end = offset + answer.text.length;
  return !links.some(([from, to]) => from <= start && to >= end);
}

/** "see *lesson study*", "See also x": a pointer to another entry, not a definition. */
export function isCrossReference(answer: string): boolean {
  return /^(?:see|cf\.?|compare)\b/i.test(answer.trim());
}
