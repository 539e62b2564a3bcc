// Every deck's review log as one training input: FSRS parameters are the learner's, not a deck's. Card ids are
// prefixed with their deck so two decks' cards never merge into one history.
import type { TrainingInput } from '../../../domain/fsrs-optimizer';
import type { DeckLog, ManualEntry } from '../../../domain/progress';
import { logEntries } from '../../../domain/review-log';

interface LogsByDeck {
  log: Readonly<Record<string, DeckLog>>;
  manualLog: Readonly<Record<string, readonly ManualEntry[]>>;
}

export function trainingInputOf({ log, manualLog }: LogsByDeck, dayStartHour: number): TrainingInput {
  const inDeck = <T extends { cardId: string }>(deckId: string, entries: readonly T[]): T[] =>
    entries.map((entry) => ({ ...entry, cardId: `${deckId}\u0000${entry.cardId}` }));
  return {
    log: Object.entries(log).flatMap(([deckId, deckLog]) => inDeck(deckId, logEntries(deckLog))),
    manual: Object.entries(manualLog).flatMap(([deckId, entries]) => inDeck(deckId, entries)),
    dayStartHour,
  };
}
