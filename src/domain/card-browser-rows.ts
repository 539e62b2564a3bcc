// The card browser's table: one row per card of the deck with its schedule as figures, sorted by any column and
// filtered by place, state, leech, flag, due date and text. Pure: `now` and the scheduler options are parameters.
import { cardValue } from './card-map';
import type { Card, CardKind, Deck } from './deck';
import { State, type CardFlag, type DeckProgress, type ReviewEntry } from './progress';
import { isLeech, retrievability, type SchedulerOptions } from './scheduler';
import { nextStudyDayStart } from './study-day';

/** A card's state as the browser shows and filters it: a suspended card is "suspended" whatever its schedule. */
export type BrowserState = 'new' | 'learning' | 'review' | 'relearning' | 'suspended';
export const BROWSER_STATES: readonly BrowserState[] = ['new', 'learning', 'review', 'relearning', 'suspended'];

export interface CardRow {
  card: Card;
  /** Position in the deck: the order when nothing else tells rows apart. */
  position: number;
  front: string;
  kind: CardKind;
  chapterTitle: string;
  chapterOrder: number;
  sectionTitle: string | null;
  state: BrowserState;
  /** Null for a new card (it has no due date until first studied). */
  due: number | null;
  intervalDays: number | null;
  stability: number | null;
  difficulty: number | null;
  /** Predicted recall at `now`, 0–1; null for a new card. */
  retrievability: number | null;
  /** Grades in the log: reviews and quiz answers. */
  reviews: number;
  lapses: number;
  flag: CardFlag | null;
  leech: boolean;
  /** Front, answer and term in lower case, for the text filter. */
  searchText: string;
}

const STATE_NAMES: Readonly<Record<State, BrowserState>> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

/** How many grades each card has in the log. */
export function reviewCounts(log: readonly ReviewEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of log) counts.set(entry.cardId, (counts.get(entry.cardId) ?? 0) + 1);
  return counts;
}

export interface RowsInput {
  deck: Deck;
  progress: DeckProgress;
  reviews: ReadonlyMap<string, number>;
  now: number;
  options: SchedulerOptions;
}

export function cardBrowserRows({ deck, progress, reviews, now, options }: RowsInput): CardRow[] {
  const chapters = new Map(deck.chapters.map((chapter) => [chapter.id, chapter]));
  const sections = new Map(deck.chapters.flatMap((chapter) => chapter.sections.map((section) => [section.id, section.title] as const)));
  return deck.cards.map((card, position) => {
    const entry = cardValue(progress, card.id);
    const scheduling = entry?.scheduling;
    const studied = scheduling !== undefined && scheduling.state !== State.New;
    const chapter = chapters.get(card.chapterId);
    return {
      card,
      position,
      front: card.prompt,
      kind: card.kind,
      chapterTitle: chapter?.title ?? card.chapterId,
      chapterOrder: chapter?.order ?? Number.MAX_SAFE_INTEGER,
      sectionTitle: card.sectionId ? (sections.get(card.sectionId) ?? null) : null,
      state: entry?.suspended ? 'suspended' : STATE_NAMES[scheduling?.state ?? State.New],
      due: studied ? scheduling.due : null,
      intervalDays: studied ? scheduling.scheduledDays : null,
      stability: studied ? scheduling.stability : null,
      difficulty: studied ? scheduling.difficulty : null,
      retrievability: studied ? retrievability(scheduling, now, options) : null,
      reviews: reviews.get(card.id) ?? 0,
      lapses: scheduling?.lapses ?? 0,
      flag: entry?.flag ?? null,
      leech: scheduling !== undefined && isLeech(scheduling),
      searchText: `${card.prompt}\n${card.answer}\n${card.term ?? ''}`.toLowerCase(),
    };
  });
}

// ---- sorting -------------------------------------------------------------------------------------------------

export const SORT_COLUMNS = [
  'front',
  'kind',
  'place',
  'state',
  'due',
  'interval',
  'stability',
  'difficulty',
  'retrievability',
  'reviews',
  'lapses',
  'flag',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface RowSort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

type SortValue = string | number | null;

const FLAG_ORDER: Readonly<Record<CardFlag, number>> = { red: 1, orange: 2, green: 3, blue: 4 };

function sortValue(row: CardRow, column: SortColumn): SortValue {
  switch (column) {
    case 'front':
      return row.front.toLowerCase();
    case 'kind':
      return row.kind;
    case 'place':
      // Deck order is chapter, then section order: the position says both.
      return row.position;
    case 'state':
      return BROWSER_STATES.indexOf(row.state);
    case 'due':
      return row.due;
    case 'interval':
      return row.intervalDays;
    case 'stability':
      return row.stability;
    case 'difficulty':
      return row.difficulty;
    case 'retrievability':
      return row.retrievability;
    case 'reviews':
      return row.reviews;
    case 'lapses':
      return row.lapses;
    case 'flag':
      return row.flag === null ? null : FLAG_ORDER[row.flag];
  }
}

/** Rows sorted by one column; rows without a value (a new card's due date) come last either way, ties in deck order. */
export function sortRows(rows: readonly CardRow[], { column, direction }: RowSort): CardRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: sortValue(row, column) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      return sign * (typeof a.value === 'string' ? a.value.localeCompare(b.value as string) : a.value - (b.value as number));
    }
    return a.row.position - b.row.position;
  });
  return keyed.map(({ row }) => row);
}

// ---- filtering ----------------------------------------------------------------------------------------------

export interface RowFilter {
  chapterId: string | null;
  sectionId: string | null;
  state: BrowserState | null;
  leechesOnly: boolean;
  /** A flag colour, 'any' flag, 'none', or null for no filter. */
  flag: CardFlag | 'any' | 'none' | null;
  /** Cards due by the end of the study day N days from today (0: today, overdue included); null for no filter. */
  dueWithinDays: number | null;
  text: string;
}

export const NO_FILTER: RowFilter = { chapterId: null, sectionId: null, state: null, leechesOnly: false, flag: null, dueWithinDays: null, text: '' };

export interface FilterClock {
  now: number;
  dayStartHour: number;
}

/** The rows the filter keeps, in their order. */
export function filterRows(rows: readonly CardRow[], filter: RowFilter, { now, dayStartHour }: FilterClock): CardRow[] {
  const text = filter.text.trim().toLowerCase();
  const dueBefore = filter.dueWithinDays === null ? null : nextStudyDayStart(now, dayStartHour) + filter.dueWithinDays * 86_400_000;
  return rows.filter(
    (row) =>
      (filter.chapterId === null || row.card.chapterId === filter.chapterId) &&
      (filter.sectionId === null || row.card.sectionId === filter.sectionId) &&
      (filter.state === null || row.state === filter.state) &&
      (!filter.leechesOnly || row.leech) &&
      flagMatches(row.flag, filter.flag) &&
      (dueBefore === null || (row.due !== null && row.state !== 'suspended' && row.due < dueBefore)) &&
      (text === '' || row.searchText.includes(text)),
  );
}

function flagMatches(flag: CardFlag | null, wanted: RowFilter['flag']): boolean {
  if (wanted === null) return true;
  if (wanted === 'any') return flag !== null;
  if (wanted === 'none') return flag === null;
  return flag === wanted;
}
