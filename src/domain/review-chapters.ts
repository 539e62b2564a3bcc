// Which chapters a review can draw today's cards from, known before any card has loaded: a big deck's review then
// starts as soon as those chapters are in, instead of waiting for every chapter.
//
// A card id starts with its chapter's id (`chapterId/kind/slug`, made so by the pipeline), so the chapters of every
// card with progress (learning, due, suspended, studied today) are known from the progress and today's log alone. New
// cards are taken in deck order, one per note a day; a chapter offers at least (its notes − its cards with progress or
// graded today) new notes, so the first chapters whose such notes cover what may still be introduced today hold every
// new card the queue takes. (A note is counted by its forward cards: the pipeline makes no note of reverse cards only.)
// Cards of the other chapters cannot be in the queue: a review over the chosen chapters is the review of the deck.
import { cardIds as cardIdsOf } from './card-map';
import { logEntriesSince } from './review-log';
import type { DeckOutline } from './deck-outline';
import { State, type StudySettings, type DeckProgress, type DeckLog } from './progress';
import { studyDayStart } from './study-day';
import type { StudyScope } from './study-scope';

export interface ReviewChaptersInput {
  outline: DeckOutline;
  progress: DeckProgress;
  log: DeckLog;
  settings: Pick<StudySettings, 'newCardsPerDay' | 'dayStartHour'>;
  now: number;
  scope: StudyScope;
}

/** The chapter a card or section id names (`chapterId/…`). */
export function chapterOfId(id: string): string {
  const slash = id.indexOf('/');
  return slash === -1 ? id : id.slice(0, slash);
}

/** New cards that may still be introduced today (from the log, as the queue counts them). */
function newLeftToday(log: DeckLog, settings: ReviewChaptersInput['settings'], now: number): number {
  const dayStart = studyDayStart(now, settings.dayStartHour);
  let introduced = 0;
  for (const entry of logEntriesSince(log, dayStart)) if (entry.stateBefore === State.New) introduced += 1;
  const limit = Number.isFinite(settings.newCardsPerDay) ? Math.max(0, Math.floor(settings.newCardsPerDay)) : 0;
  return Math.max(0, limit - introduced);
}

/**
 * Cards that have progress or were graded since `dayStart`, counted by chapter id (only chapters of the outline).
 * Each such card can take at most one note of its chapter out of today's new cards (studied, or burying its siblings).
 */
function touchesByChapter(outline: DeckOutline, progress: DeckProgress, log: DeckLog, dayStart: number): Map<string, number> {
  const cardIds = new Set(cardIdsOf(progress));
  for (const entry of logEntriesSince(log, dayStart)) cardIds.add(entry.cardId);
  const known = new Set(outline.chapters.map((chapter) => chapter.id));
  const byChapter = new Map<string, number>();
  for (const cardId of cardIds) {
    const chapterId = chapterOfId(cardId);
    if (known.has(chapterId)) byChapter.set(chapterId, (byChapter.get(chapterId) ?? 0) + 1);
  }
  return byChapter;
}

/**
 * The chapters (in the outline's order) with a card that has progress or was graded today. Every other chapter is
 * untouched: each of its cards is new and none is buried, so each of its notes offers one new card today, and what
 * the screens count there is known from the outline alone.
 */
export function touchedChapters(outline: DeckOutline, progress: DeckProgress, log: DeckLog, dayStart: number): string[] {
  const touched = touchesByChapter(outline, progress, log, dayStart);
  return outline.chapters.map((chapter) => chapter.id).filter((id) => touched.has(id));
}

/** A chapter's notes: each gives at most one new card a day. */
export const notesOf = (chapter: DeckOutline['chapters'][number]) => chapter.counts.definitions + chapter.counts.lists + chapter.counts.other;

/**
 * The ids of the chapters, in the outline's order, that hold every card a review of `scope` can show today, and
 * every card a review of the whole deck can (for the counts shown beside the review).
 */
export function reviewChapters({ outline, progress, log, settings, now, scope }: ReviewChaptersInput): string[] {
  const touches = touchesByChapter(outline, progress, log, studyDayStart(now, settings.dayStartHour));
  const wanted = new Set<string>(touches.keys());
  let newNeeded = newLeftToday(log, settings, now);
  for (const chapter of outline.chapters) {
    if (newNeeded <= 0) break;
    const surelyNew = notesOf(chapter) - (touches.get(chapter.id) ?? 0);
    if (chapter.counts.cards === 0) continue;
    wanted.add(chapter.id);
    newNeeded -= Math.max(0, surelyNew);
  }
  switch (scope.kind) {
    case 'chapter':
      wanted.add(scope.chapterId);
      break;
    case 'section':
      wanted.add(chapterOfId(scope.sectionId));
      break;
    case 'cards':
      for (const cardId of scope.cardIds) wanted.add(chapterOfId(cardId));
      break;
    case 'deck':
  }
  return outline.chapters.map((chapter) => chapter.id).filter((id) => wanted.has(id));
}
