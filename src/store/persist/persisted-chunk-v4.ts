// A chunk of cards as schema versions 2 to 4 stored it: each card's whole review log inside the chunk, next to its
// state. Kept to read data stored before schema 5 (which keeps reviews by month), and to write schema 2 for the step
// from schema 1. The codec's conventions (numbers, times, ids, flags) are persisted-codec.ts's.
import type { QuizSessionSlot, StudyData } from '../data/study-data';
import { own, setOwn } from '../data/own-key';
import {
  addDeckTo,
  bucketCountFor,
  decodedOnce,
  deckDataOf,
  nonEmptyDecks,
  quizzesByMonth,
  splitDeck,
  storedCardCount,
  withQuizSessions,
  cardStateText,
  dataWithoutDecks,
  decodeCardLog,
  decodeCardState,
  decodeUndoneInto,
  earliestTime,
  emptyDeckData,
  encodeCardLog,
  encodeTime,
  frontCodeIds,
  frontDecodeIdsLenient,
  groupByCard,
  isEmptyDeck,
  joinQuizMonths,
  sortedCardIds,
  type DamagedRecord,
  type DeckData,
  type LenientDecode,
  type PersistedStudyData,
} from './persisted-codec';

/** One chunk of a deck's cards (schemas 3 and 4), or a whole deck (schema 2). */
export interface PersistedDeckV4 {
  /** Base time of the chunk in epoch seconds; stored times are offsets from it. */
  t: number;
  /** Card ids, sorted, front-coded. */
  ids: string[];
  /** Scheduling state per card; '' for a card that only has log entries. */
  states: string[];
  /** Grades and manual changes per card; '' for none. */
  logs: string[];
  /** Card index → times of reviews removed by undo (comma-separated); only present when there are some. */
  undone?: Record<string, string>;
}

/** Schema 4: everything stored, each deck's chunks in the shape above. */
export interface PersistedStudyDataV4 extends Omit<PersistedStudyData, 'decks'> {
  decks: Record<string, { buckets: number; chunks: Record<string, PersistedDeckV4> }>;
}

/** Schema 3: the same, before quizzes were kept in progress. */
export type PersistedStudyDataV3 = Omit<PersistedStudyDataV4, 'quizSessions'>;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Assembles a chunk from its columns; undone reviews are keyed by the card's index in `ids`. */
function assembleDeck(
  undone: Record<string, number[]>,
  baseSeconds: number,
  ids: readonly string[],
  columns: Pick<PersistedDeckV4, 'ids' | 'states' | 'logs'>,
): PersistedDeckV4 {
  const encoded: PersistedDeckV4 = { t: baseSeconds, ...columns };
  const byIndex: Record<string, string> = {};
  ids.forEach((cardId, index) => {
    const times = own(undone, cardId);
    if (times && times.length > 0) byIndex[String(index)] = times.map((at) => encodeTime(at, baseSeconds)).join(',');
  });
  if (Object.keys(byIndex).length > 0) encoded.undone = byIndex;
  return encoded;
}

export function encodeDeckV4(deck: DeckData): PersistedDeckV4 {
  const base = earliestTime(deck);
  const logByCard = groupByCard(deck.log, deck.manual);
  const ids = sortedCardIds(deck, logByCard);
  return assembleDeck(deck.undone, base, ids, {
    ids: frontCodeIds(ids),
    states: ids.map((cardId) => cardStateText(deck, cardId, base)),
    logs: ids.map((cardId) => encodeCardLog(logByCard.get(cardId) ?? [], base)),
  });
}

/**
 * Reads a chunk (or a schema-2 deck) into `into`, record by record: an id, state, log or undo record that cannot be
 * read goes to `damaged` (as its text) and the rest is kept. Log entries are appended unsorted (sortDeckLogs).
 * `where` names the chunk in the damage reports.
 */
export function decodeDeckIntoV4(encoded: PersistedDeckV4, into: DeckData, damaged: DamagedRecord[], where: string): void {
  const base = encoded.t;
  if (!Number.isSafeInteger(base)) {
    damaged.push({ where, reason: `bad base time: ${String(base)}`, text: JSON.stringify(encoded) });
    return;
  }
  const ids = frontDecodeIdsLenient(encoded.ids);
  const count = Math.max(ids.length, encoded.states.length, encoded.logs.length);
  for (let index = 0; index < count; index += 1) {
    const cardId = ids[index];
    const stateText = encoded.states[index];
    const logText = encoded.logs[index];
    if (cardId === null || cardId === undefined || typeof stateText !== 'string' || typeof logText !== 'string') {
      const reason = cardId === undefined || stateText === undefined || logText === undefined ? 'columns differ in length' : 'unreadable card id';
      damaged.push({ where: `${where}, card #${index}`, reason, text: JSON.stringify([encoded.ids[index], stateText, logText]) });
      continue;
    }
    if (stateText !== '') {
      try {
        const { progress, changedAt } = decodeCardState(stateText, base);
        // Plain assignment is several times faster; only `__proto__` needs defining as an entry.
        if (cardId === '__proto__') {
          setOwn(into.progress, cardId, progress);
          setOwn(into.changedAt, cardId, changedAt);
        } else {
          into.progress[cardId] = progress;
          into.changedAt[cardId] = changedAt;
        }
      } catch (error) {
        damaged.push({ where: `${where}, card ${cardId}: state`, reason: errorText(error), text: stateText });
      }
    }
    if (logText !== '') {
      try {
        decodeCardLog(logText, cardId, base, into.log, into.manual);
      } catch (error) {
        // The entries before the damage are in; the rest of this card's log is set aside.
        damaged.push({ where: `${where}, card ${cardId}: log`, reason: errorText(error), text: logText });
      }
    }
  }
  decodeUndoneInto(encoded.undone, ids, base, into.undone, damaged, where);
}

/** Schema-3 or -4 data decoded record by record: what cannot be read is listed in `damaged`, the rest kept. */
export function decodeStudyDataV4Lenient(persisted: PersistedStudyDataV4): LenientDecode {
  const damaged: DamagedRecord[] = [];
  const data = dataWithoutDecks(persisted, joinQuizMonths(persisted.quizzes), persisted.quizSessions as Record<string, QuizSessionSlot> | undefined);
  for (const [deckId, { buckets, chunks }] of Object.entries(persisted.decks)) {
    const deck = emptyDeckData();
    for (const [index, chunk] of Object.entries(chunks)) {
      const found: DamagedRecord[] = [];
      decodeDeckIntoV4(chunk, deck, found, `deck ${deckId}, chunk ${index} of ${buckets}`);
      for (const record of found) damaged.push({ ...record, deckId, chunk: Number(index) });
    }
    addDeckTo(data, deckId, deck);
  }
  return { data, damaged };
}

/** Schema-3 or -4 data decoded once per object (reading checks it by decoding it; migrating reuses that). */
export const decodeStudyDataV4 = decodedOnce(decodeStudyDataV4Lenient);

/** `data` in schema 4 (the step from schema 2 makes it; schema 5 is made from it). */
export function encodeStudyDataV4(data: StudyData): PersistedStudyDataV4 {
  const decks: PersistedStudyDataV4['decks'] = {};
  for (const [deckId, source] of nonEmptyDecks(data)) {
    const deck = deckDataOf(source);
    const buckets = bucketCountFor(storedCardCount(deck));
    const chunks: Record<string, PersistedDeckV4> = {};
    splitDeck(deck, buckets).forEach((part, bucket) => {
      if (!isEmptyDeck(part)) chunks[String(bucket)] = encodeDeckV4(part);
    });
    setOwn(decks, deckId, { buckets, chunks });
  }
  const persisted = withQuizSessions(
    {
      settings: data.settings,
      settingsChangedAt: data.settingsChangedAt,
      progressResetAt: data.progressResetAt,
      quizzes: quizzesByMonth(data.quizHistory),
      decks: {},
    },
    data.quizSessions,
  );
  return { ...persisted, decks };
}
