// The places a link can open in a chapter's notes: a section, the line a card came from (with the card open), or a
// line of the notes (a search result in note text).
import type { Card } from '../../domain/deck';
import { notesPlaceFromQuery } from '../../config/paths';

export type NotePlace = { kind: 'section'; sectionId: string } | { kind: 'line'; line: number; sectionId: string | null; card: Card | null } | { kind: 'none' };

export const placeElementId = (line: number) => `note-line-${line}`;

/** Where a chapter link points (`?section=…`, `&card=…`, `&line=…`; src/config/paths.ts), a card found among the chapter's. */
export function notePlaceFrom(params: URLSearchParams, chapterCards: readonly Card[]): NotePlace {
  const { sectionId, cardId, line } = notesPlaceFromQuery(params);
  const card = cardId === null ? undefined : chapterCards.find((candidate) => candidate.id === cardId);
  if (card) return { kind: 'line', line: card.source.line, sectionId: card.sectionId, card };
  if (line !== null) return { kind: 'line', line, sectionId, card: null };
  return sectionId ? { kind: 'section', sectionId } : { kind: 'none' };
}
