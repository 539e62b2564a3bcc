// How a definition is shown in a question, so that exactly one answer is defensible: complete (not cut at a lead-in
// to the lines below it), and with the names it defines hidden alike in every option, so no option restates its
// term ("Container orchestration groups …") or stands out as the only one holding the asked term's words.

const BLANK = '[…]';
/** A definition that introduces the lines below it: "…help us meet the below requirements needed for a PROD environment:". */
const LEAD_IN_END = /\s*:+\s*$/;
/** Where a clause may be cut: a comma, semicolon, dash, or " and ". */
const CLAUSE_BREAK = /(?:[,;]|\s[—–-]\s|\sand\s)/g;
const MIN_KEPT_WORDS = 4;

function stated(name: string): string[] {
  const short = name.replace(/\s*\([^)]*\)/g, '').trim();
  const inBrackets = [...name.matchAll(/\(([^)]*)\)/g)].map((match) => match[1].replace(/^(aka|a\.k\.a\.?)\s+/i, '').trim());
  return [name, short, ...inBrackets];
}

/** A plural name's singular too ("services" → "service"): the text may speak of one. */
function withSingular(form: string): string[] {
  if (/ies$/i.test(form)) return [form, `${form.slice(0, -3)}y`];
  if (/[^s]s$/i.test(form) && form.length > 3) return [form, form.slice(0, -1)];
  return [form];
}

/** Hides each name (and its stated short forms, singular and plural, any hyphenation) inside `text` as "[…]". */
export function maskNames(text: string, names: readonly string[]): string {
  const forms = [...new Set(names.flatMap(stated).flatMap(withSingular))].filter((form) => form.length >= 2).sort((a, b) => b.length - a.length);
  return forms.reduce((masked, form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
    return masked.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu'), BLANK);
  }, text);
}

/** Hides the term (and its stated short forms) inside its own definition, so the prompt does not give it away. */
export function maskTerm(text: string, term: string): string {
  return maskNames(text, [term]);
}

/**
 * A definition that ends in a lead-in to the lines below it, without that lead-in: "A single … tool that groups hosts
 * together to form a cluster and help us meet the below requirements needed for a PROD environment:" → "A single …
 * tool that groups hosts together to form a cluster". Kept whole (without the colon) when no clause can go.
 */
export function completeDefinition(definition: string): string {
  const text = definition.trim();
  if (!LEAD_IN_END.test(text)) return text;
  const open = text.replace(LEAD_IN_END, '');
  const breaks = [...open.matchAll(CLAUSE_BREAK)].map((match) => match.index).reverse();
  const cut = breaks.find((at) => open.slice(0, at).trim().split(/\s+/).length >= MIN_KEPT_WORDS);
  return cut === undefined ? open : open.slice(0, cut).trim();
}

/**
 * A definition as an option or a true/false statement: complete, with `names` hidden; a definition that opens by
 * restating its term ("Container orchestration groups …") opens with what it says ("groups …").
 */
export function shownDefinition(definition: string, names: readonly string[]): string {
  const masked = maskNames(completeDefinition(definition), names);
  const opened = masked.replace(/^\[…\](?:\s*[:—–-]\s*|\s+(?:is|are)\s+|\s+)/u, '');
  return opened.trim() === '' ? masked : opened;
}

/** Whether a shown text hides something. */
export function hasBlank(text: string): boolean {
  return text.includes(BLANK);
}
