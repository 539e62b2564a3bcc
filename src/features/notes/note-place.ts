// The places a link can open in a chapter's notes, read from the route's query:
//   ?section=<id>              the section (the scheme every screen uses; see src/components/paths.ts)
//   ?section=<id>&card=<id>    the line a card came from, with the card open
//   ?section=<id>&line=<n>     a line of the notes (a search result in note text)
import type { Card } from '../../domain/deck';
import { CARD_PARAM } from '../../components/paths';

export { CARD_PARAM };
export const LINE_PARAM = 'line';

export type NotePlace =
  | { kind: 'section'; sectionId: string }
  | { kind: 'line'; line: number; sectionId: string | null; card: Card | null }
  | { kind: 'none' };

export const placeElementId = (line: number) => `note-line-${line}`;

export function notePlaceFrom(params: URLSearchParams, chapterCards: readonly Card[], sectionParam: string): NotePlace {
  const sectionId = params.get(sectionParam);
  const cardId = params.get(CARD_PARAM);
  const card = cardId === null ? undefined : chapterCards.find((candidate) => candidate.id === cardId);
  if (card) return { kind: 'line', line: card.source.line, sectionId: card.sectionId, card };
  const line = Number(params.get(LINE_PARAM));
  if (Number.isInteger(line) && line > 0) return { kind: 'line', line, sectionId, card: null };
  return sectionId ? { kind: 'section', sectionId } : { kind: 'none' };
}
