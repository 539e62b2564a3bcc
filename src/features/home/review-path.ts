// Where the review screen lives: `#/review` for the whole deck, `?chapter=<id>` for one chapter.
export const REVIEW_PATH = '/review';

export function reviewPath(chapterId?: string): string {
  return chapterId ? `${REVIEW_PATH}?chapter=${encodeURIComponent(chapterId)}` : REVIEW_PATH;
}
