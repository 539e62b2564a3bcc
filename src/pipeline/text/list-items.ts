// Items of a list written in one line ("runC, containerd, and rkt"; "A; B; and C"), and the name of a list item.
import { type MaskedText, dropTrailingPunctuation, hasInert, sliceMasked, startsClause, tidyText, trimMasked, wordsOf } from './phrase-rules';

const MAX_ITEM_WORDS = 4;
const MAX_ITEM_LENGTH = 40;

/** Splits at `separator`, never inside parentheses or brackets. */
function splitOutsideBrackets(line: MaskedText, separator: string): MaskedText[] {
  const chunks: MaskedText[] = [];
  let start = 0;
  let depth = 0;
  for (let at = 0; at < line.mask.length; at += 1) {
    const char = line.mask[at];
    if (char === '(' || char === '[') depth += 1;
    else if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    else if (char === separator && depth === 0) {
      chunks.push(trimMasked(sliceMasked(line, start, at)));
      start = at + 1;
    }
  }
  chunks.push(trimMasked(sliceMasked(line, start)));
  return chunks;
}

/** An item without its parenthetical ("Pug (formerly Jade)" → "Pug"), for measuring it. */
const withoutParenthetical = (text: string) => text.replace(/\s*\([^()]*\)/g, '').trim();

const isShortItem = (item: MaskedText) => {
  const bare = { text: withoutParenthetical(item.text), mask: withoutParenthetical(item.mask) };
  const words = wordsOf(bare.text);
  return words.length >= 1 && words.length <= MAX_ITEM_WORDS && bare.text.length <= MAX_ITEM_LENGTH && !hasInert(bare.mask) && /[\p{L}\p{N}]/u.test(bare.text);
};

const CONJUNCTION = /^(?:and|or)\s+/i;
const LAST_PAIR = /^(.+?)\s+(?:and|or)\s+(.+)$/i;
const ETC = /^(?:etc\.?|and so on|and more|among others|\.\.\.|…)$/i;
/** "… and EJS just to name a few", "… and rkt, among others": the list's end, not part of its last item. */
const TRAILER = /\s+(?:(?:just\s+)?to name (?:a|but a) few|among others|and so on|and (?:many )?more|etc\.?)\s*[.!]?$/i;
/** "Yes, Pug, ERB and EJS": the interjection answering a question is not an item. */
const INTERJECTION = /^(?:yes|no|sure|well|yeah|of course)$/i;

/**
 * Items of a comma list ("A, B, and C"; with two semicolons or more, "A; B; and C"). With `clauseMayFollow`, the
 * list may end where a new clause starts ("…, and rkt, are all good at …"). Null unless every item is short and
 * there are at least two.
 */
export function splitListItems(line: MaskedText, clauseMayFollow: boolean): string[] | null {
  const trailer = TRAILER.exec(line.mask);
  const cut = trailer ? sliceMasked(line, 0, trailer.index) : line;
  const end = cut.mask.replace(/[\s,;]+$/, '').length;
  const body = sliceMasked(cut, 0, end);
  const separator = (body.mask.match(/;/g)?.length ?? 0) >= 2 ? ';' : ',';
  const chunks = splitOutsideBrackets(body, separator);
  if (chunks.length < 2) return null;
  if (INTERJECTION.test(chunks[0].text.trim())) chunks.shift();
  const items: MaskedText[] = [];
  let lastIndex = chunks.length - 1;
  while (lastIndex > 0 && ETC.test(chunks[lastIndex].text.replace(/[.;]+$/, '.'))) lastIndex -= 1;
  for (let index = 0; index < chunks.length; index += 1) {
    let chunk = chunks[index];
    if (index > 0 && startsClause(chunk.text)) {
      if (!clauseMayFollow || items.length < 2) return null;
      break;
    }
    const conjunction = CONJUNCTION.exec(chunk.mask);
    if (conjunction && index > 0) chunk = trimMasked(sliceMasked(chunk, conjunction[0].length));
    chunk = { text: chunk.text.replace(/[.;]+$/, ''), mask: chunk.mask.replace(/[.;]+$/, '') };
    if (ETC.test(chunk.text.trim())) continue;
    const pair = index === lastIndex && index > 0 && !conjunction ? LAST_PAIR.exec(chunk.mask) : null;
    if (pair && wordsOf(pair[1]).length <= 3 && wordsOf(pair[2]).length <= 3) {
      const splitAt = pair[1].length;
      const second = trimMasked(sliceMasked(chunk, chunk.mask.indexOf(pair[2], splitAt)));
      items.push(trimMasked(sliceMasked(chunk, 0, splitAt)), second);
      continue;
    }
    if (!isShortItem(chunk)) return null;
    items.push(chunk);
  }
  const names = items.map((item) => tidyText(item.text)).filter((name) => name !== '');
  return names.length >= 2 ? names : null;
}

/** A bare list line under a lead-in: "VMs, on-premise, baremetal, workstation, …". */
export function readBareList(line: MaskedText): string[] | null {
  return splitListItems(line, false);
}

/** A list item's name: the text before `--`, ` - ` or `: `, else the whole line. */
export function plainItemName(line: MaskedText): string {
  const dashes = line.mask.indexOf('--');
  if (dashes > 0) return dropTrailingPunctuation(tidyText(line.text.slice(0, dashes)));
  const colon = /:\s/.exec(line.mask);
  if (colon && colon.index > 0) return dropTrailingPunctuation(tidyText(line.text.slice(0, colon.index)));
  const dash = /\s[-–—]\s/.exec(line.mask);
  if (dash && dash.index > 0) return dropTrailingPunctuation(tidyText(line.text.slice(0, dash.index)));
  return dropTrailingPunctuation(tidyText(line.text));
}
