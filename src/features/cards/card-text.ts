// The card browser's words and figures as text.
import type { BrowserState, CardRow, SortColumn } from '../../domain/card-browser-rows';
import type { CardFlag } from '../../domain/progress';
import { studyDayKey } from '../../domain/study-day';

export const COLUMN_LABELS: Readonly<Record<SortColumn, string>> = {
  front: 'Front',
  kind: 'Kind',
  place: 'Chapter › section',
  state: 'State',
  due: 'Due',
  interval: 'Interval',
  stability: 'Stability',
  difficulty: 'Difficulty',
  retrievability: 'Recall today',
  reviews: 'Reviews',
  lapses: 'Lapses',
  flag: 'Flag',
};

export const STATE_LABELS: Readonly<Record<BrowserState, string>> = {
  new: 'New',
  learning: 'Learning',
  review: 'Review',
  relearning: 'Relearning',
  suspended: 'Suspended',
};

export const FLAG_LABELS: Readonly<Record<CardFlag, string>> = { red: 'Red', orange: 'Orange', green: 'Green', blue: 'Blue' };

const EMPTY = '–';

const days = (value: number) => `${value} d`;

/** The text of one cell. */
export function cellText(row: CardRow, column: SortColumn, dayStartHour: number): string {
  switch (column) {
    case 'front':
      return row.front;
    case 'kind':
      return row.kind;
    case 'place':
      return row.sectionTitle ? `${row.chapterTitle} › ${row.sectionTitle}` : row.chapterTitle;
    case 'state':
      return STATE_LABELS[row.state];
    case 'due':
      return row.due === null ? EMPTY : studyDayKey(row.due, dayStartHour);
    case 'interval':
      return row.intervalDays === null ? EMPTY : days(row.intervalDays);
    case 'stability':
      return row.stability === null ? EMPTY : days(Math.round(row.stability * 10) / 10);
    case 'difficulty':
      return row.difficulty === null ? EMPTY : (Math.round(row.difficulty * 10) / 10).toFixed(1);
    case 'retrievability':
      return row.retrievability === null ? EMPTY : `${Math.round(row.retrievability * 100)}%`;
    case 'reviews':
      return String(row.reviews);
    case 'lapses':
      return row.leech ? `${row.lapses} (leech)` : String(row.lapses);
    case 'flag':
      return row.flag === null ? '' : FLAG_LABELS[row.flag];
  }
}

export const cardsText = (count: number) => `${count} ${count === 1 ? 'card' : 'cards'}`;
