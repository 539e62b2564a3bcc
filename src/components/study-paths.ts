// Links into a review or a quiz of chosen cards. The review screen reads the same parameters (src/features/review).
//   #/review?cards=a,b            today's due cards among these, in the usual order
//   #/review?cards=a,b&custom=1   exactly these cards, in this order, due or not (graded as usual)
//   #/quiz?cards=a,b              a quiz on these cards

export const CARDS_PARAM = 'cards';
export const CUSTOM_SESSION_PARAM = 'custom';

// A slash is valid in a query, and keeping it makes card ids readable.
const encodeQueryValue = (value: string) => encodeURIComponent(value).replaceAll('%2F', '/');

const cardsQuery = (cardIds: readonly string[]) => `${CARDS_PARAM}=${cardIds.map(encodeQueryValue).join(',')}`;

/** A custom review session: exactly these cards, in this order, whether due or not. */
export function customReviewPath(cardIds: readonly string[]): string {
  return `/review?${cardsQuery(cardIds)}&${CUSTOM_SESSION_PARAM}=1`;
}

export function quizCardsPath(cardIds: readonly string[]): string {
  return `/quiz?${cardsQuery(cardIds)}`;
}

export function reviewSectionPath(sectionId: string): string {
  return `/review?section=${encodeQueryValue(sectionId)}`;
}

export function reviewChapterPath(chapterId: string): string {
  return `/review?chapter=${encodeQueryValue(chapterId)}`;
}
