// The encoder the store writes with. Its output equals encodeStudyData's, but it re-encodes only what changed:
// decks whose objects are the same as last time are reused whole, and within a changed deck only the cards whose
// progress or reviews changed are encoded again (a grade on a 10,000-card deck encodes one card, not 10,000).
import type { CardProgress, ReviewEntry } from '../../domain/progress';
import {
  assembleDeck,
  cardStateText,
  earliestTime,
  encodeCardLog,
  frontCodeIds,
  groupByCard,
  isEmptyDeck,
  persistedStudyDataOf,
  sortedCardIds,
  type DeckData,
  type PersistedDeck,
  type PersistedStudyData,
} from './persisted-codec';
import { own } from '../data/own-key';
import type { StudyData } from '../data/study-data';

/** Past this many changed reviews, regrouping the whole log is as cheap as patching it. */
const MAX_PATCHED_REVIEWS = 2000;

interface DeckEncoding {
  source: DeckData;
  base: number;
  encoded: PersistedDeck;
  logByCard: Map<string, ReviewEntry[]>;
  logTexts: Map<string, string>;
  stateTexts: Map<string, { progress: CardProgress; changedAt: number | undefined; text: string }>;
  ids: string[];
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameSource(a: DeckData, b: DeckData): boolean {
  return a.progress === b.progress && a.log === b.log && a.changedAt === b.changedAt && a.undone === b.undone;
}

/** Reviews removed from and added to `previous` to make `next` (by identity), or null when too many changed. */
function logChanges(previous: readonly ReviewEntry[], next: readonly ReviewEntry[]): { removed: ReviewEntry[]; added: ReviewEntry[] } | null {
  const shorter = Math.min(previous.length, next.length);
  let prefix = 0;
  while (prefix < shorter && previous[prefix] === next[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix += 1;
  const removed = previous.slice(prefix, previous.length - suffix);
  const added = next.slice(prefix, next.length - suffix);
  return removed.length + added.length > MAX_PATCHED_REVIEWS ? null : { removed, added };
}

/**
 * Regroups and re-encodes only the cards touched by the log's changes. The previous encoding's maps are updated in
 * place (copying two 10,000-entry maps per grade would cost more than the rest): that encoding is not used again.
 */
function patchedLogs(
  previous: DeckEncoding,
  log: readonly ReviewEntry[],
  base: number,
): { logByCard: Map<string, ReviewEntry[]>; logTexts: Map<string, string> } | null {
  const changes = logChanges(previous.source.log, log);
  if (!changes) return null;
  const { logByCard, logTexts } = previous;
  const removed = new Set(changes.removed);
  const touched = new Set([...changes.removed, ...changes.added].map((entry) => entry.cardId));
  for (const cardId of touched) {
    const entries = (logByCard.get(cardId) ?? []).filter((entry) => !removed.has(entry));
    entries.push(...changes.added.filter((entry) => entry.cardId === cardId));
    // The same order groupByCard gives: canonical log order, stably sorted by time.
    entries.sort((a, b) => a.at - b.at);
    if (entries.length === 0) {
      logByCard.delete(cardId);
      logTexts.delete(cardId);
    } else {
      logByCard.set(cardId, entries);
      logTexts.set(cardId, encodeCardLog(entries, base));
    }
  }
  return { logByCard, logTexts };
}

function encodeDeckReusing(deck: DeckData, previous: DeckEncoding | undefined): DeckEncoding {
  if (previous && sameSource(previous.source, deck)) return previous;
  const base = earliestTime(deck);
  // Stored times are offsets from the base: when it moves, every text changes.
  const reusable = previous && previous.base === base ? previous : undefined;
  const patched = reusable && (reusable.source.log === deck.log ? reusable : patchedLogs(reusable, deck.log, base));
  let logByCard: Map<string, ReviewEntry[]>;
  let logTexts: Map<string, string>;
  if (patched) {
    ({ logByCard, logTexts } = patched);
  } else {
    logByCard = groupByCard(deck.log);
    logTexts = new Map([...logByCard].map(([cardId, entries]) => [cardId, encodeCardLog(entries, base)]));
  }
  const ids = sortedCardIds(deck, logByCard);
  const stateTexts: DeckEncoding['stateTexts'] = new Map();
  const states = ids.map((cardId) => {
    const progress = own(deck.progress, cardId);
    if (!progress) return '';
    const changedAt = own(deck.changedAt, cardId);
    const known = reusable?.stateTexts.get(cardId);
    const text = known && known.progress === progress && known.changedAt === changedAt ? known.text : cardStateText(deck, cardId, base);
    stateTexts.set(cardId, { progress, changedAt, text });
    return text;
  });
  const codedIds = reusable && sameItems(ids, reusable.ids) ? reusable.encoded.ids : frontCodeIds(ids);
  const logs = ids.map((cardId) => logTexts.get(cardId) ?? '');
  const encoded = assembleDeck(deck, base, ids, { ids: codedIds, states, logs });
  return { source: deck, base, encoded, logByCard, logTexts, stateTexts, ids };
}

/** An encoder that remembers its last output per deck; use one per store. */
export function createStudyDataEncoder(): (data: StudyData) => PersistedStudyData {
  let encodings = new Map<string, DeckEncoding>();
  return (data) => {
    const next = new Map<string, DeckEncoding>();
    try {
      const persisted = persistedStudyDataOf(data, (deckId, deck) => {
        if (isEmptyDeck(deck)) return null;
        const encoding = encodeDeckReusing(deck, encodings.get(deckId));
        next.set(deckId, encoding);
        return encoding.encoded;
      });
      encodings = next;
      return persisted;
    } catch (error) {
      // An encoding that failed halfway may have patched maps in place: start over next time.
      encodings = new Map();
      throw error;
    }
  };
}
