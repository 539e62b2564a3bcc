// Readable, stable ids: `chapterId/kind/slug` from the normalised term, lead-in, question or sentence —
// never from line numbers or answer text, so editing an answer or inserting lines above keeps them.
import type { SourcePlace } from '../domain/deck';

const MAX_SLUG_LENGTH = 64;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function hashText(text: string): string {
  // FNV-1a, for text with no letters or digits to slug.
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** "Cloud Native Computing Foundation (aka CNCF)" → "cloud-native-computing-foundation-aka-cncf". */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  // Plain ASCII needs no Unicode normalisation (the common case, and the fast one).
  const slug = (
    PRINTABLE_ASCII.test(text)
      ? text.toLowerCase().replace(/[^a-z0-9]+/g, '-')
      : text
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, '-')
  ).replace(/^-+|-+$/g, '');
  if (slug === '') return text.trim() === '' ? 'untitled' : `x${hashText(text)}`;
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > maxLength / 2 ? cut.slice(0, lastBreak) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** A term's key for "is this the same term?" (case, punctuation and a plural `s` ignored). */
export function termKey(term: string): string {
  return slugify(term, 200).replace(/(?<=[a-z]{3})s$/, '');
}

export interface DuplicateId {
  id: string;
  first: SourcePlace;
  /** The id given to the later card instead. */
  replacement: string;
}

/**
 * Hands out note ids, unique across the deck. A second note with the same id keeps its place in the deck
 * under an id that is still stable: its section's slug is added (`…/etcd--discuss-cluster-state`),
 * then a number if that is taken too.
 */
export class IdRegistry {
  private readonly taken = new Map<string, SourcePlace>();

  claim(id: string, place: SourcePlace, sectionSlug: string | null, onDuplicate: (duplicate: DuplicateId) => void): string {
    const first = this.taken.get(id);
    if (first === undefined) {
      this.taken.set(id, place);
      return id;
    }
    let replacement = `${id}--${sectionSlug ?? 'chapter'}`;
    for (let count = 2; this.taken.has(replacement); count += 1) replacement = `${id}--${sectionSlug ?? 'chapter'}-${count}`;
    this.taken.set(replacement, place);
    onDuplicate({ id, first, replacement });
    return replacement;
  }

  /** Claims a unique id without a warning (sections: same-titled sections are normal). */
  claimQuietly(id: string, place: SourcePlace, prefix: string | null): string {
    if (!this.taken.has(id)) {
      this.taken.set(id, place);
      return id;
    }
    const slash = id.lastIndexOf('/');
    let replacement = prefix ? `${id.slice(0, slash + 1)}${prefix}-${id.slice(slash + 1)}` : id;
    for (let count = 2; this.taken.has(replacement); count += 1) replacement = `${id}-${count}`;
    this.taken.set(replacement, place);
    return replacement;
  }
}
