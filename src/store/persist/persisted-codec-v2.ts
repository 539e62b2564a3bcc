// The stored form of schema version 2 ("compact codec"): one value holding every deck whole, each deck in the shape
// a chunk has now (persisted-codec.ts). Kept to read data stored before schema 3, and for the step from schema 1.
import type { StudySettings } from '../../domain/progress';
import type { QuizRecord } from '../data/quiz-record';
import type { StudyData } from '../data/study-data';
import { setOwn } from '../data/own-key';
import {
  addDeckTo,
  decodeDeckInto,
  emptyDeckData,
  encodeDeck,
  nonEmptyDecks,
  sortCanonically,
  type DamagedRecord,
  type LenientDecode,
  type PersistedDeck,
} from './persisted-codec';

export interface PersistedStudyDataV2 {
  settings: StudySettings;
  settingsChangedAt: number | null;
  progressResetAt: number | null;
  quizHistory: QuizRecord[];
  decks: Record<string, PersistedDeck>;
}

export function encodeStudyDataV2(data: StudyData): PersistedStudyDataV2 {
  const decks: Record<string, PersistedDeck> = {};
  for (const [deckId, deck] of nonEmptyDecks(data)) setOwn(decks, deckId, encodeDeck(deck));
  return {
    settings: data.settings,
    settingsChangedAt: data.settingsChangedAt,
    progressResetAt: data.progressResetAt,
    quizHistory: data.quizHistory,
    decks,
  };
}

// Reading checks schema-2 data by decoding it, and migrating it decodes it again: the second time is remembered.
const decoded = new WeakMap<PersistedStudyDataV2, LenientDecode>();

/** Record by record, as schema-3 chunks are read: what cannot be read is listed, the rest kept. */
export function decodeStudyDataV2Lenient(persisted: PersistedStudyDataV2): LenientDecode {
  let result = decoded.get(persisted);
  if (!result) {
    result = decodeV2(persisted);
    decoded.set(persisted, result);
  }
  return result;
}

function decodeV2(persisted: PersistedStudyDataV2): LenientDecode {
  const damaged: DamagedRecord[] = [];
  const data: StudyData = {
    progress: {},
    log: {},
    manualLog: {},
    cardChangedAt: {},
    undoneReviews: {},
    progressResetAt: persisted.progressResetAt,
    settings: persisted.settings,
    settingsChangedAt: persisted.settingsChangedAt,
    quizHistory: persisted.quizHistory,
  };
  for (const [deckId, encoded] of Object.entries(persisted.decks)) {
    const deck = emptyDeckData();
    decodeDeckInto(encoded, deck, damaged, `deck ${deckId}`);
    deck.log = sortCanonically(deck.log);
    deck.manual = sortCanonically(deck.manual);
    addDeckTo(data, deckId, deck);
  }
  return { data, damaged };
}
