// Every URL of the app, built and read here only. Routes live in the hash (`#/chapters/x?section=y`), so the built
// site works from any static host. A route's `path` is its pattern in the route table (src/app/routes.tsx); `href`
// makes a link to it. Review and quiz read the same scope from their query:
//   #/review                       the whole deck         #/quiz?chapter=<id>     a quiz on one chapter
//   #/review?chapter=<id>          one chapter            #/quiz?section=<id>     … one section
//   #/review?section=<id>          one section            #/quiz?cards=a,b        … these cards
//   #/review?cards=a,b             today's due cards among these, in the usual order
//   #/review?cards=a,b&custom=1    exactly these cards, in this order, due or not (graded as usual)
// A quiz in progress is resumed at `#/quiz` (or at a link to its own scope); a finished one has its results page:
//   #/quiz/results/<quiz id>
// and a chapter's notes open at a place:
//   #/chapters/<id>?section=<id>             the section
//   #/chapters/<id>?section=<id>&card=<id>   the line a card came from, with the card open
//   #/chapters/<id>?section=<id>&line=<n>    a line of the notes (a search result in note text)
import { WHOLE_DECK, type StudyScope } from '../domain/study-scope';

export const QUERY = { chapter: 'chapter', section: 'section', cards: 'cards', custom: 'custom', card: 'card', line: 'line' } as const;

// A slash is valid in a query, and keeping it makes `?section=chapter/slug` and card ids readable. A list is
// encoded item by item, so the commas between items stay commas.
const encodeText = (value: string) => encodeURIComponent(value).replaceAll('%2F', '/');
const encodeQueryValue = (value: string | readonly string[]) => (typeof value === 'string' ? encodeText(value) : value.map(encodeText).join(','));

type QueryPart = readonly [name: string, value: string | readonly string[]];

const withQuery = (path: string, parts: readonly QueryPart[]) =>
  parts.length === 0 ? path : `${path}?${parts.map(([name, value]) => `${name}=${encodeQueryValue(value)}`).join('&')}`;

function scopeQuery(scope: StudyScope): QueryPart[] {
  switch (scope.kind) {
    case 'deck':
      return [];
    case 'chapter':
      return [[QUERY.chapter, scope.chapterId]];
    case 'section':
      return [[QUERY.section, scope.sectionId]];
    case 'cards':
      return [[QUERY.cards, scope.cardIds]];
  }
}

/** A place in a chapter's notes: a section, and in it a card's source line or a line number. */
export interface NotesPlace {
  sectionId?: string | null;
  cardId?: string | null;
  line?: number | null;
}

const fixed = (path: string) => ({ path, href: () => path });

export const paths = {
  home: fixed('/'),
  review: {
    path: '/review',
    /** Today's cards in the scope. */
    href: (scope: StudyScope = WHOLE_DECK) => withQuery('/review', scopeQuery(scope)),
    /** A custom session: exactly these cards, in this order, whether due or not. */
    customHref: (cardIds: readonly string[]) =>
      withQuery('/review', [
        [QUERY.cards, cardIds],
        [QUERY.custom, '1'],
      ]),
  },
  quiz: {
    path: '/quiz',
    href: (scope: StudyScope = WHOLE_DECK) => withQuery('/quiz', scopeQuery(scope)),
  },
  quizResults: {
    path: '/quiz/results/:quizId',
    href: (quizId: string) => `/quiz/results/${encodeURIComponent(quizId)}`,
  },
  chapter: {
    path: '/chapters/:chapterId',
    href: (chapterId: string, { sectionId, cardId, line }: NotesPlace = {}) => {
      const parts: QueryPart[] = [];
      if (sectionId) parts.push([QUERY.section, sectionId]);
      if (cardId) parts.push([QUERY.card, cardId]);
      else if (line) parts.push([QUERY.line, String(line)]);
      return withQuery(`/chapters/${encodeURIComponent(chapterId)}`, parts);
    },
    /** The exact place in the notes that a card came from. */
    sourceHref: (card: { chapterId: string; sectionId: string | null; id: string }) =>
      paths.chapter.href(card.chapterId, { sectionId: card.sectionId, cardId: card.id }),
  },
  weakTopics: fixed('/weak'),
  stats: fixed('/stats'),
  cards: fixed('/cards'),
  settings: fixed('/settings'),
  decks: fixed('/decks'),
  importNotes: fixed('/import'),
  data: fixed('/data'),
};

/** True when a review or quiz link names a part of the deck (a chapter, a section or cards). */
export function queryNamesScope(params: URLSearchParams): boolean {
  return params.has(QUERY.chapter) || params.has(QUERY.section) || params.has(QUERY.cards);
}

/** The scope a review or quiz link names; the whole deck when it names none. */
export function scopeFromQuery(params: URLSearchParams): StudyScope {
  const chapterId = params.get(QUERY.chapter);
  if (chapterId) return { kind: 'chapter', chapterId };
  const sectionId = params.get(QUERY.section);
  if (sectionId) return { kind: 'section', sectionId };
  const cardIds = (params.get(QUERY.cards) ?? '').split(',').filter((id) => id !== '');
  if (cardIds.length > 0) return { kind: 'cards', cardIds };
  return WHOLE_DECK;
}

/** The listed cards of a custom review session (`?cards=a,b&custom=1`), or null for a usual review. */
export function customCardIdsFrom(params: URLSearchParams): string[] | null {
  const scope = scopeFromQuery(params);
  return scope.kind === 'cards' && params.get(QUERY.custom) === '1' ? scope.cardIds : null;
}

/** The place a chapter link names (see NotesPlace); a line is a whole number from 1. */
export function notesPlaceFromQuery(params: URLSearchParams): Required<NotesPlace> {
  const line = Number(params.get(QUERY.line));
  return { sectionId: params.get(QUERY.section), cardId: params.get(QUERY.card), line: Number.isInteger(line) && line > 0 ? line : null };
}
