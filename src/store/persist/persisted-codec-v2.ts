// The stored form of schema version 2 ("compact codec"): one value holding every deck whole, each deck in the shape
// a chunk had in schemas 3 and 4 (persisted-chunk-v4.ts). Kept to read data stored before schema 3, and for the step from schema 1.
import type { StudySettings } from '../../domain/progress';
import type { QuizRecord } from '../../domain/quiz-record';
import type { StudyData } from '../data/study-data';
import { setOwn } from '../data/own-key';
import { addDeckTo, dataWithoutDecks, decodedOnce, emptyDeckData, nonEmptyDecks, deckDataOf, type DamagedRecord, type LenientDecode } from './persisted-codec';
import { decodeDeckIntoV4, encodeDeckV4, type PersistedDeckV4 } from './persisted-chunk-v4';

export interface PersistedStudyDataV2 {
  settings: StudySettings;
  settingsChangedAt: number | null;
  progressResetAt: number | null;
  quizHistory: QuizRecord[];
  decks: Record<string, PersistedDeckV4>;
}

export function encodeStudyDataV2(data: StudyData): PersistedStudyDataV2 {
  const decks: Record<string, PersistedDeckV4> = {};
  for (const [deckId, deck] of nonEmptyDecks(data)) setOwn(decks, deckId, encodeDeckV4(deckDataOf(deck)));
  return {
    settings: data.settings,
    settingsChangedAt: data.settingsChangedAt,
    progressResetAt: data.progressResetAt,
    quizHistory: data.quizHistory,
    decks,
  };
}

/**
 * Record by record, as schema-3 chunks are read: what cannot be read is listed, the rest kept. Reading checks
 * schema-2 data by decoding it and migrating decodes it again: the second time is remembered.
 */
export const decodeStudyDataV2Lenient = decodedOnce((persisted: PersistedStudyDataV2): LenientDecode => {
  const damaged: DamagedRecord[] = [];
  const data = dataWithoutDecks(persisted, persisted.quizHistory);
  for (const [deckId, encoded] of Object.entries(persisted.decks)) {
    const deck = emptyDeckData();
    decodeDeckIntoV4(encoded, deck, damaged, `deck ${deckId}`);
    addDeckTo(data, deckId, deck);
  }
  return { data, damaged };
});
