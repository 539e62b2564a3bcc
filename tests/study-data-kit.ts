// Tests write study data as plain records and arrays (`{ kubernetes: { [cardId]: progress } }`, one array of
// reviews per deck); the store keeps card maps and logs by month. These convert between the two.
import { cardMapOf, cardRecordOf, type CardMap } from '../src/domain/card-map';
import type { CardProgress, ReviewEntry } from '../src/domain/progress';
import { logEntries, reviewLogOf, type ReviewLog } from '../src/domain/review-log';
import { emptyStudyData, type StudyData } from '../src/store/data/study-data';

/** Study data as plain records and arrays. */
export interface PlainStudyData extends Omit<StudyData, 'progress' | 'log' | 'cardChangedAt'> {
  progress: Record<string, Record<string, CardProgress>>;
  log: Record<string, ReviewEntry[]>;
  cardChangedAt: Record<string, Record<string, number>>;
}

function mapValues<T, U>(record: Readonly<Record<string, T>>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/** A deck's progress from a plain record of cards. */
export const deckProgress = <T = CardProgress>(cards: Readonly<Record<string, T>>): CardMap<T> => cardMapOf(cards);

/** A deck's log from reviews in any order. */
export const deckLog = (entries: readonly ReviewEntry[]): ReviewLog<ReviewEntry> => reviewLogOf(entries);

/** A deck's progress as a plain record (own entries, any order). */
export const progressRecord = <T>(map: CardMap<T> | undefined): Record<string, T> => cardRecordOf(map);

/** A deck's reviews as one array, in canonical order. */
export const logArray = <T extends ReviewEntry>(log: ReviewLog<T> | undefined): T[] => [...logEntries(log)];

/** Study data from plain records and arrays; fields left out are empty. */
export function studyData(plain: Partial<PlainStudyData> = {}): StudyData {
  return {
    ...emptyStudyData(),
    ...plain,
    progress: mapValues(plain.progress ?? {}, (cards) => cardMapOf(cards)),
    log: mapValues(plain.log ?? {}, (entries) => reviewLogOf(entries)),
    cardChangedAt: mapValues(plain.cardChangedAt ?? {}, (times) => cardMapOf(times)),
  };
}

/** Study data (or a store's state) as plain records and arrays, for comparing with plain expectations. */
export function plainStudyData(data: Pick<StudyData, 'progress' | 'log' | 'cardChangedAt'> & Partial<StudyData>): PlainStudyData {
  return {
    ...emptyStudyData(),
    ...data,
    progress: mapValues(data.progress, (cards) => cardRecordOf(cards)),
    log: mapValues(data.log, (log) => logArray(log)),
    cardChangedAt: mapValues(data.cardChangedAt, (times) => cardRecordOf(times)),
  };
}
