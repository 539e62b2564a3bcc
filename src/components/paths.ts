// Links between screens. Routes live in the hash (`#/chapters/x?section=y`), so the built
// site works from any static host; features build their links here instead of spelling paths.

export const SECTION_PARAM = 'section';
/** Opens the notes at the line a card came from, with the card shown. */
export const CARD_PARAM = 'card';

// A slash is valid in a query, and keeping it makes `?section=chapter/slug` readable.
const encodeQueryValue = (value: string) => encodeURIComponent(value).replaceAll('%2F', '/');

export const paths = {
  home: () => '/',
  chapter: (chapterId: string, sectionId?: string | null) => {
    const base = `/chapters/${encodeURIComponent(chapterId)}`;
    return sectionId ? `${base}?${SECTION_PARAM}=${encodeQueryValue(sectionId)}` : base;
  },
  /** The exact place in the notes that a card came from. */
  cardSource: (card: { chapterId: string; sectionId: string | null; id: string }) => {
    const chapter = paths.chapter(card.chapterId, card.sectionId);
    return `${chapter}${chapter.includes('?') ? '&' : '?'}${CARD_PARAM}=${encodeQueryValue(card.id)}`;
  },
};
